package io.milepost.chart;

/** What a piece of text is, so a {@link Theme} can give it a font and a {@link TextMeasurer} can size it. */
public enum FontRole {
    HEADER_MAJOR, HEADER_MINOR, GROUP_LABEL, BAR_LABEL, DATE_LABEL, ROW_LABEL, LEGEND,
    /** A printed page's title. */
    PAGE_TITLE,
    /** A printed page's header and footer lines. */
    PAGE_TEXT
}
