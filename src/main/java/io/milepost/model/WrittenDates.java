package io.milepost.model;

import io.milepost.i18n.DateWords;
import io.milepost.i18n.Messages;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a planner writes them in a field: a day ("12 Mar 2025", "2025-03-12", "12.03.2025"), a month ("Mar 2026",
 * "March 2026", "2026-03"), a quarter ("Q3 2025"), a half-year ("H1 2026") or a year ("2027"), and for an end also
 * "continuous" (or "ongoing"). Reads them into {@link PlanDate}s with their precision, writes them back as
 * {@link PlanDate#label()}, and says in a sentence what is wrong with text that is not a date, so the field can show
 * the reason where the planner typed.
 */
public final class WrittenDates {

    /** The words that make an end "continuous": the item runs on past the chart's edge. */
    public static final String CONTINUOUS = "continuous";

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\.?,?\\s+(\\d{4})");
    // As the window writes them in Russian: "III кв. 2025", "3 квартал 2025", "1-е полугодие 2026", "1 пол. 2026".
    private static final Pattern RUSSIAN_QUARTER = Pattern.compile(
            "(?iu)(IV|I{1,3}|[1-4])(?:-й)?\\s*кв(?:\\.|артал)?\\s*(\\d{4})");
    private static final Pattern RUSSIAN_HALF = Pattern.compile(
            "(?iu)([12])(?:-е)?\\s*(?:полугодие|пол\\.?)\\s*(\\d{4})");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final String RUSSIAN_CONTINUOUS = "постоянно";
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(?i)Q([1-4])\\s*[-/ ]?\\s*(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(?i)H([12])\\s*[-/ ]?\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** An end as written: a date, nothing (the item ends with its start's period), or continuous. */
    public record End(PlanDate date, boolean ongoing) {
        public static final End WITH_START = new End(null, false);
        public static final End ONGOING = new End(null, true);
    }

    private WrittenDates() {
    }

    /**
     * Reads one date as written.
     *
     * @throws IllegalArgumentException saying why the text is not a date ("'2025-13-01' is not a date: there is no
     *                                  month 13"), fit to show at the field
     */
    public static PlanDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(Messages.text("date.required"));
        }
        // "2 дек. 2026 г.": the Russian year mark says nothing the digits do not.
        String t = text.strip().replaceAll("\\s+", " ").replaceFirst("(?u)\\s*г\\.?$", "");
        PlanDate d = read(t);
        if (!d.isWithinSaneRange()) {
            Locale ui = Messages.ui().locale();
            throw new IllegalArgumentException(Messages.text("date.outOfRange", t,
                    PlanDate.day(PlanDate.EARLIEST).label(ui), PlanDate.day(PlanDate.LATEST).label(ui)));
        }
        return d;
    }

    /** Reads an end: blank means it ends with its start, "continuous" or "ongoing" that it runs on. */
    public static End parseEnd(String text) {
        if (text == null || text.isBlank()) {
            return End.WITH_START;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals(CONTINUOUS) || t.equals("ongoing") || t.equals(RUSSIAN_CONTINUOUS)) {
            return End.ONGOING;
        }
        return new End(parse(text), false);
    }

    /** The date as written ("Q3 2025"); empty for none. */
    public static String format(PlanDate date) {
        return date == null ? "" : date.label();
    }

    /** The date as the window's language writes it ("III кв. 2025"); empty for none. {@link #parse} reads it back. */
    public static String format(PlanDate date, Locale locale) {
        return date == null ? "" : date.label(locale);
    }

    /** {@link #formatEnd(Milestone)} in the words of a language: "постоянно", "III кв. 2025". */
    public static String formatEnd(Milestone m, Locale locale) {
        if (m.ongoing()) {
            return DateWords.in(locale).continuous();
        }
        return m.end() == null || m.end().equals(m.start()) ? "" : m.end().label(locale);
    }

    /** A milestone's end as its field shows it: "continuous", the end's label, or empty when it ends with its start. */
    public static String formatEnd(Milestone m) {
        if (m.ongoing()) {
            return CONTINUOUS;
        }
        return m.end() == null || m.end().equals(m.start()) ? "" : m.end().label();
    }

    private static PlanDate read(String t) {
        Matcher m = RUSSIAN_QUARTER.matcher(t);
        if (m.matches()) {
            return PlanDate.quarter(Integer.parseInt(m.group(2)), quarterNumber(m.group(1)));
        }
        m = RUSSIAN_HALF.matcher(t);
        if (m.matches()) {
            return PlanDate.half(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = QUARTER.matcher(t);
        if (m.matches()) {
            return PlanDate.quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = HALF.matcher(t);
        if (m.matches()) {
            return PlanDate.half(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if (YEAR.matcher(t).matches()) {
            return PlanDate.year(Integer.parseInt(t));
        }
        m = ISO_DAY.matcher(t);
        if (m.matches()) {
            return day(t, num(m, 1), num(m, 2), num(m, 3));
        }
        m = ISO_MONTH.matcher(t);
        if (m.matches()) {
            return month(t, num(m, 1), num(m, 2));
        }
        m = DOTTED.matcher(t);
        if (m.matches()) {
            return day(t, num(m, 3), num(m, 2), num(m, 1));
        }
        m = DAY_MONTH_YEAR.matcher(t);
        if (m.matches()) {
            return day(t, num(m, 3), monthNamed(t, m.group(2)), num(m, 1));
        }
        m = MONTH_DAY_YEAR.matcher(t);
        if (m.matches()) {
            return day(t, num(m, 3), monthNamed(t, m.group(1)), num(m, 2));
        }
        m = MONTH_YEAR.matcher(t);
        if (m.matches()) {
            return month(t, num(m, 2), monthNamed(t, m.group(1)));
        }
        throw new IllegalArgumentException(Messages.text("date.notADate", t));
    }

    private static PlanDate day(String t, int year, int month, int day) {
        checkMonth(t, month);
        try {
            return PlanDate.day(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(Messages.text("date.noSuchDay", t,
                    DateWords.ui().monthName(LocalDate.of(year, month, 1)) + " " + year, day));
        }
    }

    private static PlanDate month(String t, int year, int month) {
        checkMonth(t, month);
        return PlanDate.month(year, month);
    }

    private static void checkMonth(String t, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException(Messages.text("date.noSuchMonth", t, month));
        }
    }

    /** "III" or "3". */
    private static int quarterNumber(String q) {
        return switch (q.toUpperCase(Locale.ROOT)) {
            case "I" -> 1;
            case "II" -> 2;
            case "III" -> 3;
            case "IV" -> 4;
            default -> Integer.parseInt(q);
        };
    }

    /**
     * A month by its English or Russian name or its first three letters or more ("Mar", "March", "Sept", "сент.",
     * "сентябрь", "декабря").
     */
    private static int monthNamed(String t, String name) {
        String n = name.toLowerCase(RUSSIAN);
        if (n.length() >= 3) {
            for (Month month : Month.values()) {
                for (String full : new String[] {month.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                        month.getDisplayName(TextStyle.FULL_STANDALONE, RUSSIAN),
                        month.getDisplayName(TextStyle.FULL, RUSSIAN)}) {
                    if (full.toLowerCase(RUSSIAN).startsWith(n)) {
                        return month.getValue();
                    }
                }
            }
        }
        throw new IllegalArgumentException(Messages.text("date.notAMonth", t, name));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
