package io.milepost.ui.share;

/**
 * What the planner chose for one exchange export.
 *
 * @param partner  for JSON, the partner copy it is sent to: what was sent is remembered as the base of the next
 *                 merge with that partner
 * @param bom      for CSV, start with a UTF-8 byte-order mark so that Excel reads it as UTF-8
 * @param filtered for CSV, iCalendar and the HTML report, only the milestones the window's filter shows
 */
public record ExportChoices(String partner, boolean bom, boolean filtered) {

    /** The whole roadmap, for the partner the command line also names by default. */
    public static final ExportChoices DEFAULT = new ExportChoices(ImportFlow.DEFAULT_PARTNER, false, false);
}
