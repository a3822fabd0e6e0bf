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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open document and the roadmap it holds, with the planner's undo and redo history. Every edit is written to
 * the file in one transaction. By default it is written before the roadmap in memory changes: if the write fails,
 * nothing changes anywhere. A window instead has its edits {@linkplain #writeBehind written behind} the frame that
 * shows them, in order, on a thread of its own; a write that fails then brings the window back to what the file
 * holds. Either way the file only ever holds whole edits, and anything that reads the file through this session
 * waits for the writes before it. Opening the document is not an edit, so it is never undone.
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
    /** The write thread of a window's session, or {@code null}: then each edit is written before it is shown. */
    private WritesBehind behind;
    private Executor showOn;
    private BiConsumer<String, DocumentProblem> onWriteFailed;

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
        flush();
        return document;
    }

    /**
     * From now on, edits, undo and redo are shown at once and written to the file right after, on a thread of its
     * own, in the order they were made: the frame that shows an edit does not wait for the disk. If a write fails,
     * the writes queued behind it are dropped, the session shows the file as it is (its history goes, as it was made
     * on what is not in the file), and {@code failed} hears what was not saved and why; both run on {@code showOn}.
     */
    public void writeBehind(Executor showOn, BiConsumer<String, DocumentProblem> failed) {
        if (behind == null && !isReadOnly()) {
            this.showOn = Objects.requireNonNull(showOn, "showOn");
            this.onWriteFailed = Objects.requireNonNull(failed, "failed");
            behind = new WritesBehind();
        }
    }

    /** Waits until every edit made so far is in the file (at once when edits are written before they are shown). */
    public void flush() {
        if (behind != null) {
            behind.flush();
        }
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
        commit(edit, edit.name());
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

    /**
     * Takes the last step back.
     *
     * @return what was made to take it back (the step's inverse), or {@code null} when there was nothing to undo
     */
    public Edit undo() throws DocumentProblem {
        Edit edit = undo.peek();
        if (edit == null) {
            return null;
        }
        Edit back = edit.inverse();
        commit(back, edit.name());
        redo.push(undo.pop());
        fire();
        return back;
    }

    /**
     * Makes the last step undone again.
     *
     * @return the step made, or {@code null} when there was nothing to redo
     */
    public Edit redo() throws DocumentProblem {
        Edit edit = redo.peek();
        if (edit == null) {
            return null;
        }
        commit(edit, edit.name());
        undo.push(redo.pop());
        fire();
        return edit;
    }

    /** Makes the edit, in the file and in memory: the file first, or, for a window, the file right after. */
    private void commit(Edit edit, String what) throws DocumentProblem {
        if (behind == null) {
            try {
                write(edit);
            } catch (DocumentProblem e) {
                if (e.kind() == DocumentProblem.Kind.CHANGED_ELSEWHERE) {
                    reloadAfterStaleWrite(e);
                }
                throw e;
            }
            roadmap = edit.applyTo(roadmap);
            return;
        }
        roadmap = edit.applyTo(roadmap);
        behind.submit(() -> write(edit), problem -> writeFailed(what, problem));
    }

    /**
     * On the write thread: an edit the window shows did not reach the file, nor did those queued behind it. The file
     * is read again there (no write can be under way), and the window shown it.
     */
    private void writeFailed(String what, Exception problem) {
        LOG.warn("Writing '{}' to {} failed", what, document.path(), problem);
        DocumentProblem told = problem instanceof DocumentProblem p ? p
                : new DocumentProblem(new DocumentException(DocumentException.Reason.IO, document.path(),
                        String.valueOf(problem.getMessage()), problem));
        Roadmap inFile;
        try {
            inFile = document.load();
        } catch (DocumentException e) {
            told.addSuppressed(e);
            inFile = null;
        }
        Roadmap asFile = inFile;
        showOn.execute(() -> {
            if (asFile != null) {
                roadmap = asFile;
            }
            undo.clear();
            redo.clear();
            behind.resume();
            fire();
            onWriteFailed.accept(what, told);
        });
    }

    private void write(Edit edit) throws DocumentProblem {
        try {
            document.edit(w -> {
                for (Change c : edit.changes()) {
                    c.write(w);
                }
            });
        } catch (DocumentException e) {
            throw new DocumentProblem(e);
        }
    }

    /**
     * Another window or program changed the file since this session read it (where locking failed), and a write was
     * refused rather than overwrite that work. The session now shows the file as it is. Its history goes: its steps
     * were made on what this session had read, and undoing one now could bring back what the other side replaced.
     */
    private void reloadAfterStaleWrite(DocumentProblem refused) {
        LOG.warn("{} was changed elsewhere; reloading it", document.path());
        try {
            roadmap = document.load();
        } catch (DocumentException e) {
            refused.addSuppressed(e);
            return;
        }
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
        flush();
        return document.exchangeBase(roadmapId, partner);
    }

    /** Remembers what was just exchanged with a partner copy; not a step of undo. */
    public void rememberExchangeBase(java.util.UUID roadmapId, String partner, String snapshot)
            throws DocumentException {
        flush();
        document.rememberExchangeBase(roadmapId, partner, snapshot);
    }

    /** What changed in the milestones at or after a moment, oldest first (the document's own record). */
    public List<MilestoneChange> changesSince(Instant since)
            throws DocumentProblem {
        flush();
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
            flush();
            document.saveCopyAs(target);
        } catch (DocumentException e) {
            throw new DocumentProblem(e);
        }
    }

    @Override
    public void close() {
        if (behind != null) {
            behind.close();
        }
        document.close();
    }
}
