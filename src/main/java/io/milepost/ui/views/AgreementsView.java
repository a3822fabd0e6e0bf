package io.milepost.ui.views;

import io.milepost.model.Roadmap;
import io.milepost.ui.views.AgreementsViewModel.Carrier;
import io.milepost.ui.views.AgreementsViewModel.Entry;
import io.milepost.ui.views.AgreementsViewModel.SectorAgreements;
import io.milepost.ui.views.ReportTree.Line;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.BorderPane;

/**
 * The agreements tracker: by sector, each agreement's stage on the way from MoU to agreement in force, since when it
 * is signed, the milestones that carry it and which are overdue. Selecting an agreement selects the milestone that
 * carries it (the overdue one first), selecting a milestone selects that one, in the chart.
 */
final class AgreementsView extends BorderPane {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final ReportTree tree;

    AgreementsView(Consumer<UUID> select) {
        tree = new ReportTree(List.of("Sector, agreement or milestone", "Stage, or when", "Signed", "Overdue"), select);
        tree.setId("agreements-view");
        setCenter(tree);
    }

    void show(Roadmap roadmap, LocalDate today) {
        List<TreeItem<Line>> top = new ArrayList<>();
        for (SectorAgreements sector : new AgreementsViewModel(roadmap, today).sectors()) {
            List<TreeItem<Line>> agreements = new ArrayList<>();
            for (Entry e : sector.agreements()) {
                List<TreeItem<Line>> carriers = new ArrayList<>();
                for (Carrier c : e.carriers()) {
                    carriers.add(ReportTree.leaf(Line.of(c.id(), c.overdue(), c.title(),
                            c.when() + " · " + FilterBar.statusName(c.status()), "", c.overdue() ? "overdue" : "")));
                }
                String stage = e.stage() + " (" + e.step() + "/" + AgreementsViewModel.STEPS + ")";
                // "MoU on …" says its kind itself; "Roadmap for …" does not.
                String name = e.title().startsWith(e.kind()) ? e.title() : e.kind() + ": " + e.title();
                agreements.add(ReportTree.node(Line.of(e.itemToShow(), e.overdue(), name,
                        stage, e.signed() == null ? "not yet" : DAY.format(e.signed()),
                        e.overdue() ? "yes" : ""), carriers));
            }
            top.add(ReportTree.node(Line.heading(sector.sector() + " (" + sector.agreements().size() + ")"),
                    agreements));
        }
        tree.show(top);
    }
}
