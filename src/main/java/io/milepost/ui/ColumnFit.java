package io.milepost.ui;

import io.milepost.chart.ChartTexts;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.WrittenDates;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Sizes the table's short columns to the widest text they can hold ("100%", "Milestone", "30 Sep 2025",
 * "In progress") and their header, in the table's own font, so nothing in them is cut. The set of such texts is
 * known from the model, so fitting never walks the rows, whatever their number.
 */
final class ColumnFit {

    /** A cell's padding and the header's sort-arrow room. */
    private static final double SLACK = 26;

    private ColumnFit() {
    }

    static void fit(TreeTableView<RoadmapTable.Row> table, Font font) {
        for (TreeTableColumn<RoadmapTable.Row, ?> c : table.getColumns()) {
            List<String> texts = widest(c.getId());
            if (texts.isEmpty()) {
                continue;
            }
            double w = width(font, c.getText());
            for (String t : texts) {
                w = Math.max(w, width(font, t));
            }
            c.setPrefWidth(Math.ceil(w + SLACK));
        }
    }

    private static List<String> widest(String columnId) {
        List<String> texts = new ArrayList<>();
        if (columnId == null) {
            return texts;
        }
        switch (columnId) {
            case "column-start", "column-end" -> texts.addAll(List.of("30 Sep 2025", "Q3 2025", "H2 2025",
                    "May 2025", WrittenDates.CONTINUOUS));
            case "column-status" -> {
                for (MilestoneStatus s : MilestoneStatus.values()) {
                    texts.add(ChartTexts.ENGLISH.status(s));
                }
            }
            case "column-percent" -> texts.add("100%");
            case "column-kind" -> {
                for (MilestoneKind k : MilestoneKind.values()) {
                    texts.add(TableColumns.capitalised(k.name()));
                }
            }
            default -> {
                // Titles and agencies are as long as the planner wrote them: those columns keep their width.
            }
        }
        return texts;
    }

    private static double width(Font font, String s) {
        Text t = new Text(s == null ? "" : s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
