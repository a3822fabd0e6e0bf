package io.milepost.ui;

import io.milepost.app.DocumentProblem;
import io.milepost.app.DocumentSession;
import io.milepost.app.edit.ChartGestures;
import io.milepost.app.edit.Edit;
import io.milepost.app.edit.ItemEdits;
import io.milepost.app.edit.Outcome;
import io.milepost.chart.Language;
import io.milepost.i18n.DateWords;
import io.milepost.i18n.Messages;
import io.milepost.model.MilestoneChange;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.ui.editors.RoadmapEditing;
import io.milepost.ui.gantt.GanttEdit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the main window shows about the open document, as properties the view binds to, and the edits made on it
 * with their undo history. It holds no scene-graph code, so it is tested with plain JUnit.
 * <p>
 * An edit that cannot be made (a refused request, a failed write) leaves the roadmap as the file holds it and says
 * why in {@link #messageProperty()}, which the window shows without stopping the planner.
 */
public final class MainViewModel implements RoadmapEditing {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final ReadOnlyObjectWrapper<DocumentSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<Roadmap> roadmap = new ReadOnlyObjectWrapper<>(this, "roadmap");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", "Milepost");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading",
            Messages.text("window.noDocument"));
    private final ReadOnlyStringWrapper subheading = new ReadOnlyStringWrapper(this, "subheading",
            Messages.text("window.noDocument.hint"));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyBooleanWrapper canEditHere = new ReadOnlyBooleanWrapper(this, "canEditHere");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** Whether the message is news of something done, not a refusal: the status bar shows the two apart. */
    private final ReadOnlyBooleanWrapper news = new ReadOnlyBooleanWrapper(this, "news", false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText",
            Messages.text("edit.undo"));
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText",
            Messages.text("edit.redo"));
    private final Consumer<Roadmap> onEdit = this::showRoadmap;
    private final List<Consumer<List<UUID>>> itemsBack = new ArrayList<>();
    /** The data language: the heading shows the roadmap's title in it, as the chart shows its labels. */
    private final ObjectProperty<Language> dataLanguage = new SimpleObjectProperty<>(this, "dataLanguage",
            Language.PRIMARY);

    public MainViewModel() {
        dataLanguage.addListener((o, was, now) -> {
            if (session.get() != null && roadmap.get() != null) {
                showRoadmap(roadmap.get());
            }
        });
    }

    /** Shows the given document instead of the current one, which is closed. */
    public void show(DocumentSession newSession) {
        DocumentSession old = session.get();
        if (old != null) {
            old.removeListener(onEdit);
            old.close();
        }
        session.set(newSession);
        newSession.addListener(onEdit);
        readOnly.set(newSession.isReadOnly());
        message.set("");
        showRoadmap(newSession.roadmap());
        checkWhoEdits();
    }

    /**
     * Looks again whether another window edits the document this read-only view shows: once none does, the view
     * offers to edit it here ({@link #canEditHereProperty()}).
     */
    public void checkWhoEdits() {
        DocumentSession s = session.get();
        canEditHere.set(s != null && s.isReadOnly() && !s.isEditedElsewhere());
    }

    /**
     * Makes what the planner asked for on the chart, as one undoable edit, or says in {@link #messageProperty()}
     * why not. {@link GanttEdit.Open} is not an edit and is ignored here.
     *
     * @return true when the document changed
     */
    public boolean request(GanttEdit request) {
        if (roadmap.get() == null) {
            return false;
        }
        Roadmap r = roadmap.get();
        Outcome outcome;
        if (request instanceof GanttEdit.Move move) {
            outcome = ChartGestures.move(r, move.itemId(), move.newStart(), move.newEnd());
        } else if (request instanceof GanttEdit.SetPercent pct) {
            outcome = ChartGestures.setPercent(r, pct.itemId(), pct.percent());
        } else if (request instanceof GanttEdit.Link link) {
            outcome = ChartGestures.link(r, link.predecessorId(), link.successorId());
        } else if (request instanceof GanttEdit.Delete delete) {
            outcome = ChartGestures.delete(r, delete.itemId());
        } else {
            return false;
        }
        return make(outcome);
    }

    /**
     * Makes the edit an {@link Outcome} carries, or says why not in {@link #messageProperty()}; an unchanged outcome
     * is no step at all.
     *
     * @return true when the document changed
     */
    public boolean make(Outcome outcome) {
        if (outcome instanceof Outcome.Apply apply) {
            return apply(apply.edit());
        }
        if (outcome instanceof Outcome.Refuse refuse) {
            say(refuse.reason());
        }
        return false;
    }

    /** Writes the edit to the file; on failure the roadmap stays as the file is and the message says why. */
    @Override
    public boolean apply(Edit edit) {
        DocumentSession s = session.get();
        if (s == null) {
            return false;
        }
        if (s.isReadOnly()) {
            say(Messages.text("edit.readOnly", edit.name()));
            return false;
        }
        return write(() -> s.apply(edit), edit.name());
    }

    public void undo() {
        DocumentSession s = session.get();
        if (s != null && s.canUndo() && !s.isReadOnly()) {
            step(s::undo, Messages.text("edit.undoNamed", s.undoName().orElse("")));
        }
    }

    public void redo() {
        DocumentSession s = session.get();
        if (s != null && s.canRedo() && !s.isReadOnly()) {
            step(s::redo, Messages.text("edit.redoNamed", s.redoName().orElse("")));
        }
    }

    /**
     * Listens for the milestones each undo or redo puts into the roadmap: an undone delete brings its items back, a
     * redone add or paste makes them again. The window selects them, as it selects what an edit adds.
     */
    public void addItemsBackListener(Consumer<List<UUID>> listener) {
        itemsBack.add(listener);
    }

    public void removeItemsBackListener(Consumer<List<UUID>> listener) {
        itemsBack.remove(listener);
    }

    /** Takes an undo or redo step and tells which milestones it put into the roadmap, if any. */
    private void step(Step action, String what) {
        Edit[] made = new Edit[1];
        if (write(() -> made[0] = action.take(), what) && made[0] != null) {
            List<UUID> ids = ItemEdits.addedItems(made[0]);
            if (!ids.isEmpty()) {
                List.copyOf(itemsBack).forEach(l -> l.accept(ids));
            }
        }
    }

    @FunctionalInterface
    private interface Step {
        Edit take() throws DocumentProblem;
    }

    private boolean write(Write action, String what) {
        try {
            action.run();
            message.set("");
            return true;
        } catch (DocumentProblem e) {
            notSaved(what, e);
            return false;
        }
    }

    /**
     * Says that an edit did not reach the file, and why; the window shows the file as it is by now. A session that
     * writes behind the frame calls this when one of its writes failed.
     */
    public void notSaved(String what, DocumentProblem e) {
        LOG.warn("{} failed: {}", what, e.getMessage());
        news.set(false);
        message.set(Messages.text(e.kind() == DocumentProblem.Kind.CHANGED_ELSEWHERE ? "edit.notSaved.changed"
                : "edit.notSaved", what, e.getMessage()));
    }

    @FunctionalInterface
    private interface Write {
        void run() throws DocumentProblem;
    }

    /**
     * Says everything again in the window's language, after {@link Messages#useForUi} changed it: the heading, the
     * status line and the names of undo and redo.
     */
    public void reword() {
        if (session.get() != null && roadmap.get() != null) {
            showRoadmap(roadmap.get());
        } else {
            heading.set(Messages.text("window.noDocument"));
            subheading.set(Messages.text("window.noDocument.hint"));
            undoText.set(Messages.text("edit.undo"));
            redoText.set(Messages.text("edit.redo"));
        }
    }

    /** Closes the open document, if any. */
    public void close() {
        DocumentSession old = session.get();
        if (old != null) {
            old.removeListener(onEdit);
            old.close();
            session.set(null);
            canEditHere.set(false);
            canUndo.set(false);
            canRedo.set(false);
            // File → Close leaves the window open and empty: nothing of the closed document stays on show.
            readOnly.set(false);
            roadmap.set(null);
            message.set("");
            status.set("");
            windowTitle.set(io.milepost.i18n.Messages.text("desk.app.name"));
            heading.set(io.milepost.i18n.Messages.text("desk.closed.heading"));
            subheading.set(io.milepost.i18n.Messages.text("desk.closed.text"));
        }
    }

    private void showRoadmap(Roadmap r) {
        RoadmapInfo info = r.info();
        roadmap.set(r);
        DocumentSession s = session.get();
        boolean editable = !s.isReadOnly();
        canUndo.set(editable && s.canUndo());
        canRedo.set(editable && s.canRedo());
        undoText.set(s.undoName().map(n -> Messages.text("edit.undoNamed", n)).orElse(Messages.text("edit.undo")));
        redoText.set(s.redoName().map(n -> Messages.text("edit.redoNamed", n)).orElse(Messages.text("edit.redo")));
        String file = session.get().path().getFileName().toString();
        windowTitle.set(Messages.text(readOnly.get() ? "window.title.readOnly" : "window.title.name", file));
        Language language = dataLanguage.get() == null ? Language.PRIMARY : dataLanguage.get();
        heading.set(language.title(info));
        StringBuilder sub = new StringBuilder();
        if (info.partyA() != null && info.partyB() != null) {
            sub.append(info.partyA()).append(" – ").append(info.partyB()).append(" · ");
        }
        DateWords dates = DateWords.ui();
        sub.append(dates.day(info.periodStart())).append(" – ").append(dates.day(info.periodEnd()));
        String subtitle = language.subtitle(info);
        if (subtitle != null && !subtitle.isBlank()) {
            sub.append(" · ").append(subtitle);
        }
        subheading.set(sub.toString());
        status.set(Messages.text(readOnly.get() ? "window.status.readOnly" : "window.status",
                session.get().path().toString(), r.sectors().size(), r.milestones().size(), r.commissions().size(),
                r.sessions().size(), r.dependencies().size(), r.agreements().size()));
    }

    public ReadOnlyObjectProperty<DocumentSession> sessionProperty() { return session.getReadOnlyProperty(); }
    @Override
    public ReadOnlyObjectProperty<Roadmap> roadmapProperty() { return roadmap.getReadOnlyProperty(); }
    @Override
    public ReadOnlyStringProperty windowTitleProperty() { return windowTitle.getReadOnlyProperty(); }
    public ObjectProperty<Language> dataLanguageProperty() { return dataLanguage; }

    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty subheadingProperty() { return subheading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    @Override
    public ReadOnlyBooleanProperty readOnlyProperty() { return readOnly.getReadOnlyProperty(); }
    /** A read-only view whose editing window has closed: it may now edit the document itself. */
    public ReadOnlyBooleanProperty canEditHereProperty() { return canEditHere.getReadOnlyProperty(); }
    /** Why the last request was refused or failed; empty after one that succeeded. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    /** "Undo Move 'Business forum'", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() { return undoText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty redoTextProperty() { return redoText.getReadOnlyProperty(); }

    /** Shows a message in the status bar (a refusal the window decided itself). */
    @Override
    public void say(String text) {
        news.set(false);
        message.set(text == null ? "" : text);
    }

    @Override
    public void tell(String text) {
        news.set(true);
        message.set(text == null ? "" : text);
    }

    /** True while the status bar's message is news of something done rather than a refusal. */
    public ReadOnlyBooleanProperty newsProperty() { return news.getReadOnlyProperty(); }

    /**
     * The items the open document recorded as changed (added, edited or deleted) since the start of a day, in this
     * computer's time zone; none when nothing is open or the record cannot be read (the filter then shows nothing,
     * and says so by its count, rather than everything).
     */
    public Set<UUID> changedSince(LocalDate day) {
        Set<UUID> ids = new HashSet<>();
        for (MilestoneChange c : changesSince(day.atStartOfDay(ZoneId.systemDefault()).toInstant())) {
            ids.add(c.milestoneId());
        }
        return ids;
    }

    /** The open document's record of changes since a moment, oldest first; empty when none can be read. */
    public List<MilestoneChange> changesSince(Instant since) {
        DocumentSession s = session.get();
        if (s == null) {
            return List.of();
        }
        try {
            return s.changesSince(since);
        } catch (DocumentProblem e) {
            LOG.warn("Could not read what changed since {}: {}", since, e.getMessage());
            return List.of();
        }
    }
}
