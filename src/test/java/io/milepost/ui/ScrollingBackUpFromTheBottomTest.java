package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.chart.ChartScene;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.TreeTableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/** Scrolled to the bottom and back up a little, the table's rows stay level with the chart's. */
class ScrollingBackUpFromTheBottomTest extends PlannerSession {

    @Test
    void theTableComesBackUpWithTheChartFromTheBottom() throws Exception {
        interact(() -> {
            Stage stage = (Stage) chart().getScene().getWindow();
            stage.setWidth(1400);
            stage.setHeight(900);
        });
        interact(() -> chart().setScrollY(chart().maxScrollY() / 2));
        moveTo(chart()).scroll(40, VerticalDirection.DOWN);
        VerticalDirection up = VerticalDirection.UP;
        if (chart().getScrollY() < chart().maxScrollY()) {
            // A platform whose wheel turns the other way.
            moveTo(chart()).scroll(80, VerticalDirection.UP);
            up = VerticalDirection.DOWN;
        }
        waitUntil(() -> chart().maxScrollY() > 0 && chart().getScrollY() == chart().maxScrollY());
        assertSameFirstRow();

        double bottom = chart().getScrollY();
        moveTo(chart()).scroll(8, up);
        waitUntil(() -> chart().getScrollY() < bottom);
        assertSameFirstRow();

        double afterChart = chart().getScrollY();
        moveTo(table()).scroll(3, up);
        waitUntil(() -> chart().getScrollY() < afterChart);
        assertSameFirstRow();
    }

    /** The first row the chart shows whole is the row the table shows at the same height. */
    private void assertSameFirstRow() throws Exception {
        try {
            waitUntil(() -> {
                ChartScene s = chart().currentScene();
                int row = s.firstRow() + 1;
                double chartTop = chart().localToScreen(0,
                        chart().snappedTopInset() + s.toViewY(row * s.rowHeight())).getY();
                return lookup(".tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
                        .filter(r -> r.getIndex() == row && r.isVisible() && r.getItem() != null)
                        .findFirst()
                        .map(r -> Math.abs(r.localToScreen(r.getLayoutBounds()).getMinY() - chartTop) < 1.01)
                        .orElse(false);
            });
        } catch (java.util.concurrent.TimeoutException e) {
            ChartScene s = chart().currentScene();
            assertThat(firstTableRow()).as("table's first row, chart scrollY %s of %s", chart().getScrollY(),
                    chart().maxScrollY()).isEqualTo(s.firstRow());
            throw e;
        }
    }

    private int firstTableRow() {
        double top = table().localToScreen(table().getLayoutBounds()).getMinY()
                + chart().getOptions().headerHeight();
        return lookup(".tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
                .filter(r -> r.isVisible() && r.getItem() != null)
                .filter(r -> r.localToScreen(r.getLayoutBounds()).getMaxY() > top + 0.5)
                .mapToInt(TreeTableRow::getIndex).min().orElse(-1);
    }
}
