package io.milepost.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import io.milepost.testing.ReliabilityCounts;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rotating, verified copies of a document in the data folder: one a day, the last N, never a bad one. */
class DocumentBackupsTest {

    private static final Instant MONDAY_9AM = Instant.parse("2026-12-07T09:00:00Z");

    /** For docs/reliability.md: backups taken and checked, copies damaged on the way and dropped, restores. */
    private static final AtomicInteger TAKEN = new AtomicInteger();
    private static final AtomicInteger DROPPED = new AtomicInteger();
    private static final AtomicInteger RESTORES = new AtomicInteger();

    @TempDir
    Path dir;
    Path documents;
    Path root;
    Path file;

    @BeforeEach
    void createDocument() throws Exception {
        documents = Files.createDirectories(dir.resolve("documents"));
        root = dir.resolve("data").resolve("backups");
        file = documents.resolve("roadmap.milepost");
        RoadmapDocument.create(file, SampleRoadmaps.everyFieldSet()).close();
    }

    @Test
    void theFirstOpeningOfADayTakesAVerifiedBackupAndLaterOpeningsThatDayTakeNone() throws Exception {
        DocumentBackups morning = at(MONDAY_9AM);
        DocumentBackups afternoon = at(MONDAY_9AM.plus(6, ChronoUnit.HOURS));
        DocumentBackups nextDay = at(MONDAY_9AM.plus(1, ChronoUnit.DAYS));

        assertThat(openAndBackUp(morning, 10)).isPresent();
        assertThat(openAndBackUp(afternoon, 10)).isEmpty();
        assertThat(openAndBackUp(nextDay, 10)).isPresent();

        List<BackupFile> backups = nextDay.list(file);
        assertThat(backups).extracting(BackupFile::name).containsExactly(
                "2026-12-08T09-00-00Z.daily.milepost", "2026-12-07T09-00-00Z.daily.milepost");
        BackupFile newest = backups.get(0);
        assertThat(newest.sound()).isTrue();
        assertThat(newest.milestones()).isEqualTo(SampleRoadmaps.everyFieldSet().milestones().size());
        assertThat(newest.sectors()).isEqualTo(SampleRoadmaps.everyFieldSet().sectors().size());
        assertThat(newest.commissions()).isEqualTo(SampleRoadmaps.everyFieldSet().commissions().size());
        assertThat(newest.size()).isEqualTo(Files.size(newest.file()));
        try (RoadmapDocument copy = RoadmapDocument.open(newest.file(), OpenMode.READ_ONLY)) {
            assertThat(copy.load()).isEqualTo(SampleRoadmaps.everyFieldSet());
            assertThat(copy.integrityProblems()).isEmpty();
        }
    }

    @Test
    void onlyTheNewestBackupsAreKeptAsManyAsThePlannerChose() throws Exception {
        for (int day = 0; day < 12; day++) {
            openAndBackUp(at(MONDAY_9AM.plus(day, ChronoUnit.DAYS)), 10);
        }
        List<BackupFile> kept = at(MONDAY_9AM).list(file);
        assertThat(kept).hasSize(10);
        assertThat(kept.get(0).name()).isEqualTo("2026-12-18T09-00-00Z.daily.milepost");
        assertThat(kept.get(9).name()).isEqualTo("2026-12-09T09-00-00Z.daily.milepost");

        openAndBackUp(at(MONDAY_9AM.plus(12, ChronoUnit.DAYS)), 3);
        assertThat(at(MONDAY_9AM).list(file)).extracting(BackupFile::name).containsExactly(
                "2026-12-19T09-00-00Z.daily.milepost", "2026-12-18T09-00-00Z.daily.milepost",
                "2026-12-17T09-00-00Z.daily.milepost");
    }

    @Test
    void aCopyThatFailsItsCheckIsDeletedAndEveryOlderBackupIsKept() throws Exception {
        for (int day = 0; day < 3; day++) {
            openAndBackUp(at(MONDAY_9AM.plus(day, ChronoUnit.DAYS)), 3);
        }
        Path folder = at(MONDAY_9AM).folderOf(file);
        List<String> before = namesIn(folder);

        DocumentBackups failingDisk = at(MONDAY_9AM.plus(3, ChronoUnit.DAYS));
        failingDisk.afterEachCopy(DocumentBackupsTest::scrambleSecondPage);
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertThatThrownBy(() -> failingDisk.backUpIfDue(doc, 3))
                    .isInstanceOfSatisfying(DocumentException.class, e -> {
                        assertThat(e.reason()).isEqualTo(DocumentException.Reason.CORRUPT);
                        assertThat(e.getMessage()).contains("older backups were kept");
                        DROPPED.incrementAndGet();
                    });
            assertThat(doc.load()).isEqualTo(SampleRoadmaps.everyFieldSet());
        }
        assertThat(namesIn(folder)).isEqualTo(before);
        assertThat(failingDisk.list(file)).hasSize(3).allMatch(BackupFile::sound);
    }

    @Test
    void aBackupDamagedOnDiskLaterIsListedAsUnsoundAndTheNewestSoundOneIsOffered() throws Exception {
        openAndBackUp(at(MONDAY_9AM), 10);
        openAndBackUp(at(MONDAY_9AM.plus(1, ChronoUnit.DAYS)), 10);
        DocumentBackups backups = at(MONDAY_9AM);
        BackupFile newest = backups.list(file).get(0);
        scrambleSecondPage(newest.file());

        List<BackupFile> listed = backups.list(file);
        assertThat(listed.get(0).sound()).isFalse();
        assertThat(listed.get(0).milestones()).isZero();
        assertThat(backups.newestSound(file)).map(BackupFile::name).contains("2026-12-07T09-00-00Z.daily.milepost");
    }

    @Test
    void twoDocumentsOfTheSameNameInDifferentFoldersKeepTheirBackupsApartAndEachFolderNamesItsDocument()
            throws Exception {
        Path other = Files.createDirectories(dir.resolve("elsewhere")).resolve("roadmap.milepost");
        RoadmapDocument.create(other, SampleRoadmaps.empty()).close();
        DocumentBackups backups = at(MONDAY_9AM);
        openAndBackUp(backups, 10);
        try (RoadmapDocument doc = RoadmapDocument.open(other, OpenMode.READ_WRITE)) {
            backups.backUpIfDue(doc, 10);
        }

        assertThat(backups.folderOf(file)).isNotEqualTo(backups.folderOf(other));
        assertThat(backups.folderOf(file).getFileName().toString()).startsWith("roadmap-");
        assertThat(backups.list(file)).singleElement().extracting(BackupFile::milestones)
                .isEqualTo(SampleRoadmaps.everyFieldSet().milestones().size());
        assertThat(backups.list(other)).singleElement().extracting(BackupFile::milestones).isEqualTo(0);
        assertThat(Files.readString(backups.folderOf(other).resolve(DocumentBackups.SOURCE_FILE),
                StandardCharsets.UTF_8).strip()).isEqualTo(other.toRealPath().toString());
    }

    @Test
    void backingUpWritesNothingBesideTheDocument() throws Exception {
        List<String> before = namesIn(documents);
        openAndBackUp(at(MONDAY_9AM), 10);
        assertThat(namesIn(documents)).isEqualTo(before);
        assertThat(root).isDirectory();
    }

    @Test
    void restoringPutsTheBackupBackAndKeepsTheDocumentAsItWasSoRestoringAgainUndoesIt() throws Exception {
        openAndBackUp(at(MONDAY_9AM), 10);
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            doc.replaceAll(SampleRoadmaps.empty());
        }
        DocumentBackups later = at(MONDAY_9AM.plus(2, ChronoUnit.HOURS));
        BackupFile monday = later.list(file).get(0);
        List<String> besideBefore = namesIn(documents);

        BackupFile before = later.restore(file, monday, 10).orElseThrow();

        assertThat(before.kind()).isEqualTo(BackupFile.Kind.BEFORE_RESTORE);
        assertThat(before.milestones()).isZero();
        assertThat(contentsOf(file)).isEqualTo(SampleRoadmaps.everyFieldSet());
        assertThat(namesIn(documents)).isEqualTo(besideBefore);
        RESTORES.incrementAndGet();

        DocumentBackups evenLater = at(MONDAY_9AM.plus(3, ChronoUnit.HOURS));
        evenLater.restore(file, evenLater.list(file).get(0), 10);
        assertThat(contentsOf(file)).isEqualTo(SampleRoadmaps.empty());
        assertThat(namesIn(documents)).isEqualTo(besideBefore);
        RESTORES.incrementAndGet();
    }

    @Test
    void aDamagedBackupIsNotRestoredAndTheDocumentIsLeftByteForByte() throws Exception {
        openAndBackUp(at(MONDAY_9AM), 10);
        DocumentBackups backups = at(MONDAY_9AM);
        BackupFile monday = backups.list(file).get(0);
        scrambleSecondPage(monday.file());
        byte[] document = Files.readAllBytes(file);
        List<String> beside = namesIn(documents);

        assertThatThrownBy(() -> backups.restore(file, monday, 10))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(DocumentException.Reason.CORRUPT));
        assertThat(Files.readAllBytes(file)).isEqualTo(document);
        assertThat(namesIn(documents)).isEqualTo(beside);
    }

    @Test
    void aDocumentTooDamagedToOpenIsRestoredAndItsDamagedBytesAreKeptInTheBackupFolder() throws Exception {
        openAndBackUp(at(MONDAY_9AM), 10);
        scrambleSecondPage(file);
        byte[] damaged = Files.readAllBytes(file);
        DocumentBackups backups = at(MONDAY_9AM.plus(1, ChronoUnit.HOURS));

        assertThat(backups.restore(file, backups.newestSound(file).orElseThrow(), 10)).isEmpty();

        assertThat(contentsOf(file)).isEqualTo(SampleRoadmaps.everyFieldSet());
        Path kept = backups.folderOf(file).resolve("2026-12-07T10-00-00Z.damaged");
        assertThat(Files.readAllBytes(kept)).isEqualTo(damaged);
        RESTORES.incrementAndGet();
    }

    @Test
    void aRestoreIsRefusedWhileThisProcessHasTheDocumentOpen() throws Exception {
        openAndBackUp(at(MONDAY_9AM), 10);
        DocumentBackups backups = at(MONDAY_9AM);
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertThatThrownBy(() -> backups.restore(file, backups.list(file).get(0), 10))
                    .isInstanceOfSatisfying(DocumentException.class,
                            e -> assertThat(e.reason()).isEqualTo(DocumentException.Reason.REFUSED));
        }
    }

    @Test
    void aRestoreIsRefusedWhileAnotherProcessEditsTheDocumentAndTheDocumentIsLeftAlone() throws Exception {
        openAndBackUp(at(MONDAY_9AM), 10);
        DocumentBackups backups = at(MONDAY_9AM);
        BackupFile monday = backups.list(file).get(0);
        Path ready = dir.resolve("holder-ready");
        Process holder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=off",
                LockHolder.class.getName(), file.toString(), ready.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            while (!Files.exists(ready)) {
                assertThat(holder.isAlive()).as("the other process is editing").isTrue();
                Thread.sleep(20);
            }
            byte[] document = Files.readAllBytes(file);
            assertThatThrownBy(() -> backups.restore(file, monday, 10))
                    .isInstanceOfSatisfying(DocumentException.class,
                            e -> assertThat(e.reason()).isEqualTo(DocumentException.Reason.LOCKED));
            assertThat(Files.readAllBytes(file)).isEqualTo(document);
            assertThat(backups.list(file)).hasSize(1);
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        assertThat(backups.restore(file, monday, 10)).isPresent();
    }

    @AfterAll
    static void writeCounts() {
        ReliabilityCounts.write("DocumentBackupsTest", Map.of("backupsTakenAndChecked", TAKEN.get(),
                "damagedCopiesDropped", DROPPED.get(), "restores", RESTORES.get()));
    }

    private DocumentBackups at(Instant now) {
        return new DocumentBackups(root, Clock.fixed(now, ZoneOffset.UTC));
    }

    private java.util.Optional<BackupFile> openAndBackUp(DocumentBackups backups, int keep) throws DocumentException {
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            var taken = backups.backUpIfDue(doc, keep);
            taken.ifPresent(b -> TAKEN.incrementAndGet());
            return taken;
        }
    }

    static io.milepost.model.Roadmap contentsOf(Path document) throws DocumentException {
        try (RoadmapDocument doc = RoadmapDocument.open(document, OpenMode.READ_ONLY)) {
            assertThat(doc.integrityProblems()).isEmpty();
            return doc.load();
        }
    }

    /** Fills the second page (the first table's) with seeded noise, as a failing disk or a stray write would. */
    static void scrambleSecondPage(Path copy) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(copy.toFile(), "rw")) {
            f.seek(16);
            int pageSize = f.readUnsignedShort();
            byte[] noise = new byte[pageSize == 1 ? 65_536 : pageSize];
            new Random(11).nextBytes(noise);
            f.seek(noise.length);
            f.write(noise);
        }
    }

    static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
