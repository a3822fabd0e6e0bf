package io.milepost.ui.gantt.skin;

import io.milepost.chart.ChartPainter;
import io.milepost.chart.ChartScene;
import io.milepost.chart.FontRole;
import io.milepost.chart.LegendEntry;
import io.milepost.chart.TextMeasurer;
import io.milepost.chart.Theme;
import io.milepost.ui.gantt.FxCanvasSurface;
import io.milepost.ui.gantt.LegendCorner;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;

/**
 * The key to the chart's colours and symbols, docked in the corner of the view the planner chose, drawn by the same
 * painter as the legend of a printed page so that screen and paper explain the chart alike. It never takes more than
 * {@value #MAX_HEIGHT_SHARE} of the view's height: on a small window it spreads into more columns, and where even
 * that would cover more than {@value #MAX_WIDTH_SHARE} of the width it is left out (View → Legend brings it back on a
 * larger window).
 */
final class LegendBox {

    private static final double MARGIN = 12;
    private static final double PAD = 8;
    private static final double COLUMN_GAP = 14;
    static final double MAX_HEIGHT_SHARE = 0.45;
    static final double MAX_WIDTH_SHARE = 0.6;

    private LegendBox() {
    }

    static void paint(GraphicsContext gc, ChartScene scene, Theme theme, TextMeasurer measurer, LegendCorner corner,
                      double viewWidth, double viewHeight) {
        List<LegendEntry> legend = scene.legend();
        if (legend.isEmpty()) {
            return;
        }
        double line = measurer.height(FontRole.LEGEND) + 5;
        double text = 0;
        for (LegendEntry e : legend) {
            text = Math.max(text, measurer.width(e.text(), FontRole.LEGEND));
        }
        double body = viewHeight - scene.headerHeight();
        int perColumn = (int) Math.max(1, Math.floor((body * MAX_HEIGHT_SHARE - 2 * PAD) / line));
        int columns = (legend.size() + perColumn - 1) / perColumn;
        int rows = Math.min(legend.size(), perColumn);
        double columnWidth = line * 1.6 + 6 + text;
        double width = PAD + columns * columnWidth + (columns - 1) * COLUMN_GAP + PAD;
        double height = PAD + rows * line + PAD;
        if (width > viewWidth * MAX_WIDTH_SHARE || height + 2 * MARGIN > body) {
            return; // a view too small for the key: the chart itself matters more
        }
        double x = corner.left() ? MARGIN : viewWidth - width - MARGIN;
        double y = corner.top() ? scene.headerHeight() + MARGIN : viewHeight - height - MARGIN;
        gc.save();
        gc.setGlobalAlpha(0.94);
        gc.setFill(FxCanvasSurface.color(theme.color("header.background")));
        gc.fillRect(x, y, width, height);
        gc.setGlobalAlpha(1);
        gc.setStroke(FxCanvasSurface.color(theme.color("header.border")));
        gc.setLineWidth(1);
        gc.strokeRect(Math.round(x) + 0.5, Math.round(y) + 0.5, Math.round(width), Math.round(height));
        FxCanvasSurface surface = new FxCanvasSurface(gc);
        for (int c = 0; c < columns; c++) {
            List<LegendEntry> part = legend.subList(c * perColumn, Math.min(legend.size(), (c + 1) * perColumn));
            ChartPainter.paintLegend(part, theme, surface, x + PAD + c * (columnWidth + COLUMN_GAP), y + PAD, line);
        }
        gc.restore();
    }
}
