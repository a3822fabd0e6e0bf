package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.edit.Names;
import io.milepost.chart.RowGroup;
import io.milepost.chart.RowModel;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A planner drags a row of the table to another place: within its sector, or into another sector at the place it is
 * dropped; a line shows where it will go, undo puts it back, and a sorted table refuses the drop and says why. With
 * several rows selected, a drag of one of them or Alt+Up/Down moves them all, as one undo step.
 */
class ReorderingByDragInTheTableTest extends DetailsPaneSession {

    /** A test that stops half-way lets go of the mouse, so the next one starts with no button held. */
    @AfterEach
    void letGoOfTheMouse() {
        release(new MouseButton[0]);
    }

    @Test
    void aRowDroppedOnAnotherSectorsFirstRowMovesTheItemThereAndUndoPutsItBack() throws Exception {
        RowModel rows = chart().getRows();
        RowGroup first = rows.groups().get(0);
        RowGroup second = rows.groups().get(1);
        Milestone last = rows.row(first.headerRow() + first.itemCount()).item();
        Milestone target = rows.row(second.headerRow() + 1).item();
        Roadmap before = inTheFile();
        interact(() -> chart().reveal(last.id()));
        waitUntil(() -> levelWithTheChart(last.id()) && levelWithTheChart(target.id()));

        holdRow(inRow(last.id(), 0.5));
        pointAt(inRow(target.id(), 0.3));
        // The line above the row under the pointer shows where the item goes.
        waitUntil(() -> markedRows("drop-above").equals(List.of(target.id())));
        release(MouseButton.PRIMARY);

        waitUntil(() -> shown().milestone(last.id()).orElseThrow().sectorId().equals(second.sectorId()));
        String sector = shown().sector(second.sectorId()).map(Sector::name).orElseThrow();
        assertThat(undoText()).isEqualTo("Undo Move '" + Names.title(last) + "' to " + sector);
        List<UUID> lane = idsOf(inTheFile(), second.sectorId());
        assertThat(lane.subList(0, 2)).containsExactly(last.id(), target.id());
        assertThat(itemsInTable().indexOf(last.id())).isEqualTo(itemsInTable().indexOf(target.id()) - 1);

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> shown().milestone(last.id()).orElseThrow().sectorId().equals(first.sectorId()));
        assertThat(inTheFile()).isEqualTo(before);
    }

    @Test
    void aRowDroppedBelowTheNextOneChangesPlacesWithItInItsSector() throws Exception {
        RowGroup g = chart().getRows().groups().stream().filter(x -> x.itemCount() >= 3).findFirst().orElseThrow();
        Milestone a = chart().getRows().row(g.headerRow() + 1).item();
        Milestone b = chart().getRows().row(g.headerRow() + 2).item();
        Milestone c = chart().getRows().row(g.headerRow() + 3).item();
        interact(() -> chart().reveal(a.id()));
        waitUntil(() -> levelWithTheChart(a.id()) && levelWithTheChart(c.id()));

        holdRow(inRow(a.id(), 0.5));
        pointAt(inRow(b.id(), 0.8));
        release(MouseButton.PRIMARY);

        waitUntil(() -> idsOf(shown(), g.sectorId()).indexOf(a.id()) == 1);
        assertThat(idsOf(inTheFile(), g.sectorId()).subList(0, 3)).containsExactly(b.id(), a.id(), c.id());
        assertThat(undoText()).isEqualTo("Undo Move '" + Names.title(a) + "'");
    }

    @Test
    void aDropWhileTheTableIsSortedByAHeadingIsRefusedWithTheReason() throws Exception {
        clickOn("#column-start");
        waitUntil(() -> !chart().getOptions().order().isPlan());
        Roadmap before = inTheFile();
        RowGroup g = chart().getRows().groups().stream().filter(x -> x.itemCount() >= 3).findFirst().orElseThrow();
        Milestone a = chart().getRows().row(g.headerRow() + 1).item();
        Milestone c = chart().getRows().row(g.headerRow() + 3).item();
        interact(() -> chart().reveal(a.id()));
        waitUntil(() -> levelWithTheChart(a.id()) && levelWithTheChart(c.id()));

        holdRow(inRow(a.id(), 0.5));
        pointAt(inRow(c.id(), 0.8));
        release(MouseButton.PRIMARY);

        waitUntil(() -> app.window().model().messageProperty().get().contains("sorted by a heading"));
        assertThat(inTheFile()).isEqualTo(before);
        assertThat(undoText()).isEqualTo("Undo");
    }

    @Test
    void threeSelectedRowsDraggedIntoAnotherSectorGoTogetherAndUndoBringsAllThreeBackInOneStep() throws Exception {
        RowModel rows = chart().getRows();
        RowGroup first = rows.groups().get(0);
        RowGroup second = rows.groups().get(1);
        List<UUID> three = List.of(rows.row(first.headerRow() + 2).item().id(),
                rows.row(first.headerRow() + 3).item().id(), rows.row(first.headerRow() + 4).item().id());
        Milestone target = rows.row(second.headerRow() + 2).item();
        Roadmap before = inTheFile();
        List<UUID> tableBefore = itemsInTable();
        interact(() -> chart().reveal(three.get(0)));
        waitUntil(() -> levelWithTheChart(three.get(0)) && levelWithTheChart(target.id()));
        selectRows(three);

        // Let go over the rows being moved: no line is drawn there, and nothing moves.
        holdRow(inRow(three.get(0), 0.5));
        pointAt(inRow(three.get(2), 0.8));
        waitUntil(() -> countBesideThePointer("3 milestones"));
        assertThat(markedRows("drop-above")).isEmpty();
        assertThat(markedRows("drop-below")).isEmpty();
        release(MouseButton.PRIMARY);
        assertThat(inTheFile()).isEqualTo(before);
        assertThat(undoText()).isEqualTo("Undo");
        waitUntil(() -> table().getSelectionModel().getSelectedItems().size() == 3);

        holdRow(inRow(three.get(1), 0.5));
        pointAt(inRow(target.id(), 0.3));
        waitUntil(() -> markedRows("drop-above").equals(List.of(target.id())));
        assertThat(countBesideThePointer("3 milestones")).as("the label says how many go").isTrue();
        release(MouseButton.PRIMARY);

        waitUntil(() -> three.stream().allMatch(id -> shown().milestone(id).orElseThrow().sectorId()
                .equals(second.sectorId())));
        assertThat(countBesideThePointer("3 milestones")).as("the label goes with the drop").isFalse();
        String sector = shown().sector(second.sectorId()).map(Sector::name).orElseThrow();
        assertThat(undoText()).isEqualTo("Undo Move 3 milestones to " + sector);
        List<UUID> lane = idsOf(inTheFile(), second.sectorId());
        int at = lane.indexOf(three.get(0));
        assertThat(lane.subList(at, at + 4)).containsExactly(three.get(0), three.get(1), three.get(2), target.id());
        List<UUID> table = itemsInTable();
        assertThat(table.subList(table.indexOf(three.get(0)), table.indexOf(target.id()) + 1))
                .containsExactly(three.get(0), three.get(1), three.get(2), target.id());
        assertThat(FilteringAndViewsTest.itemsOf(chart().getRows())).containsExactlyElementsOf(table);
        // The same three stay selected, to move them on.
        waitUntil(() -> selectedInTable().equals(three));
        Roadmap moved = inTheFile();

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> three.stream().allMatch(id -> shown().milestone(id).orElseThrow().sectorId()
                .equals(first.sectorId())));
        assertThat(inTheFile()).isEqualTo(before);
        assertThat(itemsInTable()).containsExactlyElementsOf(tableBefore);
        assertThat(redoText()).isEqualTo("Redo Move 3 milestones to " + sector);

        push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> shown().milestone(three.get(0)).orElseThrow().sectorId().equals(second.sectorId()));
        assertThat(inTheFile()).isEqualTo(moved);
    }

    @Test
    void altDownWithTwoSelectedMovesThemOnePlaceTogether() throws Exception {
        RowGroup g = chart().getRows().groups().stream().filter(x -> x.itemCount() >= 4).findFirst().orElseThrow();
        List<UUID> lane = idsOf(shown(), g.sectorId());
        List<UUID> two = lane.subList(1, 3);
        interact(() -> chart().reveal(two.get(0)));
        waitUntil(() -> levelWithTheChart(two.get(0)) && levelWithTheChart(two.get(1)));
        selectRows(two);

        press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);

        waitUntil(() -> idsOf(shown(), g.sectorId()).indexOf(two.get(0)) == 2);
        assertThat(idsOf(inTheFile(), g.sectorId()).subList(0, 4))
                .containsExactly(lane.get(0), lane.get(3), two.get(0), two.get(1));
        assertThat(undoText()).isEqualTo("Undo Move 2 milestones down");
        waitUntil(() -> selectedInTable().equals(two));

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> idsOf(shown(), g.sectorId()).equals(lane));
        assertThat(idsOf(inTheFile(), g.sectorId())).containsExactlyElementsOf(lane);
    }

    /** Clicks the first item's row, then Shift+Down to each next one, as a planner selects rows in a run. */
    private void selectRows(List<UUID> ids) throws Exception {
        clickOn(inRow(ids.get(0), 0.5));
        waitUntil(() -> ids.get(0).equals(chart().getSelectedItem()));
        for (int i = 1; i < ids.size(); i++) {
            press(KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT);
        }
        waitUntil(() -> selectedInTable().equals(ids));
    }

    /** The items of the table's selected rows, in the table's order. */
    private List<UUID> selectedInTable() {
        List<UUID> ids = new ArrayList<>();
        for (int row : table().getSelectionModel().getSelectedIndices().stream().sorted().toList()) {
            var item = table().getTreeItem(row);
            if (item != null && item.getValue() != null && item.getValue().milestone() != null) {
                ids.add(item.getValue().milestone().id());
            }
        }
        return ids;
    }

    /** True while a label with this text shows beside the pointer (in a window of its own over the table). */
    private boolean countBesideThePointer(String text) {
        return lookup(n -> n instanceof Labeled l && text.equals(l.getText()) && drawn(n) && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).tryQuery().isPresent();
    }

    /** The items of the rows drawn with the line of a drop (the pseudo-class {@code drop-above} or -below). */
    private List<UUID> markedRows(String line) {
        return lookup(".tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
                .filter(r -> r.getPseudoClassStates().contains(PseudoClass.getPseudoClass(line)))
                .map(r -> r.getItem() instanceof RoadmapTable.Row row && row.milestone() != null
                        ? row.milestone().id() : null)
                .toList();
    }

    /**
     * The table row drawn for the item: not one the table keeps hidden for measuring or for later use, measured by its
     * own box (what a cell draws may stand out of it).
     */
    private Optional<TreeTableRow<?>> drawnRowOf(UUID id) {
        return lookup(".tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
                .filter(r -> r.getItem() instanceof RoadmapTable.Row row && row.milestone() != null
                        && row.milestone().id().equals(id) && drawn(r))
                .<TreeTableRow<?>>map(r -> r).findFirst();
    }

    private static boolean drawn(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Presses the mouse on a row, to drag it. */
    private void holdRow(Point2D at) {
        pointAt(at);
        press(MouseButton.PRIMARY);
    }

    /**
     * Moves the pointer there, pressed or not. Monocle hands a move on to the window with the next one, so a nudge
     * of a pixel makes sure the window has seen the pointer arrive before the next press, look or release.
     */
    private void pointAt(Point2D at) {
        moveTo(at);
        moveBy(0, 1);
    }

    /** True when the item's table row is drawn, level with its row of the chart (the table has followed a scroll). */
    private boolean levelWithTheChart(UUID id) {
        var row = drawnRowOf(id);
        var scene = chart().currentScene();
        if (row.isEmpty() || scene == null) {
            return false;
        }
        Bounds b = row.get().localToScreen(row.get().getLayoutBounds());
        double viewY = chart().screenToLocal(b.getMinX(), b.getCenterY()).getY() - chart().snappedTopInset();
        return scene.rowAt(scene.toContentY(viewY)) == chart().getRows().rowOf(id);
    }

    /** A point in the title cell of the item's row, {@code fy} of the way down it. */
    private Point2D inRow(UUID id, double fy) {
        TreeTableRow<?> row = drawnRowOf(id).orElseThrow();
        Bounds b = row.localToScreen(row.getLayoutBounds());
        return new Point2D(b.getMinX() + 60, b.getMinY() + b.getHeight() * fy);
    }

    private static List<UUID> idsOf(Roadmap r, UUID sectorId) {
        return r.milestonesBySector().getOrDefault(sectorId, List.of()).stream().map(Milestone::id).toList();
    }
}
