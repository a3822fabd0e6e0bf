package io.milepost.store;

import io.milepost.store.DocumentException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/** One window edits a document at a time; any number may read it. */
class DocumentLockingTest {

    @TempDir
    Path dir;

    private Path file;
    private Path lockFile;

    @BeforeEach
    void createDocument() throws DocumentException {
        file = dir.resolve("shared.milepost");
        lockFile = dir.resolve(".shared.milepost.lock");
        RoadmapDocument.create(file, SampleRoadmaps.everyFieldSet()).close();
    }

    @Test
    void aSecondEditingWindowInThisProcessIsToldToOpenItReadOnly() throws DocumentException {
        try (RoadmapDocument first = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertLocked();
            try (RoadmapDocument reader = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
                assertThat(reader.load()).isEqualTo(first.load());
            }
            assertThat(lockFile).exists();
        }
    }

    @Test
    void anEditingWindowInAnotherProcessLocksTheDocumentUntilItCloses() throws Exception {
        Path ready = dir.resolve("holder-ready");
        Process holder = otherProcess(file.toString(), ready.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(ready)) {
                if (!holder.isAlive()) {
                    fail("the other process ended with exit code " + holder.exitValue());
                }
                if (System.nanoTime() > deadline) {
                    fail("the other process did not open the document within a minute");
                }
                Thread.sleep(20);
            }
            assertLocked();
            try (RoadmapDocument reader = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
                assertThat(reader.load()).isEqualTo(SampleRoadmaps.everyFieldSet());
            }
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(60, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        assertThat(holder.exitValue()).isZero();
        assertThat(lockFile).doesNotExist();
        RoadmapDocument.open(file, OpenMode.READ_WRITE).close();
    }

    @Test
    void aRefusedSecondWindowDoesNotWeakenTheFirstWindowsLock() throws Exception {
        try (RoadmapDocument first = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertLocked();
            RoadmapDocument.open(file, OpenMode.READ_ONLY).close();
            first.edit(w -> w.saveInfo(first.load().info()));
            Process other = otherProcess(file.toString(), "--try");
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(other.exitValue()).as("exit code of the other process: 3 = locked").isEqualTo(3);
        }
    }

    @Test
    void readOnlyWindowsTakeNoLockAndDoNotStopAnEditor() throws DocumentException {
        try (RoadmapDocument one = RoadmapDocument.open(file, OpenMode.READ_ONLY);
             RoadmapDocument two = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            assertThat(lockFile).doesNotExist();
            try (RoadmapDocument editor = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
                editor.edit(w -> w.deleteDependency(SampleRoadmaps.DEPENDENCY_1));
                assertThat(one.load().dependencies()).hasSize(1);
                assertThat(two.isReadOnly()).isTrue();
            }
        }
    }

    @Test
    void closingTheDocumentGivesUpTheLockAndDeletesTheLockFile() throws DocumentException {
        RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE);
        assertThat(lockFile).exists();
        doc.close();
        doc.close();
        assertThat(lockFile).doesNotExist();
        RoadmapDocument.open(file, OpenMode.READ_WRITE).close();
    }

    @Test
    void aLockFileLeftBehindByACrashDoesNotKeepTheDocumentLocked() throws Exception {
        Files.writeString(lockFile, "12345 left by a process that died\n");
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertThat(doc.isReadOnly()).isFalse();
        }
        assertThat(lockFile).doesNotExist();
    }

    @Test
    void aDocumentReachedThroughALinkSharesTheLockOfItsTarget() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.milepost"), file);
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertThatThrownBy(() -> RoadmapDocument.open(link, OpenMode.READ_WRITE))
                    .isInstanceOfSatisfying(DocumentException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED));
            assertThat(doc.isReadOnly()).isFalse();
        }
        assertThat(DocumentCreationTest.filesIn(dir)).containsExactlyInAnyOrder("shared.milepost", "link.milepost");
    }

    private static Process otherProcess(String... args) throws java.io.IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=off", LockHolder.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private void assertLocked() {
        List<String> before = DocumentCreationTest.filesIn(dir);
        assertThatThrownBy(() -> RoadmapDocument.open(file, OpenMode.READ_WRITE))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.LOCKED);
                    assertThat(e.getMessage()).isEqualTo(file
                            + " is open in another Milepost window or process; open it read-only to look at it");
                });
        assertThat(DocumentCreationTest.filesIn(dir)).containsExactlyInAnyOrderElementsOf(before);
        assertThat(lockFile).exists();
    }
}
