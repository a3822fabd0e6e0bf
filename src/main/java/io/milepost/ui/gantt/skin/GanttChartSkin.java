package io.milepost.ui.gantt.skin;

import io.milepost.chart.ChartOptions;
import io.milepost.chart.ChartPainter;
import io.milepost.chart.ChartScene;
import io.milepost.chart.GanttLayout;
import io.milepost.chart.RowModel;
import io.milepost.chart.Theme;
import io.milepost.chart.Viewport;
import io.milepost.ui.gantt.FxCanvasSurface;
import io.milepost.ui.gantt.FxTextMeasurer;
import io.milepost.ui.gantt.GanttChart;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;

/**
 * Draws a {@link GanttChart} on one canvas the size of the view (never the size of the content: a three-year plan
 * at days zoom is tens of thousands of pixels wide), with a scroll bar on each axis.
 * <p>
 * Any change (roadmap, options, scroll, selection, size, style, a drag) only marks the frame dirty; the frame is
 * laid out and painted once, after the next pulse's layout pass, however many changes came before it. Each frame
 * lays out only the visible rows ({@link GanttLayout}), paints them with the engine's painter, adds the screen-only
 * overlay (selection, drag preview), and hands the scene to the control so hit tests and {@link
 * GanttChart#boundsOf} answer from the numbers on screen.
 */
public class GanttChartSkin extends SkinBase<GanttChart> {

    private final Canvas canvas = new Canvas();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final Consumer<ChartScene> publish;
    private final GanttChartBehavior behavior;
    private final Runnable afterLayout = this::afterLayout;
    private final InvalidationListener onSceneChange = o -> attachTo(getSkinnable().getScene());
    private Scene attached;
    private Theme theme;
    private FxTextMeasurer measurer;
    private boolean dirty;
    private boolean painting;
    private boolean updatingBars;

    /**
     * @param publish receives every frame once painted (the control keeps it as its current scene)
     */
    public GanttChartSkin(GanttChart chart, Consumer<ChartScene> publish) {
        super(chart);
        this.publish = publish;
        canvas.getStyleClass().add("gantt-canvas");
        hbar.setOrientation(Orientation.HORIZONTAL);
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.setFocusTraversable(false);
        vbar.setFocusTraversable(false);
        getChildren().addAll(canvas, hbar, vbar);

        for (var p : new javafx.beans.Observable[] {chart.roadmapProperty(), chart.optionsProperty(),
            chart.rowsProperty(), chart.scrollXProperty(), chart.scrollYProperty(), chart.selectedItemProperty(), chart.selectedWithItProperty(),
            chart.editableProperty(), chart.legendVisibleProperty(), chart.legendCornerProperty()}) {
            registerInvalidationListener(p, o -> markDirty());
        }
        registerInvalidationListener(chart.themeProperty(), o -> {
            theme = null;
            markDirty();
        });
        hbar.valueProperty().addListener((o, a, v) -> {
            if (!updatingBars) {
                chart.setScrollX(v.doubleValue());
            }
        });
        vbar.valueProperty().addListener((o, a, v) -> {
            if (!updatingBars) {
                chart.setScrollY(v.doubleValue());
            }
        });
        chart.sceneProperty().addListener(onSceneChange);
        attachTo(chart.getScene());
        behavior = new GanttChartBehavior(chart, this, new ItemTooltip(canvas));
    }

    /** Asks for a new frame after the next layout pass; many asks before it make one frame. */
    void markDirty() {
        if (painting || dirty) {
            return;
        }
        dirty = true;
        Platform.requestNextPulse();
    }

    Canvas canvas() {
        return canvas;
    }

    /** The theme from the control's CSS, and a measurer in its fonts; rebuilt when the style changes. */
    Theme theme() {
        if (theme == null) {
            theme = getSkinnable().getTheme();
            measurer = new FxTextMeasurer(theme);
        }
        return theme;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double vbw = snapSizeX(vbar.prefWidth(-1));
        double hbh = snapSizeY(hbar.prefHeight(-1));
        double header = getSkinnable().getOptions().headerHeight();
        double cw = Math.max(0, snapSizeX(w - vbw));
        double ch = Math.max(0, snapSizeY(h - hbh));
        canvas.relocate(x, y);
        if (canvas.getWidth() != cw || canvas.getHeight() != ch) {
            boolean widthChanged = canvas.getWidth() != cw;
            canvas.setWidth(cw);
            canvas.setHeight(ch);
            if (widthChanged) {
                getSkinnable().viewResized(cw);
            }
            markDirty();
        }
        hbar.resizeRelocate(x, y + ch, cw, hbh);
        vbar.resizeRelocate(x + cw, y + header, vbw, Math.max(0, ch - header));
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 800 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 480 + top + bottom;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 120 + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return getSkinnable().getOptions().headerHeight() + 60 + top + bottom;
    }

    @Override
    public void dispose() {
        getSkinnable().sceneProperty().removeListener(onSceneChange);
        attachTo(null);
        behavior.dispose();
        super.dispose();
    }

    private void attachTo(Scene scene) {
        if (attached != null) {
            attached.removePostLayoutPulseListener(afterLayout);
        }
        attached = scene;
        if (scene != null) {
            scene.addPostLayoutPulseListener(afterLayout);
            dirty = false;
            markDirty();
        }
    }

    private void afterLayout() {
        if (dirty) {
            dirty = false;
            frame();
        }
    }

    private void frame() {
        GanttChart chart = getSkinnable();
        Theme t = theme();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        RowModel rows = chart.getRows();
        ChartOptions o = chart.getOptions();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (rows == null || w <= 0 || h <= o.headerHeight()) {
            gc.setFill(FxCanvasSurface.color(t.color("background")));
            gc.fillRect(0, 0, w, h);
            bars(0, 0, 0, 0);
            publish.accept(null);
            return;
        }
        double vh = h - o.headerHeight();
        double maxX = Math.max(0, GanttLayout.contentWidth(rows, o) - w);
        double maxY = Math.max(0, GanttLayout.contentHeight(rows, o) - vh);
        double sx = Math.max(0, Math.min(chart.getScrollX(), maxX));
        double sy = Math.max(0, Math.min(chart.getScrollY(), maxY));
        painting = true;
        try {
            // Keeping the scroll inside the content is this frame's own business: no second frame for it.
            chart.setScrollX(sx);
            chart.setScrollY(sy);
        } finally {
            painting = false;
        }
        // Whole-pixel offsets keep grid lines and bar edges on the pixel grid.
        Viewport viewport = new Viewport(Math.round(sx), Math.round(sy), w, vh);
        ChartScene scene = GanttLayout.layout(rows, o, viewport, measurer);
        ChartPainter.paint(scene, t, new FxCanvasSurface(gc));
        ChartOverlay.paint(gc, scene, t, measurer, chart, behavior.drag());
        if (chart.isLegendVisible()) {
            LegendBox.paint(gc, scene, t, measurer, chart.getLegendCorner(), w, h);
        }
        bars(maxX, maxY, w, vh);
        // Last: whoever listens may change the chart again, which asks for the next frame.
        publish.accept(scene);
    }

    private void bars(double maxX, double maxY, double w, double vh) {
        GanttChart chart = getSkinnable();
        updatingBars = true;
        try {
            fit(hbar, maxX, w, chart.getScrollX(), Math.max(20, chart.getOptions().pxPerDay() * 7));
            fit(vbar, maxY, vh, chart.getScrollY(), chart.getOptions().rowHeight());
        } finally {
            updatingBars = false;
        }
    }

    private static void fit(ScrollBar bar, double max, double visible, double value, double unit) {
        bar.setMin(0);
        bar.setMax(max);
        // The thumb shows the visible share of the content.
        bar.setVisibleAmount(max <= 0 ? 1 : max * visible / (max + visible));
        bar.setValue(value);
        bar.setUnitIncrement(unit);
        bar.setBlockIncrement(Math.max(unit, visible * 0.9));
        bar.setDisable(max <= 0);
    }
}
