package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** A planner works the chart from the keyboard: moves through items, nudges one, deletes one and takes it back. */
class KeyboardOnTheChartTest extends PlannerSession {

    @Test
    void altRightMovesTheSelectedItemOneSnapStepLater() throws Exception {
        Milestone signing = item("Environment MoU signed in Minsk");
        assertThat(signing.start()).isEqualTo(PlanDate.day(2025, 4, 11));
        showOnChart(signing, 200);
        clickOn(onScreen(signing, 0.5, 0.5));
        waitUntil(() -> signing.id().equals(chart().getSelectedItem()));

        push(KeyCode.ALT, KeyCode.RIGHT);
        // At months zoom a step lands on the first of the next month; a date moved off its day is a day again.
        waitUntil(() -> shown().milestone(signing.id()).orElseThrow().start().equals(PlanDate.day(2025, 5, 1)));
        assertThat(tableTextOf(signing.id())).contains("1 May 2025");
        assertThat(inTheFile(signing.id()).start()).isEqualTo(PlanDate.day(2025, 5, 1));

        push(KeyCode.ALT, KeyCode.LEFT);
        waitUntil(() -> shown().milestone(signing.id()).orElseThrow().start().equals(PlanDate.day(2025, 4, 1)));
        assertThat(inTheFile(signing.id()).start()).isEqualTo(PlanDate.day(2025, 4, 1));
    }

    @Test
    void ctrlYAndCtrlShiftZRedoWhatCtrlZUndid() throws Exception {
        Milestone signing = item("Environment MoU signed in Minsk");
        showOnChart(signing, 200);
        clickOn(onScreen(signing, 0.5, 0.5));
        waitUntil(() -> signing.id().equals(chart().getSelectedItem()));
        push(KeyCode.ALT, KeyCode.RIGHT);
        waitUntil(() -> !shown().milestone(signing.id()).orElseThrow().equals(signing));
        Milestone moved = shown().milestone(signing.id()).orElseThrow();
        assertThat(app.window().model().undoTextProperty().get()).isEqualTo("Undo Move '" + signing.title() + "'");

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> shown().milestone(signing.id()).orElseThrow().equals(signing));
        push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> shown().milestone(signing.id()).orElseThrow().equals(moved));
        assertThat(inTheFile(signing.id())).isEqualTo(moved);

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> shown().milestone(signing.id()).orElseThrow().equals(signing));
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> shown().milestone(signing.id()).orElseThrow().equals(moved));
        assertThat(inTheFile(signing.id())).isEqualTo(moved);
    }

    @Test
    void upAndDownMoveTheSelectionFromItemToItemInBothChartAndTable() throws Exception {
        Milestone first = item("MoU on environmental protection signed");
        Milestone second = item("Environment MoU signed in Minsk");
        showOnChart(first, 200);
        clickOn(onScreen(first, 0.5, 0.5));
        waitUntil(() -> first.id().equals(chart().getSelectedItem()));

        push(KeyCode.DOWN);
        waitUntil(() -> second.id().equals(chart().getSelectedItem()));
        assertThat(table().getSelectionModel().getSelectedItem().getValue().milestone()).isEqualTo(second);

        push(KeyCode.UP);
        waitUntil(() -> first.id().equals(chart().getSelectedItem()));
        assertThat(table().getSelectionModel().getSelectedItem().getValue().milestone()).isEqualTo(first);
    }

    @Test
    void deleteAsksOnceRemovesTheItemFromTableAndFileAndCtrlZBringsItBack() throws Exception {
        Milestone exercise = item("Joint flood-response exercise");
        int links = (int) shown().dependencies().stream()
                .filter(d -> d.successorId().equals(exercise.id()) || d.predecessorId().equals(exercise.id()))
                .count();
        assertThat(links).isEqualTo(1);
        showOnChart(exercise, 200);
        clickOn(onScreen(exercise, 0.5, 0.5));
        waitUntil(() -> exercise.id().equals(chart().getSelectedItem()));

        push(KeyCode.DELETE);
        waitUntil(() -> lookup("#confirm-delete").tryQuery().isPresent());
        assertThat(listTargetWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene().lookup("#confirm-delete") != null)).hasSize(1);
        clickOn("Delete");
        waitUntil(() -> shown().milestone(exercise.id()).isEmpty());

        assertThat(lookup("#confirm-delete").tryQuery()).isEmpty();
        assertThat(table().rowOf(exercise.id())).isNull();
        assertThat(inTheFile(exercise.id())).isNull();
        assertThat(inTheFile().dependencies()).hasSize(shown().dependencies().size());

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> shown().milestone(exercise.id()).isPresent());
        assertThat(table().rowOf(exercise.id())).isNotNull();
        assertThat(inTheFile(exercise.id())).isEqualTo(exercise);
        assertThat(inTheFile().dependencies()).anyMatch(d -> d.successorId().equals(exercise.id()));
    }

    @Test
    void cancellingTheDeleteQuestionKeepsTheItem() throws Exception {
        Milestone exercise = item("Joint flood-response exercise");
        showOnChart(exercise, 200);
        clickOn(onScreen(exercise, 0.5, 0.5));
        waitUntil(() -> exercise.id().equals(chart().getSelectedItem()));

        push(KeyCode.DELETE);
        waitUntil(() -> lookup("#confirm-delete").tryQuery().isPresent());
        clickOn("Cancel");
        waitUntil(() -> lookup("#confirm-delete").tryQuery().isEmpty());

        assertThat(shown().milestone(exercise.id())).isPresent();
        assertThat(inTheFile(exercise.id())).isEqualTo(exercise);
    }
}
