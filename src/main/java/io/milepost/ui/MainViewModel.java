package io.milepost.ui;

import io.milepost.app.DocumentSession;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the main window shows about the open document, as properties the view binds to. It holds no scene-graph
 * code, so it is tested with plain JUnit.
 */
public final class MainViewModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final ReadOnlyObjectWrapper<DocumentSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<Roadmap> roadmap = new ReadOnlyObjectWrapper<>(this, "roadmap");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", "Milepost");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "No document open");
    private final ReadOnlyStringWrapper subheading = new ReadOnlyStringWrapper(this, "subheading",
            "Open a .milepost document with File → Open… (Ctrl+O).");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
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
        showRoadmap(newSession.roadmap());
    }

    /** Closes the open document, if any. */
    public void close() {
        DocumentSession old = session.get();
        if (old != null) {
            old.removeListener(onEdit);
            old.close();
            session.set(null);
        }
    }

    private void showRoadmap(Roadmap r) {
        RoadmapInfo info = r.info();
        roadmap.set(r);
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
    public ReadOnlyObjectProperty<Roadmap> roadmapProperty() { return roadmap.getReadOnlyProperty(); }
    public ReadOnlyStringProperty windowTitleProperty() { return windowTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty subheadingProperty() { return subheading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty readOnlyProperty() { return readOnly.getReadOnlyProperty(); }
}
