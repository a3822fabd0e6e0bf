package io.milepost.app.print;

import io.milepost.chart.ChartOptions;
import io.milepost.chart.ChartRows;
import io.milepost.chart.DateRange;
import io.milepost.chart.GanttLayout;
import io.milepost.chart.PageTexts;
import io.milepost.chart.ChartTexts;
import io.milepost.i18n.DateWords;
import io.milepost.chart.Pagination;
import io.milepost.chart.PrintLayout;
import io.milepost.chart.PrintMode;
import io.milepost.chart.TextMeasurer;
import io.milepost.i18n.Messages;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A roadmap's chart made ready for paper: its rows under the request's grouping and language, the page texts in the
 * data language, and the sheets of {@link Pagination}. The same for the print preview, the printer and every file.
 *
 * @param rows  the chart's rows, laid out again on each sheet
 * @param print the sheets
 */
public record ChartPrint(ChartRows rows, PrintLayout print, PageTexts texts) {

    /** White space around an SVG or PNG picture, in points. */
    static final double PICTURE_MARGIN = 24;

    /** Sheets of paper, as the request's paper, orientation and mode ask. */
    public static ChartPrint onPaper(Roadmap roadmap, PrintRequest request, TextMeasurer measurer) {
        ChartOptions options = options(roadmap, request);
        ChartRows rows = ChartRows.build(roadmap, options);
        PageTexts texts = texts(roadmap, request, options);
        return new ChartPrint(rows, Pagination.plan(rows, options, request.setup(), texts, measurer), texts);
    }

    /**
     * The whole chart as one picture at 100 %, for SVG and PNG: as wide as the request's paper (its date range fitted
     * to it), or for {@link PrintMode#TILE} at the chart's own zoom; as tall as its rows.
     */
    public static ChartPrint wholeChart(Roadmap roadmap, PrintRequest request, TextMeasurer measurer) {
        ChartOptions options = options(roadmap, request);
        ChartRows rows = ChartRows.build(roadmap, options);
        if (request.mode() != PrintMode.TILE) {
            double body = request.setup().width() - 2 * PICTURE_MARGIN - Pagination.PRINT_LABEL_COLUMN;
            options = options.withPxPerDay(Pagination.pxPerDayToFit(GanttLayout.range(rows, options), body));
        }
        PageTexts texts = texts(roadmap, request, options);
        return new ChartPrint(rows, Pagination.wholeChart(rows, options, texts, PICTURE_MARGIN, measurer), texts);
    }

    static ChartOptions options(Roadmap roadmap, PrintRequest request) {
        RoadmapInfo info = roadmap.info();
        Locale locale = request.locale(info.secondLanguage(), info.primaryLanguage());
        ChartOptions o = ChartOptions.defaults().withGrouping(request.grouping()).withColorBy(request.colorBy())
                .withLanguage(request.language()).withLocale(locale).withTexts(ChartTexts.in(locale))
                .withWeekStart(request.weekStart()).withYearStart(request.yearStart());
        // Paper shows the roadmap's period unless asked otherwise, as its header says: a chart that opens on the
        // 2023 session before the roadmap began would spend its first sheets on empty years.
        LocalDate from = request.from() != null ? request.from() : info.periodStart();
        LocalDate to = request.to() != null ? request.to() : info.periodEnd();
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        return o.withRange(new DateRange(from, to)).withFilter(request.filter());
    }

    static PageTexts texts(Roadmap roadmap, PrintRequest request, ChartOptions options) {
        RoadmapInfo info = roadmap.info();
        Locale locale = options.locale();
        DateWords dates = DateWords.in(locale);
        String parties = join(info.partyA(), info.partyB());
        LocalDate from = request.from() != null ? request.from() : info.periodStart();
        LocalDate to = request.to() != null ? request.to() : info.periodEnd();
        String filter = FilterWords.describe(request.filter(), roadmap, request.language(), Messages.in(locale));
        return new PageTexts(request.language().title(info), parties, dates.day(from) + " – " + dates.day(to), filter,
                dates.longDay(request.printedOn()),
                request.fileName(), locale);
    }

    private static String join(String a, String b) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        return hasA && hasB ? a + " – " + b : hasA ? a : hasB ? b : "";
    }
}
