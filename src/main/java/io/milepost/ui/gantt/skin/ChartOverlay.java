package io.milepost.ui.gantt.skin;

import io.milepost.i18n.Messages;
import io.milepost.chart.ChartScene;
import io.milepost.chart.FontRole;
import io.milepost.chart.MarkerShape;
import io.milepost.chart.TextAlign;
import io.milepost.chart.TextMeasurer;
import io.milepost.chart.Theme;
import io.milepost.chart.TimeScale;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.ui.gantt.FxCanvasSurface;
import io.milepost.ui.gantt.GanttChart;
import java.util.UUID;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * What the screen adds on top of the engine's picture: the selection, the link handle of the selected item, and
 * the preview of a drag (where the item would go, its new timeline as it would be written, the new percent, the
 * link being drawn). Print and export never show these, so they are not part of the scene.
 */
final class ChartOverlay {

    /** Radius of the round handle right of the selected item that starts a link. */
    static final double HANDLE_RADIUS = 4.5;
    private static final double HANDLE_GAP = 9;

    private ChartOverlay() {
    }

    /** Centre of the link handle of the selected item in view coordinates, or {@code null} when none is shown. */
    static Point2D linkHandle(ChartScene s, UUID selected, boolean editable) {
        ItemGeometry g = editable ? ItemGeometry.of(s, selected) : null;
        if (g == null) {
            return null;
        }
        double x = g.right() + HANDLE_GAP;
        return x < s.viewWidth() ? new Point2D(x, g.centreY()) : null;
    }

    static void paint(GraphicsContext gc, ChartScene s, Theme theme, TextMeasurer measurer, GanttChart chart,
                      DragGesture drag) {
        gc.save();
        gc.beginPath();
        gc.rect(0, s.headerHeight(), s.viewWidth(), s.viewport().height());
        gc.clip();
        Color accent = FxCanvasSurface.color(theme.color(GanttChart.SELECTION_KEY));
        for (UUID other : chart.getSelectedWithIt()) {
            ItemGeometry g = other.equals(chart.getSelectedItem()) ? null : ItemGeometry.of(s, other);
            if (g != null) {
                selection(gc, s, g, accent);
            }
        }
        ItemGeometry selected = ItemGeometry.of(s, chart.getSelectedItem());
        if (selected != null) {
            selection(gc, s, selected, accent);
            Point2D h = linkHandle(s, chart.getSelectedItem(), chart.isEditable());
            if (h != null && (drag == null || drag.kind != DragGesture.Kind.LINK)) {
                gc.setFill(Color.WHITE);
                gc.fillOval(h.getX() - HANDLE_RADIUS, h.getY() - HANDLE_RADIUS, 2 * HANDLE_RADIUS, 2 * HANDLE_RADIUS);
                gc.setStroke(accent);
                gc.setLineWidth(1.5);
                gc.strokeOval(h.getX() - HANDLE_RADIUS, h.getY() - HANDLE_RADIUS, 2 * HANDLE_RADIUS,
                        2 * HANDLE_RADIUS);
            }
        }
        if (drag != null && drag.started) {
            FxCanvasSurface text = new FxCanvasSurface(gc);
            text.setFont(FontRole.DATE_LABEL, theme.font(FontRole.DATE_LABEL));
            switch (drag.kind) {
                case MOVE, RESIZE_START, RESIZE_END -> dates(gc, text, s, theme, measurer, drag, accent);
                case PERCENT -> percent(gc, text, s, theme, measurer, drag, accent);
                case LINK -> link(gc, s, theme, chart.getRoadmap(), drag);
                case PAN -> { }
            }
        }
        gc.restore();
    }

    private static void selection(GraphicsContext gc, ChartScene s, ItemGeometry g, Color accent) {
        double rowTop = s.toViewY(g.row() * s.rowHeight());
        gc.setFill(accent.deriveColor(0, 1, 1, 0.08));
        gc.fillRect(0, rowTop, s.viewWidth(), s.rowHeight());
        gc.setStroke(accent);
        gc.setLineWidth(2);
        if (g.marker()) {
            double pad = 3;
            if (g.shape() == MarkerShape.CIRCLE) {
                gc.strokeOval(g.x() - pad, g.y() - pad, g.width() + 2 * pad, g.height() + 2 * pad);
            } else {
                double r = g.width() / 2 + pad + 1;
                gc.strokePolygon(new double[] {g.centreX(), g.centreX() + r, g.centreX(), g.centreX() - r},
                        new double[] {g.centreY() - r, g.centreY(), g.centreY() + r, g.centreY()}, 4);
            }
        } else {
            gc.strokeRoundRect(g.x() - 2, g.y() - 2, g.width() + 4, g.height() + 4, 4, 4);
        }
    }

    private static void dates(GraphicsContext gc, FxCanvasSurface text, ChartScene s, Theme theme,
                              TextMeasurer measurer, DragGesture drag, Color accent) {
        ItemGeometry g = ItemGeometry.of(s, drag.item.id());
        if (drag.dates == null || g == null) {
            return;
        }
        TimeScale scale = s.timeScale();
        double x0 = s.toViewX(scale.xOf(drag.dates.firstDay()));
        double x1 = s.toViewX(scale.xOf(drag.dates.lastDay().plusDays(1)));
        gc.setFill(accent.deriveColor(0, 1, 1, 0.25));
        gc.setStroke(accent);
        gc.setLineWidth(1.5);
        gc.setLineDashes(4, 3);
        if (g.marker() && x1 - x0 <= g.width()) {
            double cx = (x0 + x1) / 2;
            double r = g.width() / 2;
            gc.strokePolygon(new double[] {cx, cx + r, cx, cx - r},
                    new double[] {g.centreY() - r, g.centreY(), g.centreY() + r, g.centreY()}, 4);
        } else {
            double y = g.marker() ? g.centreY() - 4 : g.y();
            double h = g.marker() ? 8 : g.height();
            gc.fillRect(x0, y, Math.max(2, x1 - x0), h);
            gc.strokeRect(x0, y, Math.max(2, x1 - x0), h);
        }
        gc.setLineDashes((double[]) null);
        Milestone preview = drag.item.withDates(drag.dates.start(), drag.dates.end());
        tag(gc, text, s, theme, measurer, preview.timelineLabel(), Math.min(x0, g.x()), Math.max(x1, g.right()),
                g.centreY());
    }

    private static void percent(GraphicsContext gc, FxCanvasSurface text, ChartScene s, Theme theme,
                                TextMeasurer measurer, DragGesture drag, Color accent) {
        ItemGeometry g = ItemGeometry.of(s, drag.item.id());
        if (g == null) {
            return;
        }
        TimeScale scale = s.timeScale();
        double x0 = s.toViewX(scale.xOf(drag.item.firstDay()));
        double x1 = s.toViewX(scale.xOf(drag.item.lastDay().plusDays(1)));
        double x = x0 + (x1 - x0) * drag.percent / 100.0;
        gc.setStroke(accent);
        gc.setLineWidth(2);
        gc.strokeLine(x, g.y() - 3, x, g.y() + g.height() + 3);
        tag(gc, text, s, theme, measurer, Messages.text("chart.percentDone", drag.percent), Math.min(x, g.x()), Math.max(x, g.right()),
                g.centreY());
    }

    private static void link(GraphicsContext gc, ChartScene s, Theme theme, Roadmap roadmap, DragGesture drag) {
        ItemGeometry from = ItemGeometry.of(s, drag.item.id());
        Color color = FxCanvasSurface.color(theme.color("link"));
        gc.setStroke(color);
        gc.setLineWidth(1.5);
        gc.setLineDashes(5, 3);
        double sx = from != null ? from.right() : drag.pressX;
        double sy = from != null ? from.centreY() : drag.pressY;
        gc.strokeLine(sx, sy, drag.pointerX, drag.pointerY);
        gc.setLineDashes((double[]) null);
        ItemGeometry to = ItemGeometry.of(s, drag.linkTarget);
        if (to != null && roadmap != null) {
            gc.setLineWidth(2);
            gc.strokeRoundRect(to.x() - 3, to.y() - 3, to.width() + 6, to.height() + 6, 4, 4);
        }
        gc.setFill(color);
        gc.fillOval(drag.pointerX - 3, drag.pointerY - 3, 6, 6);
    }

    /**
     * A small label on a white plate, so it reads over bars and grid alike: right of what it describes
     * ({@code left} to {@code right}), or left of it when the view ends first, or over its start as a last resort.
     */
    private static void tag(GraphicsContext gc, FxCanvasSurface text, ChartScene s, Theme theme,
                            TextMeasurer measurer, String label, double left, double right, double cy) {
        double w = measurer.width(label, FontRole.DATE_LABEL) + 8;
        double h = measurer.height(FontRole.DATE_LABEL) + 4;
        double x = right + 8;
        if (x + w > s.viewWidth()) {
            x = left - 8 - w >= 0 ? left - 8 - w : Math.max(0, Math.min(left, s.viewWidth() - w));
        }
        gc.setFill(Color.WHITE.deriveColor(0, 1, 1, 0.92));
        gc.fillRoundRect(x, cy - h / 2, w, h, 4, 4);
        gc.setStroke(FxCanvasSurface.color(theme.color("grid.major")));
        gc.setLineWidth(1);
        gc.strokeRoundRect(x + 0.5, cy - h / 2 + 0.5, w - 1, h - 1, 4, 4);
        text.setFill("label.date", theme.color("label.bar"));
        text.text(label, x + 4, cy, FontRole.DATE_LABEL, TextAlign.LEFT);
    }
}
