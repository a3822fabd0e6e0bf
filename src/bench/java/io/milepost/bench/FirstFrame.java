package io.milepost.bench;

import io.milepost.Launcher;
import io.milepost.ui.gantt.GanttChart;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableView;
import javafx.stage.Window;

/**
 * Starts Milepost exactly as its launcher does, on the document given, and prints {@code first-frame} on standard
 * output once the window has shown that document: the pulse after the one in which the table and the chart first
 * held the roadmap, so that frame has been rendered. Then it closes the window as a planner would.
 * {@link StartupBenchmark} times the line from outside; this class only marks the moment.
 */
public final class FirstFrame {

    private static boolean laidOut;
    private static boolean shown;

    private FirstFrame() {
    }

    public static void main(String[] args) {
        Thread watcher = new Thread(FirstFrame::watchOnceTheToolkitRuns, "first-frame-watcher");
        watcher.setDaemon(true);
        watcher.start();
        Launcher.main(args);
    }

    private static void watchOnceTheToolkitRuns() {
        while (true) {
            try {
                Platform.runLater(FirstFrame::watchWindows);
                return;
            } catch (IllegalStateException toolkitNotYetStarted) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static void watchWindows() {
        Window.getWindows().forEach(FirstFrame::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(FirstFrame::watch);
            }
        });
    }

    private static void watch(Window window) {
        if (window.getScene() != null) {
            watch(window.getScene());
        }
        window.sceneProperty().addListener((obs, old, scene) -> watch(scene));
    }

    private static void watch(Scene scene) {
        scene.addPostLayoutPulseListener(() -> {
            if (shown) {
                return;
            }
            if (laidOut) {
                shown = true;
                System.out.println("first-frame");
                System.out.flush();
                Platform.exit();
            } else if (showsARoadmap(scene)) {
                laidOut = true;
                Platform.requestNextPulse();
            }
        });
    }

    private static boolean showsARoadmap(Scene scene) {
        Node table = scene.lookup("#roadmap-table");
        Node chart = scene.lookup("#gantt-chart");
        return table instanceof TreeTableView<?> t && t.getRoot() != null && !t.getRoot().getChildren().isEmpty()
                && chart instanceof GanttChart g && g.getRoadmap() != null && g.getWidth() > 0;
    }
}
