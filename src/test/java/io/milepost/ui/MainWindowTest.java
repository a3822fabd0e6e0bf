package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.model.Roadmap;
import io.milepost.store.RoadmapDocument;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A planner starts Milepost on a roadmap file and reads it in the window. */
class MainWindowTest extends FxRobot {

    @TempDir
    Path dir;
    Path file;
    Roadmap sample;
    MilepostApp app;

    @BeforeEach
    void startOnTheSample() throws Exception {
        System.setProperty("milepost.home", dir.resolve("home").toString());
        sample = SampleRoadmap.load();
        file = dir.resolve("pakistan-belarus.milepost");
        RoadmapDocument.create(file, sample).close();
        FxToolkit.registerPrimaryStage();
        app = (MilepostApp) FxToolkit.setupApplication(MilepostApp.class, file.toString());
        RoadmapTable table = lookup("#roadmap-table").queryAs(RoadmapTable.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getRoot().getChildren().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty("milepost.home");
    }

    @Test
    void openingTheDocumentThisWindowEditsAgainKeepsItOpenForEditing() throws Exception {
        var before = app.window().model().sessionProperty().get();
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> app.window().open(file)).get();
        WaitForAsyncUtils.waitForFxEvents(5);
        assertThat(app.window().model().sessionProperty().get()).isSameAs(before);
        assertThat(app.window().model().readOnlyProperty().get()).isFalse();
        assertThat(lookup("This document is already open").tryQuery()).isEmpty();
    }

    @Test
    void theTableShowsEverySectorWithItsMilestones() {
        RoadmapTable table = lookup("#roadmap-table").queryAs(RoadmapTable.class);
        assertThat(table.getRoot().getChildren()).hasSize(sample.sectors().size());
        int shown = table.getRoot().getChildren().stream().mapToInt(g -> g.getChildren().size()).sum();
        assertThat(shown).isEqualTo(sample.milestones().size());
        assertThat(table.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .map(TreeItem::getValue).map(r -> r.milestone().title()))
                .containsExactlyInAnyOrderElementsOf(sample.milestones().stream().map(m -> m.title()).toList());
    }

    @Test
    void theWindowNamesTheRoadmapAndTheFileWithItsCounts() {
        assertThat(lookup("#roadmap-heading").queryAs(Label.class).getText()).isEqualTo(sample.info().title());
        String status = lookup("#status").queryAs(Label.class).getText();
        assertThat(status).contains(file.toString())
                .contains(sample.milestones().size() + " milestones")
                .contains(sample.sectors().size() + " sectors");
        Stage stage = (Stage) lookup("#roadmap-table").query().getScene().getWindow();
        assertThat(stage.getTitle()).startsWith("pakistan-belarus.milepost");
        assertThat(lookup("#read-only-badge").query().isVisible()).as("open for editing").isFalse();
    }

    @Test
    void theWindowCarriesTheAppIconAtEverySize() {
        Stage stage = (Stage) lookup("#roadmap-table").query().getScene().getWindow();
        assertThat(stage.getIcons()).extracting(image -> (int) image.getWidth())
                .containsExactly(16, 32, 48, 64, 128, 256);
        assertThat(stage.getIcons()).noneMatch(Image::isError);
    }

    @Test
    void aMilestoneRowShowsItsTimelineAsWrittenAndItsLeadAgencies() {
        RoadmapTable table = lookup("#roadmap-table").queryAs(RoadmapTable.class);
        var firstSector = table.getRoot().getChildren().get(0);
        RoadmapTable.Row row = firstSector.getChildren().get(0).getValue();
        assertThat(lookup(row.milestone().title()).tryQuery()).isPresent();
        assertThat(lookup(row.milestone().start().label()).tryQuery()).isPresent();
    }
}
