package io.milepost.ui;

import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.i18n.DateWords;
import io.milepost.i18n.Messages;
import java.util.Locale;
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
            case "column-start", "column-end" -> {
                // The widest a date is written in the window's language: a day, each quarter, half and month.
                Locale locale = Messages.ui().locale();
                texts.add(DateWords.ui().continuous());
                for (int month = 1; month <= 12; month++) {
                    texts.add(PlanDate.day(2025, month, 28).label(locale));
                    texts.add(PlanDate.month(2025, month).label(locale));
                }
                for (int q = 1; q <= 4; q++) {
                    texts.add(PlanDate.quarter(2025, q).label(locale));
                }
                texts.add(PlanDate.half(2025, 1).label(locale));
            }
            case "column-status" -> {
                for (MilestoneStatus s : MilestoneStatus.values()) {
                    texts.add(Messages.ui().of("status", s));
                }
            }
            case "column-percent" -> texts.add("100%");
            case "column-kind" -> {
                for (MilestoneKind k : MilestoneKind.values()) {
                    texts.add(Messages.ui().of("kind", k));
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
