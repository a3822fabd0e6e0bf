package io.milepost.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes a file whole or not at all: the body is written to a temporary file beside the target (same folder, so the
 * same file system), forced to disk, and then renamed over the target in one step. A crash, a full disk or a failing
 * writer leaves the old file exactly as it was and no temporary file behind.
 */
public final class AtomicFile {

    /** Writes the content of a file to the stream it is given; the stream is closed by {@link AtomicFile}. */
    @FunctionalInterface
    public interface IoWriter {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code target} through {@code body}.
     *
     * @throws IOException when the folder does not exist or cannot be written, or the body fails; the target is
     *                     then untouched
     */
    public static void write(Path target, IoWriter body) throws IOException {
        Objects.requireNonNull(body, "body");
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder, not a file");
        }
        if (isDatabase(file)) {
            throw new IOException(file + " is a database (a Milepost roadmap, perhaps the one open): an export never "
                    + "replaces one; choose another name");
        }
        // Created like any new file (so with the user's usual permissions, which createTempFile would narrow to
        // the owner alone), under a name no one else uses.
        Path tmp = dir.resolve("." + file.getFileName() + "." + java.util.UUID.randomUUID().toString().substring(0, 8)
                + ".part");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.CREATE_NEW)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                body.write(new UnclosableStream(out));
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Whether {@code file} is a SQLite database: what Milepost writes through here (exports, its own small text
     * files) is never one, so a name that holds one was mistyped or chosen from the wrong folder.
     */
    private static boolean isDatabase(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) < SQLITE_HEADER.length) {
            return false;
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && java.util.Arrays.equals(head, SQLITE_HEADER);
        }
    }

    /** Keeps a body that closes its stream (as many libraries' writers do) from closing it before it is forced. */
    private static final class UnclosableStream extends java.io.FilterOutputStream {
        UnclosableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
