package io.milepost.ui.editors;

import io.milepost.app.edit.Edit;
import io.milepost.model.Roadmap;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** What the editors need of the window: the roadmap shown, whether it may be changed, and a way to change it. */
public interface RoadmapEditing {

    ReadOnlyObjectProperty<Roadmap> roadmapProperty();

    ReadOnlyBooleanProperty readOnlyProperty();

    ReadOnlyStringProperty windowTitleProperty();

    /** Writes the edit to the file as one step of undo; on failure the reason is shown and nothing changes. */
    boolean apply(Edit edit);

    /** Shows in the window's status bar why something was refused or failed. */
    void say(String text);

    /** Shows in the window's status bar that something went well ("Exported roadmap.pdf"). */
    void tell(String news);
}
