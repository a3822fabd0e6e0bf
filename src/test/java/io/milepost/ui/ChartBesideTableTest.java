package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.chart.ChartScene;
import io.milepost.chart.RowGroup;
import io.milepost.model.Milestone;
import javafx.geometry.Bounds;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import org.junit.jupiter.api.Test;

/** The table beside the chart shows the chart's rows, level with them, and shares its selection and folding. */
class ChartBesideTableTest extends PlannerSession {

    @Test
    void theTableHasTheChartsRowsInTheSameOrder() {
        var rows = chart().getRows();
        int r = 0;
        for (TreeItem<RoadmapTable.Row> lane : table().getRoot().getChildren()) {
            assertThat(rows.row(r++).group().key()).isEqualTo(lane.getValue().group().key());
            for (TreeItem<RoadmapTable.Row> item : lane.getChildren()) {
                assertThat(rows.row(r++).item()).isEqualTo(item.getValue().milestone());
            }
        }
        assertThat(r).isEqualTo(rows.rowCount());
    }

    @Test
    void tableRowsAndChartRowsStandLevelAlsoAfterScrollingEitherOfThem() throws Exception {
        assertLevel();
        // From the middle, so the test holds whichever way the platform's wheel turns.
        interact(() -> chart().setScrollY(chart().maxScrollY() / 2));
        double middle = chart().getScrollY();
        moveTo(chart()).scroll(3, VerticalDirection.DOWN);
        waitUntil(() -> chart().getScrollY() != middle);
        assertLevel();

        double afterChart = chart().getScrollY();
        moveTo(table()).scroll(2, VerticalDirection.DOWN);
        waitUntil(() -> chart().getScrollY() != afterChart);
        assertLevel();
    }

    @Test
    void clickingABarSelectsItsTableRowAndClickingARowSelectsAndShowsItsItem() throws Exception {
        Milestone training = item("Joint training of search-and-rescue teams");
        showOnChart(training, 100);
        clickOn(visibleMiddleOf(training));
        waitUntil(() -> table().getSelectionModel().getSelectedItem() != null);
        assertThat(table().getSelectionModel().getSelectedItem().getValue().milestone()).isEqualTo(training);

        Milestone audit = item("Formalise the audit MoU into an agreement");
        clickOn(tableRowOf(audit.id()).orElseThrow());
        waitUntil(() -> audit.id().equals(chart().getSelectedItem()));
        waitUntil(() -> chart().boundsOf(audit.id()).isPresent());
    }

    @Test
    void foldingASwimlaneInTheTableFoldsItInTheChartAndClickingItsHeaderOnTheChartUnfoldsBoth() throws Exception {
        RowGroup lane = chart().getRows().groups().get(1);
        Milestone inLane = chart().getRows().row(lane.headerRow() + 1).item();
        TreeTableRow<?> header = lookup(".tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
                .filter(r -> r.getItem() instanceof RoadmapTable.Row row && row.isGroup()
                        && row.group().key().equals(lane.key()))
                .findFirst().orElseThrow();
        Node arrow = header.lookup(".arrow");
        clickOn(arrow);
        waitUntil(() -> chart().getRows().rowOf(inLane.id()) < 0);
        assertThat(chart().getOptions().isCollapsed(lane.key())).isTrue();
        assertThat(table().rowOf(inLane.id())).isNull();

        ChartScene s = chart().currentScene();
        double y = s.toViewY(lane.headerRow() * s.rowHeight() + s.rowHeight() / 2);
        clickOn(viewToScreen(s.viewport().width() - 20, y));
        waitUntil(() -> chart().getRows().rowOf(inLane.id()) >= 0);
        assertThat(table().rowOf(inLane.id())).isNotNull();
        assertThat(table().rowOf(inLane.id()).getParent().isExpanded()).isTrue();
    }

    /** The first visible rows of table and chart are the same row, at the same height on the screen. */
    private void assertLevel() throws Exception {
        waitUntil(() -> {
            ChartScene s = chart().currentScene();
            int row = s.firstRow() + 1;
            double chartTop = chart().localToScreen(0, chart().snappedTopInset() + s.toViewY(row * s.rowHeight()))
                    .getY();
            return lookup(".tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
                    .filter(r -> r.getIndex() == row && r.isVisible()).findFirst()
                    .map(r -> Math.abs(r.localToScreen(r.getLayoutBounds()).getMinY() - chartTop) < 1.01)
                    .orElse(false);
        });
        Bounds tableHeader = lookup(".column-header-background").query().localToScreen(
                lookup(".column-header-background").query().getLayoutBounds());
        double chartHeaderBottom = chart().localToScreen(0, chart().snappedTopInset()
                + chart().getOptions().headerHeight()).getY();
        assertThat(tableHeader.getMaxY()).isCloseTo(chartHeaderBottom, org.assertj.core.data.Offset.offset(1.01));
    }
}
