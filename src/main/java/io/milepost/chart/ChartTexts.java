package io.milepost.chart;

import io.milepost.i18n.DateWords;
import io.milepost.i18n.Messages;
import io.milepost.model.MilestoneStatus;
import java.util.Locale;

/**
 * The few words the chart writes itself — legend, group rows, the label column's heading — in one language, from
 * the message bundles. The window passes those of its language, a printed roadmap those of its data language.
 */
public final class ChartTexts {

    public static final ChartTexts ENGLISH = new ChartTexts(Messages.in(Locale.ENGLISH));
    private static final ChartTexts RUSSIAN = new ChartTexts(Messages.in(Locale.forLanguageTag("ru")));

    private final Messages words;

    private ChartTexts(Messages words) {
        this.words = words;
    }

    /** The chart's words in a language: Russian for any Russian locale, English for every other. */
    public static ChartTexts in(Locale locale) {
        return Messages.in(locale).russian() ? RUSSIAN : ENGLISH;
    }

    /** The chart's words in the window's language. */
    public static ChartTexts ui() {
        return in(Messages.ui().locale());
    }

    public Locale locale() {
        return words.locale();
    }

    /** The dates of this language, for labels and the time header. */
    public DateWords dates() {
        return DateWords.in(words.locale());
    }

    public String status(MilestoneStatus status) {
        return words.of("status", status);
    }

    public String noSector() {
        return words.get("chart.noSector");
    }

    public String noCommission() {
        return words.get("chart.noCommission");
    }

    public String milestone() {
        return words.get("chart.milestone");
    }

    public String meeting() {
        return words.get("chart.meeting");
    }

    public String datedToPeriod() {
        return words.get("chart.datedToPeriod");
    }

    public String baseline() {
        return words.get("chart.baseline");
    }

    public String today() {
        return words.get("chart.today");
    }

    public String dependency() {
        return words.get("chart.dependency");
    }

    /** Heading of the printed row-label column. */
    public String labelColumnTitle() {
        return words.get("chart.labelColumn");
    }

    /** A word under a key of the bundles, for the few chart words not named above (the legend's headings). */
    public String word(String key, Object... args) {
        return words.get(key, args);
    }
}
