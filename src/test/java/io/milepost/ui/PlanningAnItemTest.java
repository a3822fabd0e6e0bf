package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.edit.ItemEdits;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.DialogPane;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A planner plans a new item from start to end in the window: adds it, names it, mistypes its start and reads why,
 * corrects it, makes it follow another item, sets its status, moves it up, deletes the item it follows after reading
 * what goes with it; then undoes every step and redoes them all. After each step the screen and the file (read by a
 * second, read-only reader) agree on what happened.
 */
class PlanningAnItemTest extends DetailsPaneSession {

    private static final String AUDIT = "Formalise the audit MoU into an agreement";

    private final List<Roadmap> states = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    @Test
    void anItemIsPlannedFromAddToDeleteAndEveryStepUndoesAndRedoes() throws Exception {
        Milestone audit = item(AUDIT);
        states.add(inTheFile());
        interact(() -> chart().setSelectedItem(audit.id()));

        push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> chart().getSelectedItem() != null && !chart().getSelectedItem().equals(audit.id())
                && lookup("#detail-title").tryQuery().isPresent());
        UUID id = chart().getSelectedItem();
        waitUntil(() -> field("#detail-title").getScene().getFocusOwner() == field("#detail-title"));
        assertThat(field("#detail-title").getText()).isEqualTo(ItemEdits.newTitle(shown()));
        assertThat(field("#detail-title").getSelectedText()).isEqualTo(ItemEdits.newTitle(shown()));
        Milestone added = inTheFile(id);
        assertThat(added.sectorId()).isEqualTo(audit.sectorId());
        assertThat(added.status()).isEqualTo(MilestoneStatus.PLANNED);
        assertThat(added.order()).isEqualTo(audit.order() + 1);
        step("Add 'New milestone'");

        write("Audit workshop");
        push(KeyCode.ENTER);
        waitUntil(() -> shown().milestone(id).orElseThrow().title().equals("Audit workshop"));
        assertThat(inTheFile(id).title()).isEqualTo("Audit workshop");
        assertThat(tableTextOf(id)).contains("Audit workshop");
        step("Rename 'New milestone'");

        type("#detail-start", "2026-02-30", KeyCode.ENTER);
        assertThat(reasonAt("start")).isEqualTo("'2026-02-30' is not a date: February 2026 has no day 30.");
        assertThat(inTheFile()).isEqualTo(states.get(states.size() - 1));
        assertThat(undoText()).isEqualTo("Undo Rename 'New milestone'");

        type("#detail-start", "Q2 2026", KeyCode.ENTER);
        waitUntil(() -> shown().milestone(id).orElseThrow().start().equals(PlanDate.quarter(2026, 2)));
        assertThat(reasonAt("start")).isEmpty();
        assertThat(inTheFile(id).start()).isEqualTo(PlanDate.quarter(2026, 2));
        step("Set start of 'Audit workshop' to Q2 2026");

        type("#add-predecessor-item", "audit MoU into", null);
        clickOnPopupEntry(AUDIT);
        reveal("#add-predecessor");
        clickOn("#add-predecessor");
        waitUntil(() -> follows(shown(), audit.id(), id));
        assertThat(follows(inTheFile(), audit.id(), id)).isTrue();
        step("Link '" + AUDIT + "' → 'Audit workshop'");

        chooseIn("#detail-status", "In progress");
        waitUntil(() -> shown().milestone(id).orElseThrow().status() == MilestoneStatus.IN_PROGRESS);
        assertThat(inTheFile(id).status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        step("Set status of 'Audit workshop' to In progress");

        chooseMenu("Edit", "Move up");
        waitUntil(() -> shown().milestone(id).orElseThrow().order() < shown().milestone(audit.id()).orElseThrow()
                .order());
        assertThat(inTheFile(id).order()).isLessThan(inTheFile(audit.id()).order());
        assertThat(chart().getRows().rowOf(id)).isLessThan(chart().getRows().rowOf(audit.id()));
        step("Move 'Audit workshop' up");

        interact(() -> chart().setSelectedItem(audit.id()));
        chooseMenu("Edit", "Delete…");
        waitUntil(() -> lookup("#confirm-delete").tryQuery().isPresent());
        String question = lookup("#confirm-delete").queryAs(DialogPane.class).getContentText();
        assertThat(question).contains("the link to 'Audit workshop', which follows it (FS)")
                .contains("its place in the agreement");
        clickOn("Delete");
        waitUntil(() -> shown().milestone(audit.id()).isEmpty());
        assertThat(inTheFile(audit.id())).isNull();
        assertThat(follows(inTheFile(), audit.id(), id)).isFalse();
        assertThat(tableRowOf(audit.id())).isEmpty();
        step("Delete '" + AUDIT + "'");

        for (int i = names.size() - 1; i >= 0; i--) {
            assertThat(undoText()).isEqualTo("Undo " + names.get(i));
            push(KeyCode.CONTROL, KeyCode.Z);
            Roadmap expected = states.get(i);
            waitUntil(() -> shown().milestone(id).equals(expected.milestone(id)));
            assertThat(inTheFile()).isEqualTo(expected);
            assertThat(shown().milestone(audit.id())).isEqualTo(expected.milestone(audit.id()));
        }
        assertThat(undoText()).isEqualTo("Undo");
        assertThat(tableRowOf(id)).isEmpty();

        for (int i = 0; i < names.size(); i++) {
            assertThat(redoText()).isEqualTo("Redo " + names.get(i));
            push(KeyCode.CONTROL, KeyCode.Y);
            Roadmap expected = states.get(i + 1);
            waitUntil(() -> shown().milestone(id).equals(expected.milestone(id))
                    && shown().milestone(audit.id()).equals(expected.milestone(audit.id())));
            assertThat(inTheFile()).isEqualTo(expected);
        }
        assertThat(redoText()).isEqualTo("Redo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown().milestone(id).orElseThrow().title()).isEqualTo("Audit workshop");
    }

    @Test
    void anItemAddedWhileTheFilterShowsOnlyDoneItemsIsShownAndTheFilterGoes() throws Exception {
        Milestone audit = item(AUDIT);
        assertThat(audit.status()).isNotEqualTo(io.milepost.model.MilestoneStatus.PLANNED); // a new item is planned
        interact(() -> chart().setOptions(chart().getOptions().withFilter(io.milepost.chart.MilestoneFilter.NONE
                .withStatuses(java.util.Set.of(io.milepost.model.MilestoneStatus.DONE, audit.status())))));
        interact(() -> chart().setSelectedItem(audit.id()));

        push(KeyCode.CONTROL, KeyCode.N);

        waitUntil(() -> chart().getSelectedItem() != null && !chart().getSelectedItem().equals(audit.id()));
        UUID id = chart().getSelectedItem();
        waitUntil(() -> chart().getOptions().filter().isNone());
        waitUntil(() -> chart().boundsOf(id).isPresent());
    }

    @Test
    void rightClickingTheChartAddsAnItemAtThatDayInThatRowsSector() throws Exception {
        Milestone audit = item(AUDIT);
        showOnChart(audit, 300);
        Bounds bar = chart().boundsOf(audit.id()).orElseThrow();
        double x = bar.getMinX() - 120;
        Point2D at = chart().localToScreen(x, bar.getCenterY());
        var scene = chart().currentScene();
        LocalDate day = scene.timeScale().dateAt(scene.toContentX(x - chart().snappedLeftInset()));
        int before = shown().milestones().size();

        // Monocle's headless robot makes no context-menu request of a right click: the test asks as the platform would.
        Point2D inScene = chart().localToScene(x, bar.getCenterY());
        interact(() -> Event.fireEvent(chart(), new ContextMenuEvent(
                ContextMenuEvent.CONTEXT_MENU_REQUESTED, inScene.getX(), inScene.getY(), at.getX(),
                at.getY(), false, null)));
        clickOn("Add milestone here");
        waitUntil(() -> shown().milestones().size() == before + 1 && lookup("#detail-title").tryQuery().isPresent());
        UUID id = chart().getSelectedItem();
        Milestone added = inTheFile(id);
        assertThat(added.title()).isEqualTo(ItemEdits.newTitle(shown()));
        assertThat(added.firstDay()).isEqualTo(day);
        assertThat(added.sectorId()).isEqualTo(audit.sectorId());
        assertThat(undoText()).isEqualTo("Undo Add 'New milestone'");
        assertThat(field("#detail-title").getText()).isEqualTo(ItemEdits.newTitle(shown()));
    }

    /** The step just made: its name on Edit → Undo, and the file as it now is. */
    private void step(String name) throws Exception {
        assertThat(undoText()).isEqualTo("Undo " + name);
        names.add(name);
        states.add(inTheFile());
    }
}
