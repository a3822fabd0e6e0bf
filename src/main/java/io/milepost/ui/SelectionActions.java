package io.milepost.ui;

import io.milepost.ui.dialog.DeleteQuestion;
import io.milepost.app.edit.ClipboardMilestones;
import io.milepost.app.edit.ItemEdits;
import io.milepost.app.edit.ManyMilestones;
import io.milepost.app.edit.Outcome;
import io.milepost.i18n.Messages;
import io.milepost.io.json.CopiedMilestones;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import io.milepost.ui.gantt.GanttChart;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

/**
 * What a planner does to several selected milestones at once (see {@link TableSelection}): delete them after
 * reading what goes with each, duplicate them, copy them and paste copies below the selected item, set their status.
 * Each is one undo step named with the count, made by {@link ManyMilestones}; the new copies come out selected.
 * Copies go through the system clipboard ({@link MilestoneClipboard}), so they paste into this window, another window
 * or another Milepost, and reach a spreadsheet or a mail as text.
 */
final class SelectionActions {

    private final MainViewModel model;
    private final GanttChart chart;
    private final Window owner;
    private final TableSelection selection;
    private final MilestoneClipboard clipboard;

    SelectionActions(MainViewModel model, GanttChart chart, Window owner, TableSelection selection,
                     MilestoneClipboard clipboard) {
        this.model = model;
        this.chart = chart;
        this.owner = owner;
        this.selection = selection;
        this.clipboard = clipboard;
    }

    /** True when more than one item is selected: the item actions then act on all of them. */
    boolean several() {
        return selection.count() > 1;
    }

    /** True when the item is one of several selected. */
    boolean isOneOfSeveral(UUID id) {
        List<UUID> ids = selection.ids();
        return ids.size() > 1 && ids.contains(id);
    }

    /** Asks first, listing what goes with each item, then deletes them all as one step. */
    void delete() {
        Roadmap r = chart.getRoadmap();
        List<UUID> ids = r == null ? List.of() : ManyMilestones.present(r, selection.ids());
        if (ids.isEmpty() || model.readOnlyProperty().get()) {
            return;
        }
        Map<String, List<String>> dependants = ManyMilestones.dependants(r, ids);
        StringBuilder text = new StringBuilder();
        if (!dependants.isEmpty()) {
            text.append(Messages.text("multi.delete.withThem")).append('\n');
            dependants.forEach((title, lines) -> {
                text.append("  ").append(Messages.text("multi.delete.ofItem", title)).append('\n');
                lines.forEach(line -> text.append("    • ").append(line).append('\n'));
            });
            text.append('\n');
        }
        text.append(Messages.text("multi.delete.undo"));
        if (DeleteQuestion.confirmed(owner, Messages.text("multi.delete.header", ids.size()), text.toString())) {
            model.make(ManyMilestones.delete(chart.getRoadmap(), ids));
        }
    }

    /** A copy of each selected item right after it; the copies are selected. */
    void duplicate() {
        Roadmap r = chart.getRoadmap();
        if (r != null) {
            added(ManyMilestones.duplicate(r, selection.ids()));
        }
    }

    /** Puts the selected items, as they are now, on the system clipboard: Milepost's own form and text. */
    void copy() {
        Roadmap r = chart.getRoadmap();
        if (r == null) {
            return;
        }
        CopiedMilestones copies = ClipboardMilestones.copy(r, selection.ids());
        int count = copies.milestones().size();
        if (count == 0) {
            return;
        }
        if (count > ClipboardMilestones.MAX_MILESTONES) {
            clipboard.putText(copies);
            model.say(Messages.text("clipboard.textOnly", count, ClipboardMilestones.MAX_MILESTONES));
            return;
        }
        clipboard.put(copies);
        model.tell(Messages.text("multi.copied", count));
    }

    /**
     * Copies of the milestones on the clipboard, below the selected item in its sector (or, with none selected, last
     * in their own sectors), as one undo step; the copies are selected. What the clipboard holds is read now, so it
     * may come from another window or process; unreadable content is refused with the reason and changes nothing.
     */
    void paste() {
        Roadmap r = chart.getRoadmap();
        if (r == null) {
            return;
        }
        ClipboardMilestones.Reading reading = clipboard.read();
        if (reading == null) {
            model.say(Messages.text("multi.nothingCopied"));
            return;
        }
        if (!reading.isReadable()) {
            model.say(reading.problem());
            return;
        }
        ClipboardMilestones.Pasting pasting = ClipboardMilestones.paste(r, reading.copies(), chart.getSelectedItem());
        if (added(pasting.outcome())) {
            String done = Messages.text("clipboard.pasted", reading.copies().milestones().size());
            model.tell(pasting.note().isEmpty() ? done : done + " " + pasting.note());
        }
    }

    /** Context menu → Status → each status, for every selected item. */
    Menu statusMenu(BooleanBinding disabled) {
        Menu menu = new Menu(Messages.text("multi.context.status"));
        menu.setId("menu-status");
        menu.disableProperty().bind(disabled);
        for (MilestoneStatus s : MilestoneStatus.values()) {
            MenuItem item = new MenuItem(Messages.ui().of("status", s));
            item.setId("menu-status-" + s.name());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                Roadmap r = chart.getRoadmap();
                if (r != null) {
                    model.make(ManyMilestones.setStatus(r, selection.ids(), s));
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Makes the edit and selects the items it added; false when nothing changed. */
    private boolean added(Outcome o) {
        if (!(o instanceof Outcome.Apply apply)) {
            model.make(o);
            return false;
        }
        if (!model.make(o)) {
            return false;
        }
        select(ItemEdits.addedItems(apply.edit()));
        return true;
    }

    /**
     * Selects these items alone, in table and chart, and brings the last of them into view: the copies just made, or
     * the items an undo brought back.
     */
    void select(List<UUID> ids) {
        selection.selectOnly(ids);
        if (!ids.isEmpty()) {
            chart.reveal(ids.get(ids.size() - 1));
        }
    }
}
