package io.milepost.ui.views;

import io.milepost.i18n.DateWords;
import io.milepost.chart.Language;
import io.milepost.i18n.Messages;
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
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
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

    /** The chart's colour of each status, so a slice means what a bar of that colour means in the chart. */
    private final Function<MilestoneStatus, String> statusColor;

    /** @param statusColor the chart's colour of each status, as CSS ("#43a047") */
    OverviewView(Consumer<UUID> select, Function<MilestoneStatus, String> statusColor) {
        this.statusColor = statusColor;
        setOrientation(Orientation.VERTICAL);
        byStatus.setId("overview-by-status");
        byStatus.setTitle(Messages.text("views.overview.byStatus"));
        // Each slice is labelled; a legend would say it all again in colours the slices do not use.
        byStatus.setLegendVisible(false);
        byStatus.setAnimated(false);
        bySector.setId("overview-by-sector");
        bySector.setTitle(Messages.text("views.overview.bySector"));
        bySector.setLegendVisible(false);
        bySector.setAnimated(false);
        bySector.setCategoryGap(3);
        bySector.setBarGap(0);
        // Thirteen sectors must each keep their name on a short axis.
        bySector.getYAxis().setTickLabelFont(javafx.scene.text.Font.font(10));
        NumberAxis counts = (NumberAxis) bySector.getXAxis();
        counts.setMinorTickVisible(false);
        // Counts of milestones are whole numbers: the axis may place its ticks at 2.5, but it labels only whole ones.
        counts.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return v == Math.rint(v) ? Long.toString(Math.round(v)) : "";
            }

            @Override
            public Number fromString(String text) {
                return null; // the axis only shows counts, never reads them
            }
        });
        HBox charts = new HBox(8, byStatus, bySector);
        HBox.setHgrow(byStatus, Priority.ALWAYS);
        HBox.setHgrow(bySector, Priority.ALWAYS);
        items = new ReportTree(List.of(Messages.text("views.overview.column.item"), Messages.text("views.column.when"),
                Messages.text("views.column.status"), Messages.text("views.overview.column.leads")), select);
        items.setId("overview-items");
        items.fitToTexts(1); // the dates as written, whole
        items.fitToTexts(2); // and the statuses, bold on the next session's line
        getItems().addAll(charts, items);
        setDividerPositions(0.52);
    }

    void show(Roadmap roadmap, LocalDate today, Language language) {
        OverviewViewModel model = new OverviewViewModel(roadmap, today, language);
        List<PieChart.Data> slices = new ArrayList<>();
        for (Map.Entry<MilestoneStatus, Integer> e : model.byStatus().entrySet()) {
            // A slice of nothing would only crowd the legend.
            if (e.getValue() > 0) {
                PieChart.Data slice = new PieChart.Data(Messages.text("views.counted.code", FilterBar.statusName(e.getKey()), e.getValue()),
                        e.getValue());
                paint(slice.nodeProperty(), "-fx-pie-color: " + statusColor.apply(e.getKey()) + ";");
                slices.add(slice);
            }
        }
        byStatus.getData().setAll(slices);
        XYChart.Series<Number, String> sectors = new XYChart.Series<>();
        // Bars run top to bottom in the sectors' order: a category axis stacks its first category at the bottom.
        List<Map.Entry<String, Integer>> counts = new ArrayList<>(model.bySector().entrySet());
        Map<String, String> sectorColors = new java.util.HashMap<>();
        roadmap.sectors().forEach(sec -> sectorColors.put(language.name(sec), sec.color()));
        for (int i = counts.size() - 1; i >= 0; i--) {
            XYChart.Data<Number, String> bar = new XYChart.Data<>(counts.get(i).getValue(), counts.get(i).getKey());
            String color = sectorColors.get(counts.get(i).getKey());
            if (color != null && color.matches("#[0-9a-fA-F]{6}")) {
                paint(bar.nodeProperty(), "-fx-bar-fill: " + color + ";");
            }
            sectors.getData().add(bar);
        }
        bySector.getData().setAll(List.of(sectors));

        List<TreeItem<Line>> late = new ArrayList<>();
        for (Attention a : model.attention()) {
            late.add(ReportTree.leaf(Line.of(a.id(), a.reason().equals(Messages.text("filter.overdue")), a.title(), a.when(),
                    a.reason().equals(FilterBar.statusName(a.status())) ? a.reason()
                            : a.reason() + " · " + FilterBar.statusName(a.status()),
                    agencies(a.leadAgencyA(), a.leadAgencyB()))));
        }
        List<TreeItem<Line>> soon = new ArrayList<>();
        for (Upcoming u : model.upcoming()) {
            soon.add(ReportTree.leaf(Line.of(u.id(), false, u.title(),
                    u.what() + " " + DateWords.ui().day(u.day()), FilterBar.statusName(u.status()), "")));
        }
        items.show(List.of(
                ReportTree.node(Line.heading(Messages.text("views.overview.attention", late.size())),
                        late),
                ReportTree.node(Line.heading(Messages.text("views.overview.next", OverviewViewModel.DAYS_AHEAD,
                        DateWords.ui().day(today), soon.size())), soon)));
    }

    /** Styles a chart's node for a datum once the chart has made it (at once if it already has). */
    private static void paint(ObservableValue<Node> node, String style) {
        if (node.getValue() != null) {
            node.getValue().setStyle(style);
        }
        node.addListener((o, old, now) -> {
            if (now != null) {
                now.setStyle(style);
            }
        });
    }

    private static String agencies(String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        return hasA && hasB ? a + " · " + b : hasA ? a : hasB ? b : "—";
    }
}
