package io.milepost.store;

import io.milepost.i18n.Messages;
import io.milepost.store.DocumentException.Reason;
import io.milepost.store.sqlite.SqliteConnections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rotating set of verified copies of each document, kept in a folder of their own (never beside the document):
 * {@code <root>/<name>-<hash of the document's real path>/}, so that two {@code roadmap.milepost} in different
 * folders never share backups. A {@code document.txt} in that folder names the document it belongs to.
 *
 * <p>A copy is made with SQLite's backup API into a temporary file in that folder, checked with
 * {@code PRAGMA quick_check} (and for being a Milepost document this build reads), and only then given its name
 * ({@code 2026-12-02T09-15-00Z.daily.milepost}); only after that is the oldest copy beyond the number to keep
 * deleted. A copy that fails the check is deleted, and every older one is kept.
 */
public final class DocumentBackups {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentBackups.class);

    /** The file in a document's backup folder that names the document. */
    static final String SOURCE_FILE = "document.txt";
    private static final String EXTENSION = ".milepost";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile(
            "(\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ)(?:-(\\d+))?\\.(daily|before-restore)\\.milepost");
    private static final int MAX_SAME_SECOND = 99;

    /** What is done to a copy after it is written and before it is checked: nothing, except in tests. */
    @FunctionalInterface
    interface AfterCopy {
        void accept(Path copy) throws IOException;
    }

    /** How a copy is written: from an open document, or from a connection of the restore. */
    @FunctionalInterface
    interface Copier {
        void copyTo(Path target) throws SQLException;
    }

    private final Path root;
    private final Clock clock;
    private AfterCopy afterCopy = copy -> { };

    /**
     * @param root  the folder holding every document's backup folder ({@code <data folder>/backups})
     * @param clock when "today" is, and the time each copy is named after
     */
    public DocumentBackups(Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
    }

    public DocumentBackups(Path root) {
        this(root, Clock.systemDefaultZone());
    }

    /** For tests: damages each copy between writing and checking it, as a failing disk might. */
    void afterEachCopy(AfterCopy hook) {
        this.afterCopy = hook;
    }

    Clock clock() {
        return clock;
    }

    /** The folder of the backups of {@code document}: its name and a short hash of its real path. */
    public Path folderOf(Path document) {
        Path real = DocumentOpener.realPath(document.toAbsolutePath().normalize());
        String name = real.getFileName().toString();
        if (name.endsWith(EXTENSION)) {
            name = name.substring(0, name.length() - EXTENSION.length());
        }
        name = name.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_");
        if (name.length() > 40) {
            name = name.substring(0, 40);
        }
        return root.resolve(name + "-" + hash(real.toString()));
    }

    /**
     * Takes the day's backup of a document just opened for editing, unless one was taken today already.
     *
     * @param keep how many backups of the document to keep (at least one)
     * @return the new backup, or empty when today's exists
     * @throws DocumentException when the copy could not be written or failed its check (older backups are kept)
     */
    public Optional<BackupFile> backUpIfDue(RoadmapDocument document, int keep) throws DocumentException {
        LocalDate today = LocalDate.now(clock);
        boolean taken = list(document.path()).stream().anyMatch(b -> b.kind() == BackupFile.Kind.DAILY
                && LocalDate.ofInstant(b.takenAt(), clock.getZone()).equals(today));
        if (taken) {
            return Optional.empty();
        }
        return Optional.of(backUp(document.path(), document::copyTo, BackupFile.Kind.DAILY, keep));
    }

    /**
     * Writes a verified copy into the document's backup folder, then drops the oldest beyond {@code keep}.
     */
    BackupFile backUp(Path document, Copier copier, BackupFile.Kind kind, int keep) throws DocumentException {
        Path folder = folderOf(document);
        Path temp = null;
        try {
            prepare(folder, document);
            temp = FilePlacement.tempBeside(folder.resolve("copy" + EXTENSION), "backup");
            copier.copyTo(temp);
            afterCopy.accept(temp);
            Optional<String> damage = BackupCheck.damage(temp);
            if (damage.isPresent()) {
                LOG.warn("The backup of {} failed its check ({}); it was deleted and the older ones kept",
                        document, damage.get());
                throw new DocumentException(Reason.CORRUPT, document,
                        Messages.text("backup.error.copyFailedCheck", damage.get()));
            }
            Path placed = place(temp, folder, kind);
            temp = null;
            rotate(document, keep);
            LOG.info("Backed up {} to {}", document, placed);
            return describe(placed).orElseThrow();
        } catch (SQLException | IOException e) {
            throw new DocumentException(Reason.IO, document,
                    Messages.text("backup.error.notWritten", folder, e.getMessage()), e);
        } finally {
            if (temp != null) {
                FilePlacement.deleteQuietly(temp);
            }
        }
    }

    /** Every backup of {@code document}, newest first, each looked over read-only (counts, and whether sound). */
    public List<BackupFile> list(Path document) {
        Path folder = folderOf(document);
        List<BackupFile> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            for (Path f : files) {
                describe(f).ifPresent(found::add);
            }
        } catch (IOException e) {
            LOG.warn("Cannot list the backups in {}: {}", folder, e.toString());
        }
        found.sort(NEWEST_FIRST);
        return found;
    }

    /** The newest backup of {@code document} that passes its check, if any: what a damaged document is offered. */
    public Optional<BackupFile> newestSound(Path document) {
        return list(document).stream().filter(BackupFile::sound).findFirst();
    }

    /** The backup of {@code document} with the file name {@code name}, as the command line names it. */
    public Optional<BackupFile> named(Path document, String name) {
        return list(document).stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /**
     * Puts {@code backup} back in place of {@code document}, which must not be open in this process; the document as
     * it was is kept as a backup first, so restoring that one undoes this. See {@link BackupRestore}.
     *
     * @return the backup of the document as it was, or empty when it was missing or too damaged to copy
     * @throws DocumentException LOCKED while another window or process edits the document; CORRUPT when the backup
     *                           fails its check; the document is then untouched
     */
    public Optional<BackupFile> restore(Path document, BackupFile backup, int keep) throws DocumentException {
        return BackupRestore.restore(this, document, backup, keep);
    }

    private static final Comparator<BackupFile> NEWEST_FIRST = Comparator.comparing(BackupFile::takenAt)
            .thenComparing(b -> sameSecondNumber(b.name())).reversed();

    /** Deletes the oldest backups beyond the {@code keep} newest. Called only after a new copy passed its check. */
    private void rotate(Path document, int keep) {
        List<BackupFile> all = list(document);
        for (BackupFile old : all.subList(Math.min(Math.max(keep, 1), all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.file());
                LOG.info("Dropped the old backup {}", old.file());
            } catch (IOException e) {
                LOG.warn("Could not drop the old backup {}: {}", old.file(), e.toString());
            }
        }
    }

    /** Creates the folder and the note naming the document, the first time. */
    private static void prepare(Path folder, Path document) throws IOException {
        Files.createDirectories(folder);
        Path source = folder.resolve(SOURCE_FILE);
        if (!Files.exists(source)) {
            Path temp = FilePlacement.tempBeside(source, "note");
            try {
                Files.writeString(temp, DocumentOpener.realPath(document.toAbsolutePath().normalize()) + "\n",
                        StandardCharsets.UTF_8);
                FilePlacement.placeNew(temp, source);
            } catch (FileAlreadyExistsException e) {
                // written meanwhile by another window: the same text
            } finally {
                FilePlacement.deleteQuietly(temp);
            }
        }
    }

    /** Gives a checked copy its name, after the time; a second copy within the same second gets "-2" and so on. */
    private Path place(Path temp, Path folder, BackupFile.Kind kind) throws IOException {
        String stamp = STAMP.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        for (int n = 1; n <= MAX_SAME_SECOND; n++) {
            Path target = folder.resolve(stamp + (n == 1 ? "" : "-" + n) + "." + kind.word() + EXTENSION);
            try {
                FilePlacement.placeNew(temp, target);
                return target;
            } catch (FileAlreadyExistsException e) {
                // another copy this second: try the next number
            }
        }
        throw new FileAlreadyExistsException(folder.toString(), null, "too many backups within one second");
    }

    /** A backup's date, kind, size and contents, or empty for a file whose name is not a backup's. */
    private static Optional<BackupFile> describe(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        Instant takenAt = STAMP.parse(m.group(1), Instant::from);
        BackupFile.Kind kind = "daily".equals(m.group(3)) ? BackupFile.Kind.DAILY : BackupFile.Kind.BEFORE_RESTORE;
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        BackupCheck.Contents contents = BackupCheck.contents(file);
        return Optional.of(new BackupFile(file, takenAt, kind, size, contents.milestones(), contents.sectors(),
                contents.commissions(), contents.sound()));
    }

    private static int sameSecondNumber(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 1;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Counts rows of one table on a read-only connection of a backup. */
    static int count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Opens a backup read-only through SQLite. */
    static Connection openReadOnly(Path file) throws SQLException {
        return SqliteConnections.openFile(file, true);
    }
}
