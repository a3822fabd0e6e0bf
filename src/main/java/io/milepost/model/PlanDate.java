package io.milepost.model;

import io.milepost.i18n.DateWords;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a plan wrote it: a period of the given precision, identified by its first day.
 * "Q3 2025" is {@code PlanDate(2025-07-01, QUARTER)}; its {@link #firstDay()} is 1 July and its {@link #lastDay()}
 * 30 September. Keeping the precision lets the chart and the exports show the timeline as written, instead of
 * inventing a day the plan never gave.
 */
public record PlanDate(LocalDate date, DatePrecision precision) implements Comparable<PlanDate> {

    /** Dates outside this range are typing mistakes, not plans. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private static final Pattern QUARTER = Pattern.compile("(?i)Q([1-4])\\s*[-/ ]?\\s*(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(?i)H([12])\\s*[-/ ]?\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

    public PlanDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        date = periodStart(date, precision);
    }

    public static PlanDate day(LocalDate date) {
        return new PlanDate(date, DatePrecision.DAY);
    }

    public static PlanDate day(int year, int month, int day) {
        return day(LocalDate.of(year, month, day));
    }

    public static PlanDate month(int year, int month) {
        return new PlanDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static PlanDate quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4, was " + quarter);
        }
        return new PlanDate(LocalDate.of(year, (quarter - 1) * 3 + 1, 1), DatePrecision.QUARTER);
    }

    public static PlanDate half(int year, int half) {
        if (half < 1 || half > 2) {
            throw new IllegalArgumentException("half-year must be 1 or 2, was " + half);
        }
        return new PlanDate(LocalDate.of(year, half == 1 ? 1 : 7, 1), DatePrecision.HALF_YEAR);
    }

    public static PlanDate year(int year) {
        return new PlanDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    /** The first day of the period that contains {@code date} at the given precision. */
    public static LocalDate periodStart(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.withMonth(((date.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
            case HALF_YEAR -> date.withMonth(date.getMonthValue() <= 6 ? 1 : 7).withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    public LocalDate firstDay() {
        return date;
    }

    /** The last day of the period, inclusive. */
    public LocalDate lastDay() {
        // One date made, not two: the chart asks every item's last day each time it builds its rows.
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            case QUARTER -> endOfMonth(date.getYear(), date.getMonthValue() + 2);
            case HALF_YEAR -> endOfMonth(date.getYear(), date.getMonthValue() + 5);
            case YEAR -> LocalDate.of(date.getYear(), 12, 31);
        };
    }

    private static LocalDate endOfMonth(int year, int month) {
        return LocalDate.of(year, month, java.time.Month.of(month).length(java.time.Year.isLeap(year)));
    }

    /** The date as a planner wrote it: "12 Mar 2025", "Mar 2025", "Q3 2025", "H1 2026", "2027". */
    public String label() {
        return switch (precision) {
            case DAY -> date.getDayOfMonth() + " " + shortMonth(date.getMonth()) + " " + date.getYear();
            case MONTH -> shortMonth(date.getMonth()) + " " + date.getYear();
            case QUARTER -> "Q" + ((date.getMonthValue() - 1) / 3 + 1) + " " + date.getYear();
            case HALF_YEAR -> "H" + (date.getMonthValue() <= 6 ? 1 : 2) + " " + date.getYear();
            case YEAR -> Integer.toString(date.getYear());
        };
    }

    /**
     * The date as a planner reads it in a language: in English as {@link #label()}, in Russian "12 мар. 2025",
     * "март 2025", "III кв. 2025", "1-е полугодие 2026", "2027". For showing only: the file keeps {@link #code()}.
     */
    public String label(Locale locale) {
        DateWords words = DateWords.in(locale);
        return switch (precision) {
            case DAY -> words.day(date);
            case MONTH -> words.month(date);
            case QUARTER -> words.quarter((date.getMonthValue() - 1) / 3 + 1, Integer.toString(date.getYear()));
            case HALF_YEAR -> words.half(date.getMonthValue() <= 6 ? 1 : 2, date.getYear());
            case YEAR -> Integer.toString(date.getYear());
        };
    }

    /** A compact, locale-free text that {@link #parse(String)} reads back: "2025-03-12", "2025-03", "Q3 2025", "H1 2026", "2027". */
    public String code() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
            case QUARTER, HALF_YEAR, YEAR -> label();
        };
    }

    /**
     * Reads what {@link #code()} writes, and the same forms typed by hand ("q3 2025", "Q3-2025", "h2/2026").
     *
     * @throws IllegalArgumentException naming what could not be read
     */
    public static PlanDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a date is required");
        }
        String t = text.strip();
        Matcher m = QUARTER.matcher(t);
        if (m.matches()) {
            return quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = HALF.matcher(t);
        if (m.matches()) {
            return half(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = YEAR.matcher(t);
        if (m.matches()) {
            return year(Integer.parseInt(m.group(1)));
        }
        m = MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("'" + t + "' has no month " + month);
            }
            return month(Integer.parseInt(m.group(1)), month);
        }
        try {
            return day(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not a date: write 2025-03-12, 2025-03, Q3 2025, H1 2026 or 2027");
        }
    }

    public boolean isWithinSaneRange() {
        return !date.isBefore(EARLIEST) && !lastDay().isAfter(LATEST);
    }

    @Override
    public int compareTo(PlanDate other) {
        int c = date.compareTo(other.date);
        return c != 0 ? c : lastDay().compareTo(other.lastDay());
    }

    @Override
    public String toString() {
        return code();
    }

    private static String shortMonth(Month month) {
        return month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
