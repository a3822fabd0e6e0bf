package io.milepost.chart;

/**
 * The visible part of the chart body, in content coordinates (see {@link ChartScene}): x from the first day of the
 * chart's range, y from the top of the first row. The time header and the row-label column are outside it.
 */
public record Viewport(double x, double y, double width, double height) {
    public Viewport {
        if (!(width >= 0) || !(height >= 0)) {
            throw new IllegalArgumentException("viewport size must not be negative: " + width + " x " + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public Viewport movedTo(double newX, double newY) {
        return new Viewport(newX, newY, width, height);
    }
}
