package io.milepost.app;

import io.milepost.io.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the main window stood when it last closed, remembered per arrangement of screens (a laptop alone, the
 * laptop with the office monitor), in a small properties file beside the recent-files list. Losing it is an
 * inconvenience, never an error: the window then starts at its default size.
 */
public final class WindowPlacements {

    /** A window's place and size, and whether it was maximised. */
    public record Placement(double x, double y, double width, double height, boolean maximized) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(WindowPlacements.class);

    private final Path file;

    public WindowPlacements(Path file) {
        this.file = file;
    }

    /** The placement last saved for this arrangement of screens ("1600x1000+0+0;1920x1080+1600+0"). */
    public Optional<Placement> lastFor(String screens) {
        Properties p = read();
        String v = p.getProperty(key(screens));
        if (v == null) {
            return Optional.empty();
        }
        String[] parts = v.split(",");
        try {
            return Optional.of(new Placement(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4])));
        } catch (RuntimeException e) {
            LOG.warn("Ignoring the window placement '{}' in {}: it is not x,y,width,height,maximized", v, file);
            return Optional.empty();
        }
    }

    public void remember(String screens, Placement placement) {
        Properties p = read();
        p.setProperty(key(screens), String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", placement.x(),
                placement.y(), placement.width(), placement.height(), placement.maximized()));
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, out -> p.store(out, "Where the Milepost window stood, per arrangement of screens"));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot remember the window's placement in {}: {}", file, e.toString());
        }
    }

    private static String key(String screens) {
        return "window." + screens.replaceAll("[^0-9x+;-]", "");
    }

    private Properties read() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            // first start: nothing remembered yet
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the window placements {}: {}", file, e.toString());
        }
        return p;
    }
}
