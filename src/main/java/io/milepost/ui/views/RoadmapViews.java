package io.milepost.ui.views;

import io.milepost.chart.Language;
import io.milepost.i18n.Messages;
import io.milepost.chart.MilestoneFilter;
import io.milepost.model.Roadmap;
import io.milepost.ui.gantt.GanttChart;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The views beside the chart for the people who run the roadmap: commissions, agreements and an overview, as tabs
 * of one window that stays open next to the main one (not modal: a planner reads it while working on the chart).
 * They show the chart's roadmap, following every change, and selecting an item in any of them selects it in the
 * chart and scrolls it into view.
 */
public final class RoadmapViews {

    /** The tabs, in the order of the window and of the View menu. */
    public enum Page { COMMISSIONS, AGREEMENTS, OVERVIEW }

    private final Window owner;
    private final GanttChart chart;
    private Stage stage;
    private TabPane tabs;
    private CommissionsView commissions;
    private AgreementsView agreements;
    private OverviewView overview;

    private RoadmapViews(Window owner, GanttChart chart) {
        this.owner = owner;
        this.chart = chart;
        chart.roadmapProperty().addListener((o, old, roadmap) -> refresh());
        chart.optionsProperty().addListener((o, old, now) -> {
            if (old.language() != now.language()) {
                refresh();
            }
        });
    }

    /** Adds "Commissions", "Agreements tracker" and "Overview" to the given View menu and returns it. */
    public static Menu addTo(Menu view, Window owner, GanttChart chart) {
        RoadmapViews views = new RoadmapViews(owner, chart);
        view.getItems().addAll(new SeparatorMenuItem(),
                views.item(Messages.text("menu.views.commissions"), "Shortcut+1", Page.COMMISSIONS),
                views.item(Messages.text("menu.views.agreements"), "Shortcut+2", Page.AGREEMENTS),
                views.item(Messages.text("menu.views.overview"), "Shortcut+3", Page.OVERVIEW));
        return view;
    }

    private MenuItem item(String text, String keys, Page page) {
        MenuItem item = new MenuItem(text);
        item.setId("menu-view-" + page.name().toLowerCase(java.util.Locale.ROOT));
        item.setAccelerator(KeyCombination.keyCombination(keys));
        item.disableProperty().bind(chart.roadmapProperty().isNull());
        item.setOnAction(e -> show(page));
        return item;
    }

    /** Opens the window (made when first asked for: most sessions never open it) at the page. */
    public void show(Page page) {
        if (stage == null) {
            build();
        }
        tabs.getSelectionModel().select(page.ordinal());
        refresh();
        stage.show();
        stage.toFront();
    }

    private void build() {
        commissions = new CommissionsView(this::select);
        agreements = new AgreementsView(this::select);
        overview = new OverviewView(this::select, st -> chart.getTheme().color("bar.status." + st.name()).hex());
        tabs = new TabPane(tab(Messages.text("views.tab.commissions"), commissions),
                tab(Messages.text("views.tab.agreements"), agreements), tab(Messages.text("views.tab.overview"), overview));
        tabs.setId("roadmap-views");
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.text("views.windowTitle"));
        Scene scene = new Scene(tabs, 1000, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.showingProperty().addListener((o, was, on) -> refresh());
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    /** The last roadmap's title and period, for the empty views of a closed document. */
    private io.milepost.model.RoadmapInfo lastInfo;

    /** Shows the chart's roadmap now; a closed window waits until it is opened again. */
    private void refresh() {
        Roadmap roadmap = chart.getRoadmap();
        if (roadmap != null) {
            lastInfo = roadmap.info();
        } else if (lastInfo != null) {
            // The document was closed: its commissions and agreements must not stay on show as if still open.
            roadmap = new Roadmap(lastInfo, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        if (stage == null || !stage.isShowing() || roadmap == null) {
            return;
        }
        LocalDate today = chart.getOptions().today() != null ? chart.getOptions().today() : LocalDate.now();
        Language language = chart.getOptions().language();
        commissions.show(roadmap, today, language);
        agreements.show(roadmap, today, language);
        overview.show(roadmap, today, language);
    }

    /**
     * Selects the item in the chart and scrolls to it. An item the filter hides cannot be shown, so the filter is
     * cleared first: the planner asked to see this item, not the filtered rows.
     */
    private void select(UUID itemId) {
        Roadmap roadmap = chart.getRoadmap();
        if (roadmap == null || roadmap.milestone(itemId).isEmpty()) {
            return;
        }
        MilestoneFilter filter = chart.getOptions().filter();
        if (!filter.matches(roadmap.milestone(itemId).get())) {
            chart.setOptions(chart.getOptions().withFilter(MilestoneFilter.NONE));
        }
        chart.setSelectedItem(itemId);
        chart.reveal(itemId);
    }
}
