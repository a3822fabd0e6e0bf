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
    /** The table's vertical scroll bar, which takes its width from the columns' room. */
    private static final double SCROLL_BAR = 16;
    /** The narrowest the title column gives way to: some thirty characters of a title. */
    private static final double TITLE_AT_LEAST = 220;

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

    /**
     * The title column gives way, down to {@link #TITLE_AT_LEAST}, so the start column beside it shows whole in the
     * table's part of the window: cut at the split's edge, "2-е полугодие 2026" reads as "2-е полугодие", a date
     * without its year. Once, when the table first has a width; the planner's own widths are left alone after.
     *
     * @return whether the table had a width to fit to
     */
    static boolean leaveRoomForStart(TreeTableView<RoadmapTable.Row> table) {
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR;
        if (room <= 0) {
            return false;
        }
        TreeTableColumn<RoadmapTable.Row, ?> title = column(table, "column-title");
        TreeTableColumn<RoadmapTable.Row, ?> start = column(table, "column-start");
        if (title != null && start != null && start.isVisible()) {
            double left = room - start.getPrefWidth();
            title.setPrefWidth(Math.max(TITLE_AT_LEAST, Math.min(title.getPrefWidth(), Math.floor(left))));
        }
        return true;
    }

    private static TreeTableColumn<RoadmapTable.Row, ?> column(TreeTableView<RoadmapTable.Row> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElse(null);
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
