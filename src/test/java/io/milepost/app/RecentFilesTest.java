package io.milepost.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Open Recent: the documents a planner opened lately, newest first. */
class RecentFilesTest {

    @TempDir
    Path dir;

    private Path listFile;
    private RecentFiles recent;

    @BeforeEach
    void anEmptyList() {
        listFile = dir.resolve("home").resolve("recent-files.txt");
        recent = new RecentFiles(listFile);
    }

    @Test
    void aFirstStartHasNoRecentFiles() {
        assertThat(recent.list()).isEmpty();
    }

    @Test
    void theLastOpenedDocumentComesFirst() throws IOException {
        Path a = document("a.milepost");
        Path b = document("b.milepost");
        Path c = document("c.milepost");

        recent.remember(a);
        recent.remember(b);
        recent.remember(c);

        assertThat(recent.list()).containsExactly(c, b, a);
        assertThat(new RecentFiles(listFile).list()).as("kept for the next start").containsExactly(c, b, a);
    }

    @Test
    void reopeningADocumentMovesItToTheTopInsteadOfListingItTwice() throws IOException {
        Path a = document("a.milepost");
        Path b = document("b.milepost");
        recent.remember(a);
        recent.remember(b);

        recent.remember(a);
        recent.remember(dir.resolve("x").resolve("..").resolve("b.milepost")); // b again, by another spelling

        assertThat(recent.list()).containsExactly(b, a);
    }

    @Test
    void aListWrittenByHandWithTheSameFileTwiceShowsItOnce() throws IOException {
        Path a = document("a.milepost");
        Path b = document("b.milepost");
        Files.createDirectories(listFile.getParent());
        Files.write(listFile, List.of(a.toString(), "", b.toString(), "  " + a + "  "), StandardCharsets.UTF_8);

        assertThat(recent.list()).containsExactly(a, b);
    }

    @Test
    void onlyTheTenLatestAreKept() throws IOException {
        List<Path> opened = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            Path p = document("roadmap-" + i + ".milepost");
            recent.remember(p);
            opened.add(0, p);
        }

        assertThat(recent.list()).hasSize(10).containsExactlyElementsOf(opened.subList(0, 10));
        assertThat(Files.readAllLines(listFile)).hasSize(10);
    }

    @Test
    void aDocumentThatWasDeletedOrMovedIsNoLongerOffered() throws IOException {
        Path kept = document("kept.milepost");
        Path gone = document("gone.milepost");
        recent.remember(kept);
        recent.remember(gone);

        Files.delete(gone);

        assertThat(recent.list()).containsExactly(kept);
        recent.remember(kept);
        assertThat(Files.readAllLines(listFile)).containsExactly(kept.toString());
    }

    @Test
    void aGarbledListIsIgnoredAndReplacedByTheNextOpenedDocument() throws IOException {
        Files.createDirectories(listFile.getParent());
        Files.write(listFile, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, 0, 1, 2, '\n', 0, 'x'});
        assertThat(recent.list()).isEmpty();

        Path a = document("a.milepost");
        recent.remember(a);

        assertThat(recent.list()).containsExactly(a);
    }

    @Test
    void aLineThatIsNoPathIsSkippedAndTheOthersAreKept() throws IOException {
        Path good = Files.createFile(dir.resolve("good.milepost"));
        Files.createDirectories(listFile.getParent());
        Files.writeString(listFile, "bad\u0000path\n" + good + "\n", StandardCharsets.UTF_8);

        assertThatCode(() -> recent.list()).doesNotThrowAnyException();
        assertThat(recent.list()).containsExactly(good);
    }

    @Test
    void aListThatCannotBeReadOrWrittenIsIgnoredWithoutAnError() throws IOException {
        Files.createDirectories(listFile.resolve("in-the-way")); // a folder where the list should be
        Path a = document("a.milepost");

        assertThat(recent.list()).isEmpty();
        assertThatCode(() -> recent.remember(a)).doesNotThrowAnyException();
        assertThat(recent.list()).isEmpty();
        assertThat(listFile).isDirectory();
    }

    private Path document(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "stands in for a document").toAbsolutePath().normalize();
    }
}
