package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/** A planner draws the dependencies between items on the chart; a loop is refused with a reason. */
class LinkingOnTheChartTest extends PlannerSession {

    @Test
    void draggingFromTheSelectedItemsHandleOntoAnotherLinksThemFinishToStart() throws Exception {
        Milestone formalise = item("Formalise the disaster management MoU into an agreement");
        Milestone training = item("Joint training of search-and-rescue teams");
        int before = inTheFile().dependencies().size();
        showOnChart(formalise, 40);
        scrollChartTo(barOf(formalise).right() - 250);
        waitUntil(() -> chart().boundsOf(training.id()).isPresent());

        clickOn(onScreen(formalise, 0.8, 0.5));
        waitUntil(() -> formalise.id().equals(chart().getSelectedItem()));
        var b = chart().boundsOf(formalise.id()).orElseThrow();
        Point2D handle = chart().localToScreen(b.getMaxX() + 9, b.getCenterY());
        drag(handle, MouseButton.PRIMARY).moveTo(onScreen(training, 0.2, 0.5)).release(MouseButton.PRIMARY);
        waitUntil(() -> shown().dependencies().size() == before + 1);

        List<Dependency> saved = inTheFile().dependencies();
        assertThat(saved).hasSize(before + 1).anySatisfy(d -> {
            assertThat(d.predecessorId()).isEqualTo(formalise.id());
            assertThat(d.successorId()).isEqualTo(training.id());
            assertThat(d.type()).isEqualTo(DependencyType.FS);
        });
        assertThat(chart().currentScene().links()).anyMatch(l -> l.predecessorId().equals(formalise.id())
                && l.successorId().equals(training.id()));
    }

    @Test
    void aLinkThatWouldCloseALoopIsRefusedWithAReasonAndTheFileKeepsItsLinks() throws Exception {
        Milestone training = item("Joint training of search-and-rescue teams");
        Milestone exercise = item("Joint flood-response exercise");
        List<Dependency> before = inTheFile().dependencies();
        showOnChart(training, 40);
        interact(() -> chart().reveal(exercise.id()));
        waitUntil(() -> chart().boundsOf(exercise.id()).isPresent());

        // Alt+drag from the exercise back onto the training that leads to it.
        press(KeyCode.ALT);
        drag(onScreen(exercise, 0.5, 0.5), MouseButton.PRIMARY).moveTo(visibleMiddleOf(training))
                .release(MouseButton.PRIMARY);
        release(KeyCode.ALT);
        waitUntil(() -> !lookup("#message").queryAs(Label.class).getText().isEmpty());

        assertThat(lookup("#message").queryAs(Label.class).getText()).contains("loop")
                .contains(exercise.title()).contains(training.title());
        assertThat(shown().dependencies()).hasSameElementsAs(before);
        assertThat(inTheFile().dependencies()).hasSameElementsAs(before);

        // Releasing Alt after the drag must not arm the menu bar: Down still moves the selection on the chart.
        push(KeyCode.DOWN);
        waitUntil(() -> !exercise.id().equals(chart().getSelectedItem()));
        assertThat(javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow)
                .filter(javafx.stage.Window::isShowing)).isEmpty();
    }
}
