package io.milepost.io.csv;

import io.milepost.model.DatePrecision;
import io.milepost.model.PlanDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Dates in the forms planners type into spreadsheets: Milepost's own codes ("2025-03-12", "2025-03", "Q3 2025",
 * "H1 2026", "2027"), the labels the chart shows ("12 Mar 2025", "Mar 2025", "March 2025"), and days written day
 * first as in Pakistan and Belarus ("12.03.2025", "12/03/2025").
 */
final class CsvDates {

    static final String FORMS = "write 2025-03-12, 2025-03, Q3 2025, H1 2026, 2027, 12 Mar 2025, Mar 2025 or 12.03.2025";

    private static final List<DateTimeFormatter> DAYS = List.of(
            formatter("d MMM uuuu"), formatter("d MMMM uuuu"), formatter("d.M.uuuu"), formatter("d/M/uuuu"));
    private static final List<DateTimeFormatter> MONTHS = List.of(formatter("MMM uuuu"), formatter("MMMM uuuu"));

    private CsvDates() {
    }

    /** @throws IllegalArgumentException saying which forms are understood */
    static PlanDate planDate(String text) {
        try {
            return PlanDate.parse(text);
        } catch (IllegalArgumentException e) {
            String t = text.strip();
            for (DateTimeFormatter f : DAYS) {
                try {
                    return PlanDate.day(LocalDate.parse(t, f));
                } catch (DateTimeParseException ignored) {
                    // try the next form
                }
            }
            for (DateTimeFormatter f : MONTHS) {
                try {
                    return new PlanDate(YearMonth.parse(t, f).atDay(1), DatePrecision.MONTH);
                } catch (DateTimeParseException ignored) {
                    // try the next form
                }
            }
            throw new IllegalArgumentException("'" + t + "' is not a date: " + FORMS);
        }
    }

    /** A single day, in any of the forms of {@link #planDate} that name one. */
    static LocalDate day(String text) {
        PlanDate d = planDate(text);
        if (d.precision() != DatePrecision.DAY) {
            throw new IllegalArgumentException("'" + text.strip() + "' is a period, not a day: write 2025-03-12");
        }
        return d.firstDay();
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
