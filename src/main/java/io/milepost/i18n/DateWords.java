package io.milepost.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates in the words of a language: "2 Dec 2026" / "2 дек. 2026", "Sep 2025" / "сентябрь 2025", "Q3 2025" /
 * "III кв. 2025", "H1 2026" / "1-е полугодие 2026". The patterns and the period names come from the bundles, so a
 * date is worded the same way in the window, the chart's header and every printed page.
 */
public final class DateWords {

    private final Messages words;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;
    private final DateTimeFormatter monthShort;
    private final DateTimeFormatter monthName;
    private final DateTimeFormatter longDay;

    private DateWords(Messages words) {
        this.words = words;
        Locale locale = words.locale();
        this.day = DateTimeFormatter.ofPattern(words.get("date.day.pattern"), locale);
        this.month = DateTimeFormatter.ofPattern(words.get("date.month.pattern"), locale);
        this.monthShort = DateTimeFormatter.ofPattern(words.get("date.monthShort.pattern"), locale);
        this.monthName = DateTimeFormatter.ofPattern(words.get("date.monthName.pattern"), locale);
        this.longDay = DateTimeFormatter.ofPattern(words.get("date.longDay.pattern"), locale);
    }

    private static final DateWords ENGLISH = new DateWords(Messages.in(Locale.ENGLISH));
    private static final DateWords RUSSIAN = new DateWords(Messages.in(Locale.forLanguageTag("ru")));

    /** The dates of a language: Russian for any Russian locale, English for every other. */
    public static DateWords in(Locale locale) {
        return Messages.in(locale).russian() ? RUSSIAN : ENGLISH;
    }

    /** The dates of the window's language. */
    public static DateWords ui() {
        return Messages.ui().russian() ? RUSSIAN : ENGLISH;
    }

    public Locale locale() {
        return words.locale();
    }

    /** "2 Dec 2026" / "2 дек. 2026". */
    public String day(LocalDate date) {
        return day.format(date);
    }

    /** "2 December 2026" / "2 декабря 2026 г.", for a page printed on that day. */
    public String longDay(LocalDate date) {
        return longDay.format(date);
    }

    /** A month as a plan writes it: "Sep 2025" / "сентябрь 2025". */
    public String month(LocalDate date) {
        return month.format(date);
    }

    /** A month's short name alone, for a narrow header cell: "Sep" / "сент.". */
    public String monthShort(LocalDate date) {
        return monthShort.format(date);
    }

    /** A month's name alone: "September" / "сентябрь". */
    public String monthName(LocalDate date) {
        return monthName.format(date);
    }

    /** A quarter alone, 1 to 4: "Q3" / "III кв.". */
    public String quarter(int quarter) {
        return words.get("date.quarter." + quarter);
    }

    /** A quarter alone in as few letters as still say which, for a narrow header cell: "Q3" / "III". */
    public String quarterShort(int quarter) {
        return words.get("date.quarter.short." + quarter);
    }

    /** "Q3 2025" / "III кв. 2025"; the year is any text, e.g. a fiscal year "2025/26". */
    public String quarter(int quarter, String year) {
        return quarter(quarter) + " " + year;
    }

    /** "H1 2026" / "1-е полугодие 2026". */
    public String half(int half, int year) {
        return words.get("date.half." + half) + " " + year;
    }

    /** "from Q3 2025, continuous" / "с III кв. 2025, постоянно". */
    public String continuingFrom(String start) {
        return words.get("date.continuingFrom", start);
    }

    /** The word for an end that never comes: "continuous" / "постоянно". */
    public String continuous() {
        return words.get("date.continuous");
    }
}
