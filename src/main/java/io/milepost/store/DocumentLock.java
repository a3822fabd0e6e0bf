package io.milepost.store;

import io.milepost.i18n.Messages;
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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One writer per document: a hidden sidecar {@code .<document>.lock} that holds both an operating-system lock
 * ({@link FileChannel#tryLock()}) and a {@link LockRecord} naming its holder.
 *
 * <p>Neither is enough alone. A POSIX lock belongs to the process and is dropped when <em>any</em> descriptor of the
 * file is closed in it — by a file dialog listing the folder, a thumbnailer, any library — so after File → Open… a
 * window could silently lose it. The record stays: an opener treats the document as held when the OS lock is held
 * <em>or</em> the record names a live process on this host (or, on another host, was refreshed within
 * {@link LockRecord#LEASE}). The OS lock still matters after a crash: the record of a dead process is taken over,
 * with a line in the log. The holder refreshes its record every {@link LockRecord#REFRESH} through its own channel
 * (never by opening the file again), and deletes the file on {@link #close()}.
 *
 * <p>The hidden name keeps the lock file out of the file dialog's listing; nothing relies on that.
 */
final class DocumentLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentLock.class);
    private static final int ATTEMPTS = 3;
    /** A lock record is a few lines; anything longer is not one of ours. */
    private static final int MAX_RECORD = 4096;

    /** The lock files this JVM holds: asked first, so a second window here never opens (and closes) one. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private static final ScheduledExecutorService REFRESHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "milepost-lock-refresh");
        t.setDaemon(true);
        return t;
    });

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private LockRecord record;
    private final ScheduledFuture<?> refreshing;

    private DocumentLock(Path lockFile, FileChannel channel, FileLock lock, LockRecord record) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.record = record;
        long every = LockRecord.REFRESH.toMillis();
        this.refreshing = REFRESHER.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * {@code .<document>.lock} beside the document, with links resolved, so that two windows that reach one file by
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
        return real.resolveSibling("." + real.getFileName() + ".lock");
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
            throw locked(document, null);
        }
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                DocumentLock held = tryOnce(document, lockFile);
                if (held != null) {
                    return held;
                }
            }
            throw locked(document, null);
        } catch (DocumentException | RuntimeException e) {
            HELD.remove(lockFile);
            throw e;
        }
    }

    /**
     * Whether a window, here or in another process, edits {@code document} now: it holds the lock in this JVM, or
     * the lock file names a live holder. Reads the lock file only when this JVM does not hold it (closing a file
     * this process holds a lock on would drop that lock).
     */
    static boolean isHeld(Path document) {
        Path lockFile = lockFileOf(document);
        if (HELD.contains(lockFile)) {
            return true;
        }
        try {
            if (Files.size(lockFile) > MAX_RECORD) {
                return true; // not a record of ours: let an attempt to lock it tell
            }
            return LockRecord.parse(Files.readString(lockFile, StandardCharsets.UTF_8))
                    .map(holder -> holder.holderIsAlive(Instant.now())).orElse(false);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            return true; // cannot tell: do not invite a second writer
        }
    }

    static DocumentException locked(Path document, LockRecord holder) {
        return new DocumentException(Reason.LOCKED, document,
                holder == null ? Messages.text("store.locked") : holder.lockedMessage());
    }

    /** The lock, or {@code null} when the lock file was replaced under us and it is worth trying again. */
    private static DocumentLock tryOnce(Path document, Path lockFile) throws DocumentException {
        FileChannel channel = null;
        try {
            try {
                Files.createFile(lockFile);
            } catch (FileAlreadyExistsException e) {
                // left by a crash, or held by another window: the lock and the record in it tell
            }
            Object before = fileKey(lockFile);
            channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this JVM after all (through another name of the file)
            }
            if (lock == null) {
                channel.close();
                throw locked(document, null);
            }
            if (!Objects.equals(before, fileKey(lockFile))) {
                channel.close(); // its owner deleted the file we locked as we opened it: lock the new one instead
                return null;
            }
            Optional<LockRecord> holder = LockRecord.parse(read(channel));
            if (holder.isPresent() && holder.get().holderIsAlive(Instant.now()) && !holder.get().isThisProcess()) {
                // Its holder lost the OS lock to some code of its own that closed the file, but it is still there.
                channel.close();
                throw locked(document, holder.get());
            }
            holder.ifPresent(h -> LOG.info("Taking over the lock of {} from {}, which is no longer running",
                    document, h.describe()));
            LockRecord mine = LockRecord.ofThisProcess();
            write(channel, mine);
            return new DocumentLock(lockFile, channel, lock, mine);
        } catch (NoSuchFileException e) {
            closeQuietly(channel); // deleted by its owner between our steps
            return null;
        } catch (AccessDeniedException e) {
            closeQuietly(channel);
            throw new DocumentException(Reason.READ_ONLY, document,
                    Messages.text("store.folderReadOnly"), e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DocumentException(Reason.IO, document, Messages.text("store.notLocked", e.getMessage()), e);
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_RECORD);
        channel.position(0);
        while (buffer.hasRemaining() && channel.read(buffer) > 0) {
            // keep reading: a short read is not the end of the file
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static void write(FileChannel channel, LockRecord record) throws IOException {
        // Written over the old record and then cut to length, never emptied first: an opener reading the file in
        // between must not find it empty and take it for a lock nobody holds.
        byte[] bytes = record.text().getBytes(StandardCharsets.UTF_8);
        ByteBuffer text = ByteBuffer.wrap(bytes);
        channel.position(0);
        while (text.hasRemaining()) {
            channel.write(text);
        }
        channel.truncate(bytes.length);
        channel.force(false);
    }

    /** Tells openers on other hosts that the holder is still there (through the channel held, never a new one). */
    private synchronized void refresh() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            record = record.refreshedNow();
            write(channel, record);
        } catch (IOException e) {
            LOG.warn("Could not refresh the lock file {}: {}", lockFile, e.toString());
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
    public synchronized void close() {
        refreshing.cancel(false);
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
