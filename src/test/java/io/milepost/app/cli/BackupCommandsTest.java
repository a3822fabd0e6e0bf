package io.milepost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.Backups;
import io.milepost.app.DocumentLocations;
import io.milepost.app.DocumentSession;
import io.milepost.model.Roadmap;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A planner lists a document's backups at the command line and puts one back, then undoes that. */
class BackupCommandsTest extends CommandLineSession {

    private Path home;

    @BeforeEach
    void useATemporaryDataFolder() {
        home = dir.resolve("home");
        System.setProperty("milepost.home", home.toString());
    }

    @AfterEach
    void forgetIt() {
        System.clearProperty("milepost.home");
    }

    @Test
    void aDocumentNeverOpenedInTheWindowHasNoBackupsYet() {
        assertThat(run("backups", sample.toString())).isEqualTo(MilepostCli.OK);
        assertThat(out.toString()).contains("has no backups yet").contains(home.resolve("backups").toString());
    }

    @Test
    void theDaysBackupIsListedAndRestoringItBringsTheRoadmapBackAndCanItselfBeUndone() throws Exception {
        Roadmap original = contents();
        try (DocumentSession session = DocumentSession.open(sample, OpenMode.READ_WRITE)) {
            assertThat(new Backups(new DocumentLocations(home)).backUpIfDue(session)).isPresent();
        }
        try (RoadmapDocument doc = RoadmapDocument.open(sample, OpenMode.READ_WRITE)) {
            doc.replaceAll(Roadmap.empty(original.info()));
        }

        assertThat(run("backups", sample.toString())).isEqualTo(MilepostCli.OK);
        String name = out.toString().lines().filter(l -> l.contains(".daily.milepost")).findFirst().orElseThrow()
                .strip().split("\\s+")[0];
        assertThat(out.toString()).contains("1 backup,").contains(original.milestones().size() + " milestones");

        assertThat(run("restore", sample.toString(), "--backup", name)).isEqualTo(MilepostCli.OK);
        assertThat(contents()).isEqualTo(original);
        String before = out.toString().replaceAll("(?s).*kept as the backup (\\S+):.*", "$1").strip();
        assertThat(before).endsWith(".before-restore.milepost");

        assertThat(run("restore", sample.toString(), "--backup", before)).isEqualTo(MilepostCli.OK);
        assertThat(contents().milestones()).isEmpty();
        assertThat(run("check", sample.toString())).isEqualTo(MilepostCli.OK);
    }

    @Test
    void aBackupThatIsNotThereIsBadInputAndTheDocumentIsUntouched() throws Exception {
        Roadmap original = contents();
        assertThat(run("restore", sample.toString(), "--backup", "2020-01-01T00-00-00Z.daily.milepost"))
                .isEqualTo(MilepostCli.BAD_INPUT);
        assertThat(err.toString()).contains("has no backup named 2020-01-01T00-00-00Z.daily.milepost");
        assertThat(contents()).isEqualTo(original);
        assertThat(run("restore", sample.toString())).isEqualTo(MilepostCli.USAGE);
    }

    private Roadmap contents() throws Exception {
        try (RoadmapDocument doc = RoadmapDocument.open(sample, OpenMode.READ_ONLY)) {
            return doc.load();
        }
    }
}
