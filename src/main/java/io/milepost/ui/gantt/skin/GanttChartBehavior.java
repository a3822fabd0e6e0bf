package io.milepost.ui.gantt.skin;

import io.milepost.chart.ChartScene;
import io.milepost.chart.Hit;
import io.milepost.chart.HitKind;
import io.milepost.chart.RowModel;
import io.milepost.chart.TimeScale;
import io.milepost.chart.Zoom;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.ui.gantt.GanttChart;
import io.milepost.ui.gantt.GanttEdit;
import java.time.DayOfWeek;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Turns the pointer, the wheel and the keys on a {@link GanttChart} into calls of its API and into
 * {@link GanttEdit} requests. All positions are hit-tested against the scene on screen.
 * <ul>
 *   <li>drag a bar or marker: move it, its length kept; drag either end of a bar: change its start or end; drag the
 *       small mark where the done part ends: percent complete; dates snap to days, week starts or months by zoom
 *       (see {@link DragDates} for what becomes of "Q3 2025");</li>
 *   <li>drag from the round handle right of the selected item, or from any item with Alt held, onto another item:
 *       a finish-to-start link;</li>
 *   <li>drag the background: pan; click a swimlane's header row: fold or unfold it; double-click an item or press
 *       Enter: its details; Esc: cancel a drag;</li>
 *   <li>wheel: rows; Shift+wheel: time; Ctrl+wheel, + and -: zoom around the pointer;</li>
 *   <li>Up/Down: previous/next item; Alt+Left/Right: move the selected item one snap step; Delete: ask to delete.</li>
 * </ul>
 * A chart that is not editable offers everything but the changes.
 */
final class GanttChartBehavior {

    private static final double WHEEL_NOTCH = 40;
    private static final double WHEEL_ZOOM = 1.15;

    private final GanttChart chart;
    private final GanttChartSkin skin;
    private final Canvas canvas;
    private final ItemTooltip tooltip;
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private final EventHandler<KeyEvent> altReleased = this::keyReleased;
    /** Alt was held through a link drag: its release must not arm the menu bar. */
    private boolean altUsed;
    private final EventHandler<ScrollEvent> wheel = this::scrolled;
    private DragGesture drag;
    private Hit pressHit;
    private double pointerX = Double.NaN;

    GanttChartBehavior(GanttChart chart, GanttChartSkin skin, ItemTooltip tooltip) {
        this.chart = chart;
        this.skin = skin;
        this.canvas = skin.canvas();
        this.tooltip = tooltip;
        canvas.setOnMouseMoved(this::moved);
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseClicked(this::clicked);
        canvas.setOnMouseExited(e -> {
            pointerX = Double.NaN;
            tooltip.pointAt(null, null, null);
        });
        // On the control, not the canvas: the wheel over the scroll bars, or sent on by a table beside, scrolls too.
        chart.addEventHandler(ScrollEvent.SCROLL, wheel);
        chart.addEventHandler(KeyEvent.KEY_PRESSED, keys);
        // On the scene, as a filter: the menu bar arms itself on Alt's release before the chart would hear of it.
        chart.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_RELEASED, altReleased);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_RELEASED, altReleased);
            }
        });
        if (chart.getScene() != null) {
            chart.getScene().addEventFilter(KeyEvent.KEY_RELEASED, altReleased);
        }
    }

    /** The drag in progress, for the overlay; {@code null} when none. */
    DragGesture drag() {
        return drag;
    }

    void dispose() {
        chart.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        if (chart.getScene() != null) {
            chart.getScene().removeEventFilter(KeyEvent.KEY_RELEASED, altReleased);
        }
        chart.removeEventHandler(ScrollEvent.SCROLL, wheel);
    }

    private Optional<Hit> hit(double x, double y) {
        ChartScene s = chart.currentScene();
        return s == null ? Optional.empty() : s.hitTest(x, y);
    }

    private Milestone item(UUID id) {
        Roadmap map = chart.getRoadmap();
        return id == null || map == null ? null : map.milestone(id).orElse(null);
    }

    private boolean onLinkHandle(double x, double y) {
        Point2D h = ChartOverlay.linkHandle(chart.currentScene(), chart.getSelectedItem(), chart.isEditable());
        return h != null && h.distance(x, y) <= ChartOverlay.HANDLE_RADIUS + 2;
    }

    private void moved(MouseEvent e) {
        pointerX = e.getX();
        Optional<Hit> hit = hit(e.getX(), e.getY());
        UUID id = hit.map(Hit::itemId).orElse(null);
        tooltip.pointAt(id, chart.getRoadmap(), chart.getOptions());
        canvas.setCursor(cursorFor(hit.orElse(null), onLinkHandle(e.getX(), e.getY())));
    }

    private Cursor cursorFor(Hit hit, boolean onHandle) {
        boolean edit = chart.isEditable();
        if (onHandle) {
            return Cursor.CROSSHAIR;
        }
        if (hit == null || hit.kind() == HitKind.LINK) {
            return Cursor.DEFAULT;
        }
        return switch (hit.kind()) {
            case BAR_START_EDGE, BAR_END_EDGE -> edit ? Cursor.H_RESIZE : Cursor.HAND;
            case PERCENT_HANDLE -> edit ? Cursor.E_RESIZE : Cursor.HAND;
            case BAR_BODY, DIAMOND, MEETING -> edit ? Cursor.MOVE : Cursor.HAND;
            default -> Cursor.HAND;
        };
    }

    private void pressed(MouseEvent e) {
        chart.requestFocus();
        drag = null;
        pressHit = null;
        if (e.getButton() != MouseButton.PRIMARY || chart.currentScene() == null) {
            return;
        }
        double x = e.getX();
        double y = e.getY();
        if (onLinkHandle(x, y)) {
            drag = gesture(DragGesture.Kind.LINK, item(chart.getSelectedItem()), x, y);
            return;
        }
        pressHit = hit(x, y).orElse(null);
        Milestone m = pressHit == null ? null : item(pressHit.itemId());
        if (m == null) {
            drag = gesture(DragGesture.Kind.PAN, null, x, y);
            return;
        }
        chart.setSelectedItem(m.id());
        if (!chart.isEditable()) {
            drag = gesture(DragGesture.Kind.PAN, null, x, y);
        } else if (e.isAltDown()) {
            altUsed = true;
            drag = gesture(DragGesture.Kind.LINK, m, x, y);
        } else {
            drag = gesture(switch (pressHit.kind()) {
                case BAR_START_EDGE -> DragGesture.Kind.RESIZE_START;
                case BAR_END_EDGE -> DragGesture.Kind.RESIZE_END;
                case PERCENT_HANDLE -> DragGesture.Kind.PERCENT;
                default -> DragGesture.Kind.MOVE;
            }, m, x, y);
        }
    }

    private DragGesture gesture(DragGesture.Kind kind, Milestone m, double x, double y) {
        return new DragGesture(kind, m, x, y, chart.getScrollX(), chart.getScrollY());
    }

    private void dragged(MouseEvent e) {
        pointerX = e.getX();
        ChartScene s = chart.currentScene();
        if (drag == null || s == null || !drag.track(e.getX(), e.getY())) {
            return;
        }
        tooltip.pointAt(null, null, null);
        double px = chart.getOptions().pxPerDay();
        Zoom zoom = chart.getOptions().zoom();
        DayOfWeek week = chart.getOptions().weekStart();
        long days = Math.round((e.getX() - drag.pressX) / px);
        Milestone m = drag.item;
        switch (drag.kind) {
            case PAN -> {
                scrollTo(drag.pressScrollX - (e.getX() - drag.pressX), drag.pressScrollY - (e.getY() - drag.pressY));
                return;
            }
            case MOVE -> drag.dates = DragDates.move(m,
                    DragDates.movedFirstDay(m, e.getX() - drag.pressX, px, zoom, week)).orElse(drag.dates);
            case RESIZE_START -> drag.dates = DragDates.resizeStart(m,
                    TimeScale.snap(m.firstDay().plusDays(days), zoom, week)).orElse(drag.dates);
            case RESIZE_END -> drag.dates = DragDates.resizeEnd(m,
                    TimeScale.snap(m.lastDay().plusDays(1 + days), zoom, week)).orElse(drag.dates);
            case PERCENT -> {
                TimeScale scale = s.timeScale();
                drag.percent = DragDates.percentAt(e.getX(), s.toViewX(scale.xOf(m.firstDay())),
                        s.toViewX(scale.xOf(m.lastDay().plusDays(1))));
            }
            case LINK -> {
                UUID target = hit(e.getX(), e.getY()).map(Hit::itemId).orElse(null);
                drag.linkTarget = target != null && !target.equals(m.id()) ? target : null;
                canvas.setCursor(Cursor.CROSSHAIR);
            }
        }
        skin.markDirty();
    }

    private void released(MouseEvent e) {
        DragGesture g = drag;
        drag = null;
        if (g == null) {
            return;
        }
        skin.markDirty();
        if (!g.started) {
            clickedWithoutDrag(g);
            return;
        }
        Milestone m = g.item;
        switch (g.kind) {
            case MOVE, RESIZE_START, RESIZE_END -> {
                if (g.dates != null && !(g.dates.start().equals(m.start()) && Objects.equals(
                        g.dates.end(), m.end()))) {
                    chart.requestEdit(new GanttEdit.Move(m.id(), g.dates.start(), g.dates.end()));
                }
            }
            case PERCENT -> {
                if (g.percent != m.percentComplete()) {
                    chart.requestEdit(new GanttEdit.SetPercent(m.id(), g.percent));
                }
            }
            case LINK -> {
                if (g.linkTarget != null) {
                    chart.requestEdit(new GanttEdit.Link(m.id(), g.linkTarget));
                }
            }
            case PAN -> { }
        }
    }

    private void clickedWithoutDrag(DragGesture g) {
        if (g.kind != DragGesture.Kind.PAN || pressHit != null && pressHit.itemId() != null) {
            return;
        }
        if (pressHit != null && pressHit.kind() == HitKind.GROUP_HEADER) {
            chart.setGroupCollapsed(pressHit.groupKey(), !chart.getOptions().isCollapsed(pressHit.groupKey()));
        } else {
            chart.setSelectedItem(null);
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
            hit(e.getX(), e.getY()).map(Hit::itemId).ifPresent(id -> chart.requestEdit(new GanttEdit.Open(id)));
        }
    }

    private void scrolled(ScrollEvent e) {
        // A wheel that counts in lines (most mice) moves a row per line; a touchpad's pixels move pixels.
        double rowsDy = e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.LINES
                ? e.getTextDeltaY() * chart.getOptions().rowHeight() : e.getDeltaY();
        double dx = e.getTextDeltaXUnits() == ScrollEvent.HorizontalTextScrollUnits.CHARACTERS
                ? e.getTextDeltaX() * WHEEL_NOTCH : e.getDeltaX();
        if (e.isControlDown() || e.isShortcutDown()) {
            double notches = e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.LINES
                    ? e.getTextDeltaY() / 3 : e.getDeltaY() / WHEEL_NOTCH;
            if (notches != 0) {
                chart.zoomAround(e.getX() - chart.snappedLeftInset(), Math.pow(WHEEL_ZOOM, notches));
            }
        } else if (e.isShiftDown()) {
            // Some platforms turn Shift+wheel into a sideways delta themselves, others do not.
            double d = dx != 0 ? dx : e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.LINES
                    ? e.getTextDeltaY() * WHEEL_NOTCH : e.getDeltaY();
            scrollTo(chart.getScrollX() - d, chart.getScrollY());
        } else {
            scrollTo(chart.getScrollX() - dx, chart.getScrollY() - rowsDy);
        }
        e.consume();
    }

    private void scrollTo(double x, double y) {
        chart.setScrollX(Math.max(0, Math.min(x, chart.maxScrollX())));
        chart.setScrollY(Math.max(0, Math.min(y, chart.maxScrollY())));
    }

    private void keyPressed(KeyEvent e) {
        KeyCode k = e.getCode();
        boolean plain = !e.isAltDown() && !e.isShortcutDown() && !e.isControlDown();
        double atPointer = Double.isNaN(pointerX) ? chart.viewportWidth() / 2 : pointerX;
        if (k == KeyCode.ESCAPE && drag != null) {
            drag = null;
            skin.markDirty();
        } else if ((k == KeyCode.UP || k == KeyCode.DOWN) && plain && !e.isShiftDown()) {
            step(k == KeyCode.UP ? -1 : 1);
        } else if ((k == KeyCode.LEFT || k == KeyCode.RIGHT) && e.isAltDown() && !e.isShortcutDown()) {
            nudge(k == KeyCode.LEFT ? -1 : 1);
        } else if ((k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS) && plain) {
            chart.zoomIn(atPointer);
        } else if ((k == KeyCode.MINUS || k == KeyCode.SUBTRACT) && plain) {
            chart.zoomOut(atPointer);
        } else if (k == KeyCode.ENTER && plain && chart.getSelectedItem() != null) {
            chart.requestEdit(new GanttEdit.Open(chart.getSelectedItem()));
        } else if (k == KeyCode.DELETE && plain && chart.getSelectedItem() != null && chart.isEditable()) {
            chart.requestEdit(new GanttEdit.Delete(chart.getSelectedItem()));
        } else {
            return;
        }
        e.consume();
    }

    /**
     * JavaFX arms the menu bar when Alt is pressed and released with no key between; after an Alt+drag that would
     * make the next arrow key open the File menu instead of moving on the chart.
     */
    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.ALT && altUsed) {
            altUsed = false;
            e.consume();
        }
    }

    /** Selects the item {@code direction} rows away, skipping swimlane headers, and brings it into view. */
    private void step(int direction) {
        RowModel rows = chart.getRows();
        if (rows == null || rows.rowCount() == 0) {
            return;
        }
        int from = chart.getSelectedItem() == null ? -1 : rows.rowOf(chart.getSelectedItem());
        int r = from < 0 ? (direction > 0 ? -1 : rows.rowCount()) : from;
        for (r += direction; r >= 0 && r < rows.rowCount(); r += direction) {
            Milestone m = rows.row(r).item();
            if (m != null) {
                chart.setSelectedItem(m.id());
                chart.reveal(m.id());
                return;
            }
        }
    }

    private void nudge(int direction) {
        Milestone m = item(chart.getSelectedItem());
        if (m == null || !chart.isEditable()) {
            return;
        }
        DragDates.nudge(m, chart.getOptions().zoom(), chart.getOptions().weekStart(), direction).ifPresent(d -> {
            chart.requestEdit(new GanttEdit.Move(m.id(), d.start(), d.end()));
            chart.reveal(m.id());
        });
    }
}
