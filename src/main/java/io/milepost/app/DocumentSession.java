package io.milepost.app;

import io.milepost.app.edit.Change;
import io.milepost.app.edit.Edit;
import io.milepost.model.MilestoneChange;
import io.milepost.model.Roadmap;
import io.milepost.store.DocumentException;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open document and the roadmap it holds, with the planner's undo and redo history. Every edit is written to
 * the file in one transaction before the roadmap in memory changes: if the write fails, nothing changes anywhere,
 * and what the window shows is always what the file holds. Opening the document is not an edit, so it is never
 * undone.
 */
public final class DocumentSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentSession.class);

    /** How many steps can be undone; older ones are forgotten. */
    static final int HISTORY_LIMIT = 500;

    private final RoadmapDocument document;
    private Roadmap roadmap;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Consumer<Roadmap>> listeners = new CopyOnWriteArrayList<>();

    public DocumentSession(RoadmapDocument document) throws DocumentException {
        this.document = document;
        this.roadmap = document.load();
    }

    /**
     * @throws DocumentProblem LOCKED when another window edits it and {@code access} is EDIT; OTHER for a file that
     *                         is missing, not Milepost's, newer or damaged (the message names file and reason)
     */
    public static DocumentSession open(Path file, Access access) throws DocumentProblem {
        try {
            return open(file, access.mode());
        } catch (DocumentException e) {
            throw new DocumentProblem(e);
        }
    }

    /** Opens the default document for editing, creating it from the sample roadmap on first start. */
    public static DocumentSession openDefault(DocumentLocations locations) throws DocumentProblem {
        try {
            return open(DefaultDocument.ensure(locations), OpenMode.READ_WRITE);
        } catch (DocumentException e) {
            throw new DocumentProblem(e);
        }
    }

    /** For the app layer's own use (imports, the command line), which works with the store directly. */
    public static DocumentSession open(Path file, OpenMode mode) throws DocumentException {
        RoadmapDocument doc = RoadmapDocument.open(file, mode);
        try {
            return new DocumentSession(doc);
        } catch (DocumentException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    public Roadmap roadmap() {
        return roadmap;
    }

    public Path path() {
        return document.path();
    }

    public boolean isReadOnly() {
        return document.isReadOnly();
    }

    /** The open file, for the app layer's own services (the day's backup is copied through its connection). */
    RoadmapDocument document() {
        return document;
    }

    /** Called with the new roadmap after every edit, undo and redo. */
    public void addListener(Consumer<Roadmap> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Roadmap> listener) {
        listeners.remove(listener);
    }

    /** Writes the edit to the file and then shows it; it becomes the step that Undo takes back. */
    public void apply(Edit edit) throws DocumentProblem {
        write(edit);
        undo.push(edit);
        while (undo.size() > HISTORY_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        fire();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The name of the step Undo would take back ("Move 'Business forum'"), if any. */
    public Optional<String> undoName() {
        return Optional.ofNullable(undo.peek()).map(Edit::name);
    }

    public Optional<String> redoName() {
        return Optional.ofNullable(redo.peek()).map(Edit::name);
    }

    public void undo() throws DocumentProblem {
        Edit edit = undo.peek();
        if (edit == null) {
            return;
        }
        write(edit.inverse());
        redo.push(undo.pop());
        fire();
    }

    public void redo() throws DocumentProblem {
        Edit edit = redo.peek();
        if (edit == null) {
            return;
        }
        write(edit);
        undo.push(redo.pop());
        fire();
    }

    private void write(Edit edit) throws DocumentProblem {
        try {
            document.edit(w -> {
                for (Change c : edit.changes()) {
                    c.write(w);
                }
            });
        } catch (DocumentException e) {
            if (e.reason() == DocumentException.Reason.STALE) {
                try {
                    reloadAfterStaleWrite();
                } catch (DocumentException reload) {
                    e.addSuppressed(reload);
                }
            }
            throw new DocumentProblem(e);
        }
        roadmap = edit.applyTo(roadmap);
    }

    /**
     * Another window or program changed the file since this session read it (where locking failed), and a write was
     * refused rather than overwrite that work. The session now shows the file as it is. Its history goes: its steps
     * were made on what this session had read, and undoing one now could bring back what the other side replaced.
     */
    private void reloadAfterStaleWrite() throws DocumentException {
        LOG.warn("{} was changed elsewhere; reloading it", document.path());
        roadmap = document.load();
        undo.clear();
        redo.clear();
        fire();
    }

    /** Whether a window of this or another process edits this session's file now (for a read-only session). */
    public boolean isEditedElsewhere() {
        return RoadmapDocument.isEditedElsewhere(document.path());
    }

    /**
     * Tells every listener. The edit is already in the file and in the history by now, so one listener's failure
     * must neither hide that from the caller nor keep the others from hearing of it.
     */
    private void fire() {
        for (Consumer<Roadmap> l : listeners) {
            try {
                l.accept(roadmap);
            } catch (RuntimeException e) {
                LOG.error("A view failed to show the roadmap after a change of {}", document.path(), e);
            }
        }
    }

    /** The roadmap last exchanged with a partner copy, as exchange-format text (see {@link RoadmapDocument}). */
    public Optional<String> exchangeBase(java.util.UUID roadmapId, String partner) throws DocumentException {
        return document.exchangeBase(roadmapId, partner);
    }

    /** Remembers what was just exchanged with a partner copy; not a step of undo. */
    public void rememberExchangeBase(java.util.UUID roadmapId, String partner, String snapshot)
            throws DocumentException {
        document.rememberExchangeBase(roadmapId, partner, snapshot);
    }

    /** What changed in the milestones at or after a moment, oldest first (the document's own record). */
    public List<MilestoneChange> changesSince(Instant since)
            throws DocumentProblem {
        try {
            return document.changesSince(since);
        } catch (DocumentException e) {
            throw new DocumentProblem(e);
        }
    }

    /** Saves a copy of the document elsewhere, whole and consistent (SQLite's backup), leaving this one open. */
    public void saveCopyAs(Path target) throws DocumentProblem {
        try {
            // Never over another program's file: only an older Milepost document may be replaced by the copy.
            if (!target.toAbsolutePath().normalize().equals(path())) {
                NewDocument.checkTarget(target.toAbsolutePath().normalize());
            }
            document.saveCopyAs(target);
        } catch (DocumentException e) {
            throw new DocumentProblem(e);
        }
    }

    @Override
    public void close() {
        document.close();
    }
}
