package io.milepost.app.print;

import io.milepost.chart.ColorBy;
import io.milepost.chart.Grouping;
import io.milepost.chart.Language;
import io.milepost.chart.MilestoneFilter;
import io.milepost.chart.PageSetup;
import io.milepost.chart.Paper;
import io.milepost.chart.PrintMode;
import io.milepost.chart.YearStart;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a planner asked to print or export, from the window's print dialog or the command line.
 *
 * @param view      the Gantt chart or the implementation matrix
 * @param from      first day shown, or {@code null} for the roadmap's start
 * @param to        last day shown, or {@code null} for the roadmap's end
 * @param colorBy   bars coloured by status or by sector, as in the window
 * @param language  which titles: the primary language's or the second's
 * @param dpi       resolution of a PNG, 72 to 600
 * @param fileName  the document's file name, printed in each page's footer
 * @param printedOn the date printed in each page's footer
 * @param filter    the milestones printed: the window's filter, so a planner prints "only at-risk items"
 * @param calendar  the chart header's week start and year start, as the planner chose in Preferences
 */
public record PrintRequest(View view, Paper paper, boolean landscape, PrintMode mode, LocalDate from, LocalDate to,
                           Grouping grouping, ColorBy colorBy, Language language, int dpi, String fileName,
                           LocalDate printedOn, MilestoneFilter filter, PrintCalendar calendar) {

    public enum View { CHART, MATRIX }

    public PrintRequest {
        view = view == null ? View.CHART : view;
        paper = paper == null ? Paper.A3 : paper;
        mode = mode == null ? PrintMode.FIT_WIDTH : mode;
        grouping = grouping == null ? Grouping.SECTOR : grouping;
        colorBy = colorBy == null ? ColorBy.STATUS : colorBy;
        language = language == null ? Language.PRIMARY : language;
        fileName = fileName == null ? "" : fileName;
        printedOn = printedOn == null ? LocalDate.now() : printedOn;
        filter = filter == null ? MilestoneFilter.NONE : filter;
        calendar = calendar == null ? PrintCalendar.STANDARD : calendar;
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        if (dpi < 72 || dpi > 600) {
            throw new IllegalArgumentException("the resolution must be 72 to 600 dpi, was " + dpi);
        }
    }

    /** A request whose weeks begin on Monday in calendar years, as the command line prints. */
    public PrintRequest(View view, Paper paper, boolean landscape, PrintMode mode, LocalDate from, LocalDate to,
                        Grouping grouping, ColorBy colorBy, Language language, int dpi, String fileName,
                        LocalDate printedOn, MilestoneFilter filter) {
        this(view, paper, landscape, mode, from, to, grouping, colorBy, language, dpi, fileName, printedOn, filter,
                PrintCalendar.STANDARD);
    }

    /** A3 landscape, fit to width, the whole period, grouped by sector, primary language, 150 dpi. */
    public static PrintRequest defaults() {
        return new PrintRequest(View.CHART, Paper.A3, true, PrintMode.FIT_WIDTH, null, null, Grouping.SECTOR,
                ColorBy.STATUS, Language.PRIMARY, 150, "", null, null, PrintCalendar.STANDARD);
    }

    public PageSetup setup() {
        return PageSetup.of(paper, landscape, mode);
    }

    public PrintRequest withView(View v) {
        return new PrintRequest(v, paper, landscape, mode, from, to, grouping, colorBy, language, dpi,
                fileName, printedOn, filter, calendar);
    }

    public PrintRequest withPaper(Paper p, boolean isLandscape) {
        return new PrintRequest(view, p, isLandscape, mode, from, to, grouping, colorBy, language, dpi,
                fileName, printedOn, filter, calendar);
    }

    public PrintRequest withMode(PrintMode m) {
        return new PrintRequest(view, paper, landscape, m, from, to, grouping, colorBy, language, dpi,
                fileName, printedOn, filter, calendar);
    }

    public PrintRequest withRange(LocalDate start, LocalDate end) {
        return new PrintRequest(view, paper, landscape, mode, start, end, grouping, colorBy, language, dpi,
                fileName, printedOn, filter, calendar);
    }

    public PrintRequest withGrouping(Grouping g) {
        return new PrintRequest(view, paper, landscape, mode, from, to, g, colorBy, language, dpi, fileName,
                printedOn, filter, calendar);
    }

    public PrintRequest withColorBy(ColorBy c) {
        return new PrintRequest(view, paper, landscape, mode, from, to, grouping, c, language, dpi, fileName,
                printedOn, filter, calendar);
    }

    public PrintRequest withLanguage(Language l) {
        return new PrintRequest(view, paper, landscape, mode, from, to, grouping, colorBy, l, dpi, fileName,
                printedOn, filter, calendar);
    }

    public PrintRequest withDpi(int d) {
        return new PrintRequest(view, paper, landscape, mode, from, to, grouping, colorBy, language, d,
                fileName, printedOn, filter, calendar);
    }

    public PrintRequest withFile(String name, LocalDate printed) {
        return new PrintRequest(view, paper, landscape, mode, from, to, grouping, colorBy, language, dpi, name,
                printed, filter, calendar);
    }

    public PrintRequest withFilter(MilestoneFilter f) {
        return new PrintRequest(view, paper, landscape, mode, from, to, grouping, colorBy, language, dpi,
                fileName, printedOn, f, calendar);
    }

    public PrintRequest withCalendar(PrintCalendar c) {
        return new PrintRequest(view, paper, landscape, mode, from, to, grouping, colorBy, language, dpi, fileName,
                printedOn, filter, c);
    }

    public PrintRequest withWeekStart(DayOfWeek d) {
        return withCalendar(calendar.withWeekStart(d));
    }

    public PrintRequest withYearStart(YearStart y) {
        return withCalendar(calendar.withYearStart(y));
    }

    /** The first day of a week in the printed header. */
    public DayOfWeek weekStart() {
        return calendar.weekStart();
    }

    /** Where a year begins in the printed header: calendar years unless the window counts fiscal years. */
    public YearStart yearStart() {
        return calendar.yearStart();
    }

    /** The locale of the data language: Russian for a second language "ru", else English. */
    public Locale locale(String secondLanguageTag, String primaryLanguageTag) {
        String tag = language == Language.SECOND && secondLanguageTag != null ? secondLanguageTag : primaryLanguageTag;
        return Locale.forLanguageTag(tag == null ? "en" : tag);
    }
}
