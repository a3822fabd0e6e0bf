package io.milepost.ui;

import atlantafx.base.theme.PrimerLight;
import io.milepost.app.DocumentLocations;
import io.milepost.app.EarlyOpen;
import io.milepost.app.SettingsStore;
import io.milepost.i18n.Messages;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The JavaFX application: one main window, on the file named on the command line or on the default document.
 * Started through {@link io.milepost.Launcher}, never as the jar's main class.
 */
public final class MilepostApp extends Application {

    /** The sizes of the app icon in the jar (assets/icons), for the title bar and the task switcher. */
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        DocumentLocations locations = DocumentLocations.forThisUser();
        // The language chosen in Preferences, before the first word of the window is written.
        Messages.useForUi(SettingsStore.of(locations).load().uiLanguage());
        stage.getIcons().setAll(Arrays.stream(ICON_SIZES).mapToObj(size -> new Image(
                MilepostApp.class.getResource("icons/milepost-" + size + ".png").toExternalForm())).toList());
        // The document is read while the window is built: each takes about a second at start-up, and two cores
        // do them side by side.
        List<String> files = getParameters().getUnnamed();
        EarlyOpen document = files.isEmpty() ? EarlyOpen.ofDefault(locations) : EarlyOpen.of(Path.of(files.get(0)));
        window = new MainWindow(stage, locations);
        window.setOnUiLanguage(this::useUiLanguage);
        window.show();
        window.open(document);
    }

    /**
     * Speaks another language in the window: the window's content is built again in it, with the same document,
     * undo history and view. {@code null} goes back to the system's language. Called by View → Interface language
     * (and by Preferences).
     */
    public void useUiLanguage(Locale locale) {
        Messages.useForUi(locale);
        if (window != null) {
            window = window.rebuilt();
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
