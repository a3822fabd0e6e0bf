package io.milepost.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.store.DocumentException.Reason;
import io.milepost.testing.ReliabilityCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the world does to a document while a planner works on it: the disk fills up, another program deletes, moves
 * or replaces the file, the file or its folder is read-only. Each time the planner gets one clear line, the file
 * stays consistent, and no edit reported as saved is lost.
 */
class DocumentFaultsTest {

    private static final AtomicInteger FAULTS = new AtomicInteger();

    @TempDir
    Path dir;
    Path file;
    Roadmap roadmap;

    @BeforeEach
    void createDocument() throws DocumentException {
        file = dir.resolve("pakistan-belarus.milepost");
        roadmap = SampleRoadmaps.everyFieldSet();
        RoadmapDocument.create(file, roadmap).close();
    }

    @AfterAll
    static void writeCounts() {
        ReliabilityCounts.write("DocumentFaultsTest", Map.of("faultsInjected", FAULTS.get()));
    }

    @Test
    void aFullDiskRefusesTheEditThatDoesNotFitAndKeepsEverySavedOne() throws Exception {
        List<Milestone> saved = new ArrayList<>();
        DocumentException full = null;
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            doc.capSizeAtPages(Files.size(file) / 4096 + 4); // a few pages left on the "disk"
            FAULTS.incrementAndGet();
            for (int i = 0; i < 200 && full == null; i++) {
                Milestone m = aLongMilestone(i);
                try {
                    doc.edit(w -> w.saveMilestone(m));
                    saved.add(m);
                } catch (DocumentException e) {
                    full = e;
                }
            }
            assertThat(full).as("the disk filled up").isNotNull();
            assertThat(full.reason()).isEqualTo(Reason.IO);
            assertThat(full.getMessage()).startsWith(file.toString()).contains("the disk is full")
                    .doesNotContain("\n");
            assertThat(saved).as("some edits fitted before the disk was full").isNotEmpty();

            doc.edit(w -> w.deleteMilestone(saved.get(0).id())); // the planner makes room, and the window carries on
            saved.remove(0);
        }
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertThat(doc.integrityProblems()).isEmpty();
            Roadmap reopened = doc.load();
            assertThat(reopened.milestones()).containsAll(saved);
            assertThat(reopened.milestones()).hasSize(roadmap.milestones().size() + saved.size());
        }
    }

    @Test
    void aFileDeletedWhileOpenRefusesTheNextEditAndIsNotBroughtBack() throws Exception {
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            doc.edit(w -> w.saveMilestone(aLongMilestone(1)));
            Files.delete(file); // another program, a clean-up script
            FAULTS.incrementAndGet();
            assertRefusedAsMoved(() -> doc.edit(w -> w.saveMilestone(aLongMilestone(2))));
        }
        assertThat(file).as("nothing recreated an empty document in its place").doesNotExist();
    }

    @Test
    void aFileMovedWhileOpenRefusesTheNextEditAndTheMovedFileHoldsEverySavedOne() throws Exception {
        Path moved = Files.createDirectory(dir.resolve("archive")).resolve("moved.milepost");
        Milestone saved = aLongMilestone(1);
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            doc.edit(w -> w.saveMilestone(saved));
            Files.move(file, moved, StandardCopyOption.ATOMIC_MOVE); // a file manager, a sync client
            FAULTS.incrementAndGet();
            assertRefusedAsMoved(() -> doc.edit(w -> w.saveMilestone(aLongMilestone(2))));
        }
        try (RoadmapDocument doc = RoadmapDocument.open(moved, OpenMode.READ_ONLY)) {
            assertThat(doc.integrityProblems()).isEmpty();
            assertThat(doc.load()).isEqualTo(roadmap.withMilestone(saved));
        }
    }

    @Test
    void aFileReplacedWhileOpenRefusesTheNextEditAndLeavesTheNewFileAlone() throws Exception {
        Path older = dir.resolve("yesterday.milepost");
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            doc.saveCopyAs(older);
            doc.edit(w -> w.saveMilestone(aLongMilestone(1)));
            byte[] replacement = Files.readAllBytes(older);
            Files.move(older, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            FAULTS.incrementAndGet(); // a backup tool restoring yesterday's copy over the open one
            assertRefusedAsMoved(() -> doc.edit(w -> w.saveMilestone(aLongMilestone(2))));
            assertThat(Files.readAllBytes(file)).as("the file that replaced it is untouched").isEqualTo(replacement);
        }
    }

    @Test
    void aReadOnlyFileOpensReadOnlyAndIsNeverWritten() throws Exception {
        try (ReadOnlyPlace place = ReadOnlyPlace.of(file)) {
            FAULTS.incrementAndGet();
            FolderState before = FolderState.of(dir);
            assertThatThrownBy(() -> RoadmapDocument.open(file, OpenMode.READ_WRITE))
                    .isInstanceOfSatisfying(DocumentException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.READ_ONLY);
                        assertThat(e.getMessage()).startsWith(file.toString()).contains("read-only");
                    });
            try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
                assertThat(doc.load()).isEqualTo(roadmap);
            }
            assertThat(FolderState.of(dir)).isEqualTo(before);
        }
    }

    @Test
    void aDocumentInAReadOnlyFolderOpensReadOnlyAndIsNeverWritten() throws Exception {
        try (ReadOnlyPlace place = ReadOnlyPlace.of(dir)) {
            FAULTS.incrementAndGet();
            FolderState before = FolderState.of(dir);
            assertThatThrownBy(() -> RoadmapDocument.open(file, OpenMode.READ_WRITE))
                    .isInstanceOfSatisfying(DocumentException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.READ_ONLY);
                        assertThat(e.getMessage()).startsWith(file.toString()).contains("read-only")
                                .doesNotContain("\n");
                    });
            try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
                assertThat(doc.load()).isEqualTo(roadmap);
            }
            assertThat(FolderState.of(dir)).isEqualTo(before);
        }
    }

    private void assertRefusedAsMoved(org.assertj.core.api.ThrowableAssert.ThrowingCallable edit) {
        assertThatThrownBy(edit).isInstanceOfSatisfying(DocumentException.class, e -> {
            assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.IO);
            assertThat(e.getMessage()).startsWith(file + " was moved or replaced by another program while it was "
                    + "open, so Milepost could not save the milestone 'Working visit 2'")
                    .endsWith("; open it again to see what it holds now");
        });
    }

    private Milestone aLongMilestone(int n) {
        Milestone model = roadmap.milestones().get(0);
        return model.toBuilder().id(new UUID(0xFA17L, n)).title("Working visit " + n)
                .description("Programme of the visit. ".repeat(80)).order(100 + n).build();
    }

    /**
     * A file or folder made read-only for as long as it is open: by its permissions, or, for a user whom permissions
     * do not stop (root), by a read-only bind mount over it, as a write-protected stick or share would be.
     */
    static final class ReadOnlyPlace implements AutoCloseable {
        private final Path path;
        private final String permissions;
        private final boolean mounted;

        private ReadOnlyPlace(Path path, String permissions, boolean mounted) {
            this.path = path;
            this.permissions = permissions;
            this.mounted = mounted;
        }

        static ReadOnlyPlace of(Path path) throws IOException, InterruptedException {
            String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                    Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
            if (!Files.isWritable(path)) {
                return new ReadOnlyPlace(path, permissions, false);
            }
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
            boolean mounted = run("mount", "--bind", path.toString(), path.toString())
                    && (run("mount", "-o", "remount,ro,bind", path.toString()) || !unmount(path));
            assumeThat(mounted).as("permissions do not stop this user and it cannot mount read-only").isTrue();
            assumeThat(Files.isWritable(path)).as("a read-only mount still lets this user write").isFalse();
            return new ReadOnlyPlace(path, permissions, true);
        }

        private static boolean unmount(Path path) throws IOException, InterruptedException {
            return run("umount", path.toString());
        }

        private static boolean run(String... command) throws IOException, InterruptedException {
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return p.waitFor() == 0;
            } catch (IOException e) {
                return false; // no mount command here
            }
        }

        @Override
        public void close() throws IOException, InterruptedException {
            if (mounted) {
                unmount(path);
            } else {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
            }
        }
    }
}
