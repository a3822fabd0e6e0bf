package io.milepost.store;

import io.milepost.Launcher;
import io.milepost.model.RoadmapInfo;
import io.milepost.store.DocumentException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The defect this guards against: a window held its document's lock until the system file dialog (File → Open…)
 * opened and closed files in the folder. A POSIX lock belongs to the process and goes with the first descriptor of
 * the file closed anywhere in it; after that, {@code sample --force} replaced the document under the window and a
 * second window opened it for editing. Now the lock file also names its holder, and a live holder keeps the
 * document whatever became of the OS lock.
 */
class LockHeldWhateverTheProcessDoesTest {

    @TempDir
    Path dir;

    private Path file;
    private Path lockFile;

    @BeforeEach
    void createDocument() throws DocumentException {
        file = dir.resolve("roadmap.milepost");
        lockFile = DocumentLock.lockFileOf(file);
        RoadmapDocument.create(file, SampleRoadmaps.everyFieldSet()).close();
    }

    @Test
    void theLockFileIsHiddenAndNamesItsHolder() throws Exception {
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertThat(lockFile.getFileName().toString()).isEqualTo(".roadmap.milepost.lock");
            LockRecord holder = LockRecord.parse(Files.readString(lockFile)).orElseThrow();
            assertThat(holder.pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(holder.host()).isEqualTo(LockRecord.thisHost());
            assertThat(holder.holderIsAlive(Instant.now())).isTrue();
        }
        assertThat(lockFile).doesNotExist();
    }

    @Test
    void afterAFileDialogReadTheFolderAnotherProcessIsStillRefusedAndSampleForceToo() throws Exception {
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            actLikeAFileDialog();
            byte[] before = Files.readAllBytes(file);

            Process editor = java(LockHolder.class.getName(), file.toString(), "--try");
            assertThat(exitCode(editor)).as("another process opening it for editing: 3 = locked").isEqualTo(3);

            Process sample = java(Launcher.class.getName(), "sample", "--force", file.toString());
            assertThat(exitCode(sample)).as("sample --force over the open document: 4 = refused").isEqualTo(4);
            assertThat(new String(sample.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("open in another Milepost window");

            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            RoadmapInfo i = doc.load().info();
            doc.edit(w -> w.saveInfo(new RoadmapInfo(i.id(), "Still ours", i.subtitle(), i.partyA(), i.partyB(),
                    i.periodStart(), i.periodEnd(), i.description(), i.primaryLanguage(), i.secondLanguage())));
            assertThat(doc.load().info().title()).isEqualTo("Still ours");
        }
    }

    @Test
    void aLockRecordOfALiveProcessKeepsTheDocumentEvenWithoutItsOsLock() throws Exception {
        Process alive = new ProcessBuilder("sleep", "60").start();
        try {
            LockRecord other = new LockRecord(alive.pid(), LockRecord.thisHost(),
                    alive.info().startInstant().orElse(null), UUID.randomUUID(), Instant.now());
            Files.writeString(lockFile, other.text());

            assertThatThrownBy(() -> RoadmapDocument.open(file, OpenMode.READ_WRITE))
                    .isInstanceOfSatisfying(DocumentException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.LOCKED);
                        assertThat(e.getMessage()).contains("process " + alive.pid());
                    });
            assertThat(LockRecord.parse(Files.readString(lockFile))).contains(other);
        } finally {
            alive.destroyForcibly().waitFor();
        }
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertThat(doc.isReadOnly()).as("its holder is gone: the lock is taken over").isFalse();
        }
    }

    @Test
    void aRecordFromAnotherHostHoldsWithinItsLeaseAndIsTakenOverAfter() throws Exception {
        LockRecord fresh = new LockRecord(4242, "minsk-planning-02", Instant.now(), UUID.randomUUID(), Instant.now());
        Files.writeString(lockFile, fresh.text());
        assertThatThrownBy(() -> RoadmapDocument.open(file, OpenMode.READ_WRITE))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.getMessage())
                        .contains("process 4242 on host minsk-planning-02"));

        Instant longAgo = Instant.now().minus(LockRecord.LEASE).minus(Duration.ofMinutes(1));
        Files.writeString(lockFile, new LockRecord(4242, "minsk-planning-02", longAgo, UUID.randomUUID(), longAgo)
                .text());
        RoadmapDocument.open(file, OpenMode.READ_WRITE).close();
    }

    @Test
    void aRecordOfAProcessThatDiedOrOfARecycledProcessIdIsTakenOver() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Files.writeString(lockFile, new LockRecord(dead.pid(), LockRecord.thisHost(), Instant.now(),
                UUID.randomUUID(), Instant.now()).text());
        RoadmapDocument.open(file, OpenMode.READ_WRITE).close();

        // This very process id, but a process that started long before the one named: the id was reused.
        Instant before = Instant.parse("2001-01-01T00:00:00Z");
        Files.writeString(lockFile, new LockRecord(ProcessHandle.current().pid() == 1 ? 2 : 1, LockRecord.thisHost(),
                before, UUID.randomUUID(), before).text());
        RoadmapDocument.open(file, OpenMode.READ_WRITE).close();
        assertThat(lockFile).doesNotExist();
    }

    @Test
    void anUnreadableRecordIsNoHolder() throws Exception {
        Files.writeString(lockFile, "pid 12345\n"); // written by Milepost 0.1, which held only the OS lock
        RoadmapDocument.open(file, OpenMode.READ_WRITE).close();
        assertThat(LockRecord.parse("")).isEmpty();
        assertThat(LockRecord.parse("milepost-lock 1\npid=x\n")).isEmpty();
    }

    /** Opens and closes the lock file and the document as a file dialog sniffing their types would. */
    private void actLikeAFileDialog() throws Exception {
        for (Path p : List.of(lockFile, file)) {
            try (InputStream in = new FileInputStream(p.toFile())) {
                in.read(new byte[64]);
            }
        }
        try (var listing = Files.list(dir)) {
            listing.forEach(p -> p.toFile().length());
        }
    }

    private static Process java(String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=off",
                mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static int exitCode(Process p) throws Exception {
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the other process did not end within a minute");
        }
        return p.exitValue();
    }
}
