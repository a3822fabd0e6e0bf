package io.milepost.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Milepost keeps the default document and its own small files, following each desktop's convention:
 * {@code $XDG_DATA_HOME/milepost} (else {@code ~/.local/share/milepost}) on Linux, {@code %APPDATA%\Milepost} on
 * Windows, {@code ~/Library/Application Support/Milepost} on macOS. {@code MILEPOST_HOME} overrides them all, which
 * is also how tests and a second planner on the same account keep their files apart.
 */
public final class DocumentLocations {

    public static final String DEFAULT_DOCUMENT_NAME = "roadmap.milepost";

    private final Path home;

    public DocumentLocations(Path home) {
        this.home = home;
    }

    /**
     * The locations of this machine and user. The system property {@code milepost.home} overrides
     * {@code MILEPOST_HOME}, for a launcher script or a test that cannot set the environment.
     */
    public static DocumentLocations forThisUser() {
        String property = System.getProperty("milepost.home");
        if (property != null && !property.isBlank()) {
            return new DocumentLocations(Path.of(property));
        }
        return new DocumentLocations(homeFolder(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home"))));
    }

    static Path homeFolder(Map<String, String> env, String osName, Path userHome) {
        String override = env.get("MILEPOST_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, "Milepost")
                    : userHome.resolve("AppData").resolve("Roaming").resolve("Milepost");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Milepost");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share"))
                .resolve("milepost");
    }

    public Path home() {
        return home;
    }

    /** The document opened when Milepost starts without a file. */
    public Path defaultDocument() {
        return home.resolve(DEFAULT_DOCUMENT_NAME);
    }

    /** Where the main window stood, per arrangement of screens. */
    public Path windowPlacements() {
        return home.resolve("window.properties");
    }

    /** Where each document's rotating backups are kept, one folder per document (never beside the document). */
    public Path backups() {
        return home.resolve("backups");
    }

    /** The list of recently opened documents. */
    public Path recentFilesList() {
        return home.resolve("recent-files.txt");
    }
}
