package io.milepost;

import io.milepost.app.cli.MilepostCli;
import io.milepost.ui.MilepostApp;
import java.util.Locale;
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
        } else if (!hasDisplay()) {
            // JavaFX would die with a stack trace; say what is wrong and what still works.
            MilepostCli.exitWithoutDisplay();
        } else {
            Application.launch(MilepostApp.class, args);
        }
    }

    /** On Linux and other X11/Wayland systems a window needs DISPLAY or WAYLAND_DISPLAY; Windows and macOS always have one. */
    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return isSet(System.getenv("DISPLAY")) || isSet(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
