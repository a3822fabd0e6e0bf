package io.milepost.ui.views;

import io.milepost.i18n.DateWords;
import io.milepost.chart.Language;
import io.milepost.i18n.Messages;
import io.milepost.model.Roadmap;
import io.milepost.ui.views.AgreementsViewModel.Carrier;
import io.milepost.ui.views.AgreementsViewModel.Entry;
import io.milepost.ui.views.AgreementsViewModel.SectorAgreements;
import io.milepost.ui.views.ReportTree.Line;
import java.time.LocalDate;
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


    private final ReportTree tree;

    AgreementsView(Consumer<UUID> select) {
        tree = new ReportTree(List.of(Messages.text("views.agreements.column.item"),
                Messages.text("views.agreements.column.stage"), Messages.text("views.agreements.column.signed"),
                Messages.text("views.agreements.column.overdue")), select);
        tree.setId("agreements-view");
        setCenter(tree);
    }

    void show(Roadmap roadmap, LocalDate today, Language language) {
        List<TreeItem<Line>> top = new ArrayList<>();
        for (SectorAgreements sector : new AgreementsViewModel(roadmap, today, language).sectors()) {
            List<TreeItem<Line>> agreements = new ArrayList<>();
            for (Entry e : sector.agreements()) {
                List<TreeItem<Line>> carriers = new ArrayList<>();
                for (Carrier c : e.carriers()) {
                    carriers.add(ReportTree.leaf(Line.of(c.id(), c.overdue(), c.title(),
                            c.when() + " · " + FilterBar.statusName(c.status()), "", c.overdue() ? Messages.text("views.overdue") : "")));
                }
                String stage = Messages.text("views.agreements.stage.code", e.stage(), e.step(), AgreementsViewModel.STEPS);
                // "MoU on …" says its kind itself; "Roadmap for …" does not.
                String name = e.title().toLowerCase(Locale.ROOT).startsWith(e.kind().toLowerCase(Locale.ROOT)) ? e.title()
                        : e.kind() + ": " + e.title();
                agreements.add(ReportTree.node(Line.of(e.itemToShow(), e.overdue(), name,
                        stage, e.signed() == null ? Messages.text("views.agreements.notYet") : DateWords.ui().day(e.signed()),
                        e.overdue() ? Messages.text("views.overdue") : ""), carriers));
            }
            top.add(ReportTree.node(Line.heading(Messages.text("views.counted.code", sector.sector(), sector.agreements().size())),
                    agreements));
        }
        tree.show(top);
    }
}
