package io.milepost.chart;

import java.util.Objects;

/**
 * A font as the theme wants it; a surface maps the family to what it has (a PDF embeds its own font).
 *
 * @param size in pixels (points on paper: the chart's unit is whatever the surface's unit is)
 */
public record FontSpec(String family, double size, boolean bold) {
    public FontSpec {
        Objects.requireNonNull(family, "family");
    }
}
