package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.model.Milestone;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import io.milepost.ui.gantt.GanttChart;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A planner opens a roadmap another window is editing, read-only: it can be viewed, not changed. */
class ReadOnlyWindowTest extends FxRobot {

    @TempDir
    Path dir;
    Path file;
    RoadmapDocument otherWindow;
    MilepostApp app;

    @BeforeEach
    void openWhileAnotherWindowEdits() throws Exception {
        System.setProperty("milepost.home", dir.resolve("home").toString());
        file = dir.resolve("shared.milepost");
        RoadmapDocument.create(file, SampleRoadmap.load()).close();
        otherWindow = RoadmapDocument.open(file, OpenMode.READ_WRITE);
        FxToolkit.registerPrimaryStage();
        app = (MilepostApp) FxToolkit.setupApplication(MilepostApp.class, file.toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("Open read-only").tryQuery().isPresent());
        clickOn("Open read-only");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chart().currentScene() != null
                && chart().getRoadmap() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        otherWindow.close();
        System.clearProperty("milepost.home");
    }

    private GanttChart chart() {
        return app.window().chart();
    }

    @Test
    void reloadShowsWhatTheEditingWindowSavedMeanwhile() throws Exception {
        Milestone training = chart().getRoadmap().milestones().stream()
                .filter(m -> m.title().equals("Joint training of search-and-rescue teams")).findFirst().orElseThrow();
        otherWindow.edit(w -> w.saveMilestone(training.withPercentComplete(95)));
        assertThat(menuItem("menu-reload").isDisable()).isFalse();

        push(KeyCode.F5);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chart().getRoadmap().milestone(training.id())
                .orElseThrow().percentComplete() == 95);
        assertThat(app.window().model().readOnlyProperty().get()).isTrue();
    }

    @Test
    void theViewFollowsEachChangeTheEditingWindowSavesAndKeepsItsSelection() throws Exception {
        Milestone training = training();
        interact(() -> chart().setSelectedItem(training.id()));

        otherWindow.edit(w -> w.saveMilestone(training.withPercentComplete(60)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chart().getRoadmap().milestone(training.id())
                .orElseThrow().percentComplete() == 60);
        otherWindow.edit(w -> w.saveMilestone(
                training.withPercentComplete(70).toBuilder().title("Joint SAR training").build()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chart().getRoadmap().milestone(training.id())
                .orElseThrow().title().equals("Joint SAR training"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chart().getSelectedItem()).isEqualTo(training.id());
        assertThat(app.window().model().readOnlyProperty().get()).isTrue();
        assertThat(lookup("#edit-here").query().isVisible()).as("the other window still edits").isFalse();
    }

    @Test
    void onceTheEditingWindowClosesItOffersToEditHere() throws Exception {
        otherWindow.close();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#edit-here").query().isVisible());
        clickOn("#edit-here");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.window().model().readOnlyProperty().get());
        assertThat(chart().isEditable()).isTrue();

        Milestone training = training();
        RoadmapDocument other = RoadmapDocument.open(file, OpenMode.READ_ONLY);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> RoadmapDocument.open(file, OpenMode.READ_WRITE))
                    .hasMessageContaining("is open in another Milepost window");
            assertThat(other.load().milestone(training.id())).contains(training);
        } finally {
            other.close();
        }
    }

    private Milestone training() {
        return chart().getRoadmap().milestones().stream()
                .filter(m -> m.title().equals("Joint training of search-and-rescue teams")).findFirst().orElseThrow();
    }

    @Test
    void nothingOnTheChartOrInTheMenusChangesTheDocument() throws Exception {
        Milestone training = chart().getRoadmap().milestones().stream()
                .filter(m -> m.title().equals("Joint training of search-and-rescue teams")).findFirst().orElseThrow();
        interact(() -> {
            chart().reveal(training.id());
            chart().setSelectedItem(training.id());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chart().boundsOf(training.id()).isPresent());

        assertThat(chart().isEditable()).isFalse();
        assertThat(lookup("#read-only-badge").query().isVisible()).isTrue();
        assertThat(menuItem("menu-delete").isDisable()).isTrue();
        assertThat(menuItem("menu-undo").isDisable()).isTrue();
        assertThat(menuItem("menu-details").isDisable()).isFalse();
        push(KeyCode.F4);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#detail-title").tryQuery().isPresent());
        assertThat(lookup("#detail-title").queryAs(TextField.class).getText()).isEqualTo(training.title());
        assertThat(lookup("#detail-title").query().isDisabled()).isTrue();
        assertThat(lookup("#add-predecessor").query().isDisabled()).isTrue();

        Bounds b = chart().boundsOf(training.id()).orElseThrow();
        double left = Math.max(b.getMinX(), 0) + 10;
        drag(chart().localToScreen(left, b.getCenterY()), MouseButton.PRIMARY).moveBy(200, 0)
                .release(MouseButton.PRIMARY);
        push(KeyCode.ALT, KeyCode.RIGHT);
        push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#confirm-delete").tryQuery()).isEmpty();
        assertThat(chart().getRoadmap().milestone(training.id())).contains(training);
        assertThat(otherWindow.load().milestone(training.id())).contains(training);
    }

    private MenuItem menuItem(String id) {
        return lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
