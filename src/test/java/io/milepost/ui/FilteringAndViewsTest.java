package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.chart.MilestoneFilter;
import io.milepost.chart.RowModel;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;

/** The filter bar narrows chart and table alike; the views beside the chart select in it. */
class FilteringAndViewsTest extends PlannerSession {

    @Test
    @SuppressWarnings("unchecked")
    void filteringByStatusAndSectorShowsTheSameRowsInChartAndTable() throws Exception {
        Sector trade = shown().sectorsInOrder().stream().filter(s -> s.name().startsWith("Trade")).findFirst()
                .orElseThrow();
        Set<MilestoneStatus> wanted = Set.of(MilestoneStatus.DONE, MilestoneStatus.IN_PROGRESS);
        List<UUID> expected = shown().milestones().stream()
                .filter(m -> m.sectorId().equals(trade.id()) && wanted.contains(m.status())).map(Milestone::id)
                .toList();
        assertThat(expected).isNotEmpty();

        CheckComboBox<Sector> sectors = lookup("#filter-sectors").queryAs(CheckComboBox.class);
        CheckComboBox<MilestoneStatus> statuses = lookup("#filter-statuses").queryAs(CheckComboBox.class);
        interact(() -> {
            sectors.getCheckModel().check(sectors.getItems().stream().filter(s -> s.id().equals(trade.id()))
                    .findFirst().orElseThrow());
            wanted.forEach(st -> statuses.getCheckModel().check(st));
        });
        waitUntil(() -> itemsOf(chart().getRows()).size() == expected.size());

        assertThat(itemsOf(chart().getRows())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(itemsInTable()).containsExactlyElementsOf(itemsOf(chart().getRows()));
        waitUntil(() -> chart().currentScene().rowCount() == chart().getRows().rowCount());
        assertThat(lookup("#filter-count").queryAs(Label.class).getText())
                .isEqualTo(expected.size() + " of " + shown().milestones().size() + " milestones shown");

        // Esc in the bar shows everything again, in both.
        clickOn("#filter-text");
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> chart().getOptions().filter().isNone());
        assertThat(itemsOf(chart().getRows())).hasSize(shown().milestones().size());
        assertThat(itemsInTable()).containsExactlyElementsOf(itemsOf(chart().getRows()));
        assertThat(lookup("#filter-count").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLeadAgencyListOffersEachAgencyOnceAndKeepsTheChoiceThroughAnEdit() throws Exception {
        javafx.scene.control.ComboBox<Object> agencies = lookup("#filter-lead-agency")
                .queryAs(javafx.scene.control.ComboBox.class);
        Milestone led = shown().milestones().stream().filter(m -> m.leadAgencyA() != null).findFirst().orElseThrow();
        interact(agencies::show);
        waitUntil(() -> agencies.getItems().size() > 2);
        Object pick = agencies.getItems().stream().filter(p -> p.toString().contains(led.leadAgencyA().strip()))
                .findFirst().orElseThrow();
        assertThat(agencies.getItems().stream().map(Object::toString).distinct().count())
                .isEqualTo(agencies.getItems().size());
        interact(() -> {
            agencies.hide();
            agencies.setValue(pick);
        });
        waitUntil(() -> led.leadAgencyA().strip().equalsIgnoreCase(chart().getOptions().filter().leadAgency()));

        interact(() -> app.window().model().make(io.milepost.app.edit.MilestoneEdits.rename(shown(), led.id(),
                "Renamed")));
        waitUntil(() -> shown().milestone(led.id()).orElseThrow().title().equals("Renamed"));
        assertThat(agencies.getValue()).isEqualTo(pick);
        assertThat(chart().getOptions().filter().leadAgency()).isEqualToIgnoringCase(led.leadAgencyA().strip());
    }

    @Test
    void changedSinceTodayShowsOnlyWhatThePlannerJustChangedAndTheNextChangeJoinsIt() throws Exception {
        Milestone first = shown().milestones().get(0);
        Milestone other = shown().milestones().get(5);
        interact(() -> app.window().model().make(io.milepost.app.edit.MilestoneEdits.rename(shown(), first.id(),
                "Renamed today")));
        waitUntil(() -> shown().milestone(first.id()).orElseThrow().title().equals("Renamed today"));

        javafx.scene.control.DatePicker since = lookup("#filter-changed-since")
                .queryAs(javafx.scene.control.DatePicker.class);
        interact(() -> since.setValue(java.time.LocalDate.now()));
        waitUntil(() -> itemsOf(chart().getRows()).equals(List.of(first.id())));
        assertThat(itemsInTable()).containsExactly(first.id());

        interact(() -> app.window().model().make(io.milepost.app.edit.MilestoneEdits.rename(shown(), other.id(),
                "Also renamed")));
        waitUntil(() -> itemsOf(chart().getRows()).size() == 2);
        assertThat(itemsOf(chart().getRows())).containsExactlyInAnyOrder(first.id(), other.id());

        interact(() -> since.setValue(java.time.LocalDate.now().plusDays(1)));
        waitUntil(() -> itemsOf(chart().getRows()).isEmpty());
    }

    @Test
    void ctrlFFocusesTheFindFieldAndTypingFindsInBothViews() throws Exception {
        interact(() -> chart().requestFocus());
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField text = lookup("#filter-text").queryAs(TextField.class);
        waitUntil(text::isFocused);
        write("halal");

        MilestoneFilter halal = MilestoneFilter.NONE.withText("halal");
        waitUntil(() -> chart().getOptions().filter().equals(halal));
        List<UUID> expected = shown().milestones().stream().filter(halal::matches).map(Milestone::id).toList();
        assertThat(expected).isNotEmpty();
        assertThat(itemsOf(chart().getRows())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(itemsInTable()).containsExactlyElementsOf(itemsOf(chart().getRows()));
    }

    @Test
    void clickingASessionInTheCommissionsViewSelectsAndShowsItsMeetingInTheChart() throws Exception {
        Milestone ninth = shown().milestones().stream()
                .filter(m -> m.title().startsWith("9th session of the Joint Ministerial Commission")).findFirst()
                .orElseThrow();
        chooseMenu("View", "Commissions and sessions");
        waitUntil(() -> lookup("#commissions-view").tryQuery().isPresent());

        clickOn(rowShowing(ninth.title()));

        waitUntil(() -> ninth.id().equals(chart().getSelectedItem()));
        waitUntil(() -> chart().boundsOf(ninth.id()).isPresent());
        assertThat(table().getSelectionModel().getSelectedItem().getValue().milestone()).isEqualTo(ninth);
    }

    @Test
    void clickingAnAgreementSelectsTheMilestoneThatCarriesItInTheChart() throws Exception {
        var agreement = shown().agreements().stream()
                .filter(a -> a.title().startsWith("MoU on cooperation in emergencies")).findFirst().orElseThrow();
        chooseMenu("View", "Agreements tracker");
        waitUntil(() -> lookup("#agreements-view").tryQuery().isPresent());

        clickOn(rowShowing(agreement.title()));

        waitUntil(() -> chart().getSelectedItem() != null);
        assertThat(agreement.milestoneIds()).contains(chart().getSelectedItem());
        waitUntil(() -> chart().boundsOf(chart().getSelectedItem()).isPresent());
    }

    @Test
    void clickingAnItemTheFilterHidesInTheOverviewClearsTheFilterAndSelectsIt() throws Exception {
        interact(() -> chart().setOptions(chart().getOptions()
                .withFilter(MilestoneFilter.NONE.withStatuses(Set.of(MilestoneStatus.DONE)))));
        chooseMenu("View", "Overview");
        waitUntil(() -> lookup("#overview-items").tryQuery().isPresent());
        Milestone atRisk = shown().milestones().stream().filter(m -> m.status() == MilestoneStatus.AT_RISK)
                .findFirst().orElseThrow();

        clickOn(rowShowing(atRisk.title()));

        waitUntil(() -> atRisk.id().equals(chart().getSelectedItem()));
        assertThat(chart().getOptions().filter().isNone()).isTrue();
        assertThat(lookup("#filter-statuses").queryAs(CheckComboBox.class).getCheckModel().getCheckedItems())
                .isEmpty();
        waitUntil(() -> chart().boundsOf(atRisk.id()).isPresent());
    }

    /** The row of a view's outline whose first cell shows the text, as drawn. */
    private javafx.scene.Node rowShowing(String text) throws Exception {
        waitUntil(() -> lookup(".report-tree .tree-table-row-cell").queryAll().stream()
                .anyMatch(r -> firstCell(r).equals(text)));
        return lookup(".report-tree .tree-table-row-cell").queryAll().stream()
                .filter(r -> firstCell(r).equals(text)).findFirst().orElseThrow();
    }

    private static String firstCell(javafx.scene.Node row) {
        return row.lookupAll(".tree-table-cell").stream().findFirst()
                .map(c -> ((javafx.scene.control.Labeled) c).getText()).filter(t -> t != null).orElse("");
    }

    static List<UUID> itemsOf(RowModel rows) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < rows.rowCount(); i++) {
            if (rows.row(i).item() != null) {
                ids.add(rows.row(i).item().id());
            }
        }
        return ids;
    }
}
