package io.milepost.chart;

/**
 * Sizes text for layout. It must measure with the fonts the {@link Theme} gives the painter for each role,
 * or labels will be placed for text of another width than the one drawn.
 */
public interface TextMeasurer {
    double width(String text, FontRole role);

    /** The height of one line. */
    double height(FontRole role);
}
