package io.milepost.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file in a folder with its size, content hash and modification time: equal states mean nothing was written,
 * touched, created (no {@code -journal}, {@code -wal}, {@code -shm} or lock file) or deleted.
 */
record FolderState(Map<String, FileState> files) {

    record FileState(long size, String sha256, FileTime modified) {
    }

    static FolderState of(Path folder) {
        Map<String, FileState> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                if (Files.isDirectory(p)) {
                    files.put(p.getFileName() + "/", new FileState(-1, "folder", Files.getLastModifiedTime(p)));
                    continue;
                }
                if (p.getFileName().toString().endsWith(".lock")) { // reading it would release a lock held here
                    files.put(p.getFileName().toString(), new FileState(Files.size(p), "lock file",
                            Files.getLastModifiedTime(p)));
                    continue;
                }
                byte[] bytes = Files.readAllBytes(p);
                files.put(p.getFileName().toString(), new FileState(bytes.length,
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                        Files.getLastModifiedTime(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new FolderState(files);
    }
}
