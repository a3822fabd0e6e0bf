package io.milepost.ui.share;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** A list of long lines (problems, notes) each wrapped to the list's width, so none needs a sideways scroll. */
final class WrappedLines {

    private WrappedLines() {
    }

    static ListView<String> of(List<String> lines, String id) {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(lines));
        list.setId(id);
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(v.widthProperty().subtract(24));
                setMaxWidth(Control.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        list.setPrefSize(780, Math.min(380, 30 + 48 * lines.size()));
        return list;
    }
}
