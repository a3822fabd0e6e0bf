package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.edit.ItemEdits;
import io.milepost.chart.RowModel;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A planner selects several milestones in the table (a click, then Shift+Down) or on the chart (Ctrl-click) and
 * deletes, duplicates, copies and pastes them, or sets their status, each as one undo step named with the count.
 */
class WorkingOnSeveralMilestonesTest extends DetailsPaneSession {

    @Test
    void threeMilestonesGoInOneStepAfterTheirDependantsAreShownAndUndoBringsAllThreeBack() throws Exception {
        List<UUID> three = threeInARowWithALink();
        Roadmap before = inTheFile();
        List<UUID> tableBefore = itemsInTable();
        selectInTable(three);
        waitUntil(() -> chart().getSelectedWithIt().containsAll(three));
        assertThat(chart().getSelectedWithIt()).as("the chart marks all three").hasSize(3);

        push(KeyCode.DELETE);
        waitUntil(() -> lookup("#confirm-delete").tryQuery().isPresent());
        DialogPane ask = lookup("#confirm-delete").queryAs(DialogPane.class);
        assertThat(ask.getHeaderText()).isEqualTo("Delete 3 milestones?");
        // The first of them that has dependants has every one of them told, under its title.
        UUID linked = withDependants(before, three);
        assertThat(ask.getContentText()).contains("with '" + titleOf(before, linked) + "':")
                .contains(ItemEdits.dependants(before, linked));
        clickOn("Delete");

        waitUntil(() -> three.stream().allMatch(id -> shown().milestone(id).isEmpty()));
        Roadmap afterDelete = inTheFile();
        assertThat(three).allMatch(id -> afterDelete.milestone(id).isEmpty());
        assertThat(itemsInTable()).doesNotContainAnyElementsOf(three);
        assertThat(undoText()).isEqualTo("Undo Delete 3 milestones");

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> three.stream().allMatch(id -> shown().milestone(id).isPresent()));
        assertThat(inTheFile()).isEqualTo(before);
        assertThat(itemsInTable()).containsExactlyElementsOf(tableBefore);
        assertThat(redoText()).isEqualTo("Redo Delete 3 milestones");
        // Back, and selected again: the three rows in the table, all three marked on the chart, one of them the lead.
        assertThat(table().getSelectionModel().getSelectedItems()).extracting(row -> row.getValue().milestone().id())
                .containsExactlyElementsOf(three);
        assertThat(chart().getSelectedWithIt()).containsExactlyInAnyOrderElementsOf(three);
        assertThat(chart().getSelectedItem()).isIn(three);

        push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> three.stream().allMatch(id -> shown().milestone(id).isEmpty()));
        assertThat(inTheFile()).isEqualTo(afterDelete);
    }

    @Test
    void threeDuplicatedAreOneStepTheirStatusIsSetTogetherAndCopiesPasteIntoAnotherSector() throws Exception {
        List<UUID> three = threeInARowWithALink();
        int count = shown().milestones().size();
        selectInTable(three);

        push(KeyCode.CONTROL, KeyCode.D);
        waitUntil(() -> shown().milestones().size() == count + 3);
        assertThat(undoText()).isEqualTo("Undo Add 3 milestones");
        Roadmap duplicated = inTheFile();
        assertThat(duplicated.milestones()).hasSize(count + 3);
        List<String> copyTitles = three.stream().map(id -> titleOf(duplicated, id) + " (copy)").toList();
        assertThat(duplicated.milestones()).extracting(Milestone::title).containsAll(copyTitles);
        // The copies come out selected, for the next action to act on them.
        List<UUID> copies = app.window().chart().getRoadmap().milestones().stream()
                .filter(m -> copyTitles.contains(m.title())).map(Milestone::id).toList();
        waitUntil(() -> table().getSelectionModel().getSelectedItems().size() == 3);

        openTableMenuOn(copies.get(0));
        chooseMenuEntry("Status", "Done");
        waitUntil(() -> copies.stream().allMatch(id -> shown().milestone(id).orElseThrow().status()
                == MilestoneStatus.DONE));
        assertThat(undoText()).isEqualTo("Undo Set status of 3 milestones");
        Roadmap doneInFile = inTheFile();
        assertThat(copies).allMatch(id -> doneInFile.milestone(id).orElseThrow().status() == MilestoneStatus.DONE);

        assertThat(pasteMenuItem().isDisable()).as("nothing on the clipboard yet: Paste waits").isTrue();
        push(KeyCode.CONTROL, KeyCode.C);
        assertThat(pasteMenuItem().isDisable()).isFalse();
        Milestone elsewhere = lastItemOfAnotherSector(shown().milestone(copies.get(0)).orElseThrow().sectorId());
        selectInTable(List.of(elsewhere.id()));
        push(KeyCode.CONTROL, KeyCode.V);
        waitUntil(() -> shown().milestones().size() == count + 6);
        assertThat(undoText()).isEqualTo("Undo Add 3 milestones");
        List<Milestone> pasted = inTheFile().milestones().stream().filter(m -> copyTitles.contains(m.title()))
                .filter(m -> !copies.contains(m.id())).toList();
        assertThat(pasted).hasSize(3).allMatch(m -> m.sectorId().equals(elsewhere.sectorId())
                && m.status() == MilestoneStatus.DONE);

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> shown().milestones().size() == count + 3);
        assertThat(inTheFile()).isEqualTo(doneInFile);
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> copies.stream().allMatch(id -> shown().milestone(id).equals(duplicated.milestone(id))));
        assertThat(inTheFile()).isEqualTo(duplicated);
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> shown().milestones().size() == count);
        assertThat(inTheFile().milestones()).hasSize(count);
    }

    @Test
    void ctrlClickOnTheChartAddsAnItemToTheTablesSelection() throws Exception {
        List<UUID> three = threeInARowWithALink();
        Milestone first = shown().milestone(three.get(0)).orElseThrow();
        Milestone third = shown().milestone(three.get(2)).orElseThrow();
        showOnChart(first, 100);
        clickOn(visibleMiddleOf(first));
        waitUntil(() -> first.id().equals(chart().getSelectedItem()));
        showOnChart(third, 100);
        press(KeyCode.CONTROL).clickOn(visibleMiddleOf(third)).release(KeyCode.CONTROL);
        waitUntil(() -> third.id().equals(chart().getSelectedItem()));
        assertThat(table().getSelectionModel().getSelectedItems()).extracting(i -> i.getValue().milestone().id())
                .containsExactlyInAnyOrder(first.id(), third.id());
    }

    @Test
    void shiftDownOntoTheNextSectorsHeadingKeepsTheTwoItemsSelectedAndDuplicable() throws Exception {
        RowModel rows = chart().getRows();
        int at = -1;
        for (int i = 0; i + 2 < rows.rowCount() && at < 0; i++) {
            if (rows.row(i).item() != null && rows.row(i + 1).item() != null && rows.row(i + 2).item() == null) {
                at = i;
            }
        }
        assertThat(at).as("two items last in a sector, a heading after them").isNotNegative();
        List<UUID> two = List.of(rows.row(at).item().id(), rows.row(at + 1).item().id());
        int count = shown().milestones().size();
        selectInTable(two);

        press(KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT);
        waitUntil(() -> table().getSelectionModel().getSelectedItems().size() == 3);

        assertThat(chart().getSelectedItem()).as("an item of the selection stays the lead").isIn(two);
        push(KeyCode.CONTROL, KeyCode.D);
        waitUntil(() -> shown().milestones().size() == count + 2);
        assertThat(undoText()).isEqualTo("Undo Add 2 milestones");
    }

    /** Clicks the first item's row, then Shift+Down to each next one, as a planner selects rows in a run. */
    void selectInTable(List<UUID> ids) throws Exception {
        interact(() -> chart().reveal(ids.get(0)));
        waitUntil(() -> tableRowOf(ids.get(0)).isPresent());
        clickOn(titleCellOf(ids.get(0)));
        waitUntil(() -> ids.get(0).equals(chart().getSelectedItem()));
        for (int i = 1; i < ids.size(); i++) {
            press(KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT);
        }
        UUID last = ids.get(ids.size() - 1);
        waitUntil(() -> last.equals(chart().getSelectedItem())
                && table().getSelectionModel().getSelectedItems().size() == ids.size());
    }

    /** A point in the title cell of the item's row, left of its text's end. */
    Point2D titleCellOf(UUID id) {
        TreeTableRow<?> row = tableRowOf(id).orElseThrow();
        Bounds b = row.localToScreen(row.getBoundsInLocal());
        return new Point2D(b.getMinX() + 40, b.getCenterY());
    }

    /** The table's context menu, as the platform asks for it on a right click over the item's row. */
    void openTableMenuOn(UUID id) {
        Point2D at = titleCellOf(id);
        Point2D inScene = table().screenToLocal(at);
        interact(() -> Event.fireEvent(table(), new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                inScene.getX(), inScene.getY(), at.getX(), at.getY(), false, null)));
    }

    /** Picks an entry of an open context menu, through its submenus, waiting for each to show. */
    void chooseMenuEntry(String... path) throws Exception {
        for (String label : path) {
            Predicate<Node> entry = n -> n instanceof Labeled l && label.equals(l.getText()) && n.isVisible()
                    && n.getScene() != null && n.getScene().getWindow() != null
                    && n.getScene().getWindow().isShowing() && inAContextMenu(n);
            waitUntil(() -> lookup(entry).tryQuery().isPresent());
            if (label.equals(path[path.length - 1])) {
                clickOn(entry);
            } else {
                // A submenu opens on hover; enter it sideways on the same row, as PlannerSession.chooseMenu does.
                Node menu = lookup(entry).query();
                javafx.stage.Window popup = menu.getScene().getWindow();
                Point2D at = moveTo(menu).point(menu).query();
                moveTo(new Point2D(popup.getX() + popup.getWidth() + 12, at.getY()));
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static boolean inAContextMenu(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("context-menu")) {
                return true;
            }
        }
        return false;
    }

    /** Three items next to each other in a sector's plan order, at least one of them linked to another item. */
    List<UUID> threeInARowWithALink() {
        RowModel rows = chart().getRows();
        Roadmap r = shown();
        for (int i = 0; i + 2 < rows.rowCount(); i++) {
            if (rows.row(i).item() == null || rows.row(i + 1).item() == null || rows.row(i + 2).item() == null) {
                continue;
            }
            List<UUID> ids = List.of(rows.row(i).item().id(), rows.row(i + 1).item().id(),
                    rows.row(i + 2).item().id());
            if (ids.stream().anyMatch(id -> !ItemEdits.dependants(r, id).isEmpty())) {
                return ids;
            }
        }
        throw new AssertionError("the sample roadmap has three linked items in a row");
    }

    private Milestone lastItemOfAnotherSector(UUID sectorId) {
        Roadmap r = shown();
        List<Milestone> others = new ArrayList<>();
        r.milestonesBySector().forEach((s, items) -> {
            if (!s.equals(sectorId) && !items.isEmpty()) {
                others.add(items.get(items.size() - 1));
            }
        });
        return others.get(0);
    }

    private static UUID withDependants(Roadmap r, List<UUID> ids) {
        return ids.stream().filter(id -> !ItemEdits.dependants(r, id).isEmpty()).findFirst().orElseThrow();
    }

    private static String titleOf(Roadmap r, UUID id) {
        return r.milestone(id).orElseThrow().title();
    }

    private javafx.scene.control.MenuItem pasteMenuItem() {
        return lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-paste".equals(i.getId())).findFirst()
                .orElseThrow();
    }
}
