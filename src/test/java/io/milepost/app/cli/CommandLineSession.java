package io.milepost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planner at the command line, in a temporary folder that holds the sample roadmap: what each command printed to
 * standard output and to standard error, and its exit code.
 */
abstract class CommandLineSession {

    @TempDir
    Path dir;
    Path sample;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** The sample document's file name (a test of two planners names theirs). */
    String sampleName() {
        return "roadmap.milepost";
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return MilepostCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @BeforeEach
    void writeTheSample() {
        sample = dir.resolve(sampleName());
        assertThat(run("sample", sample.toString())).isZero();
    }
}
