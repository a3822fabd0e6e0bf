package io.milepost.chart;

import java.util.UUID;

/**
 * A cell of the row-label column (print and export). x runs from 0 at the column's left; y is in content
 * coordinates, so the column scrolls with the rows.
 *
 * @param indent   where the text starts, from the column's left
 * @param text     as drawn, possibly shortened
 * @param styleKey "rowlabel.group" or "rowlabel.item"
 * @param itemId   the milestone, or {@code null} for a group's row
 * @param groupKey the group whose header this is, or {@code null}
 */
public record RowLabel(int row, double y, double height, double indent, String text, String styleKey, UUID itemId,
                       String groupKey, boolean collapsed) {
}
