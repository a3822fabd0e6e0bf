package io.milepost.ui.print;

import io.milepost.app.print.ChartPrint;
import io.milepost.chart.PagePainter;
import io.milepost.chart.PrintedPage;
import io.milepost.chart.TextMeasurer;
import io.milepost.chart.Theme;
import io.milepost.ui.gantt.FxCanvasSurface;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** One sheet drawn on a canvas, as it will print: for the preview (scaled to fit) and for the printer. */
final class PagePreview {

    private PagePreview() {
    }

    /**
     * A canvas holding sheet {@code index} at {@code scale} canvas pixels per point; only this sheet is laid out and
     * drawn, so a 60-page poster costs one page of memory at a time.
     */
    static Canvas render(ChartPrint print, int index, double scale, Theme theme, TextMeasurer measurer) {
        double w = print.print().pageWidth() * scale;
        double h = print.print().pageHeight() * scale;
        Canvas canvas = new Canvas(Math.ceil(w), Math.ceil(h));
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, w, h);
        gc.save();
        gc.scale(scale, scale);
        PrintedPage page = print.print().pages().get(index);
        PagePainter.paint(print.print(), page, print.rows(), theme, new FxCanvasSurface(gc), measurer);
        gc.restore();
        return canvas;
    }
}
