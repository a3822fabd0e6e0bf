package io.milepost.ui;

import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;

/**
 * The milestones of the roadmap grouped by sector: one expandable row per sector, one row per milestone, dates as
 * the plan wrote them.
 */
public final class RoadmapTable extends TreeTableView<RoadmapTable.Row> {

    /** A row of the table: a sector heading ({@code milestone == null}) or one of its milestones. */
    public record Row(Sector sector, Milestone milestone, int count) {
        boolean isSector() {
            return milestone == null;
        }
    }

    private final TreeTableColumn<Row, String> leadA = column("Lead agency", 190, r -> orEmpty(r.milestone().leadAgencyA()));
    private final TreeTableColumn<Row, String> leadB = column("Lead agency", 190, r -> orEmpty(r.milestone().leadAgencyB()));

    public RoadmapTable() {
        getStyleClass().add("roadmap-table");
        setShowRoot(false);
        setRoot(new TreeItem<>());
        setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        TreeTableColumn<Row, String> title = new TreeTableColumn<>("Milestone");
        title.setPrefWidth(380);
        title.setCellValueFactory(c -> {
            Row r = c.getValue().getValue();
            return new ReadOnlyStringWrapper(r.isSector() ? r.sector().name() + "  (" + r.count() + ")"
                    : r.milestone().title());
        });
        getColumns().add(title);
        getColumns().add(column("Kind", 90, r -> capitalised(r.milestone().kind().name())));
        getColumns().add(column("Start", 100, r -> r.milestone().start().label()));
        getColumns().add(column("End", 110, RoadmapTable::endAsWritten));
        getColumns().add(column("Status", 100, r -> capitalised(r.milestone().status().name())));
        getColumns().add(column("%", 50, r -> r.milestone().percentComplete() + "%"));
        getColumns().add(leadA);
        getColumns().add(leadB);
        setPlaceholder(new javafx.scene.control.Label("No milestones yet"));
    }

    /** Shows the roadmap, keeping which sectors the planner collapsed. */
    public void show(Roadmap roadmap) {
        leadA.setText("Lead agency, " + orEmpty(roadmap.info().partyA()));
        leadB.setText("Lead agency, " + orEmpty(roadmap.info().partyB()));
        java.util.Set<java.util.UUID> collapsed = new java.util.HashSet<>();
        for (TreeItem<Row> group : getRoot().getChildren()) {
            if (!group.isExpanded()) {
                collapsed.add(group.getValue().sector().id());
            }
        }
        Map<java.util.UUID, List<Milestone>> bySector = roadmap.milestonesBySector();
        TreeItem<Row> root = new TreeItem<>();
        for (Sector s : roadmap.sectorsInOrder()) {
            List<Milestone> items = bySector.getOrDefault(s.id(), List.of());
            TreeItem<Row> group = new TreeItem<>(new Row(s, null, items.size()));
            group.setExpanded(!collapsed.contains(s.id()));
            for (Milestone m : items) {
                group.getChildren().add(new TreeItem<>(new Row(s, m, 0)));
            }
            root.getChildren().add(group);
        }
        setRoot(root);
    }

    private static TreeTableColumn<Row, String> column(String name, double width, Function<Row, String> value) {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> {
            Row r = cell.getValue().getValue();
            return new ReadOnlyStringWrapper(r == null || r.isSector() ? "" : value.apply(r));
        });
        return c;
    }

    private static String endAsWritten(Row r) {
        Milestone m = r.milestone();
        if (m.ongoing()) {
            return "continuous";
        }
        if (m.kind() != MilestoneKind.ACTIVITY && (m.end() == null || m.end().equals(m.start()))) {
            return "";
        }
        return m.finish().label();
    }

    private static String capitalised(String enumName) {
        String s = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
