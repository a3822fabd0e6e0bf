package io.milepost.store;

import io.milepost.i18n.Messages;
import io.milepost.store.DocumentException.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The first 100 bytes of a file, read in Java before SQLite is allowed near it, so that a file Milepost refuses is
 * never written to and gets no {@code -journal}, {@code -wal} or lock file beside it.
 *
 * <p>See <a href="https://sqlite.org/fileformat.html#the_database_header">the SQLite database header</a>: magic
 * text at 0, page size at 16 (1 means 65536), change counter at 24, page count at 28, {@code user_version} at 60,
 * {@code application_id} at 68, "version valid for" at 92; all big-endian.
 */
record FileHeader(int pageSize, long pageCount, int userVersion, int applicationId) {

    static final int LENGTH = 100;
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /**
     * Reads and checks the header of a document about to be opened.
     *
     * @throws DocumentException NOT_FOUND, NOT_SQLITE, FOREIGN, NEWER_VERSION or CORRUPT, naming the file
     */
    static FileHeader check(Path file) throws DocumentException {
        if (Files.isDirectory(file)) {
            throw new DocumentException(Reason.NOT_FOUND, file, Messages.text("store.isFolder"));
        }
        byte[] head;
        long length;
        try (InputStream in = Files.newInputStream(file)) {
            length = Files.size(file);
            head = in.readNBytes(LENGTH);
        } catch (NoSuchFileException e) {
            throw new DocumentException(Reason.NOT_FOUND, file, Messages.text("store.notFound"), e);
        } catch (IOException e) {
            throw new DocumentException(Reason.IO, file, Messages.text("store.cannotRead", e.getMessage()), e);
        }
        if (head.length == 0) {
            throw new DocumentException(Reason.NOT_SQLITE, file, Messages.text("store.empty"));
        }
        if (head.length < MAGIC.length || !Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new DocumentException(Reason.NOT_SQLITE, file, Messages.text("store.notSqlite", describe(head)));
        }
        if (head.length < LENGTH) {
            throw truncated(file);
        }
        ByteBuffer b = ByteBuffer.wrap(head); // big-endian, as SQLite writes it
        int applicationId = b.getInt(68);
        if (applicationId != RoadmapDocument.APPLICATION_ID) {
            throw foreign(file, applicationId);
        }
        int userVersion = b.getInt(60);
        if (userVersion > RoadmapDocument.SCHEMA_VERSION) {
            throw newerVersion(file, userVersion);
        }
        if (userVersion < Migrations.OLDEST) {
            throw noVersion(file, userVersion);
        }
        int rawPageSize = Short.toUnsignedInt(b.getShort(16));
        int pageSize = rawPageSize == 1 ? 65_536 : rawPageSize;
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw new DocumentException(Reason.CORRUPT, file,
                    Messages.text("store.pageSize", rawPageSize));
        }
        long pageCount = Integer.toUnsignedLong(b.getInt(28));
        boolean pageCountValid = b.getInt(92) == b.getInt(24); // older writers leave the count stale
        if (pageCountValid && pageCount * pageSize > length && !hasJournalBeside(file)) {
            throw truncated(file);
        }
        return new FileHeader(pageSize, pageCount, userVersion, applicationId);
    }

    static DocumentException foreign(Path file, int applicationId) {
        return new DocumentException(Reason.FOREIGN, file, Messages.text("store.foreign",
                String.format(Locale.ROOT, "0x%08X", applicationId)));
    }

    static DocumentException noVersion(Path file, int userVersion) {
        return new DocumentException(Reason.CORRUPT, file,
                Messages.text("store.noVersion", userVersion));
    }

    static DocumentException newerVersion(Path file, int userVersion) {
        return new DocumentException(Reason.NEWER_VERSION, file, Messages.text("store.newer",
                userVersion, RoadmapDocument.SCHEMA_VERSION));
    }

    private static DocumentException truncated(Path file) {
        return new DocumentException(Reason.CORRUPT, file,
                Messages.text("store.truncated"));
    }

    /**
     * A crash in the middle of a change leaves the file's header half-written and the old pages in a journal beside
     * it; SQLite puts them back on open. Then the header's page count cannot be trusted yet.
     */
    private static boolean hasJournalBeside(Path file) {
        for (String suffix : new String[] {"-journal", "-wal"}) {
            Path side = file.resolveSibling(file.getFileName() + suffix);
            try {
                if (Files.isRegularFile(side) && Files.size(side) > 0) {
                    return true;
                }
            } catch (IOException e) {
                return true; // cannot tell: let SQLite decide
            }
        }
        return false;
    }

    /** What a file that is not SQLite looks like, in a planner's words. */
    static String describe(byte[] head) {
        if (startsWith(head, "PK\u0003\u0004")) {
            return Messages.text("store.notSqlite.zip");
        }
        if (startsWith(head, "%PDF")) {
            return Messages.text("store.notSqlite.pdf");
        }
        if (looksLikeText(head)) {
            // An exported roadmap or another tool's plan, opened rather than imported: say which way in it has.
            String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "")
                    .stripLeading();
            if (start.startsWith("{") || start.startsWith("[")) {
                return Messages.text("store.notSqlite.json");
            }
            if (start.startsWith("<?xml") || start.startsWith("<Project")) {
                return Messages.text("store.notSqlite.xml");
            }
            return Messages.text("store.notSqlite.text");
        }
        return Messages.text("store.notSqlite.other");
    }

    private static boolean startsWith(byte[] head, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return head.length >= p.length && Arrays.equals(head, 0, p.length, p, 0, p.length);
    }

    /** Text in any ASCII-compatible encoding (UTF-8, with or without a BOM, Latin-1, …): no control characters. */
    private static boolean looksLikeText(byte[] head) {
        for (byte x : head) {
            int c = x & 0xFF;
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F;
            if (control) {
                return false;
            }
        }
        return true;
    }
}
