package io.milepost.ui;

import io.milepost.i18n.DateWords;
import io.milepost.i18n.Messages;
import io.milepost.app.edit.MilestoneEdits;
import io.milepost.app.edit.Outcome;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.cell.ChoiceBoxTreeTableCell;
import javafx.scene.control.cell.TextFieldTreeTableCell;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;

/**
 * The columns of the roadmap table that a planner edits in place (title, dates as written, status, percent, lead
 * agencies), each commit made through the same {@code app.edit} use case as the details pane, so a change reads the
 * same wherever it was made. A swimlane header row is never edited. What an edit refuses is said in the status bar
 * and the cell shows the item as it is again.
 */
final class TableColumns {

    /** What committing a cell's text means as an edit of its item. */
    @FunctionalInterface
    interface CellEditor<T> {
        Outcome edit(Roadmap roadmap, UUID itemId, T value);
    }

    private final Supplier<Roadmap> roadmap;
    private final Consumer<Outcome> make;
    private final Runnable refresh;

    TableColumns(Supplier<Roadmap> roadmap, Consumer<Outcome> make, Runnable refresh) {
        this.roadmap = roadmap;
        this.make = make;
        this.refresh = refresh;
    }

    /** A column of text, shown as {@code shown} and typed over as {@code typed} (a date's label, a title). */
    TreeTableColumn<RoadmapTable.Row, String> text(String name, double width, Function<Milestone, String> shown,
                                                   CellEditor<String> editor) {
        TreeTableColumn<RoadmapTable.Row, String> c = new TreeTableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> {
            RoadmapTable.Row r = cell.getValue().getValue();
            return r == null || r.isGroup() ? new ReadOnlyStringWrapper("") : r.milestoneProperty().map(shown);
        });
        c.setCellFactory(col -> new TextFieldTreeTableCell<>(new DefaultStringConverter()) {
            @Override
            public void startEdit() {
                if (isItem(getTableRow() == null ? null : getTableRow().getItem())) {
                    super.startEdit();
                }
            }
        });
        c.setOnEditCommit(e -> {
            if (e.getNewValue() == null || e.getNewValue().equals(e.getOldValue())) {
                // Enter on an untouched cell says nothing new: no step.
                refresh.run();
            } else {
                commit(e.getRowValue().getValue(), editor, e.getNewValue());
            }
        });
        return c;
    }

    TreeTableColumn<RoadmapTable.Row, String> title(Function<Milestone, String> shown) {
        TreeTableColumn<RoadmapTable.Row, String> c = text(Messages.text("table.title"), 360, shown, MilestoneEdits::rename);
        c.setId("column-title");
        return c;
    }

    TreeTableColumn<RoadmapTable.Row, String> start() {
        TreeTableColumn<RoadmapTable.Row, String> c = text(Messages.text("table.start"), 100, m -> m.start().label(Messages.ui().locale()),
                MilestoneEdits::setStart);
        c.setId("column-start");
        return c;
    }

    TreeTableColumn<RoadmapTable.Row, String> end() {
        TreeTableColumn<RoadmapTable.Row, String> c = text(Messages.text("table.end"), 100, TableColumns::endAsWritten,
                MilestoneEdits::setEnd);
        c.setId("column-end");
        return c;
    }

    TreeTableColumn<RoadmapTable.Row, String> percent() {
        TreeTableColumn<RoadmapTable.Row, String> c = text("%", 56, m -> m.percentComplete() + "%",
                MilestoneEdits::setPercent);
        c.setId("column-percent");
        return c;
    }

    TreeTableColumn<RoadmapTable.Row, String> leadAgency(MilestoneEdits.Side side) {
        TreeTableColumn<RoadmapTable.Row, String> c = text(Messages.text("table.lead"), 190,
                m -> orEmpty(side == MilestoneEdits.Side.A ? m.leadAgencyA() : m.leadAgencyB()),
                (r, id, v) -> MilestoneEdits.setLeadAgency(r, id, side, v));
        c.setId("column-lead-" + side.name().toLowerCase(Locale.ROOT));
        return c;
    }

    TreeTableColumn<RoadmapTable.Row, MilestoneStatus> status() {
        TreeTableColumn<RoadmapTable.Row, MilestoneStatus> c = new TreeTableColumn<>(Messages.text("table.status"));
        c.setId("column-status");
        c.setPrefWidth(95);
        c.setCellValueFactory(cell -> {
            RoadmapTable.Row r = cell.getValue().getValue();
            return r == null || r.isGroup() ? new ReadOnlyObjectWrapper<>(null)
                    : r.milestoneProperty().map(Milestone::status);
        });
        StringConverter<MilestoneStatus> names = new StringConverter<>() {
            @Override
            public String toString(MilestoneStatus s) {
                return s == null ? "" : Messages.ui().of("status", s);
            }

            @Override
            public MilestoneStatus fromString(String s) {
                return null; // chosen, never typed
            }
        };
        c.setCellFactory(col -> new ChoiceBoxTreeTableCell<>(names, MilestoneStatus.values()) {
            @Override
            public void startEdit() {
                if (isItem(getTableRow() == null ? null : getTableRow().getItem())) {
                    super.startEdit();
                }
            }
        });
        c.setOnEditCommit(e -> commit(e.getRowValue().getValue(), MilestoneEdits::setStatus, e.getNewValue()));
        return c;
    }

    /** The kind is changed in the details pane (it decides what the other fields mean), not in a cell. */
    static TreeTableColumn<RoadmapTable.Row, String> kind() {
        TreeTableColumn<RoadmapTable.Row, String> c = new TreeTableColumn<>(Messages.text("table.kind"));
        c.setId("column-kind");
        c.setPrefWidth(90);
        c.setEditable(false);
        c.setCellValueFactory(cell -> {
            RoadmapTable.Row r = cell.getValue().getValue();
            return r == null || r.isGroup() ? new ReadOnlyStringWrapper("")
                    : r.milestoneProperty().map(m -> Messages.ui().of("kind", m.kind()));
        });
        return c;
    }

    private <T> void commit(RoadmapTable.Row row, CellEditor<T> editor, T value) {
        Roadmap r = roadmap.get();
        if (!isItem(row) || r == null || value == null) {
            refresh.run();
            return;
        }
        Outcome o = editor.edit(r, row.milestone().id(), value);
        make.accept(o);
        if (!(o instanceof Outcome.Apply)) {
            // Nothing changed, so no new rows come: put the cell back to what the item holds.
            refresh.run();
        }
    }

    private static boolean isItem(RoadmapTable.Row row) {
        return row != null && !row.isGroup();
    }

    static String endAsWritten(Milestone m) {
        if (m.kind() != MilestoneKind.ACTIVITY && !m.ongoing() && (m.end() == null || m.end().equals(m.start()))) {
            return "";
        }
        return m.ongoing() ? DateWords.ui().continuous() : m.finish().label(Messages.ui().locale());
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
