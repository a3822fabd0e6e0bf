package io.milepost.chart;

import java.util.Objects;

/**
 * How to draw a line.
 *
 * @param dash length of dashes and gaps, or 0 for a solid line
 */
public record Stroke(Rgba color, double width, double dash) {
    public Stroke {
        Objects.requireNonNull(color, "color");
    }

    public static Stroke solid(Rgba color, double width) {
        return new Stroke(color, width, 0);
    }
}
