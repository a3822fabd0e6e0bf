package io.milepost.chart;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One frame of the chart, laid out and immutable: what to draw, where, and with which style key; no colours (a
 * sector's own colour travels as data on the element) and no drawing. {@link ChartPainter} draws it on any
 * {@link Surface}; {@link #hitTest} answers what lies under a pointer from the same numbers.
 *
 * <h2>Coordinates</h2>
 * The drawing has three parts: the time header, a band {@link #headerHeight()} tall across the top; the row-label
 * column, {@link #labelColumnWidth()} wide down the left (0 on screen); and the body, the rest.
 * <ul>
 *   <li><b>Content coordinates</b> — the body's: x from the {@link #timeScale()} (x = 0 at the first day of
 *       {@link #range()}), y = 0 at the top of row 0, row i at y = i × {@link #rowHeight()}. Bars, markers, links,
 *       labels, bands, grid, today line and group headers are in content coordinates, and so is the
 *       {@link #viewport()}.</li>
 *   <li><b>View coordinates</b> — the surface's, with (0, 0) at the drawing's top-left corner. Content point
 *       (x, y) is drawn at ({@code x + bodyOffsetX()}, {@code y + bodyOffsetY()}), that is
 *       ({@code labelColumnWidth - viewport.x + x}, {@code headerHeight - viewport.y + y}).</li>
 *   <li>{@link HeaderCell}s take x from content (they scroll sideways with the bars) and y from view (the header
 *       stays put while rows scroll). {@link RowLabel}s take x from view (from the column's left, 0) and y from
 *       content.</li>
 * </ul>
 * A scene holds only what meets the viewport: rows {@link #firstRow()} to {@link #lastRow()}, header cells and
 * grid lines over the visible dates, and links touching those rows.
 * <p>
 * When the content is narrower than the viewport ({@link #contentWidth()} &lt; viewport's right), the chart is
 * drawn on to the viewport's right edge all the same: header cells, grid lines and shading continue past the
 * range's last day (time does), group rows span the view, and ongoing bars run to the view's edge; nothing stops
 * short while the rows go on.
 */
public final class ChartScene {

    private final TimeScale timeScale;
    private final DateRange range;
    private final Viewport viewport;
    private final double headerHeight;
    private final double labelColumnWidth;
    private final double rowHeight;
    private final double contentWidth;
    private final double contentHeight;
    private final int rowCount;
    private final int firstRow;
    private final int lastRow;
    private final List<Band> bands;
    private final List<VerticalLine> gridLines;
    private final List<VerticalLine> periodLines;
    private final List<GroupHeader> groupHeaders;
    private final List<Baseline> baselines;
    private final List<Bar> bars;
    private final List<Marker> markers;
    private final List<Link> links;
    private final List<TextLabel> labels;
    private final VerticalLine today;
    private final List<HeaderCell> headerCells;
    private final List<RowLabel> rowLabels;
    private final String labelColumnTitle;
    private final double labelColumnTitleX;
    private final List<LegendEntry> legend;

    ChartScene(SceneBuilder b) {
        Frame f = b.frame;
        timeScale = f.scale;
        range = f.range;
        viewport = f.viewport;
        headerHeight = f.options.headerHeight();
        labelColumnWidth = f.options.labelColumnWidth();
        rowHeight = f.rowHeight;
        contentWidth = f.contentWidth;
        contentHeight = f.contentHeight;
        rowCount = f.rows.rowCount();
        firstRow = f.firstRow;
        lastRow = f.lastRow;
        // The builder's lists are never seen again, so wrapping them is enough to keep the scene immutable.
        bands = Collections.unmodifiableList(b.bands);
        gridLines = Collections.unmodifiableList(b.gridLines);
        periodLines = Collections.unmodifiableList(b.periodLines);
        groupHeaders = Collections.unmodifiableList(b.groupHeaders);
        baselines = Collections.unmodifiableList(b.baselines);
        bars = Collections.unmodifiableList(b.bars);
        markers = Collections.unmodifiableList(b.markers);
        links = Collections.unmodifiableList(b.links);
        labels = Collections.unmodifiableList(b.labels);
        today = b.today;
        headerCells = Collections.unmodifiableList(b.headerCells);
        rowLabels = Collections.unmodifiableList(b.rowLabels);
        labelColumnTitle = b.labelColumnTitle;
        labelColumnTitleX = RowLayout.LABEL_INDENT;
        legend = b.legend;
    }

    /** The content scale: x = 0 at the first day of {@link #range()}. */
    public TimeScale timeScale() { return timeScale; }
    public DateRange range() { return range; }
    public Viewport viewport() { return viewport; }
    public double headerHeight() { return headerHeight; }
    public double labelColumnWidth() { return labelColumnWidth; }
    public double rowHeight() { return rowHeight; }
    /** Width of the whole body, not just the visible part. */
    public double contentWidth() { return contentWidth; }
    /** Height of all rows. */
    public double contentHeight() { return contentHeight; }
    public int rowCount() { return rowCount; }
    /** First row meeting the viewport. */
    public int firstRow() { return firstRow; }
    /** Last row meeting the viewport, inclusive; less than {@link #firstRow()} when none does. */
    public int lastRow() { return lastRow; }

    /** Width of the whole drawing: label column and visible body. */
    public double viewWidth() { return labelColumnWidth + viewport.width(); }
    /** Height of the whole drawing: header and visible body. */
    public double viewHeight() { return headerHeight + viewport.height(); }
    public double bodyOffsetX() { return labelColumnWidth - viewport.x(); }
    public double bodyOffsetY() { return headerHeight - viewport.y(); }
    public double toContentX(double viewX) { return viewX - bodyOffsetX(); }
    public double toContentY(double viewY) { return viewY - bodyOffsetY(); }
    public double toViewX(double contentX) { return contentX + bodyOffsetX(); }
    public double toViewY(double contentY) { return contentY + bodyOffsetY(); }

    /** The row at a content y, or -1 past either end. */
    public int rowAt(double contentY) {
        if (contentY < 0) {
            return -1;
        }
        long row = (long) Math.floor(contentY / rowHeight);
        return row < rowCount ? (int) row : -1;
    }

    /** Weekends and time outside the roadmap's period. */
    public List<Band> bands() { return bands; }
    /** From the header's cell boundaries: "grid.major" and "grid.minor". */
    public List<VerticalLine> gridLines() { return gridLines; }
    /** Where the roadmap's period starts and ends ("period.line"), when visible. */
    public List<VerticalLine> periodLines() { return periodLines; }
    public List<GroupHeader> groupHeaders() { return groupHeaders; }
    public List<Baseline> baselines() { return baselines; }
    /** Activities and the windows of period-dated markers; group summaries are on {@link #groupHeaders()}. */
    public List<Bar> bars() { return bars; }
    public List<Marker> markers() { return markers; }
    public List<Link> links() { return links; }
    public List<TextLabel> labels() { return labels; }
    public Optional<VerticalLine> today() { return Optional.ofNullable(today); }
    public List<HeaderCell> headerCells() { return headerCells; }
    /** Empty unless the options asked for a label column. */
    public List<RowLabel> rowLabels() { return rowLabels; }
    public String labelColumnTitle() { return labelColumnTitle; }
    /** Where the label column's title starts, from the column's left. */
    public double labelColumnTitleX() { return labelColumnTitleX; }
    public List<LegendEntry> legend() { return legend; }

    /**
     * What lies under a point in view coordinates (a mouse event on the canvas the scene was painted on at 0, 0).
     * The header answers nothing; in the label column only a group's row answers.
     */
    public Optional<Hit> hitTest(double viewX, double viewY) {
        if (viewX < 0 || viewY < headerHeight || viewX > viewWidth() || viewY > viewHeight()) {
            return Optional.empty();
        }
        if (viewX < labelColumnWidth) {
            int row = rowAt(toContentY(viewY));
            for (RowLabel label : rowLabels) {
                if (label.row() == row && label.groupKey() != null) {
                    return Optional.of(new Hit(HitKind.GROUP_HEADER, null, null, label.groupKey(), row));
                }
            }
            return Optional.empty();
        }
        return hitTestContent(toContentX(viewX), toContentY(viewY));
    }

    /** What lies under a point in content coordinates; see {@link SceneHitTester} for the order of precedence. */
    public Optional<Hit> hitTestContent(double x, double y) {
        return SceneHitTester.hit(this, x, y);
    }
}
