package io.milepost.ui;

import io.milepost.app.WindowPlacements;
import io.milepost.app.WindowPlacements.Placement;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Gives the main window its size and place before it is first shown, and remembers them when it closes. The size
 * is set on the stage itself: a stage left to size itself to its scene started, on some window managers, at its
 * minimum size. A remembered place is used only for the same arrangement of screens, and only where most of the
 * window's title bar lands on a screen: a window is never opened off-screen.
 */
final class WindowPlacer {

    static final double DEFAULT_WIDTH = 1400;
    static final double DEFAULT_HEIGHT = 860;
    /** How much of the window's top must be on a screen for the planner to grab it. */
    private static final double GRIP = 120;

    private final WindowPlacements placements;

    WindowPlacer(WindowPlacements placements) {
        this.placements = placements;
    }

    void place(Stage stage) {
        String screens = arrangement();
        Placement p = placements.lastFor(screens).filter(WindowPlacer::reachable).orElseGet(WindowPlacer::centred);
        apply(stage, p);
        // Some window managers (openbox, seen under Xvfb) show a stage that has a minimum size at that minimum,
        // whatever was asked before showing: ask again once it is on the screen.
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> apply(stage, p)));
        stage.setOnHiding(e -> remember(stage, screens));
    }

    private static void apply(Stage stage, Placement p) {
        stage.setX(p.x());
        stage.setY(p.y());
        stage.setWidth(Math.max(p.width(), stage.getMinWidth()));
        stage.setHeight(Math.max(p.height(), stage.getMinHeight()));
        stage.setMaximized(p.maximized());
    }

    private void remember(Stage stage, String screens) {
        if (stage.isIconified()) {
            return;
        }
        placements.remember(screens, new Placement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
    }

    /** The default: as large as the primary screen allows, up to what the table and chart need, centred. */
    private static Placement centred() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(DEFAULT_WIDTH, screen.getWidth());
        double h = Math.min(DEFAULT_HEIGHT, screen.getHeight());
        return new Placement(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h, false);
    }

    private static boolean reachable(Placement p) {
        Rectangle2D titleBar = new Rectangle2D(p.x(), p.y(), Math.max(1, p.width()), 30);
        for (Screen s : Screen.getScreens()) {
            Rectangle2D b = s.getVisualBounds();
            double overlapX = Math.min(b.getMaxX(), titleBar.getMaxX()) - Math.max(b.getMinX(), titleBar.getMinX());
            boolean topInside = p.y() >= b.getMinY() && p.y() < b.getMaxY() - 30;
            if (topInside && overlapX >= Math.min(GRIP, p.width())
                    && p.width() <= b.getWidth() + 1 && p.height() <= b.getHeight() + 1) {
                return true;
            }
        }
        return false;
    }

    /** The screens as they stand now, e.g. "1600x1000+0+0;1920x1080+1600+0". */
    static String arrangement() {
        List<Screen> screens = Screen.getScreens();
        return screens.stream().map(s -> {
            Rectangle2D b = s.getBounds();
            return String.format(java.util.Locale.ROOT, "%.0fx%.0f+%.0f+%.0f", b.getWidth(), b.getHeight(), b.getMinX(), b.getMinY());
        }).collect(Collectors.joining(";"));
    }
}
