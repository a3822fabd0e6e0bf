package io.milepost.store;

import io.milepost.store.DocumentException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;

/**
 * One writer per document: an operating-system lock ({@link FileChannel#tryLock()}) on a sidecar file
 * {@code <document>.lock}. The OS drops the lock when the process dies, so a crash never leaves a document locked;
 * the sidecar itself is deleted on {@link #close()}. A lock held by this JVM is refused like one held by another
 * process.
 */
final class DocumentLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentLock.class);
    private static final int ATTEMPTS = 3;

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private DocumentLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * {@code <document>.lock} beside the document, with links resolved, so that two windows that reach one file by
     * different paths still share one lock.
     */
    static Path lockFileOf(Path document) {
        Path real;
        try {
            real = document.toRealPath();
        } catch (IOException e) { // not there yet (a document being created): resolve its folder
            try {
                real = document.getParent().toRealPath().resolve(document.getFileName());
            } catch (IOException | RuntimeException again) {
                real = document.toAbsolutePath();
            }
        }
        return real.resolveSibling(real.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code document}, creating its lock file.
     *
     * @throws DocumentException LOCKED when another window or process has it; READ_ONLY or IO when the lock file
     *                           cannot be made
     */
    static DocumentLock acquire(Path document) throws DocumentException {
        Path lockFile = lockFileOf(document);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            DocumentLock held = tryOnce(document, lockFile);
            if (held != null) {
                return held;
            }
        }
        throw locked(document);
    }

    static DocumentException locked(Path document) {
        return new DocumentException(Reason.LOCKED, document,
                "is open in another Milepost window or process; open it read-only to look at it");
    }

    /** The lock, or {@code null} when the lock file was replaced under us and it is worth trying again. */
    private static DocumentLock tryOnce(Path document, Path lockFile) throws DocumentException {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw new DocumentException(Reason.READ_ONLY, document,
                    "cannot be edited here: its folder is read-only (open it read-only to look at it)", e);
        } catch (IOException e) {
            throw new DocumentException(Reason.IO, document, "cannot be locked for editing: " + e.getMessage(), e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this JVM
            }
            if (lock == null) {
                channel.close();
                throw locked(document);
            }
            if (stillNamedBy(lockFile, channel)) {
                return new DocumentLock(lockFile, channel, lock);
            }
            channel.close(); // the previous owner deleted this file as we opened it: lock the new one instead
            return null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DocumentException(Reason.IO, document, "cannot be locked for editing: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the file we locked is still the one named {@code lockFile}: an owner closing the document deletes the
     * lock file and then releases it, so we may have locked a file that no longer has a name. A token written
     * through the channel and read back through the name tells.
     */
    private static boolean stillNamedBy(Path lockFile, FileChannel channel) throws IOException {
        byte[] token = (ProcessHandle.current().pid() + " " + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(token), 0);
        try {
            return Arrays.equals(Files.readAllBytes(lockFile), token);
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            return true; // the OS enforces the lock on reads (Windows), where an open file cannot lose its name
        }
    }

    @Override
    public void close() {
        boolean deleted;
        try {
            deleted = Files.deleteIfExists(lockFile); // while still held, so no one else's lock file is deleted
        } catch (IOException e) {
            deleted = false;
        }
        closeQuietly(channel);
        if (!deleted) {
            try {
                Files.deleteIfExists(lockFile); // systems that refuse to delete an open file
            } catch (IOException e) {
                LOG.warn("Could not delete the lock file {}: {}", lockFile, e.toString());
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close(); // also releases the lock
        } catch (IOException e) {
            LOG.warn("Could not close a lock file: {}", e.toString());
        }
    }
}
