package io.milepost.ui;

import io.milepost.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What the window shows with no document open (after File → Close, or before the first one has opened): how to go
 * on, as three buttons: Open…, New… and the recent documents.
 */
final class EmptyState extends VBox {

    EmptyState(Runnable open, Runnable newDocument, Supplier<List<Path>> recent, Consumer<Path> openRecent) {
        Messages m = Messages.ui();
        Label heading = new Label(m.get("desk.closed.heading"));
        heading.getStyleClass().add("roadmap-heading");
        Label text = new Label(m.get("desk.closed.text"));
        text.setWrapText(true);
        Button openButton = Icons.on(new Button(m.get("desk.closed.open")), Icons.OPEN);
        openButton.setId("empty-open");
        openButton.setOnAction(e -> open.run());
        Button newButton = Icons.on(new Button(m.get("desk.closed.new")), Icons.NEW);
        newButton.setId("empty-new");
        newButton.setOnAction(e -> newDocument.run());
        MenuButton recentButton = new MenuButton(m.get("desk.closed.recent"), Icons.icon(Icons.RECENT));
        recentButton.setId("empty-recent");
        recentButton.setOnShowing(e -> {
            recentButton.getItems().clear();
            for (Path p : recent.get()) {
                MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(a -> openRecent.accept(p));
                recentButton.getItems().add(item);
            }
        });
        // Refreshed whenever the window comes back to this state: the list may have grown meanwhile.
        parentProperty().addListener((o, was, now) -> recentButton.setDisable(recent.get().isEmpty()));
        recentButton.setDisable(recent.get().isEmpty());
        HBox buttons = new HBox(10, openButton, newButton, recentButton);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(heading, text, buttons);
        setSpacing(14);
        setAlignment(Pos.CENTER);
        setId("empty-state");
        getStyleClass().add("empty-state");
    }
}
