package io.milepost.app;

import io.milepost.io.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The documents a planner opened lately, newest first, kept in a plain text file (one path a line) so that it can
 * be read and mended by hand. Losing this list is an inconvenience, never an error: failures are logged and ignored.
 */
public final class RecentFiles {

    private static final Logger LOG = LoggerFactory.getLogger(RecentFiles.class);
    static final int LIMIT = 10;

    private final Path listFile;

    public RecentFiles(Path listFile) {
        this.listFile = listFile;
    }

    /** The remembered documents that still exist, newest first. */
    public List<Path> list() {
        if (!Files.isRegularFile(listFile)) {
            return List.of();
        }
        try {
            List<Path> paths = new ArrayList<>();
            for (String line : Files.readAllLines(listFile, StandardCharsets.UTF_8)) {
                try {
                    Path p = Path.of(line.strip());
                    if (!line.isBlank() && Files.isRegularFile(p) && !paths.contains(p)) {
                        paths.add(p);
                    }
                } catch (InvalidPathException e) {
                    LOG.debug("Skipping a line of {} that is not a path: {}", listFile, e.getMessage());
                }
            }
            return List.copyOf(paths);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the list of recent files {}: {}", listFile, e.toString());
            return List.of();
        }
    }

    /** Puts the document at the top of the list. */
    public void remember(Path document) {
        Path p = document.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(p);
        paths.add(0, p);
        while (paths.size() > LIMIT) {
            paths.remove(paths.size() - 1);
        }
        try {
            Files.createDirectories(listFile.getParent());
            byte[] text = paths.stream().map(path -> path + "\n").collect(Collectors.joining())
                    .getBytes(StandardCharsets.UTF_8);
            AtomicFile.write(listFile, out -> out.write(text));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot update the list of recent files {}: {}", listFile, e.toString());
        }
    }
}
