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
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer per document: an operating-system lock ({@link FileChannel#tryLock()}) on a sidecar file
 * {@code <document>.lock}. The OS drops the lock when the process dies, so a crash never leaves a document locked;
 * the sidecar itself is deleted on {@link #close()}. A lock held by this JVM is refused like one held by another
 * process.
 *
 * <p>Never open a lock file (or an open document) through another channel or stream in this JVM: on POSIX systems,
 * closing any descriptor of a file releases every lock the process holds on it.
 */
final class DocumentLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentLock.class);
    private static final int ATTEMPTS = 3;

    /** The lock files this JVM holds: asked first, so a second window here never opens (and closes) one. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

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
        if (!HELD.add(lockFile)) {
            throw locked(document);
        }
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                DocumentLock held = tryOnce(document, lockFile);
                if (held != null) {
                    return held;
                }
            }
            throw locked(document);
        } catch (DocumentException | RuntimeException e) {
            HELD.remove(lockFile);
            throw e;
        }
    }

    static DocumentException locked(Path document) {
        return new DocumentException(Reason.LOCKED, document,
                "is open in another Milepost window or process; open it read-only to look at it");
    }

    /** The lock, or {@code null} when the lock file was replaced under us and it is worth trying again. */
    private static DocumentLock tryOnce(Path document, Path lockFile) throws DocumentException {
        FileChannel channel = null;
        try {
            try {
                Files.createFile(lockFile);
            } catch (FileAlreadyExistsException e) {
                // left by a crash, or held by another window: the lock itself tells
            }
            Object before = fileKey(lockFile);
            channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this JVM after all (through another name of the file)
            }
            if (lock == null) {
                channel.close();
                throw locked(document);
            }
            if (!Objects.equals(before, fileKey(lockFile))) {
                channel.close(); // its owner deleted the file we locked as we opened it: lock the new one instead
                return null;
            }
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            return new DocumentLock(lockFile, channel, lock);
        } catch (NoSuchFileException e) {
            closeQuietly(channel); // deleted by its owner between our steps
            return null;
        } catch (AccessDeniedException e) {
            closeQuietly(channel);
            throw new DocumentException(Reason.READ_ONLY, document,
                    "cannot be edited here: its folder is read-only (open it read-only to look at it)", e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DocumentException(Reason.IO, document, "cannot be locked for editing: " + e.getMessage(), e);
        }
    }

    /**
     * The identity of the file a name points to (device and inode), read without opening it: opening and closing
     * the lock file through a second channel would release this process's lock on it (POSIX), so the check that
     * the locked file still has its name compares identities before and after locking. A file that is open cannot
     * lose its inode to another file, so equal identities mean the same file. {@code null} where the system has no
     * such identity (Windows, where an open file cannot be replaced anyway).
     */
    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
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
        HELD.remove(lockFile);
        if (!deleted) {
            try {
                Files.deleteIfExists(lockFile); // systems that refuse to delete an open file
            } catch (IOException e) {
                LOG.warn("Could not delete the lock file {}: {}", lockFile, e.toString());
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close(); // also releases the lock
        } catch (IOException e) {
            LOG.warn("Could not close a lock file: {}", e.toString());
        }
    }
}
