package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.BackupCopy;
import io.milepost.app.Backups;
import io.milepost.app.DocumentLocations;
import io.milepost.app.DocumentSession;
import io.milepost.app.SampleRoadmap;
import io.milepost.model.Roadmap;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A planner who lost work (a wrong import, a damaged file) goes back to a backup: File → Restore from Backup… lists
 * the document's backups and puts one back; a document refused as damaged offers its newest good backup.
 */
class RestoringABackupTest extends FxRobot {

    @TempDir
    Path dir;
    Path file;
    Path home;
    Roadmap sample;
    MilepostApp app;

    @BeforeEach
    void aDocumentWithYesterdaysBackupThenAnImportThatEmptiedIt() throws Exception {
        home = dir.resolve("home");
        System.setProperty("milepost.home", home.toString());
        file = dir.resolve("roadmap.milepost");
        sample = SampleRoadmap.load();
        RoadmapDocument.create(file, sample).close();
        try (DocumentSession session = DocumentSession.open(file, OpenMode.READ_WRITE)) {
            assertThat(backups().backUpIfDue(session)).isPresent();
        }
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty("milepost.home");
    }

    @Test
    void theDialogListsTheBackupsAndRestoringOneBringsTheRoadmapBackKeepingTheStateBefore() throws Exception {
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            doc.replaceAll(Roadmap.empty(sample.info()));
        }
        start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().chart().getRoadmap() != null);
        assertThat(app.window().chart().getRoadmap().milestones()).isEmpty();

        MenuItem restore = menuItem("menu-restore-backup");
        assertThat(restore.isDisable()).isFalse();
        interact(restore::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#backup-list").tryQuery().isPresent());
        TableView<?> list = lookup("#backup-list").queryAs(TableView.class);
        assertThat(list.getItems()).hasSize(1);
        BackupCopy listed = (BackupCopy) list.getItems().get(0);
        assertThat(listed.milestones()).isEqualTo(sample.milestones().size());
        assertThat(listed.sound()).isTrue();
        assertThat(lookup(listed.contents()).tryQuery()).isPresent();

        clickOn((Button) lookup("#restore-backup").query());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#restore-confirmation").tryQuery().isPresent());
        DialogPane confirmation = lookup("#restore-confirmation").queryAs(DialogPane.class);
        assertThat(confirmation.getHeaderText()).startsWith("Restore the backup of " + listed.when());
        clickOn((Button) confirmation.lookupButton(confirmation.getButtonTypes().get(0)));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().chart().getRoadmap() != null
                && app.window().chart().getRoadmap().milestones().size() == sample.milestones().size());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().model().readOnlyProperty().get()).isFalse();
        assertThat(app.window().model().messageProperty().get()).startsWith("Restored the backup of");
        // It is news, not a refusal: shown in the colour of something done, and whole, not cut to "…".
        assertThat(app.window().model().newsProperty().get()).isTrue();
        javafx.scene.control.Label said = lookup("#message").queryAs(javafx.scene.control.Label.class);
        assertThat(said.getPseudoClassStates()).contains(javafx.css.PseudoClass.getPseudoClass("news"));
        javafx.scene.text.Text shown = (javafx.scene.text.Text) said.lookup(".text");
        assertThat(shown.getText()).isEqualTo(app.window().model().messageProperty().get());
        assertThat(shown.getBoundsInParent().getMaxY()).as("every line of it within the status bar")
                .isLessThanOrEqualTo(said.getHeight());
        List<BackupCopy> now = backups().list(file);
        assertThat(now).filteredOn(BackupCopy::beforeRestore).singleElement()
                .extracting(BackupCopy::milestones).isEqualTo(0);
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            assertThat(doc.integrityProblems()).isEmpty();
        }
    }

    @Test
    void aDocumentRefusedAsDamagedOffersItsNewestGoodBackupAndOpensItRestored() throws Exception {
        scrambleSecondPage(file);
        byte[] damaged = Files.readAllBytes(file);
        BackupCopy newest = backups().newestSound(file).orElseThrow();
        start();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#open-refused").tryQuery().isPresent());
        String offer = "Restore newest backup (" + newest.summary() + ")";
        assertThat(lookup(offer).tryQuery()).as("the offer names the backup's date and counts").isPresent();
        clickOn(offer);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().chart().getRoadmap() != null);
        assertThat(app.window().chart().getRoadmap().milestones()).hasSize(sample.milestones().size());
        assertThat(app.window().model().readOnlyProperty().get()).isFalse();
        try (var kept = Files.list(backups().folderOf(file))) {
            Path copy = kept.filter(p -> p.toString().endsWith(".damaged")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(copy)).isEqualTo(damaged);
        }
    }

    private void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (MilepostApp) FxToolkit.setupApplication(MilepostApp.class, file.toString());
    }

    private Backups backups() {
        return new Backups(new DocumentLocations(home));
    }

    private MenuItem menuItem(String id) {
        return lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** Seeded noise over the second page, as a failing disk might leave it. */
    private static void scrambleSecondPage(Path document) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(document.toFile(), "rw")) {
            f.seek(16);
            int pageSize = f.readUnsignedShort();
            byte[] noise = new byte[pageSize == 1 ? 65_536 : pageSize];
            new Random(11).nextBytes(noise);
            f.seek(noise.length);
            f.write(noise);
        }
    }
}
