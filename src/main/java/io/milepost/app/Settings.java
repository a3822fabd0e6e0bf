package io.milepost.app;

import io.milepost.chart.ChartOptions;
import io.milepost.chart.Language;
import io.milepost.chart.Palette;
import io.milepost.chart.YearStart;
import io.milepost.chart.Zoom;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Objects;

/**
 * What a planner chose in Preferences, kept between starts by {@link SettingsStore}.
 *
 * @param uiLanguage    the language of the window; {@code null} follows the system's
 * @param dataLanguage  which titles the chart and views show first: the roadmap's primary or second language
 * @param zoom          the chart's zoom when a document opens; {@code null} fits the whole roadmap to the window
 * @param weekStart     the first day of a week in the calendar (Monday in Pakistan and Belarus alike)
 * @param yearStart     the calendar year or the fiscal year from July (Pakistan's) in the chart's header
 * @param palette       the window's theme, light or dark (prints and exports stay light)
 * @param backupsToKeep how many automatic backups of each document are kept in the data folder, at least 1
 */
public record Settings(Locale uiLanguage, Language dataLanguage, Zoom zoom, DayOfWeek weekStart,
                       YearStart yearStart, Palette palette, int backupsToKeep) {

    /** Backups kept unless the planner chose otherwise. */
    public static final int DEFAULT_BACKUPS = 10;
    /** More than this is a typing slip rather than a wish: it would fill the folder. */
    public static final int MAX_BACKUPS = 100;

    public Settings {
        Objects.requireNonNull(dataLanguage, "dataLanguage");
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(yearStart, "yearStart");
        Objects.requireNonNull(palette, "palette");
        if (backupsToKeep < 1 || backupsToKeep > MAX_BACKUPS) {
            throw new IllegalArgumentException("backups to keep must be 1.." + MAX_BACKUPS + ", was " + backupsToKeep);
        }
    }

    /** The system's language, primary titles, the whole roadmap in view, Monday, the calendar year, light, ten
     * backups. */
    public static Settings defaults() {
        return new Settings(null, Language.PRIMARY, null, DayOfWeek.MONDAY, YearStart.CALENDAR, Palette.LIGHT,
                DEFAULT_BACKUPS);
    }

    /**
     * The chart's options with this planner's zoom (unless fitted to the window), data language, year start and
     * week start.
     */
    public ChartOptions applyTo(ChartOptions options) {
        ChartOptions o = options.withLanguage(dataLanguage).withYearStart(yearStart).withWeekStart(weekStart);
        return zoom == null ? o : o.withZoom(zoom);
    }

    public Settings withUiLanguage(Locale v) {
        return new Settings(v, dataLanguage, zoom, weekStart, yearStart, palette, backupsToKeep);
    }

    public Settings withDataLanguage(Language v) {
        return new Settings(uiLanguage, v, zoom, weekStart, yearStart, palette, backupsToKeep);
    }

    public Settings withZoom(Zoom v) {
        return new Settings(uiLanguage, dataLanguage, v, weekStart, yearStart, palette, backupsToKeep);
    }

    public Settings withWeekStart(DayOfWeek v) {
        return new Settings(uiLanguage, dataLanguage, zoom, v, yearStart, palette, backupsToKeep);
    }

    public Settings withYearStart(YearStart v) {
        return new Settings(uiLanguage, dataLanguage, zoom, weekStart, v, palette, backupsToKeep);
    }

    public Settings withPalette(Palette v) {
        return new Settings(uiLanguage, dataLanguage, zoom, weekStart, yearStart, v, backupsToKeep);
    }

    public Settings withBackupsToKeep(int v) {
        return new Settings(uiLanguage, dataLanguage, zoom, weekStart, yearStart, palette, v);
    }
}
