package io.milepost.chart;

/**
 * Every character the same width: for tests and headless layout, where a real font is not at hand and numbers
 * must be predictable.
 */
public final class FixedWidthTextMeasurer implements TextMeasurer {

    private final double charWidth;
    private final double lineHeight;

    public FixedWidthTextMeasurer() {
        this(7, 14);
    }

    public FixedWidthTextMeasurer(double charWidth, double lineHeight) {
        this.charWidth = charWidth;
        this.lineHeight = lineHeight;
    }

    @Override
    public double width(String text, FontRole role) {
        return text.codePointCount(0, text.length()) * charWidth;
    }

    @Override
    public double height(FontRole role) {
        return lineHeight;
    }
}
