package io.milepost.chart;

import java.time.LocalDate;

/**
 * A cell of the time header. x is in content coordinates (it scrolls with the bars); y is in header coordinates,
 * from the top of the drawing, since the header stays put while rows scroll.
 *
 * @param tier     0 for the upper tier, 1 for the lower
 * @param label    as drawn, possibly shortened
 * @param textX    where the label starts: kept inside the visible part of a cell cut by the viewport's edge
 * @param styleKey "header.cell.major" or "header.cell.minor"
 */
public record HeaderCell(int tier, TierUnit unit, LocalDate start, double x, double y, double width, double height,
                         String label, double textX, String styleKey) {
}
