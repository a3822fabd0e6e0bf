package io.milepost.chart;

/**
 * A group's header row in content coordinates: a band across the body with the group's summary bar on it.
 *
 * @param summary the bar spanning the group's items, or {@code null} for an empty group
 */
public record GroupHeader(String key, String label, int row, double y, double height, boolean collapsed,
                          int itemCount, Bar summary) {
}
