package io.milepost.ui;

import io.milepost.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * Under the heading, where no narrow window can push it into a toolbar's overflow: that the view is read-only,
 * that it follows the editing window, and, once that window has closed, a button to edit here.
 */
final class ReadOnlyBadge extends HBox {

    /** @param editHere opens the document for editing in this window */
    ReadOnlyBadge(MainViewModel model, Runnable editHere) {
        super(10);
        Label text = new Label();
        text.textProperty().bind(Bindings.when(model.canEditHereProperty())
                .then(Messages.text("window.readOnly.editorClosed"))
                .otherwise(Messages.text("window.readOnly.following")));
        Button edit = new Button(Messages.text("window.editHere"));
        edit.setId("edit-here");
        edit.visibleProperty().bind(model.canEditHereProperty());
        edit.managedProperty().bind(model.canEditHereProperty());
        edit.setOnAction(e -> editHere.run());
        getChildren().addAll(text, edit);
        setAlignment(Pos.CENTER_LEFT);
        setId("read-only-badge");
        getStyleClass().add("read-only-badge");
        visibleProperty().bind(model.readOnlyProperty());
        managedProperty().bind(model.readOnlyProperty());
    }
}
