package io.milepost.app.cli;

import io.milepost.app.BackupCopy;
import io.milepost.app.Backups;
import io.milepost.app.DocumentLocations;
import io.milepost.app.DocumentProblem;
import io.milepost.i18n.Messages;
import io.milepost.store.DocumentException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Put a backup back in place of the document (see 'milepost backups FILE'). The document as "
                + "it is now is kept as a backup first, so restoring that one undoes this. Refused while a window "
                + "edits the document. Exits 0 when restored, 3 for a backup that is not there or damaged, 4 when "
                + "the document is being edited or the disk fails.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the .milepost document to restore")
    Path file;

    @Option(names = "--backup", required = true, paramLabel = "NAME",
            description = "the backup's name, as 'milepost backups FILE' lists it")
    String backup;

    @Override
    public Integer call() throws DocumentException {
        Path document = file.toAbsolutePath().normalize();
        Backups backups = new Backups(DocumentLocations.forThisUser());
        Optional<BackupCopy> chosen = backups.named(document, backup);
        if (chosen.isEmpty()) {
            spec.commandLine().getErr().println("milepost: " + TerminalText.safe(document + " "
                    + Messages.text("backup.error.noSuchBackup", backup)));
            return MilepostCli.BAD_INPUT;
        }
        Optional<BackupCopy> before;
        try {
            before = backups.restore(document, chosen.get());
        } catch (DocumentProblem e) {
            throw e.storeFailure();
        }
        String name = TerminalText.safe(document.toString());
        spec.commandLine().getOut().println(before
                .map(b -> Messages.text("backup.cli.restored", name, chosen.get().name(), b.name()))
                .orElseGet(() -> Messages.text("backup.cli.restoredOverDamaged", name, chosen.get().name(),
                        TerminalText.safe(backups.folderOf(document).toString()))));
        return MilepostCli.OK;
    }
}
