package io.milepost.chart;

import io.milepost.model.Milestone;

/**
 * One row of the chart: a group's header, or one item.
 *
 * @param group the group the row belongs to (its own, for a header); {@code null} when the chart is not grouped
 * @param item  the milestone, or {@code null} for a group header
 * @param depth 0 for headers and for items of an ungrouped chart, 1 for items under a header
 */
public record ChartRow(int index, RowGroup group, Milestone item, int depth) {
    public boolean isGroupHeader() {
        return item == null;
    }
}
