package io.milepost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments open the window and which go to the command line. */
class LauncherArgumentsTest {

    @TempDir
    Path dir;

    @Test
    void noArgumentOrOneDocumentOpensTheWindow() throws IOException {
        Path notes = Files.createFile(dir.resolve("plan.db"));
        assertThat(MilepostCli.isCommandLine(new String[0])).isFalse();
        assertThat(MilepostCli.isCommandLine(new String[] {"roadmap.milepost"})).isFalse();
        assertThat(MilepostCli.isCommandLine(new String[] {notes.toString()})).isFalse();
    }

    @Test
    void commandsOptionsAndMistypedCommandsGoToTheCommandLine() {
        assertThat(MilepostCli.isCommandLine(new String[] {"check", "a.milepost"})).isTrue();
        assertThat(MilepostCli.isCommandLine(new String[] {"--help"})).isTrue();
        assertThat(MilepostCli.isCommandLine(new String[] {"help"})).isTrue();
        assertThat(MilepostCli.isCommandLine(new String[] {"chek"})).isTrue();
        assertThat(MilepostCli.isCommandLine(new String[] {"chek", "a.milepost"})).isTrue();
        assertThat(MilepostCli.isCommandLine(new String[] {"a.milepost", "b.milepost"})).isTrue();
    }
}
