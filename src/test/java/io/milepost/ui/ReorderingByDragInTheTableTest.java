package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.edit.Names;
import io.milepost.chart.RowGroup;
import io.milepost.chart.RowModel;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A planner drags a row of the table to another place: within its sector, or into another sector at the place it is
 * dropped; a line shows where it will go, undo puts it back, and a sorted table refuses the drop and says why.
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
