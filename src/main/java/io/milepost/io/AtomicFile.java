package io.milepost.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file whole or not at all: into a hidden temporary file beside the target, flushed to the disk, then
 * renamed over the target in one step. A crash, a full disk or a failing writer leaves the target as it was and no
 * temporary file behind. Every export and every small file of Milepost's own is written through here.
 */
public final class AtomicFile {

    /** Writes the content of a file to the stream it is given (which it must not close). */
    @FunctionalInterface
    public interface IoWriter {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * @throws java.nio.file.NoSuchFileException when the target's folder does not exist
     * @throws IOException when the content cannot be written or placed; the target is then unchanged
     */
    public static void write(Path target, IoWriter body) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8)
                + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                body.write(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
