package io.milepost.ui.gantt;

import io.milepost.chart.ChartTexts;
import io.milepost.chart.Bar;
import io.milepost.chart.BarKind;
import io.milepost.chart.ChartOptions;
import io.milepost.chart.ChartRows;
import io.milepost.chart.ChartScene;
import io.milepost.chart.GanttLayout;
import io.milepost.chart.Marker;
import io.milepost.chart.RowModel;
import io.milepost.chart.Theme;
import io.milepost.chart.Zoom;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.ui.gantt.skin.GanttChartSkin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A roadmap as a Gantt chart: swimlanes of bars, diamonds and meetings on a time axis, with dependency arrows and
 * a today line. The control holds the state and the API; its skin draws it on one viewport-sized canvas and turns
 * the pointer and keys into calls of this API. It never changes the document: every change a planner makes on it
 * goes to {@link #onEditRequestProperty()} as a {@link GanttEdit}.
 *
 * <h2>Coordinates</h2>
 * Scroll positions are in the chart's content coordinates (see {@link ChartScene}): {@link #scrollXProperty()} is
 * the x of the left edge of the visible body (x = 0 at the first day of the chart's range), {@link #scrollYProperty()}
 * the y of its top edge (row i at y = i × row height). "View x" in {@link #zoomAround} is measured from the body's
 * left edge. {@link #boundsOf} answers in this control's local coordinates.
 *
 * <h2>Styling</h2>
 * Style class {@code gantt-chart}; colours and fonts are CSS properties listed in {@code gantt-chart.css}
 * ({@code -gantt-background}, {@code -gantt-done}, {@code -gantt-today}, {@code -gantt-label-font}, …).
 */
public class GanttChart extends Control {

    /** The theme key of the selection highlight (drawn by the skin, not by the engine's painter). */
    public static final String SELECTION_KEY = "selection";

    private static final String STYLE_CLASS = "gantt-chart";
    private static final List<CssMetaData<? extends Styleable, ?>> CLASS_CSS_META_DATA = classCssMetaData();

    private final ChartStyle style = new ChartStyle(this);
    private final ObjectProperty<Roadmap> roadmap = new SimpleObjectProperty<>(this, "roadmap");
    private final ObjectProperty<ChartOptions> options = new SimpleObjectProperty<>(this, "options",
            ChartOptions.defaults().withToday(LocalDate.now())
                    .withLocale(ChartTexts.ui().locale()).withTexts(ChartTexts.ui()));
    private final DoubleProperty scrollX = new SimpleDoubleProperty(this, "scrollX");
    private final DoubleProperty scrollY = new SimpleDoubleProperty(this, "scrollY");
    private final ObjectProperty<UUID> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    private final ObjectProperty<Set<UUID>> selectedWithIt = new SimpleObjectProperty<>(this, "selectedWithIt",
            Set.of());
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", true);
    private final BooleanProperty legendVisible = new SimpleBooleanProperty(this, "legendVisible", true);
    private final ObjectProperty<LegendCorner> legendCorner = new SimpleObjectProperty<>(this, "legendCorner",
            LegendCorner.BOTTOM_RIGHT);
    private final ObjectProperty<Consumer<GanttEdit>> onEditRequest = new SimpleObjectProperty<>(this,
            "onEditRequest");
    private final ReadOnlyObjectWrapper<RowModel> rows = new ReadOnlyObjectWrapper<>(this, "rows");
    private boolean fitted;
    private boolean fitting;
    private final ReadOnlyObjectWrapper<ChartScene> chartScene = new ReadOnlyObjectWrapper<>(this, "chartScene");

    public GanttChart() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        // Any zoom but a fit's own ends "fitted": the planner chose a scale, and a resize must keep it.
        options.addListener((o, old, now) -> {
            if (!fitting && old != null && now != null && old.pxPerDay() != now.pxPerDay()) {
                fitted = false;
            }
        });
        roadmap.addListener(o -> updateRows());
        options.addListener(o -> updateRows());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new GanttChartSkin(this, chartScene::set);
    }

    @Override
    public String getUserAgentStylesheet() {
        return GanttChart.class.getResource("gantt-chart.css").toExternalForm();
    }

    /** The roadmap shown; {@code null} shows an empty chart. */
    public final ObjectProperty<Roadmap> roadmapProperty() { return roadmap; }
    public final Roadmap getRoadmap() { return roadmap.get(); }
    public final void setRoadmap(Roadmap value) { roadmap.set(value); }

    /** Zoom, grouping, colouring, folded groups, today line, row height: everything but scroll and selection. */
    public final ObjectProperty<ChartOptions> optionsProperty() { return options; }
    public final ChartOptions getOptions() { return options.get(); }
    public final void setOptions(ChartOptions value) { options.set(value); }

    /** Content x at the left edge of the visible body; kept within the content by the skin. */
    public final DoubleProperty scrollXProperty() { return scrollX; }
    public final double getScrollX() { return scrollX.get(); }
    public final void setScrollX(double value) { scrollX.set(value); }

    /** Content y at the top edge of the visible body; kept within the content by the skin. */
    public final DoubleProperty scrollYProperty() { return scrollY; }
    public final double getScrollY() { return scrollY.get(); }
    public final void setScrollY(double value) { scrollY.set(value); }

    /** The selected milestone's id, or {@code null}. */
    public final ObjectProperty<UUID> selectedItemProperty() { return selectedItem; }
    public final UUID getSelectedItem() { return selectedItem.get(); }
    public final void setSelectedItem(UUID value) { selectedItem.set(value); }

    /**
     * The other items selected with the selected one (several chosen in the table, or Ctrl-clicked here): marked as
     * selected too, without the link handle, which belongs to the selected item alone.
     */
    public final ObjectProperty<Set<UUID>> selectedWithItProperty() { return selectedWithIt; }
    public final Set<UUID> getSelectedWithIt() { return selectedWithIt.get(); }
    public final void setSelectedWithIt(Set<UUID> value) { selectedWithIt.set(value == null ? Set.of() : value); }

    /** False for a read-only document: the chart then offers no drags or nudges, only viewing and details. */
    /** Whether a key to the chart's colours and symbols stands in the lower right corner of the view. */
    public final BooleanProperty legendVisibleProperty() { return legendVisible; }
    public final boolean isLegendVisible() { return legendVisible.get(); }
    public final void setLegendVisible(boolean value) { legendVisible.set(value); }

    /** The corner of the view the legend is docked in (bottom right unless the planner moves it). */
    public final ObjectProperty<LegendCorner> legendCornerProperty() { return legendCorner; }
    public final LegendCorner getLegendCorner() {
        return legendCorner.get() == null ? LegendCorner.BOTTOM_RIGHT : legendCorner.get();
    }
    public final void setLegendCorner(LegendCorner value) { legendCorner.set(value); }

    public final BooleanProperty editableProperty() { return editable; }
    public final boolean isEditable() { return editable.get(); }
    public final void setEditable(boolean value) { editable.set(value); }

    /** Receives every change the planner asks for on the chart; see {@link GanttEdit}. */
    public final ObjectProperty<Consumer<GanttEdit>> onEditRequestProperty() { return onEditRequest; }
    public final Consumer<GanttEdit> getOnEditRequest() { return onEditRequest.get(); }
    public final void setOnEditRequest(Consumer<GanttEdit> value) { onEditRequest.set(value); }

    /**
     * The rows shown, top to bottom: group headers and items, in the order and folding of the current options.
     * Rebuilt only when the roadmap or a row-shaping option changes, never per frame; a table beside the chart
     * shows these same rows.
     */
    public final ReadOnlyObjectProperty<RowModel> rowsProperty() { return rows.getReadOnlyProperty(); }
    public final RowModel getRows() { return rows.get(); }

    /** The last frame laid out: what is on screen now, in numbers. {@code null} before the first paint. */
    public final ReadOnlyObjectProperty<ChartScene> chartSceneProperty() { return chartScene.getReadOnlyProperty(); }
    public final ChartScene currentScene() { return chartScene.get(); }

    /** The engine theme built from this control's CSS; the same one any print or export of the view should use. */
    public final ObservableValue<Theme> themeProperty() { return style.theme(); }
    public final Theme getTheme() { return style.theme().get(); }

    /**
     * Asks the owner for a change. Requests that would change the document are dropped while the chart is not
     * {@link #isEditable() editable}; {@link GanttEdit.Open} always goes through.
     */
    public void requestEdit(GanttEdit edit) {
        Consumer<GanttEdit> handler = getOnEditRequest();
        if (handler != null && (isEditable() || edit instanceof GanttEdit.Open)) {
            handler.accept(edit);
        }
    }

    /** One named zoom level closer (months → weeks → days), keeping the centre of the view in place. */
    public void zoomIn() {
        zoomIn(viewportWidth() / 2);
    }

    /**
     * One named zoom level further out (days → weeks → months → quarters → years), keeping the centre in place; no
     * further than the whole roadmap filling the view.
     */
    public void zoomOut() {
        zoomOut(viewportWidth() / 2);
    }

    /** One named zoom level closer, keeping the instant at view x (e.g. under the pointer) in place. */
    public void zoomIn(double viewX) {
        double px = getOptions().pxPerDay();
        double next = px * 2;
        for (Zoom z : List.of(Zoom.YEARS, Zoom.QUARTERS, Zoom.MONTHS, Zoom.WEEKS, Zoom.DAYS)) {
            if (z.pxPerDay() > px * 1.001) {
                next = z.pxPerDay();
                break;
            }
        }
        zoomAround(viewX, next / px);
    }

    /** One named zoom level further out, keeping the instant at view x in place. */
    public void zoomOut(double viewX) {
        double px = getOptions().pxPerDay();
        double next = px / 2;
        for (Zoom z : List.of(Zoom.DAYS, Zoom.WEEKS, Zoom.MONTHS, Zoom.QUARTERS, Zoom.YEARS)) {
            if (z.pxPerDay() < px / 1.001) {
                next = z.pxPerDay();
                break;
            }
        }
        zoomAround(viewX, next / px);
    }

    public boolean canZoomIn() {
        return getOptions().pxPerDay() < Zoom.MAX_PX_PER_DAY;
    }

    /** False at {@link #minPxPerDay()}: further out the chart would be narrower than the view. */
    public boolean canZoomOut() {
        return getOptions().pxPerDay() > minPxPerDay() * (1 + 1e-9);
    }

    /**
     * The furthest out the chart zooms: the scale at which the chart's whole range exactly fills the width of the
     * view (never past {@link Zoom}'s limits), so zooming out never leaves empty space right of the chart.
     * {@link #fitRoadmap()} zooms to it.
     */
    public double minPxPerDay() {
        RowModel r = getRows();
        double w = viewportWidth();
        if (r == null || w <= 0) {
            return Zoom.MIN_PX_PER_DAY;
        }
        return Zoom.clamp(w / GanttLayout.range(r, getOptions()).days());
    }

    /**
     * Zooms by {@code factor} so that the instant under view x stays under it; clamped to the zoom limits, and
     * never further out than {@link #minPxPerDay()} (nor in, when zooming out of a chart already narrower than the
     * view).
     *
     * @param viewX from the left edge of the visible body, e.g. the pointer's x on the chart
     */
    public void zoomAround(double viewX, double factor) {
        ChartOptions o = getOptions();
        double oldPx = o.pxPerDay();
        double newPx = Math.max(Math.min(oldPx, minPxPerDay()), Zoom.clamp(oldPx * factor));
        if (newPx == oldPx) {
            return;
        }
        // Days from the start of the chart's range to the instant under the pointer; the range does not zoom.
        double days = (getScrollX() + viewX) / oldPx;
        setOptions(o.withPxPerDay(newPx));
        setScrollX(clampX(days * newPx - viewX));
    }

    /** Scrolls so that today's line stands a third of the way into the view. */
    public void scrollToToday() {
        RowModel r = getRows();
        if (r == null) {
            return;
        }
        LocalDate today = getOptions().today() != null ? getOptions().today() : LocalDate.now();
        double x = GanttLayout.timeScale(r, getOptions()).xOf(today);
        setScrollX(clampX(x - viewportWidth() / 3));
    }

    /**
     * Zooms so the roadmap's own period (2025–2027, say) fills the width of the view, and scrolls to its start:
     * what a planner means by "the roadmap". Items dated before or after the period (a commission session of 2023)
     * stay a scroll away; zooming out to {@link #minPxPerDay()} shows the whole range. The chart stays fitted when
     * the view is resized, until the planner zooms.
     */
    public void fitRoadmap() {
        fitTo(viewportWidth());
    }

    /**
     * Told by the skin that the view is now {@code width} px wide, before it paints: a fitted chart fits again, so
     * widening the window after a fit never leaves the period short of the view's edge.
     */
    public void viewResized(double width) {
        if (fitted && width > 0) {
            fitTo(width);
        }
    }

    private void fitTo(double w) {
        RowModel r = getRows();
        if (r == null || w <= 0) {
            return;
        }
        LocalDate start = r.info().periodStart();
        double days = r.info().periodEnd().toEpochDay() - start.toEpochDay() + 1;
        double whole = Zoom.clamp(w / GanttLayout.range(r, getOptions()).days());
        fitting = true;
        try {
            setOptions(getOptions().withPxPerDay(Math.max(whole, Zoom.clamp(w / days))));
            // Not clamped here: the view may have just changed size; the skin keeps the scroll inside the content.
            setScrollX(Math.max(0, GanttLayout.timeScale(r, getOptions()).xOf(start)));
        } finally {
            fitting = false;
        }
        fitted = true;
    }

    /** Scrolls the least needed to bring the item into view, unfolding its group if it is folded away. */
    public void reveal(UUID itemId) {
        Roadmap map = getRoadmap();
        RowModel r = getRows();
        if (map == null || r == null || itemId == null) {
            return;
        }
        Optional<Milestone> item = map.milestone(itemId);
        if (item.isEmpty()) {
            return;
        }
        if (r.rowOf(itemId) < 0) {
            unfoldGroupOf(itemId, r);
            r = getRows();
        }
        int row = r.rowOf(itemId);
        if (row < 0) {
            return;
        }
        double rh = getOptions().rowHeight();
        double top = row * rh;
        double vh = viewportHeight();
        if (top < getScrollY()) {
            setScrollY(top);
        } else if (top + rh > getScrollY() + vh) {
            setScrollY(clampY(top + rh - vh));
        }
        var scale = GanttLayout.timeScale(r, getOptions());
        double x0 = scale.xOf(item.get().firstDay());
        double x1 = scale.xOf(item.get().lastDay().plusDays(1));
        double vw = viewportWidth();
        if (x1 < getScrollX() || x0 > getScrollX() + vw) {
            setScrollX(clampX(x0 - Math.min(80, vw / 4)));
        }
    }

    /** Folds or unfolds one swimlane, by its {@link io.milepost.chart.RowGroup#key()}. */
    public void setGroupCollapsed(String groupKey, boolean collapsed) {
        if (getOptions().isCollapsed(groupKey) != collapsed) {
            setOptions(getOptions().withGroupCollapsed(groupKey, collapsed));
        }
    }

    /**
     * Where an item is drawn now, in this control's local coordinates: its bar, or its diamond or circle. Empty
     * when the item is not in the current frame (scrolled or folded away).
     */
    public Optional<Bounds> boundsOf(UUID itemId) {
        ChartScene s = currentScene();
        if (s == null || itemId == null) {
            return Optional.empty();
        }
        double ox = snappedLeftInset() + s.bodyOffsetX();
        double oy = snappedTopInset() + s.bodyOffsetY();
        for (Marker m : s.markers()) {
            if (itemId.equals(m.id())) {
                return Optional.of(new BoundingBox(ox + m.cx() - m.half(), oy + m.cy() - m.half(), 2 * m.half(),
                        2 * m.half()));
            }
        }
        for (Bar b : s.bars()) {
            if (itemId.equals(b.id()) && b.kind() == BarKind.ACTIVITY) {
                return Optional.of(new BoundingBox(ox + b.x(), oy + b.y(), b.width(), b.height()));
            }
        }
        return Optional.empty();
    }

    /** Width of the visible body: of the last frame, or of the control before the first one. */
    public double viewportWidth() {
        ChartScene s = currentScene();
        return s != null ? s.viewport().width() : Math.max(0, getWidth());
    }

    /** Height of the visible body, below the time header. */
    public double viewportHeight() {
        ChartScene s = currentScene();
        return s != null ? s.viewport().height() : Math.max(0, getHeight() - getOptions().headerHeight());
    }

    /** The largest useful {@link #scrollXProperty()}: the content's right edge at the view's right edge. */
    public double maxScrollX() {
        RowModel r = getRows();
        return r == null ? 0 : Math.max(0, GanttLayout.contentWidth(r, getOptions()) - viewportWidth());
    }

    public double maxScrollY() {
        RowModel r = getRows();
        return r == null ? 0 : Math.max(0, GanttLayout.contentHeight(r, getOptions()) - viewportHeight());
    }

    private double clampX(double x) {
        return Math.max(0, Math.min(x, maxScrollX()));
    }

    private double clampY(double y) {
        return Math.max(0, Math.min(y, maxScrollY()));
    }

    private void unfoldGroupOf(UUID itemId, RowModel r) {
        // The folded rows are not in the model; rebuilding unfolded tells which group holds the item.
        ChartOptions open = getOptions().withCollapsedGroups(java.util.Set.of());
        RowModel all = ChartRows.build(getRoadmap(), open);
        int row = all.rowOf(itemId);
        if (row >= 0 && all.row(row).group() != null) {
            setGroupCollapsed(all.row(row).group().key(), false);
        }
    }

    private void updateRows() {
        Roadmap map = getRoadmap();
        RowModel current = rows.get();
        if (map == null) {
            rows.set(null);
        } else if (!(current instanceof ChartRows cr) || !cr.matches(map, getOptions())) {
            // An edit that moved no row patches the rows it changed; anything else builds them again.
            ChartRows patched = current instanceof ChartRows cr ? cr.patchedTo(map, getOptions()) : null;
            rows.set(patched != null ? patched : ChartRows.build(map, getOptions()));
        }
    }

    ChartStyle style() {
        return style;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CLASS_CSS_META_DATA;
    }

    @Override
    protected List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    private static List<CssMetaData<? extends Styleable, ?>> classCssMetaData() {
        List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Control.getClassCssMetaData());
        list.addAll(ChartStyle.CSS_META_DATA);
        return List.copyOf(list);
    }
}
