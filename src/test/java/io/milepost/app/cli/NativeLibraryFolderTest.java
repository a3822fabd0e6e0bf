package io.milepost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.Launcher;
import io.milepost.testing.ReliabilityCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's native library is copied to a temporary folder before it loads: {@code org.sqlite.tmpdir} when given, so a
 * planner whose {@code /tmp} is mounted noexec or full can name another. Where the folder cannot take it, the planner
 * reads one line naming the folder and the way out, not the driver's stack traces, and the document is untouched.
 * Each case is a fresh JVM, because the library loads once per process.
 */
class NativeLibraryFolderTest {

    private static final long HANG_GUARD_SECONDS = 60;

    @TempDir
    Path dir;
    Path document;

    @BeforeEach
    void aPlannersDocument() {
        document = dir.resolve("roadmap.milepost");
        MilepostCli.run(new String[] {"sample", document.toString()}, new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()));
    }

    @Test
    void theLibraryLoadsFromTheFolderNamedByOrgSqliteTmpdir() throws Exception {
        Path unusable = Files.writeString(dir.resolve("java-tmp-is-a-file"), "");
        Path named = Files.createDirectory(dir.resolve("sqlite-tmp"));
        Result r = check("-Dorg.sqlite.tmpdir=" + named, "-Djava.io.tmpdir=" + unusable);
        assertThat(r.exit).as(r.err).isEqualTo(MilepostCli.OK);
        assertThat(r.out).contains("file integrity ok");
    }

    @Test
    void aTemporaryFolderThatCannotTakeTheLibraryGetsOneClearLineAndTheDocumentIsUntouched() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "");
        byte[] before = Files.readAllBytes(document);
        Result r = check("-Dorg.sqlite.tmpdir=" + notAFolder);
        ReliabilityCounts.write("NativeLibraryFolderTest", Map.of("faultsInjected", 1));
        assertThat(r.exit).isEqualTo(MilepostCli.IO_FAILURE);
        assertThat(r.err.lines().toList()).as(r.err).containsExactly("milepost: " + document + " failed: Milepost "
                + "could not open it (SQLite's library could not be loaded from the temporary folder " + notAFolder
                + "; make that folder writable, or name another with -Dorg.sqlite.tmpdir=FOLDER)");
        assertThat(Files.readAllBytes(document)).isEqualTo(before);
    }

    private record Result(int exit, String out, String err) {
    }

    private Result check(String... properties) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(properties));
        command.addAll(List.of(Launcher.class.getName(), "check", document.toString()));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("check hung; its errors: " + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
