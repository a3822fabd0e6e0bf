package io.milepost.ui.views;

import io.milepost.chart.Language;
import io.milepost.i18n.Messages;
import io.milepost.model.Roadmap;
import io.milepost.ui.views.CommissionsViewModel.Entry;
import io.milepost.ui.views.CommissionsViewModel.OpenItem;
import io.milepost.ui.views.CommissionsViewModel.Session;
import io.milepost.ui.views.ReportTree.Line;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.BorderPane;

/**
 * Each commission with its co-chairs, its sessions in order (date, status, venue, decisions), and the next session
 * with what is still open before it. Selecting a session or an item selects its milestone in the chart.
 */
final class CommissionsView extends BorderPane {

    private final ReportTree tree;

    CommissionsView(Consumer<UUID> select) {
        tree = new ReportTree(List.of(Messages.text("views.commissions.column.item"),
                Messages.text("views.column.when"), Messages.text("views.column.status"),
                Messages.text("views.column.venue"), Messages.text("details.decisions")),
                select);
        tree.setId("commissions-view");
        tree.fitToTexts(1); // the dates as written: a session's "12 янв. 2023 – 1-е полугодие 2025" whole
        tree.fitToTexts(2); // and the statuses, bold on the next session's line
        setCenter(tree);
    }

    void show(Roadmap roadmap, LocalDate today, Language language) {
        List<TreeItem<Line>> top = new ArrayList<>();
        for (Entry e : new CommissionsViewModel(roadmap, today, language).entries()) {
            List<TreeItem<Line>> parts = new ArrayList<>();
            boolean noChairs = blank(e.coChairA()) && blank(e.coChairB());
            parts.add(ReportTree.leaf(Line.of(null, false, noChairs ? Messages.text("views.commissions.noChairs")
                    : Messages.text("views.commissions.chairs", or(e.coChairA()), or(e.coChairB())))));
            List<TreeItem<Line>> sessions = new ArrayList<>();
            for (Session s : e.sessions()) {
                sessions.add(ReportTree.leaf(session(s)));
            }
            parts.add(ReportTree.node(Line.heading(Messages.text("views.counted.code", Messages.text("editor.sessions"), e.sessions().size())), sessions));
            if (e.next() != null) {
                parts.add(ReportTree.leaf(new Line(nextCells(e.next()), e.next().meetingId(), Line.Kind.HEADING)));
            } else {
                parts.add(ReportTree.leaf(Line.of(null, false, Messages.text("views.commissions.noNext"))));
            }
            List<TreeItem<Line>> open = new ArrayList<>();
            for (OpenItem i : e.openBeforeNext()) {
                open.add(ReportTree.leaf(Line.of(i.id(), i.overdue(), i.title(), i.when(),
                        FilterBar.statusName(i.status()) + (i.overdue() ? " · " + Messages.text("views.overdue") : ""))));
            }
            parts.add(ReportTree.node(Line.heading(Messages.text("views.counted.code", Messages.text(e.next() == null
                    ? "views.commissions.open" : "views.commissions.openBefore"), open.size())), open));
            top.add(ReportTree.node(Line.heading(e.name()), parts));
        }
        tree.show(top);
    }

    private static Line session(Session s) {
        // Titles usually say which session they are ("8th session of …"); the number is added only where not.
        String name = s.number() > 0 && !s.title().contains(ordinal(s.number()))
                && !s.title().contains(Messages.text("views.commissions.sessionWord"))
                ? Messages.text("views.commissions.session", s.number(), s.title()) : s.title();
        return Line.of(s.meetingId(), false, name, s.when(), FilterBar.statusName(s.status()), s.venue(),
                s.decisions());
    }

    private static List<String> nextCells(Session s) {
        List<String> cells = new ArrayList<>(session(s).cells());
        cells.set(0, Messages.text("views.commissions.next", cells.get(0)));
        return cells;
    }

    private static String or(String s) {
        return blank(s) ? "—" : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** "1st", "2nd", "3rd", "11th", "22nd". */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
