package io.milepost.chart;

import java.util.UUID;

/**
 * A line of text in content coordinates, drawn left-aligned from {@code x} and centred vertically on {@code y}.
 *
 * @param itemId   the milestone it names, or {@code null}
 * @param groupKey the group it names, or {@code null}
 * @param text     as drawn, possibly shortened with "…"
 * @param width    the measured width of {@code text}
 * @param elided   the text was shortened to fit
 * @param styleKey "label.bar", "label.inside", "label.date" or "label.group"; {@link ChartPainter} draws text inside
 *                 a dark bar in the key's ".onDark" variant ("label.inside.onDark")
 * @param plate    drawn under a label beside its item, {@code null} under text inside a bar
 */
public record TextLabel(UUID itemId, String groupKey, String text, double x, double y, double width,
                        LabelPlacement placement, boolean elided, String styleKey, FontRole role, Plate plate) {

    public double right() {
        return x + width;
    }
}
