package io.milepost.app;

import io.milepost.chart.Language;
import io.milepost.chart.Palette;
import io.milepost.chart.YearStart;
import io.milepost.chart.Zoom;
import io.milepost.io.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the planner's {@link Settings} in a small properties file in Milepost's own folder (beside the window
 * placements and the recent files), written whole or not at all. A missing, unreadable or damaged file, or one
 * value in it that makes no sense, gives the defaults for what cannot be read, with a line in the log: a planner
 * never loses the window over a settings file.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    /** The zoom that fits the whole roadmap to the window. */
    private static final String FIT = "FIT";

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public static SettingsStore of(DocumentLocations locations) {
        return new SettingsStore(locations.home().resolve("settings.properties"));
    }

    public Path file() {
        return file;
    }

    /**
     * What the planner chose in Preferences: also the number of backups the backup service keeps
     * ({@code load().backupsToKeep()}).
     */
    public Settings load() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Settings.defaults();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the settings {} ({}); using the defaults", file, e.toString());
            return Settings.defaults();
        }
        Settings d = Settings.defaults();
        String language = p.getProperty("ui.language", "").strip();
        return new Settings(language.isEmpty() ? null : Locale.forLanguageTag(language),
                value(p, "data.language", Language::valueOf, d.dataLanguage()),
                value(p, "chart.zoom", v -> FIT.equals(v) ? null : Zoom.valueOf(v), d.zoom()),
                value(p, "calendar.weekStart", DayOfWeek::valueOf, d.weekStart()),
                value(p, "calendar.yearStart", YearStart::valueOf, d.yearStart()),
                value(p, "window.theme", Palette::valueOf, d.palette()),
                value(p, "backups.keep", SettingsStore::backups, d.backupsToKeep()));
    }

    /** Remembers the settings; a failure is logged and the planner keeps them for this session. */
    public void save(Settings s) {
        Properties p = new Properties();
        p.setProperty("ui.language", s.uiLanguage() == null ? "" : s.uiLanguage().toLanguageTag());
        p.setProperty("data.language", s.dataLanguage().name());
        p.setProperty("chart.zoom", s.zoom() == null ? FIT : s.zoom().name());
        p.setProperty("calendar.weekStart", s.weekStart().name());
        p.setProperty("calendar.yearStart", s.yearStart().name());
        p.setProperty("window.theme", s.palette().name());
        p.setProperty("backups.keep", Integer.toString(s.backupsToKeep()));
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, out -> p.store(out, "Milepost preferences"));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot save the settings in {}: {}", file, e.toString());
        }
    }

    private static Integer backups(String v) {
        int n = Integer.parseInt(v);
        if (n < 1 || n > Settings.MAX_BACKUPS) {
            throw new IllegalArgumentException("not 1.." + Settings.MAX_BACKUPS);
        }
        return n;
    }

    private <T> T value(Properties p, String key, Function<String, T> parse, T fallback) {
        String v = p.getProperty(key);
        if (v == null) {
            return fallback;
        }
        try {
            return parse.apply(v.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            LOG.warn("Ignoring {}={} in {} ({}); using {}", key, v, file, e.getMessage(), fallback);
            return fallback;
        }
    }
}
