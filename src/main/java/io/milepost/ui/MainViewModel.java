package io.milepost.ui;

import io.milepost.app.DocumentProblem;
import io.milepost.app.DocumentSession;
import io.milepost.app.edit.ChartGestures;
import io.milepost.app.edit.Edit;
import io.milepost.app.edit.Outcome;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.ui.editors.RoadmapEditing;
import io.milepost.ui.gantt.GanttEdit;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final ReadOnlyObjectWrapper<DocumentSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<Roadmap> roadmap = new ReadOnlyObjectWrapper<>(this, "roadmap");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", "Milepost");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "No document open");
    private final ReadOnlyStringWrapper subheading = new ReadOnlyStringWrapper(this, "subheading",
            "Open a .milepost document with File → Open… (Ctrl+O).");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyBooleanWrapper canEditHere = new ReadOnlyBooleanWrapper(this, "canEditHere");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final Consumer<Roadmap> onEdit = this::showRoadmap;

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
            message.set(refuse.reason());
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
            message.set("This document is open read-only: " + edit.name() + " was not made.");
            return false;
        }
        return write(() -> s.apply(edit), edit.name());
    }

    public void undo() {
        DocumentSession s = session.get();
        if (s != null && s.canUndo() && !s.isReadOnly()) {
            write(s::undo, "Undo " + s.undoName().orElse(""));
        }
    }

    public void redo() {
        DocumentSession s = session.get();
        if (s != null && s.canRedo() && !s.isReadOnly()) {
            write(s::redo, "Redo " + s.redoName().orElse(""));
        }
    }

    private boolean write(Write action, String what) {
        try {
            action.run();
            message.set("");
            return true;
        } catch (DocumentProblem e) {
            LOG.warn("{} failed: {}", what, e.getMessage());
            message.set(what + " was not saved: " + e.getMessage() + (e.kind() == DocumentProblem.Kind.CHANGED_ELSEWHERE
                    ? ". The window now shows the document as the file holds it; make the change again if it is "
                    + "still needed." : ""));
            return false;
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws DocumentProblem;
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
        undoText.set(s.undoName().map(n -> "Undo " + n).orElse("Undo"));
        redoText.set(s.redoName().map(n -> "Redo " + n).orElse("Redo"));
        String file = session.get().path().getFileName().toString();
        windowTitle.set(file + (readOnly.get() ? " (read-only)" : "") + " — Milepost");
        heading.set(info.title());
        StringBuilder sub = new StringBuilder();
        if (info.partyA() != null && info.partyB() != null) {
            sub.append(info.partyA()).append(" – ").append(info.partyB()).append(" · ");
        }
        sub.append(DAY.format(info.periodStart())).append(" – ").append(DAY.format(info.periodEnd()));
        if (info.subtitle() != null && !info.subtitle().isBlank()) {
            sub.append(" · ").append(info.subtitle());
        }
        subheading.set(sub.toString());
        status.set(String.format(Locale.ENGLISH,
                "%s%s   ·   %d sectors · %d milestones · %d commissions · %d sessions · %d dependencies · %d agreements",
                session.get().path(), readOnly.get() ? "  (read-only)" : "", r.sectors().size(),
                r.milestones().size(), r.commissions().size(), r.sessions().size(), r.dependencies().size(),
                r.agreements().size()));
    }

    public ReadOnlyObjectProperty<DocumentSession> sessionProperty() { return session.getReadOnlyProperty(); }
    @Override
    public ReadOnlyObjectProperty<Roadmap> roadmapProperty() { return roadmap.getReadOnlyProperty(); }
    @Override
    public ReadOnlyStringProperty windowTitleProperty() { return windowTitle.getReadOnlyProperty(); }
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
        message.set(text == null ? "" : text);
    }
}
