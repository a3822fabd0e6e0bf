package io.milepost.ui.views;

import io.milepost.i18n.Messages;
import io.milepost.ui.dialog.DayConverter;
import io.milepost.chart.MilestoneFilter;
import io.milepost.model.Commission;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import io.milepost.ui.gantt.GanttChart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The one filter bar above the chart and the table: find text, sectors, statuses, commission, lead agency, overdue
 * and a date range. It writes a {@link MilestoneFilter} into the chart's options; the chart builds its rows from
 * them and the table shows the chart's rows, so both show the same items by construction. Ctrl+F focuses the text;
 * Esc in the bar clears it all. {@link #countLabel()} says "N of M milestones shown" while something is filtered.
 */
public final class FilterBar extends FlowPane {

    private final GanttChart chart;
    private final TextField text = TextFields.createClearableTextField();
    private final CheckComboBox<Sector> sectors = new CheckComboBox<>();
    private final CheckComboBox<MilestoneStatus> statuses = new CheckComboBox<>();
    private final ComboBox<Pick> commission = new ComboBox<>();
    private final ComboBox<Pick> leadAgency = new ComboBox<>();
    private final ToggleButton overdue = new ToggleButton(Messages.text("filter.overdue"));
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final DatePicker changedSince = new DatePicker();
    /** The items the document recorded as changed since a day: asked again each time the filter is applied. */
    private final Function<LocalDate, Set<UUID>> changesSince;
    private final Button clear = new Button(Messages.text("filter.clear"));
    private final Label count = new Label();
    /** Set while the bar fills its own controls, so that doing so does not write a filter back. */
    private boolean filling;

    /** An entry of a choice with "any" ({@code id == null} and {@code name == null}) as its first. */
    private record Pick(UUID id, String name, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Pick anyCommission = new Pick(null, null, Messages.text("filter.anyCommission"));
    private final Pick anyAgency = new Pick(null, null, Messages.text("filter.anyAgency"));

    /** @param changesSince the items the open document recorded as changed since a day, for "changed since" */
    public FilterBar(GanttChart chart, Function<LocalDate, Set<UUID>> changesSince) {
        this.chart = chart;
        this.changesSince = changesSince;
        getStyleClass().add("filter-bar");
        setId("filter-bar");
        // A flow, not a row: on a small window (or in the longer Russian words) the fields go on to a second line
        // instead of being squeezed into "…" or pushed past the window's edge.
        setHgap(6);
        setVgap(4);
        setAlignment(Pos.CENTER_LEFT);

        text.setId("filter-text");
        text.setPromptText(Messages.text("filter.find"));
        text.setTooltip(new Tooltip(Messages.text("filter.find.tip")));
        text.setPrefColumnCount(10);
        sectors.setId("filter-sectors");
        sectors.setTitle(Messages.text("filter.sectors"));
        sectors.setShowCheckedCount(true);
        sectors.setConverter(converter(s -> chart.getOptions().language().name(s)));
        statuses.setId("filter-statuses");
        statuses.setTitle(Messages.text("filter.statuses"));
        statuses.setShowCheckedCount(true);
        statuses.setConverter(converter(FilterBar::statusName));
        statuses.getItems().setAll(MilestoneStatus.values());
        commission.setId("filter-commission");
        leadAgency.setId("filter-lead-agency");
        leadAgency.setOnShowing(e -> gatherAgencies());
        // Sized by hand: a choice box sizes itself to its longest entry (a commission's full name), which would push
        // the buttons at the end out of a narrow window.
        // At least as wide as their own words ("Все исполнители", "Направления (0/13)"), so no language clips them.
        sectors.setPrefWidth(Math.max(195, fitting(Messages.text("filter.sectors") + " (00/00)")));
        statuses.setPrefWidth(Math.max(165, fitting(Messages.text("filter.statuses") + " (0/7)")));
        commission.setPrefWidth(Math.max(170, fitting(anyCommission.label())));
        leadAgency.setPrefWidth(Math.max(170, fitting(anyAgency.label())));
        sectors.setMinWidth(Region.USE_PREF_SIZE);
        statuses.setMinWidth(Region.USE_PREF_SIZE);
        text.setMinWidth(140);
        overdue.setId("filter-overdue");
        overdue.setTooltip(new Tooltip(Messages.text("filter.overdue.tip")));
        // Days as the window writes them, typed back in any form the details pane reads.
        DayConverter.on(from);
        DayConverter.on(to);
        DayConverter.on(changedSince);
        from.setId("filter-from");
        to.setId("filter-to");
        from.setPromptText(Messages.text("filter.from"));
        to.setPromptText(Messages.text("filter.to"));
        from.setPrefWidth(120);
        to.setPrefWidth(120);
        changedSince.setId("filter-changed-since");
        changedSince.setPromptText(Messages.text("filter.changedSince"));
        changedSince.setTooltip(new Tooltip(Messages.text("filter.changedSince.tip")));
        changedSince.setPrefWidth(Math.max(160, fitting(Messages.text("filter.changedSince")) + 10));
        changedSince.setMinWidth(100);
        clear.setId("filter-clear");
        clear.setTooltip(new Tooltip(Messages.text("filter.clear.tip")));
        count.setId("filter-count");

        getChildren().addAll(text, sectors, statuses, commission, leadAgency, overdue, from, to, changedSince, clear);
        overdue.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        from.setMinWidth(100);
        to.setMinWidth(100);

        text.textProperty().addListener(o -> apply());
        sectors.getCheckModel().getCheckedItems().addListener((ListChangeListener<Sector>) c -> apply());
        statuses.getCheckModel().getCheckedItems().addListener((ListChangeListener<MilestoneStatus>) c -> apply());
        commission.valueProperty().addListener(o -> apply());
        leadAgency.valueProperty().addListener(o -> apply());
        overdue.selectedProperty().addListener(o -> apply());
        from.valueProperty().addListener(o -> apply());
        to.valueProperty().addListener(o -> apply());
        changedSince.valueProperty().addListener(o -> apply());
        clear.setOnAction(e -> clear());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                clear();
                e.consume();
            }
        });
        sceneProperty().addListener((o, old, scene) -> installShortcut(scene));
        // With no document open there is nothing to find or filter: the bar is greyed out and Ctrl+F leaves it be.
        disableProperty().bind(chart.roadmapProperty().isNull());

        chart.roadmapProperty().addListener((o, old, roadmap) -> {
            if (offersChanged(old, roadmap)) {
                fill(roadmap);
            } else {
                apply(); // the lists offer the same; "overdue" and "changed since" are judged again
            }
            showCount();
        });
        // Someone else may set the chart's filter (a view that reveals an item the filter hides clears it).
        chart.optionsProperty().addListener((o, old, opts) -> {
            // Zooming changes the options too, many times a second; only a new filter changes what is counted.
            if (old != null && old.filter().equals(opts.filter())) {
                return;
            }
            if (!filling && opts.filter().isNone() && !current().isNone()) {
                reset();
            }
            showCount();
        });
        fill(chart.getRoadmap());
    }

    /** "N of M milestones shown" while a filter hides some, else empty; for the window's status bar. */
    public Label countLabel() {
        return count;
    }

    /** Puts the caret in the find field. */
    public void focusText() {
        if (isDisabled()) {
            return;
        }
        text.requestFocus();
        text.selectAll();
    }

    /** Shows every milestone again. */
    public void clear() {
        reset();
        apply();
    }

    private void reset() {
        filling = true;
        try {
            text.clear();
            sectors.getCheckModel().clearChecks();
            statuses.getCheckModel().clearChecks();
            commission.setValue(anyCommission);
            leadAgency.setValue(anyAgency);
            overdue.setSelected(false);
            from.setValue(null);
            to.setValue(null);
            changedSince.setValue(null);
        } finally {
            filling = false;
        }
    }

    private void installShortcut(Scene scene) {
        if (scene != null) {
            scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), this::focusText);
        }
    }

    /** The filter the controls describe now. */
    private MilestoneFilter current() {
        Set<UUID> sectorIds = new HashSet<>();
        for (Sector s : sectors.getCheckModel().getCheckedItems()) {
            if (s != null) {
                sectorIds.add(s.id());
            }
        }
        Set<MilestoneStatus> shown = new HashSet<>(statuses.getCheckModel().getCheckedItems());
        shown.remove(null);
        Pick c = commission.getValue();
        Pick a = leadAgency.getValue();
        // "Overdue" is judged today, each time the filter is applied: a filter left on overnight judges anew.
        // So is "changed since": each edit applies the filter again, and the item just changed counts.
        LocalDate since = changedSince.getValue();
        return new MilestoneFilter(text.getText(), sectorIds, shown, c == null ? null : c.id(),
                a == null ? null : a.name(), overdue.isSelected() ? LocalDate.now() : null, from.getValue(),
                to.getValue(), since, since == null ? null : changesSince.apply(since));
    }

    private void apply() {
        if (filling) {
            return;
        }
        MilestoneFilter f = current();
        if (!f.equals(chart.getOptions().filter())) {
            chart.setOptions(chart.getOptions().withFilter(f));
        }
        showCount();
    }

    private void showCount() {
        Roadmap r = chart.getRoadmap();
        MilestoneFilter f = chart.getOptions().filter();
        count.setText(r == null || f.isNone() ? ""
                : Messages.text("filter.count", f.count(r), r.milestones().size()));
    }

    /**
     * Whether the sectors or commissions on offer differ: most edits change a milestone, and refilling the lists
     * (and their check models) at each was a third of an edit's frame.
     */
    private static boolean offersChanged(Roadmap old, Roadmap now) {
        return old == null || now == null || !old.sectors().equals(now.sectors())
                || !old.commissions().equals(now.commissions());
    }

    /** Offers the roadmap's sectors, commissions and agencies, keeping what was chosen where it still exists. */
    private void fill(Roadmap roadmap) {
        filling = true;
        try {
            Set<UUID> checked = new HashSet<>();
            sectors.getCheckModel().getCheckedItems().forEach(s -> checked.add(s.id()));
            Pick c = commission.getValue();
            Pick a = leadAgency.getValue();
            List<Sector> all = roadmap == null ? List.of() : roadmap.sectorsInOrder();
            sectors.getCheckModel().clearChecks();
            sectors.getItems().setAll(all);
            // ControlsFX counts "(checked/all)" when a check changes, not when the list does: count again.
            sectors.setShowCheckedCount(false);
            sectors.setShowCheckedCount(true);
            for (Sector s : all) {
                if (checked.contains(s.id())) {
                    sectors.getCheckModel().check(s);
                }
            }
            List<Pick> commissions = new ArrayList<>(List.of(anyCommission));
            if (roadmap != null) {
                for (Commission k : roadmap.commissions()) {
                    commissions.add(new Pick(k.id(), k.name(), chart.getOptions().language().name(k)));
                }
            }
            commission.getItems().setAll(commissions);
            commission.setValue(commissions.stream().filter(p -> c != null && Objects.equals(p.id(), c.id()))
                    .findFirst().orElse(anyCommission));
            // The agencies are gathered when the list is opened, not on every edit: at 100,000 items walking them
            // all took a sixth of each edit's frame. Until then the list holds what is chosen.
            List<Pick> chosen = new ArrayList<>(List.of(anyAgency));
            if (a != null && a != anyAgency) {
                chosen.add(a);
            }
            leadAgency.getItems().setAll(chosen);
            leadAgency.setValue(chosen.get(chosen.size() - 1));
        } finally {
            filling = false;
        }
        apply();
    }

    /** Offers every lead agency of the roadmap, each once whatever its case, keeping the one chosen. */
    private void gatherAgencies() {
        Roadmap roadmap = chart.getRoadmap();
        Set<String> distinct = new HashSet<>(); // by hash first: a large roadmap repeats a few agencies many times
        if (roadmap != null) {
            for (Milestone m : roadmap.milestones()) {
                distinct.add(m.leadAgencyA());
                distinct.add(m.leadAgencyB());
            }
        }
        TreeSet<String> agencies = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        distinct.forEach(name -> addAgency(agencies, name));
        List<Pick> picks = new ArrayList<>(List.of(anyAgency));
        agencies.forEach(n -> picks.add(new Pick(null, n, n)));
        Pick a = leadAgency.getValue();
        filling = true;
        try {
            leadAgency.getItems().setAll(picks);
            leadAgency.setValue(picks.stream().filter(p -> a != null && Objects.equals(p.name(), a.name()))
                    .findFirst().orElse(anyAgency));
        } finally {
            filling = false;
        }
    }

    private static void addAgency(Set<String> agencies, String name) {
        if (name != null && !name.isBlank()) {
            agencies.add(name.strip());
        }
    }

    static String statusName(MilestoneStatus s) {
        return Messages.ui().of("status", s);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null; // a filter choice is picked, never typed
            }
        };
    }

    /**
     * The width a combo box or picker needs to show {@code words} whole: the text in the window's font (14 px, the
     * theme's) and room for the padding and the arrow.
     */
    private static double fitting(String words) {
        Text t = new Text(words);
        t.setFont(Font.font(Font.getDefault().getFamily(), 14));
        return Math.ceil(t.getLayoutBounds().getWidth()) + 52;
    }
}
