package io.milepost.chart;

import io.milepost.i18n.Messages;
import java.util.Locale;

/**
 * What each page's header and footer say, in the data language: the roadmap's title, its parties, the date range
 * shown, the filter if any, the date printed and the file's name. Page and tile numbers are worded by
 * {@link #page(int, int)} and {@link #tile(int, int)}.
 *
 * @param filter empty when the whole roadmap is shown
 */
public record PageTexts(String title, String parties, String dateRange, String filter, String printedDate,
                        String fileName, Locale locale) {

    public PageTexts {
        title = title == null ? "" : title;
        parties = parties == null ? "" : parties;
        dateRange = dateRange == null ? "" : dateRange;
        filter = filter == null ? "" : filter;
        printedDate = printedDate == null ? "" : printedDate;
        fileName = fileName == null ? "" : fileName;
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    private Messages words() {
        return Messages.in(locale);
    }

    /** "Page 2 / 6". */
    public String page(int number, int count) {
        return words().get("page.number", number, count);
    }

    /** "row 1, column 2" of a poster, both from 1. */
    public String tile(int row, int column) {
        return words().get("page.tile", row, column);
    }

    /** "Printed 2 December 2026". */
    public String printed() {
        return printedDate.isEmpty() ? "" : words().get("page.printed", printedDate);
    }

    /** The header's second line: parties, date range and filter, joined by " · ". */
    public String subtitle() {
        StringBuilder b = new StringBuilder(parties);
        for (String part : new String[] {dateRange, filter}) {
            if (!part.isEmpty()) {
                b.append(b.length() > 0 ? " · " : "").append(part);
            }
        }
        return b.toString();
    }
}
