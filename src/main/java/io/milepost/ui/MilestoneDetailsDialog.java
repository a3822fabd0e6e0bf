package io.milepost.ui;

import io.milepost.chart.ChartTexts;
import io.milepost.model.Commission;
import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * Everything the roadmap says about one item, read-only: what, when (as written and as days), where it stands, who
 * leads it on each side, and the rest. Editing comes with its own issue; until then the fields can be selected and
 * copied but not changed. Closes with Esc or the Close button.
 */
final class MilestoneDetailsDialog extends Dialog<Void> {

    MilestoneDetailsDialog(Window owner, Roadmap roadmap, Milestone m) {
        initOwner(owner);
        setTitle(m.title());
        setHeaderText(m.title());
        setResizable(true);
        // A cancel-type button is what lets Esc close a dialog.
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setId("milestone-details");

        RoadmapInfo info = roadmap.info();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.getColumnConstraints().addAll(new ColumnConstraints(190),
                new ColumnConstraints(280, 440, Double.MAX_VALUE, Priority.ALWAYS, null, true));
        int row = 0;
        row = add(grid, row, "Kind", capitalised(m.kind().name()));
        row = add(grid, row, "Sector", roadmap.sector(m.sectorId()).map(Sector::name).orElse(""));
        row = add(grid, row, "Commission", m.commissionId() == null ? ""
                : roadmap.commission(m.commissionId()).map(Commission::name).orElse(""));
        row = add(grid, row, "Timeline", m.timelineLabel());
        row = add(grid, row, "Days", day(m.firstDay()) + " – " + day(m.lastDay()) + (m.ongoing() ? ", continuing" : ""));
        row = add(grid, row, "Status", ChartTexts.ENGLISH.status(m.status()));
        row = add(grid, row, "Complete", m.percentComplete() + " %");
        row = add(grid, row, "Lead agency, " + orEmpty(info.partyA()), m.leadAgencyA());
        row = add(grid, row, "Lead agency, " + orEmpty(info.partyB()), m.leadAgencyB());
        if (m.hasBaseline()) {
            row = add(grid, row, "Baseline", day(m.baselineStart()) + " – " + day(m.baselineEnd()));
        }
        row = addText(grid, row, "Description", m.description());
        row = addText(grid, row, "Expected outcome", m.expectedOutcome());
        row = addText(grid, row, "Remarks", m.remarks());
        if (!m.tags().isEmpty()) {
            row = add(grid, row, "Tags", String.join(", ", m.tags()));
        }
        if (m.titleAlt() != null && !m.titleAlt().isBlank()) {
            add(grid, row, "Title (" + orEmpty(info.secondLanguage()) + ")", m.titleAlt());
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(440);
        scroll.setPrefViewportWidth(620);
        getDialogPane().setContent(scroll);
    }

    private static int add(GridPane grid, int row, String name, String value) {
        TextField field = new TextField(value == null || value.isBlank() ? "—" : value);
        field.setEditable(false);
        field.setId("detail-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        grid.addRow(row, new Label(name), field);
        return row + 1;
    }

    private static int addText(GridPane grid, int row, String name, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        TextArea area = new TextArea(value);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(6, 1 + value.length() / 60));
        grid.addRow(row, new Label(name), area);
        return row + 1;
    }

    private static String day(LocalDate d) {
        return d == null ? "—" : PlanDate.day(d).label();
    }

    private static String capitalised(String enumName) {
        String s = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
