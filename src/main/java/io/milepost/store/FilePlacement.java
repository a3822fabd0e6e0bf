package io.milepost.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Files are written whole in a temporary file beside their final place, flushed to disk, and only then given their
 * name in one atomic step, so that a crash leaves either no file or the complete one, never half of it.
 */
final class FilePlacement {

    private static final Logger LOG = LoggerFactory.getLogger(FilePlacement.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private FilePlacement() {
    }

    /**
     * A new empty file in the same folder as {@code target} (so the final move is a rename, not a copy), with the
     * permissions any new file of the user gets (a temp file's owner-only permissions would follow the document).
     */
    static Path tempBeside(Path target, String purpose) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(
                    RANDOM.nextLong(), 36) + "." + purpose + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * Gives the finished {@code temp} the name {@code target}, which must not exist: a hard link cannot overwrite,
     * so a file that appeared meanwhile is never replaced; where links are not supported, a rename after a check.
     *
     * @throws FileAlreadyExistsException when {@code target} exists
     */
    static void placeNew(Path temp, Path target) throws IOException {
        flush(temp);
        try {
            Files.createLink(target, temp);
            Files.delete(temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            move(temp, target);
        }
        flushFolder(target.getParent());
    }

    /** Gives the finished {@code temp} the name {@code target}, replacing what was there in one step. */
    static void replace(Path temp, Path target) throws IOException {
        flush(temp);
        move(temp, target);
        flushFolder(target.getParent());
    }

    /** Deletes a temporary file and the journal SQLite may have left beside it. */
    static void deleteQuietly(Path temp) {
        for (Path p : new Path[] {temp, temp.resolveSibling(temp.getFileName() + "-journal")}) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("Could not delete the temporary file {}: {}", p, e.toString());
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void flush(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes the new name itself durable; not every system can open a folder for this, and that is fine. */
    private static void flushFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            LOG.debug("Folder {} cannot be flushed here: {}", folder, e.toString());
        }
    }
}
