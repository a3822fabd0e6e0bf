package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.chart.RowGroup;
import io.milepost.chart.RowModel;
import io.milepost.chart.RowOrder;
import io.milepost.model.Milestone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A planner sorts the table by a heading: the chart follows row for row, and moving an item goes back to the plan. */
class SortingTheTableTest extends PlannerSession {

    @Test
    void clickingStartSortsEachSectorByStartInChartAndTableAndAltUpReturnsToThePlansOrder() throws Exception {
        clickOn("#column-start");
        waitUntil(() -> chart().getOptions().order().equals(new RowOrder(RowOrder.Key.START, false)));

        assertThat(startsInEachGroup(chart().getRows())).allSatisfy(starts ->
                assertThat(starts).isSortedAccordingTo(LocalDate::compareTo));
        assertThat(itemsInTable()).containsExactlyElementsOf(FilteringAndViewsTest.itemsOf(chart().getRows()));

        clickOn("#column-start");
        waitUntil(() -> chart().getOptions().order().descending());
        assertThat(startsInEachGroup(chart().getRows())).allSatisfy(starts ->
                assertThat(starts).isSortedAccordingTo((a, b) -> b.compareTo(a)));
        assertThat(itemsInTable()).containsExactlyElementsOf(FilteringAndViewsTest.itemsOf(chart().getRows()));

        // Alt+Up moves in the plan's own order: the sort goes, the item moves up one place in the plan.
        Milestone second = secondItemOfFirstGroupInPlanOrder();
        interact(() -> chart().setSelectedItem(second.id()));
        interact(() -> chart().requestFocus());
        press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        waitUntil(() -> chart().getOptions().order().isPlan());
        waitUntil(() -> table().getSortOrder().isEmpty());
        waitUntil(() -> chart().getRows().row(1).item() != null
                && chart().getRows().row(1).item().id().equals(second.id()));
        assertThat(itemsInTable()).containsExactlyElementsOf(FilteringAndViewsTest.itemsOf(chart().getRows()));
    }

    private Milestone secondItemOfFirstGroupInPlanOrder() throws Exception {
        interact(() -> chart().setOptions(chart().getOptions().withOrder(RowOrder.PLAN)));
        waitUntil(() -> table().getSortOrder().isEmpty());
        Milestone second = chart().getRows().row(2).item();
        interact(() -> chart().setOptions(chart().getOptions().withOrder(new RowOrder(RowOrder.Key.TITLE, true))));
        waitUntil(() -> !table().getSortOrder().isEmpty());
        return second;
    }

    private static List<List<LocalDate>> startsInEachGroup(RowModel rows) {
        List<List<LocalDate>> all = new ArrayList<>();
        for (RowGroup g : rows.groups()) {
            List<LocalDate> starts = new ArrayList<>();
            for (int r = g.headerRow() + 1; r <= g.headerRow() + g.itemCount(); r++) {
                starts.add(rows.row(r).item().firstDay());
            }
            all.add(starts);
        }
        return all;
    }
}
