package io.milepost.ui;

import io.milepost.app.SampleRoadmap;
import io.milepost.chart.Bar;
import io.milepost.chart.BarKind;
import io.milepost.chart.GanttLayout;
import io.milepost.chart.TimeScale;
import io.milepost.chart.Zoom;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import io.milepost.ui.gantt.GanttChart;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeTableRow;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A planner's session with Milepost on a copy of the sample roadmap in a temporary folder: the window, the chart and
 * the table as the planner sees them, and the file as another reader of it would.
 */
abstract class PlannerSession extends FxRobot {

    @TempDir
    Path dir;
    Path file;
    MilepostApp app;

    @BeforeEach
    void openTheSampleRoadmap() throws Exception {
        System.setProperty("milepost.home", dir.resolve("home").toString());
        file = dir.resolve("pakistan-belarus.milepost");
        RoadmapDocument.create(file, SampleRoadmap.load()).close();
        FxToolkit.registerPrimaryStage();
        // The clipboard outlives a test: each session starts, as a planner's day would, with nothing copied.
        FxToolkit.setupFixture(() -> javafx.scene.input.Clipboard.getSystemClipboard().clear());
        app = (MilepostApp) FxToolkit.setupApplication(MilepostApp.class, file.toString());
        waitUntil(() -> chart().currentScene() != null && chart().getRoadmap() != null
                && chart().currentScene().rowCount() > 0);
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty("milepost.home");
    }

    GanttChart chart() {
        return app.window().chart();
    }

    RoadmapTable table() {
        return lookup("#roadmap-table").queryAs(RoadmapTable.class);
    }

    /** The roadmap the window shows now. */
    Roadmap shown() {
        return chart().getRoadmap();
    }

    Milestone item(String title) {
        return shown().milestones().stream().filter(m -> m.title().equals(title)).findFirst().orElseThrow();
    }

    /** The roadmap as the file holds it, read the way a second reader would: read-only, beside the open window. */
    Roadmap inTheFile() throws Exception {
        var session = app.window().model().sessionProperty().get();
        if (session != null) {
            session.flush(); // the window writes behind its frames: the file is current once its writes are made
        }
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            return doc.load();
        }
    }

    Milestone inTheFile(UUID id) throws Exception {
        return inTheFile().milestone(id).orElse(null);
    }

    /** The chart's time scale at its current zoom (x = 0 at the first day of its range). */
    TimeScale scale() {
        return GanttLayout.timeScale(chart().getRows(), chart().getOptions());
    }

    /**
     * Zooms the chart to months (a roadmap opens fitted whole) and scrolls it so that the item's first day stands
     * {@code leftMargin} px into the view.
     */
    void showOnChart(Milestone m, double leftMargin) throws Exception {
        interact(() -> {
            chart().setOptions(chart().getOptions().withZoom(Zoom.MONTHS));
            chart().reveal(m.id());
            chart().setScrollX(Math.max(0, scale().xOf(m.firstDay()) - leftMargin));
        });
        waitUntil(() -> chart().boundsOf(m.id()).isPresent() && chart().currentScene().timeScale().zoom()
                == Zoom.MONTHS && Math.abs(chart().currentScene().viewport().x() - Math.round(chart().getScrollX())) < 1);
    }

    /** Scrolls the chart sideways to content x and waits until it is drawn there. */
    void scrollChartTo(double x) throws Exception {
        interact(() -> chart().setScrollX(x));
        waitUntil(() -> Math.abs(chart().currentScene().viewport().x() - Math.round(chart().getScrollX())) < 1);
    }

    /** A point of the item as drawn: fractions of its bounds (0, 0 top-left), on the screen. */
    Point2D onScreen(Milestone m, double fx, double fy) {
        Bounds b = chart().boundsOf(m.id()).orElseThrow();
        return chart().localToScreen(b.getMinX() + b.getWidth() * fx, b.getMinY() + b.getHeight() * fy);
    }

    /** The middle of the part of the item that is in view, on the screen. */
    Point2D visibleMiddleOf(Milestone m) {
        Bounds b = chart().boundsOf(m.id()).orElseThrow();
        double left = Math.max(b.getMinX(), chart().snappedLeftInset());
        double right = Math.min(b.getMaxX(), chart().snappedLeftInset() + chart().viewportWidth());
        return chart().localToScreen((left + right) / 2, b.getCenterY());
    }

    /** A point given in the chart's view coordinates (the canvas's), on the screen. */
    Point2D viewToScreen(double viewX, double viewY) {
        return chart().localToScreen(chart().snappedLeftInset() + viewX, chart().snappedTopInset() + viewY);
    }

    Bar barOf(Milestone m) {
        return chart().currentScene().bars().stream()
                .filter(b -> m.id().equals(b.id()) && b.kind() == BarKind.ACTIVITY).findFirst().orElseThrow();
    }

    /** The table row showing the item, as drawn. */
    Optional<TreeTableRow<?>> tableRowOf(UUID id) {
        return lookup(".tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
                .filter(r -> r.getItem() instanceof RoadmapTable.Row row && row.milestone() != null
                        && row.milestone().id().equals(id) && r.isVisible())
                .<TreeTableRow<?>>map(r -> r).findFirst();
    }

    /** The texts of the cells of the item's table row, as drawn. */
    String tableTextOf(UUID id) {
        return tableRowOf(id).map(r -> r.lookupAll(".tree-table-cell").stream()
                .map(c -> ((Labeled) c).getText())
                .filter(t -> t != null).reduce("", (a, b) -> a + " | " + b)).orElse("");
    }

    /** Chooses a menu item by its path of labels, from the menu bar down: {@code chooseMenu("View", "Zoom in")}. */
    void chooseMenu(String... path) {
        for (int i = 0; i < path.length; i++) {
            String label = path[i];
            Predicate<Node> entry = n -> n instanceof Labeled l && l.getText() != null
                    && label.equals(l.getText().replace("_", "")) && n.isVisible() && n.getScene() != null
                    && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing() && inAMenu(n);
            if (i == 0 || i == path.length - 1) {
                clickOn(entry);
            } else {
                // A submenu opens on hover (a click would close it again); enter it sideways on the same row, so
                // the pointer does not cross the next entry and open that one's submenu instead.
                Node menu = lookup(entry).query();
                Window popup = menu.getScene().getWindow();
                Point2D at = moveTo(menu).point(menu).query();
                moveTo(new Point2D(popup.getX() + popup.getWidth() + 12, at.getY()));
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static boolean inAMenu(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("menu-item") || p.getStyleClass().contains("menu-bar")) {
                return true;
            }
        }
        return false;
    }

    void waitUntil(BooleanSupplier condition) throws TimeoutException {
        // Asked on the JavaFX thread, where the chart's state lives.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The items the table shows, top to bottom, group by group. */
    java.util.List<java.util.UUID> itemsInTable() {
        java.util.List<java.util.UUID> ids = new java.util.ArrayList<>();
        for (javafx.scene.control.TreeItem<RoadmapTable.Row> lane : table().getRoot().getChildren()) {
            for (javafx.scene.control.TreeItem<RoadmapTable.Row> item : lane.getChildren()) {
                ids.add(item.getValue().milestone().id());
            }
        }
        return ids;
    }
}
