package io.milepost.ui.views;

import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import io.milepost.ui.views.OverviewViewModel.Attention;
import io.milepost.ui.views.OverviewViewModel.Upcoming;
import io.milepost.ui.views.ReportTree.Line;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Side;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The roadmap at a glance: milestones by status (a pie) and by sector (bars), then what needs attention (overdue, at
 * risk, delayed, with both lead agencies) and what starts, is due or ends in the next 60 days. Selecting an item
 * selects it in the chart.
 */
final class OverviewView extends SplitPane {

    private final PieChart byStatus = new PieChart();
    private final BarChart<Number, String> bySector = new BarChart<>(new NumberAxis(), new CategoryAxis());
    private final ReportTree items;

    OverviewView(Consumer<UUID> select) {
        setOrientation(Orientation.VERTICAL);
        byStatus.setId("overview-by-status");
        byStatus.setTitle("Milestones by status");
        byStatus.setLegendSide(Side.RIGHT);
        byStatus.setAnimated(false);
        bySector.setId("overview-by-sector");
        bySector.setTitle("Milestones by sector");
        bySector.setLegendVisible(false);
        bySector.setAnimated(false);
        ((NumberAxis) bySector.getXAxis()).setMinorTickVisible(false);
        ((NumberAxis) bySector.getXAxis()).setTickUnit(1);
        HBox charts = new HBox(8, byStatus, bySector);
        HBox.setHgrow(byStatus, Priority.ALWAYS);
        HBox.setHgrow(bySector, Priority.ALWAYS);
        items = new ReportTree(List.of("Item", "When", "Status", "Lead agencies"), select);
        items.setId("overview-items");
        getItems().addAll(charts, items);
        setDividerPositions(0.45);
    }

    void show(Roadmap roadmap, LocalDate today) {
        OverviewViewModel model = new OverviewViewModel(roadmap, today);
        List<PieChart.Data> slices = new ArrayList<>();
        for (Map.Entry<MilestoneStatus, Integer> e : model.byStatus().entrySet()) {
            // A slice of nothing would only crowd the legend.
            if (e.getValue() > 0) {
                slices.add(new PieChart.Data(FilterBar.statusName(e.getKey()) + " (" + e.getValue() + ")",
                        e.getValue()));
            }
        }
        byStatus.getData().setAll(slices);
        XYChart.Series<Number, String> sectors = new XYChart.Series<>();
        // Bars run top to bottom in the sectors' order: a category axis stacks its first category at the bottom.
        List<Map.Entry<String, Integer>> counts = new ArrayList<>(model.bySector().entrySet());
        for (int i = counts.size() - 1; i >= 0; i--) {
            sectors.getData().add(new XYChart.Data<>(counts.get(i).getValue(), counts.get(i).getKey()));
        }
        bySector.getData().setAll(List.of(sectors));

        List<TreeItem<Line>> late = new ArrayList<>();
        for (Attention a : model.attention()) {
            late.add(ReportTree.leaf(Line.of(a.id(), a.reason().equals("Overdue"), a.title(), a.when(),
                    a.reason().equals(FilterBar.statusName(a.status())) ? a.reason()
                            : a.reason() + " · " + FilterBar.statusName(a.status()),
                    agencies(a.leadAgencyA(), a.leadAgencyB()))));
        }
        List<TreeItem<Line>> soon = new ArrayList<>();
        for (Upcoming u : model.upcoming()) {
            soon.add(ReportTree.leaf(Line.of(u.id(), false, u.title(),
                    u.what() + " " + AgreementsView.DAY.format(u.day()), FilterBar.statusName(u.status()), "")));
        }
        items.show(List.of(
                ReportTree.node(Line.heading("Needs attention: overdue, at risk or delayed (" + late.size() + ")"),
                        late),
                ReportTree.node(Line.heading("Next " + OverviewViewModel.DAYS_AHEAD + " days, from "
                        + AgreementsView.DAY.format(today) + " (" + soon.size() + ")"), soon)));
    }

    private static String agencies(String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        return hasA && hasB ? a + " · " + b : hasA ? a : hasB ? b : "—";
    }
}
