package io.milepost;

import io.milepost.app.cli.MilepostCli;
import io.milepost.ui.MilepostApp;
import javafx.application.Application;

/**
 * The jar's main class. It is a plain class, not the JavaFX {@code Application}, because the JVM refuses to start
 * an {@code Application} subclass from the class path ("JavaFX runtime components are missing"). A command
 * ({@code sample}, {@code check}, {@code --help}) runs the command line with no display; anything else opens the
 * window, on the given file or on the default document.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (MilepostCli.isCommandLine(args)) {
            MilepostCli.main(args);
        } else {
            Application.launch(MilepostApp.class, args);
        }
    }
}
