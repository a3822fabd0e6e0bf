package io.milepost.app.cli;

import io.milepost.i18n.Messages;
import io.milepost.app.SampleRoadmap;
import io.milepost.store.DocumentException;
import io.milepost.store.RoadmapDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Write the 2025–2027 Pakistan–Belarus sample roadmap to a new document.")
final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "OUT.milepost", description = "the document to create")
    Path out;

    @Option(names = "--force", description = "replace OUT if it exists")
    boolean force;

    @Override
    public Integer call() throws DocumentException {
        if (Files.exists(out) && !force) {
            spec.commandLine().getErr().println("milepost: " + Messages.text("cli.sample.exists", out));
            return MilepostCli.USAGE;
        }
        if (Files.isDirectory(out)) {
            spec.commandLine().getErr().println("milepost: " + Messages.text("cli.sample.folder", out));
            return MilepostCli.USAGE;
        }
        Path folder = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            spec.commandLine().getErr().println("milepost: " + Messages.text("cli.noFolder", folder));
            return MilepostCli.IO_FAILURE;
        }
        // Built beside the target, then copied over it in one step by the store, which holds the target's writer
        // lock meanwhile: a failure never leaves the old file half-replaced, and a document being edited in some
        // Milepost is never replaced under it, whatever its header says. The old file is never opened, so an old
        // schema is not migrated (nor backed up) only to be thrown away.
        Path staging = folder.resolve("." + out.getFileName() + ".new");
        try {
            Files.deleteIfExists(staging);
            try (RoadmapDocument staged = RoadmapDocument.create(staging, SampleRoadmap.load())) {
                staged.saveCopyAs(out);
            } catch (DocumentException e) {
                if (e.reason() == DocumentException.Reason.LOCKED) {
                    spec.commandLine().getErr().println("milepost: " + Messages.text("cli.sample.open",
                            e.getMessage()));
                    return MilepostCli.IO_FAILURE;
                }
                throw e;
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("milepost: " + Messages.text("cli.cannotWrite", out, e.getMessage()));
            return MilepostCli.IO_FAILURE;
        } finally {
            try {
                Files.deleteIfExists(staging);
            } catch (IOException ignored) {
                // nothing more to clean up than we tried
            }
        }
        spec.commandLine().getOut().println(Messages.text("cli.sample.wrote", out));
        return MilepostCli.OK;
    }
}
