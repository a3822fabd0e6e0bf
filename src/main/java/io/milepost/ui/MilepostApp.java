package io.milepost.ui;

import atlantafx.base.theme.PrimerLight;
import io.milepost.app.DocumentLocations;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: one main window, on the file named on the command line or on the default document.
 * Started through {@link io.milepost.Launcher}, never as the jar's main class.
 */
public final class MilepostApp extends Application {

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(stage, DocumentLocations.forThisUser());
        window.show();
        List<String> files = getParameters().getUnnamed();
        if (files.isEmpty()) {
            window.openDefault();
        } else {
            window.open(Path.of(files.get(0)));
        }
    }

    /** The main window, once started (for tests that drive the application). */
    public MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
