package io.milepost.app.cli;

import io.milepost.app.BackupCopy;
import io.milepost.app.Backups;
import io.milepost.app.DocumentLocations;
import io.milepost.i18n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "backups", mixinStandardHelpOptions = true,
        description = "List the backups of a document, newest first: the window takes one a day when it opens the "
                + "document for editing, and one before each restore. 'milepost restore FILE --backup NAME' puts "
                + "one back.")
final class BackupsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the .milepost document")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path document = file.toAbsolutePath().normalize();
        Backups backups = new Backups(DocumentLocations.forThisUser());
        List<BackupCopy> list = backups.list(document);
        String folder = TerminalText.safe(backups.folderOf(document).toString());
        String name = TerminalText.safe(document.toString());
        if (list.isEmpty() && !java.nio.file.Files.exists(document)) {
            // A document deleted since still lists the backups it had; one never seen is a mistyped name.
            spec.commandLine().getErr().println("milepost: " + Messages.text("cli.noFile", name));
            return MilepostCli.BAD_INPUT;
        }
        if (list.isEmpty()) {
            out.println(Messages.text("backup.cli.none", name, folder));
            return MilepostCli.OK;
        }
        out.println(Messages.text("backup.cli.header", name, list.size(), folder));
        for (BackupCopy b : list) {
            out.println(Messages.text(b.beforeRestore() ? "backup.cli.lineBeforeRestore" : "backup.cli.line",
                    b.name(), b.when(), b.contents(), b.sizeText()));
        }
        return MilepostCli.OK;
    }
}
