package io.milepost.chart;

import io.milepost.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cuts a chart into page-sized tiles. A tile's body never cuts a row in half: its height is a whole number of rows.
 * Tiles come row of pages by row of pages, each left to right, so the pages for one set of rows follow each other.
 */
public final class Pagination {

    /** Width of the row-label column on paper, when the options do not set one. */
    public static final double PRINT_LABEL_COLUMN = 240;
    /** Space between the page header, the chart, the legend and the footer. */
    static final double GAP = 6;
    /** Space between columns of the legend. */
    static final double LEGEND_COLUMN_GAP = 18;

    private Pagination() {
    }

    /**
     * Cuts the chart into sheets for {@code setup}: every sheet repeats the time header and the row labels, carries
     * the header and footer of {@code texts}, and the first carries the legend at its foot.
     * <ul>
     *   <li>{@link PrintMode#FIT_PAGE}: the whole range across the sheet and every row on it, scaled down as far as
     *       {@link PageSetup#MIN_SCALE}; a chart that would need less is printed at that scale on following pages
     *       too, and {@link PrintLayout#warning()} says so and suggests a tiled poster.</li>
     *   <li>{@link PrintMode#FIT_WIDTH}: the whole range across the sheet at 100 %, rows continuing on following
     *       sheets.</li>
     *   <li>{@link PrintMode#TILE}: the chart at its own zoom and 100 %, as a poster of columns × rows of sheets.</li>
     * </ul>
     *
     * @param measurer measures with the fonts of the surface the pages will be drawn on
     */
    public static PrintLayout plan(RowModel rows, ChartOptions options, PageSetup setup, PageTexts texts,
                                   TextMeasurer measurer) {
        ChartOptions o = options.labelColumnWidth() > 0 ? options : options.withLabelColumnWidth(PRINT_LABEL_COLUMN);
        o = o.withRange(GanttLayout.range(rows, o));
        double left = setup.margin();
        double top = setup.margin();
        double width = setup.width() - 2 * setup.margin();
        double height = setup.height() - 2 * setup.margin();
        double lineH = measurer.height(FontRole.PAGE_TEXT);
        PageHeader header = PageHeader.of(texts, width, measurer);
        double headerH = header.height() + GAP;
        double footerH = lineH + GAP;
        double areaTop = top + headerH;
        double areaH = height - headerH - footerH;
        LegendLayout probe = legend(LegendBuilder.build(rows, o), left, 0, width, measurer);
        double legendH = probe.lines().isEmpty() ? 0 : probe.bottom() + GAP;

        double scale = 1;
        Optional<String> warning = Optional.empty();
        double contentH = GanttLayout.contentHeight(rows, o);
        if (setup.mode() == PrintMode.FIT_PAGE) {
            scale = Math.min(1, (areaH - legendH) / (o.headerHeight() + contentH));
            if (scale < PageSetup.MIN_SCALE) {
                // Said in the window, so in the window's language rather than the roadmap's.
                warning = Optional.of(Messages.text("print.warning.tooSmall", setup.paper().name(),
                        Math.round(scale * 100), Math.round(PageSetup.MIN_SCALE * 100)));
                scale = PageSetup.MIN_SCALE;
            }
        }
        if (setup.mode() != PrintMode.TILE) {
            // The whole range across the sheet even at the smallest zoom: scaled down if it cannot be at 100 %.
            double narrowest = o.labelColumnWidth()
                    + GanttLayout.contentWidth(rows, o.withPxPerDay(Zoom.MIN_PX_PER_DAY));
            if (narrowest * scale > width) {
                scale = Math.max(PageSetup.MIN_SCALE, width / narrowest);
            }
        }
        // Where the chart is cut across sheets, each sheet keeps a strip along each cut side for the numbers of the
        // sheets its links go on to (LinkExits), clear of the chart and of the header, legend and footer; the top
        // row of sheets needs none above. Whether the chart is cut is known only once the strips' room is taken,
        // which can only cut it more: at most three rounds.
        double exitW = LinkExits.stripWidth(measurer);
        double exitH = LinkExits.stripHeight(measurer);
        ChartOptions unzoomed = o;
        boolean cutAcross = false;
        boolean cutDown = false;
        double bodyW;
        double contentW;
        int columns;
        List<int[]> rowRanges;
        while (true) {
            double stripsW = cutAcross ? 2 * exitW : 0;
            double stripH = cutDown ? exitH : 0;
            bodyW = (width - stripsW) / scale - o.labelColumnWidth();
            if (setup.mode() != PrintMode.TILE) {
                o = unzoomed.withPxPerDay(pxPerDayToFit(o.range(), bodyW));
            }
            contentW = GanttLayout.contentWidth(rows, o);
            double rowH = o.rowHeight();
            int firstRows = (int) Math.floor(((areaH - legendH - stripH) / scale - o.headerHeight()) / rowH + 1e-9);
            int otherRows = (int) Math.floor(((areaH - 2 * stripH) / scale - o.headerHeight()) / rowH + 1e-9);
            if (bodyW <= 0 || firstRows < 1) {
                throw new IllegalArgumentException("the " + setup.paper() + " page leaves no room for the chart");
            }
            columns = Math.max(1, (int) Math.ceil(contentW / bodyW - 1e-9));
            rowRanges = rowRanges(rows, (int) Math.round(contentH / rowH), firstRows, otherRows);
            if (cutAcross == (columns > 1) && cutDown == (rowRanges.size() > 1)) {
                break;
            }
            cutAcross |= columns > 1;
            cutDown |= rowRanges.size() > 1;
        }
        if (columns > 1 && setup.mode() != PrintMode.TILE) {
            warning = Optional.of(Messages.text("print.warning.tooWide", setup.paper().name(), columns));
        }
        double rowH = o.rowHeight();
        double chartX = left + (cutAcross ? exitW : 0);
        int count = columns * rowRanges.size();
        List<PrintedPage> pages = new ArrayList<>(count);
        for (int r = 0; r < rowRanges.size(); r++) {
            int[] range = rowRanges.get(r);
            for (int c = 0; c < columns; c++) {
                double x = c * bodyW;
                Viewport v = new Viewport(x, range[0] * rowH, Math.max(0, Math.min(bodyW, contentW - x)),
                        (range[1] - range[0]) * rowH);
                int number = pages.size() + 1;
                boolean poster = columns > 1;
                List<PageText> t = new ArrayList<>(header.texts(left, top));
                double footY = top + height - lineH / 2;
                String pageNo = texts.page(number, count) + (poster ? " · " + texts.tile(r + 1, c + 1) : "");
                t.add(new PageText(pageNo, left, footY, FontRole.PAGE_TEXT, TextAlign.LEFT));
                t.add(new PageText(texts.printed(), left + width / 2, footY, FontRole.PAGE_TEXT, TextAlign.CENTER));
                t.add(new PageText(texts.fileName(), left + width, footY, FontRole.PAGE_TEXT, TextAlign.RIGHT));
                List<double[]> rules = List.of(new double[] {left, areaTop - GAP / 2, left + width, areaTop - GAP / 2},
                        new double[] {left, top + height - footerH + GAP / 2, left + width,
                                top + height - footerH + GAP / 2});
                LegendLayout legend = number == 1 && legendH > 0
                        ? legend(LegendBuilder.build(rows, o), left, areaTop + areaH - legendH + GAP, width, measurer)
                        : null;
                double chartY = areaTop + (cutDown && r > 0 ? exitH : 0);
                pages.add(new PrintedPage(number, count, c, r, v, chartX, chartY, scale, t, rules, legend));
            }
        }
        return new PrintLayout(setup, setup.width(), setup.height(), o, scale, columns, rowRanges.size(), pages,
                warning);
    }

    /**
     * The first and past-the-last row of each sheet: {@code firstRows} on the first, {@code otherRows} on the rest.
     * A group's heading never ends a sheet: it goes over to the next with the group's first item.
     */
    private static List<int[]> rowRanges(RowModel rows, int rowCount, int firstRows, int otherRows) {
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        for (int n = firstRows; ranges.isEmpty() || start < rowCount; n = otherRows) {
            int end = Math.min(rowCount, start + n);
            if (end < rowCount && end - start > 1 && rows.row(end - 1).isGroupHeader()) {
                end--;
            }
            ranges.add(new int[] {start, end});
            start = end;
        }
        return ranges;
    }

    /**
     * The whole chart as one picture at 100 % and the options' zoom, with the page header above it, the legend and
     * footer below, inside {@code margin}: for SVG and PNG files, which have no paper.
     */
    public static PrintLayout wholeChart(RowModel rows, ChartOptions options, PageTexts texts, double margin,
                                         TextMeasurer measurer) {
        ChartOptions o = options.labelColumnWidth() > 0 ? options : options.withLabelColumnWidth(PRINT_LABEL_COLUMN);
        o = o.withRange(GanttLayout.range(rows, o));
        double chartW = o.labelColumnWidth() + GanttLayout.contentWidth(rows, o);
        double contentH = GanttLayout.contentHeight(rows, o);
        double chartH = o.headerHeight() + contentH;
        double lineH = measurer.height(FontRole.PAGE_TEXT);
        PageHeader header = PageHeader.of(texts, chartW, measurer);
        double headerH = header.height() + GAP;
        LegendLayout probe = legend(LegendBuilder.build(rows, o), margin, 0, chartW, measurer);
        double legendH = probe.lines().isEmpty() ? 0 : probe.bottom() + GAP;
        double chartTop = margin + headerH;
        double footTop = chartTop + chartH + GAP + legendH;
        double width = chartW + 2 * margin;
        double height = footTop + lineH + margin;
        List<PageText> t = new ArrayList<>(header.texts(margin, margin));
        t.add(new PageText(texts.printed(), margin, footTop + lineH / 2, FontRole.PAGE_TEXT, TextAlign.LEFT));
        t.add(new PageText(texts.fileName(), margin + chartW, footTop + lineH / 2, FontRole.PAGE_TEXT,
                TextAlign.RIGHT));
        List<double[]> rules = List.of(new double[] {margin, chartTop - GAP / 2, margin + chartW, chartTop - GAP / 2});
        LegendLayout legend = legendH > 0
                ? legend(LegendBuilder.build(rows, o), margin, chartTop + chartH + GAP, chartW, measurer) : null;
        Viewport v = new Viewport(0, 0, GanttLayout.contentWidth(rows, o), contentH);
        PrintedPage page = new PrintedPage(1, 1, 0, 0, v, margin, chartTop, 1, t, rules, legend);
        return new PrintLayout(null, width, height, o, 1, 1, 1, List.of(page), Optional.empty());
    }

    /** The legend in as many columns as fit {@code width}, from (x, y). */
    static LegendLayout legend(List<LegendEntry> entries, double x, double y, double width, TextMeasurer m) {
        double lineH = m.height(FontRole.LEGEND) + 4;
        double text = 0;
        for (LegendEntry e : entries) {
            text = Math.max(text, m.width(e.text(), FontRole.LEGEND));
        }
        double colW = LegendLayout.width(lineH, text) + LEGEND_COLUMN_GAP;
        int cols = Math.max(1, Math.min(entries.size(), (int) Math.floor((width + LEGEND_COLUMN_GAP) / colW)));
        int perCol = (int) Math.ceil(entries.size() / (double) cols);
        List<LegendLayout.Line> lines = new ArrayList<>(entries.size());
        for (int c = 0; c * perCol < entries.size(); c++) {
            List<LegendEntry> part = entries.subList(c * perCol, Math.min(entries.size(), (c + 1) * perCol));
            lines.addAll(LegendLayout.of(part, x + c * colW, y, lineH).lines());
        }
        return new LegendLayout(lines, y + perCol * lineH);
    }

    /**
     * Tiles for a page whose printable area is {@code pageWidth} × {@code pageHeight}; each tile's body is that
     * less the options' label column and time header.
     */
    public static List<PageTile> tiles(RowModel rows, ChartOptions options, double pageWidth, double pageHeight) {
        return tiles(GanttLayout.contentWidth(rows, options), GanttLayout.contentHeight(rows, options),
                pageWidth - options.labelColumnWidth(), pageHeight - options.headerHeight(), options.rowHeight());
    }

    /** Tiles of at most {@code bodyWidth} × {@code bodyHeight} (rounded down to whole rows) over the content. */
    public static List<PageTile> tiles(double contentWidth, double contentHeight, double bodyWidth, double bodyHeight,
                                       double rowHeight) {
        if (!(bodyWidth > 0)) {
            throw new IllegalArgumentException("the page leaves no width for the chart: " + bodyWidth);
        }
        if (bodyHeight < rowHeight) {
            throw new IllegalArgumentException("the page leaves no room for one row: " + bodyHeight);
        }
        double tileHeight = Math.floor(bodyHeight / rowHeight) * rowHeight;
        int columns = Math.max(1, (int) Math.ceil(contentWidth / bodyWidth - 1e-9));
        int rowsOfPages = Math.max(1, (int) Math.ceil(contentHeight / tileHeight - 1e-9));
        List<PageTile> tiles = new ArrayList<>(columns * rowsOfPages);
        for (int r = 0; r < rowsOfPages; r++) {
            double y = r * tileHeight;
            double h = Math.max(0, Math.min(tileHeight, contentHeight - y));
            for (int c = 0; c < columns; c++) {
                double x = c * bodyWidth;
                double w = Math.max(0, Math.min(bodyWidth, contentWidth - x));
                tiles.add(new PageTile(c, r, new Viewport(x, y, w, h)));
            }
        }
        return tiles;
    }

    /** The zoom that makes the whole range exactly {@code bodyWidth} wide: "fit to page width". */
    public static double pxPerDayToFit(DateRange range, double bodyWidth) {
        return Zoom.clamp(bodyWidth / range.days());
    }
}
