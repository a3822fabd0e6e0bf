package io.milepost.chart;

/** Where a page's text is inked, for tests that check it stays on its sheet and clear of other text. */
public final class InkedBoxes {

    private InkedBoxes() {
    }

    /** x0, y0, x1, y1 of the text as {@code measurer} sets it. */
    public static double[] of(PageText t, TextMeasurer measurer) {
        double w = measurer.width(t.text(), t.role());
        double h = measurer.height(t.role());
        double x0 = switch (t.align()) {
            case LEFT -> t.x();
            case CENTER -> t.x() - w / 2;
            case RIGHT -> t.x() - w;
        };
        return new double[] {x0, t.y() - h / 2, x0 + w, t.y() + h / 2};
    }
}
