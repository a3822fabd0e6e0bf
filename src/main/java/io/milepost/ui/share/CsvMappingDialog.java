package io.milepost.ui.share;

import io.milepost.app.exchange.CsvExchange;
import io.milepost.i18n.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The mapping step for a CSV whose headers Milepost does not know (a table a planner made in a spreadsheet): each of
 * the file's columns, with its first values, mapped to a Milepost field or ignored. Known headers come preselected.
 * Import waits until some column gives the rows an id or a title and no field is given twice.
 */
final class CsvMappingDialog {

    /** How many rows of the file are shown as samples. */
    static final int SAMPLES = 3;

    private final Dialog<List<String>> dialog = new Dialog<>();
    private final List<ComboBox<String>> choices = new ArrayList<>();

    CsvMappingDialog(Window owner, String fileName, CsvExchange.Head head) {
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text("share.csv.title", fileName));
        dialog.setResizable(true);
        String ignore = Messages.text("share.csv.ignore");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints header = new javafx.scene.layout.ColumnConstraints();
        header.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints field = new javafx.scene.layout.ColumnConstraints();
        field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(header, field);
        grid.addRow(0, bold(Messages.text("share.csv.column")), bold(Messages.text("share.csv.field")),
                bold(Messages.text("share.csv.samples")));
        List<String> fields = new ArrayList<>();
        fields.add(ignore);
        fields.addAll(CsvExchange.columns());
        for (int i = 0; i < head.headers().size(); i++) {
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().setAll(fields);
            choice.setId("csv-map-" + i);
            choice.setVisibleRowCount(12);
            String matched = head.matched().get(i);
            choice.setValue(matched == null ? ignore : matched);
            choices.add(choice);
            List<String> samples = new ArrayList<>();
            for (List<String> row : head.samples()) {
                if (i < row.size() && !row.get(i).isBlank()) {
                    samples.add(row.get(i));
                }
            }
            Label sample = new Label(String.join(" | ", samples));
            sample.setMaxWidth(420);
            grid.addRow(i + 1, new Label(head.headers().get(i)), choice, sample);
        }
        Label problem = new Label();
        problem.setId("csv-map-problem");
        problem.setStyle("-fx-text-fill: -color-danger-fg, #b3261e;");
        Label intro = new Label(Messages.text("share.csv.header", fileName));
        intro.setWrapText(true);
        intro.setMaxWidth(820);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 34 * (head.headers().size() + 1)));
        VBox box = new VBox(10, intro, scroll, problem);
        box.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setPrefWidth(860);
        ButtonType importIt = new ButtonType(Messages.text("share.csv.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.text("share.merge.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(importIt, cancel);
        dialog.getDialogPane().lookupButton(importIt).setId("csv-map-import");

        StringBinding why = Bindings.createStringBinding(this::problem,
                choices.stream().map(ComboBox::valueProperty).toArray(javafx.beans.Observable[]::new));
        problem.textProperty().bind(why);
        dialog.getDialogPane().lookupButton(importIt).disableProperty().bind(why.isNotEmpty());
        dialog.setResultConverter(b -> b == importIt ? mapping(ignore) : null);
    }

    /**
     * Shows the dialog without waiting; {@code then} gets the mapping (one Milepost field or {@code null}, ignored,
     * per column) when the planner imports, nothing when they cancel.
     */
    void show(Consumer<List<String>> then) {
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                then.accept(dialog.getResult());
            }
        });
        dialog.show();
    }

    private List<String> mapping(String ignore) {
        List<String> mapping = new ArrayList<>();
        for (ComboBox<String> c : choices) {
            mapping.add(ignore.equals(c.getValue()) ? null : c.getValue());
        }
        return mapping;
    }

    private String problem() {
        Set<String> seen = new HashSet<>();
        String ignore = Messages.text("share.csv.ignore");
        for (ComboBox<String> c : choices) {
            String v = c.getValue();
            if (v != null && !v.equals(ignore) && !seen.add(v)) {
                return Messages.text("share.csv.twice", v);
            }
        }
        return seen.contains("id") || seen.contains("title") ? "" : Messages.text("share.csv.needsKey");
    }

    private static Node bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
