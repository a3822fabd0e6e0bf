package io.milepost.ui;

import io.milepost.ui.dialog.DeleteQuestion;
import io.milepost.i18n.Messages;
import io.milepost.app.edit.ChartGestures;
import io.milepost.app.edit.ItemEdits;
import io.milepost.app.edit.Names;
import io.milepost.app.edit.Outcome;
import io.milepost.chart.ChartRow;
import io.milepost.chart.ChartScene;
import io.milepost.chart.Hit;
import io.milepost.model.Milestone;
import io.milepost.chart.RowOrder;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import io.milepost.ui.gantt.GanttChart;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Window;

/**
 * What a planner does to whole items, from the Edit menu, the toolbar and the context menus of chart and table:
 * add (after the selected item, or at the date right-clicked on the chart), duplicate, move up or down (across
 * sectors at a sector's end), open in the details pane, and delete after reading what goes with the item. A new item
 * is selected and its title is ready to be typed over in the details pane.
 */
final class ItemActions {

    private final MainViewModel model;
    private final GanttChart chart;
    private final Window owner;
    private final Consumer<UUID> open;
    private final BooleanBinding cannotEdit;
    private final BooleanBinding cannotEditSelected;
    /** The actions on several selected items, once the table's selection is known. */
    private SelectionActions several;
    /** Alt+Up/Down of several selected items, once the table's selection is known. */
    private SelectionMoves severalMoved;
    /** The system clipboard, asked whether it holds milestones when Paste may be chosen. */
    private final MilestoneClipboard clipboard = new MilestoneClipboard();

    ItemActions(MainViewModel model, GanttChart chart, Window owner, Consumer<UUID> open) {
        this.model = model;
        this.chart = chart;
        this.owner = owner;
        this.open = open;
        this.cannotEdit = model.readOnlyProperty().or(chart.roadmapProperty().isNull());
        this.cannotEditSelected = cannotEdit.or(chart.selectedItemProperty().isNull());
    }

    /**
     * Follows the selection of table and chart: with several items selected, duplicate, delete, copy and status
     * act on all of them.
     */
    void follow(TableSelection selection) {
        several = new SelectionActions(model, chart, owner, selection, clipboard);
        severalMoved = new SelectionMoves(model, chart, selection);
    }

    /**
     * Selects the items an undo or redo put into the roadmap (an undone delete's, a redone add's), so the planner
     * sees at once what came back; the details pane, following the selection, shows the last of them.
     */
    void selectBroughtBack(List<UUID> ids) {
        if (several != null) {
            several.select(ids);
        }
    }

    /** True when the clipboard held no milestones when last asked, or there is nowhere to paste them. */
    BooleanBinding cannotPaste() {
        return cannotEdit.or(clipboard.holdsMilestonesProperty().not());
    }

    /**
     * Asks the clipboard again whether it holds milestones: JavaFX has no event for a change, so this is called when
     * Paste may be about to be chosen (a menu opens, the window gets focus, Ctrl+V is pressed).
     */
    void recheckClipboard() {
        clipboard.recheck();
    }

    /** True when nothing can be added (no document, or a read-only one). */
    BooleanBinding cannotEdit() {
        return cannotEdit;
    }

    /** True when the selected item cannot be changed (none selected, or a read-only document). */
    BooleanBinding cannotEditSelected() {
        return cannotEditSelected;
    }

    /** Adds an item after the selected one, in its sector, today; else last in the first sector. */
    void addBelowSelected() {
        Roadmap r = chart.getRoadmap();
        if (r == null) {
            return;
        }
        UUID after = chart.getSelectedItem();
        UUID sector = r.milestone(after).map(Milestone::sectorId)
                .orElse(r.sectorsInOrder().stream().findFirst().map(Sector::id).orElse(null));
        added(ItemEdits.add(r, sector, LocalDate.now(), after));
    }

    /**
     * Adds an item starting on the day clicked, in the sector of the row clicked, after the item of that row (or
     * last in the sector when the row is its header).
     */
    void addAt(LocalDate day, UUID near, UUID sectorOfRow) {
        Roadmap r = chart.getRoadmap();
        if (r == null) {
            return;
        }
        UUID sector = sectorOfRow != null ? sectorOfRow : r.milestone(near).map(Milestone::sectorId)
                .orElse(r.sectorsInOrder().stream().findFirst().map(Sector::id).orElse(null));
        added(ItemEdits.add(r, sector, day, near));
    }

    void duplicateSelected() {
        if (several != null && several.several()) {
            several.duplicate();
            return;
        }
        Roadmap r = chart.getRoadmap();
        if (r != null && chart.getSelectedItem() != null) {
            added(ItemEdits.duplicate(r, chart.getSelectedItem()));
        }
    }

    void moveSelected(int direction) {
        if (severalMoved != null && severalMoved.several()) {
            severalMoved.moveBy(direction);
            return;
        }
        Roadmap r = chart.getRoadmap();
        UUID id = chart.getSelectedItem();
        if (r != null && id != null && !chart.getOptions().order().isPlan()) {
            // Up and down are places in the plan's own order: show that order, then move in it.
            chart.setOptions(chart.getOptions().withOrder(RowOrder.PLAN));
        }
        if (r != null && id != null && model.make(ItemEdits.move(r, id, direction))) {
            chart.reveal(id);
        }
    }

    void deleteSelected() {
        if (chart.getSelectedItem() != null) {
            confirmDelete(chart.getSelectedItem());
        }
    }

    /** Puts the selected items on the system clipboard. */
    void copySelected() {
        if (several != null) {
            several.copy();
        }
    }

    /** Copies of the milestones on the clipboard, below the selected item. */
    void paste() {
        if (several != null && !cannotEdit.get()) {
            several.paste();
        }
    }

    /**
     * Asks first, listing what goes with the item: links, places in agreements, session details. When the item is
     * one of several selected, they all go, as one step.
     */
    void confirmDelete(UUID itemId) {
        if (several != null && several.isOneOfSeveral(itemId) && !model.readOnlyProperty().get()) {
            several.delete();
            return;
        }
        Roadmap roadmap = chart.getRoadmap();
        Optional<Milestone> m = roadmap == null ? Optional.empty() : roadmap.milestone(itemId);
        if (m.isEmpty() || model.readOnlyProperty().get()) {
            return;
        }
        List<String> dependants = ItemEdits.dependants(roadmap, itemId);
        StringBuilder text = new StringBuilder();
        if (!dependants.isEmpty()) {
            text.append(Messages.text("delete.withIt")).append('\n');
            dependants.forEach(d -> text.append("  • ").append(d).append('\n'));
            text.append('\n');
        }
        text.append(Messages.text("delete.undo"));
        if (DeleteQuestion.confirmed(owner, Messages.text("delete.header", Names.title(m.get())), text.toString())) {
            model.make(ChartGestures.delete(chart.getRoadmap(), itemId));
        }
    }

    /** The chart's context menu: for the item under the pointer (selected first), or for the day under it. */
    void showChartMenu(ContextMenuEvent e) {
        ChartScene s = chart.currentScene();
        Roadmap r = chart.getRoadmap();
        if (s == null || r == null) {
            return;
        }
        double viewX = e.getX() - chart.snappedLeftInset();
        double viewY = e.getY() - chart.snappedTopInset();
        UUID item = s.hitTest(viewX, viewY).map(Hit::itemId).orElse(null);
        if (item != null) {
            chart.setSelectedItem(item);
        }
        LocalDate day = s.timeScale().dateAt(s.toContentX(viewX));
        int row = s.rowAt(s.toContentY(viewY));
        ChartRow under = row >= 0 && row < chart.getRows().rowCount() ? chart.getRows().row(row) : null;
        UUID near = item != null ? item : under == null || under.item() == null ? null : under.item().id();
        UUID sector = under == null || under.group() == null ? null : under.group().sectorId();
        MenuItem here = item(Messages.text("context.addHere"), "menu-add-here", cannotEdit, () -> addAt(day, near, sector));
        ContextMenu menu = new ContextMenu(here);
        menu.setOnShowing(shown -> recheckClipboard());
        if (item != null) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(itemEntries());
        }
        menu.show(chart, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    /** The table's context menu, for the selected row. */
    ContextMenu tableMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setOnShowing(shown -> recheckClipboard());
        menu.getItems().add(item(Messages.text("context.addBelow"), "menu-add-below", cannotEdit, this::addBelowSelected));
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(itemEntries());
        return menu;
    }

    private List<MenuItem> itemEntries() {
        MenuItem details = item(Messages.text("context.details"), "menu-open-details", chart.selectedItemProperty().isNull(),
                () -> open.accept(chart.getSelectedItem()));
        MenuItem duplicate = item(Messages.text("context.duplicate"), "menu-duplicate-item", cannotEditSelected, this::duplicateSelected);
        MenuItem up = item(Messages.text("context.moveUp"), "menu-move-up-item", cannotEditSelected, () -> moveSelected(-1));
        MenuItem down = item(Messages.text("context.moveDown"), "menu-move-down-item", cannotEditSelected, () -> moveSelected(1));
        MenuItem delete = item(Messages.text("context.delete"), "menu-delete-item", cannotEditSelected, this::deleteSelected);
        if (several == null) {
            return List.of(details, duplicate, up, down, new SeparatorMenuItem(), delete);
        }
        MenuItem copy = item(Messages.text("multi.menu.copy").replace("_", ""), "menu-copy-items",
                chart.selectedItemProperty().isNull(), this::copySelected);
        MenuItem paste = item(Messages.text("multi.menu.paste").replace("_", ""), "menu-paste-items", cannotPaste(),
                this::paste);
        return List.of(details, duplicate, up, down, several.statusMenu(cannotEditSelected), new SeparatorMenuItem(),
                copy, paste, new SeparatorMenuItem(), delete);
    }

    private void added(Outcome o) {
        if (o instanceof Outcome.Apply apply && model.make(o)) {
            ItemEdits.addedItem(apply.edit()).ifPresent(id -> {
                // A new item the filter hides would be made where the planner cannot see it: the filter goes, as
                // when a view reveals an item it hides.
                chart.getRoadmap().milestone(id).filter(m -> !chart.getOptions().filter().matches(m)).ifPresent(
                        m -> chart.setOptions(chart.getOptions().withFilter(io.milepost.chart.MilestoneFilter.NONE)));
                chart.setSelectedItem(id);
                chart.reveal(id);
                open.accept(id);
            });
        } else {
            model.make(o);
        }
    }

    private static MenuItem item(String text, String id, BooleanBinding disabled, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setMnemonicParsing(false);
        m.disableProperty().bind(disabled);
        m.setOnAction(e -> action.run());
        return m;
    }
}
