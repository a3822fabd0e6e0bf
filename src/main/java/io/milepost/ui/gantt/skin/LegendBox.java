package io.milepost.ui.gantt.skin;

import io.milepost.chart.ChartPainter;
import io.milepost.chart.ChartScene;
import io.milepost.chart.FontRole;
import io.milepost.chart.LegendEntry;
import io.milepost.chart.TextMeasurer;
import io.milepost.chart.Theme;
import io.milepost.ui.gantt.FxCanvasSurface;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;

/**
 * The key to the chart's colours and symbols, in the lower right corner of the view, drawn by the same painter as
 * the legend of a printed page so that screen and paper explain the chart alike.
 */
final class LegendBox {

    private static final double MARGIN = 12;
    private static final double PAD = 8;

    private LegendBox() {
    }

    static void paint(GraphicsContext gc, ChartScene scene, Theme theme, TextMeasurer measurer, double viewWidth,
                      double viewHeight) {
        List<LegendEntry> legend = scene.legend();
        if (legend.isEmpty()) {
            return;
        }
        double line = measurer.height(FontRole.LEGEND) + 5;
        double text = 0;
        for (LegendEntry e : legend) {
            text = Math.max(text, measurer.width(e.text(), FontRole.LEGEND));
        }
        double width = PAD + line * 1.6 + 6 + text + PAD;
        double height = PAD + legend.size() * line + PAD;
        double x = viewWidth - width - MARGIN;
        double y = viewHeight - height - MARGIN;
        if (x < 0 || y < scene.headerHeight()) {
            return; // a view too small for the key: the chart itself matters more
        }
        gc.save();
        gc.setGlobalAlpha(0.94);
        gc.setFill(FxCanvasSurface.color(theme.color("header.background")));
        gc.fillRect(x, y, width, height);
        gc.setGlobalAlpha(1);
        gc.setStroke(FxCanvasSurface.color(theme.color("header.border")));
        gc.setLineWidth(1);
        gc.strokeRect(Math.round(x) + 0.5, Math.round(y) + 0.5, Math.round(width), Math.round(height));
        ChartPainter.paintLegend(legend, theme, new FxCanvasSurface(gc), x + PAD, y + PAD, line);
        gc.restore();
    }
}
