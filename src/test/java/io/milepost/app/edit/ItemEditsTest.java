package io.milepost.app.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Whole items added, duplicated and reordered as one step each; what goes with a deleted item, listed. */
class ItemEditsTest {

    private final Roadmap plan = SampleRoadmap.load();

    private Milestone byTitle(String title) {
        return plan.milestones().stream().filter(m -> m.title().equals(title)).findFirst().orElseThrow();
    }

    private List<UUID> lane(Roadmap r, UUID sector) {
        return r.milestonesBySector().get(sector).stream().map(Milestone::id).toList();
    }

    @Test
    void aNewItemIsPlannedAtTheDayGivenRightAfterTheItemItWasAddedBelow() {
        Milestone audit = byTitle("Formalise the audit MoU into an agreement");
        Edit e = ((Outcome.Apply) ItemEdits.add(plan, audit.sectorId(), LocalDate.of(2026, 3, 2), audit.id())).edit();
        Roadmap after = e.applyTo(plan);
        UUID id = ItemEdits.addedItem(e).orElseThrow();
        Milestone added = after.milestone(id).orElseThrow();
        assertThat(e.name()).isEqualTo("Add 'New milestone'");
        assertThat(added.status()).isEqualTo(MilestoneStatus.PLANNED);
        assertThat(added.firstDay()).isEqualTo(LocalDate.of(2026, 3, 2));
        List<UUID> lane = lane(after, audit.sectorId());
        assertThat(lane.get(lane.indexOf(audit.id()) + 1)).isEqualTo(id);
        assertThat(e.inverse().applyTo(after)).isEqualTo(plan);
    }

    @Test
    void movingPastTheEndOfASectorMovesIntoTheNextAndBackUp() {
        List<Sector> sectors = plan.sectorsInOrder();
        List<UUID> first = lane(plan, sectors.get(0).id());
        UUID last = first.get(first.size() - 1);
        Edit down = ((Outcome.Apply) ItemEdits.move(plan, last, 1)).edit();
        Roadmap moved = down.applyTo(plan);
        assertThat(lane(moved, sectors.get(1).id()).get(0)).isEqualTo(last);
        assertThat(down.name()).endsWith("to " + sectors.get(1).name());
        Roadmap back = ((Outcome.Apply) ItemEdits.move(moved, last, -1)).edit().applyTo(moved);
        assertThat(lane(back, sectors.get(0).id())).isEqualTo(first);

        Edit up = ((Outcome.Apply) ItemEdits.move(plan, last, -1)).edit();
        List<UUID> swapped = lane(up.applyTo(plan), sectors.get(0).id());
        assertThat(swapped.get(first.size() - 2)).isEqualTo(last);
        assertThat(up.name()).endsWith("' up");
        assertThat(ItemEdits.move(plan, first.get(0), -1)).isInstanceOf(Outcome.Refuse.class);
    }

    @Test
    void whatGoesWithAnItemIsListedBeforeItIsDeleted() {
        Milestone training = byTitle("Joint training of search-and-rescue teams");
        assertThat(ItemEdits.dependants(plan, training.id()))
                .anyMatch(l -> l.contains("'Joint flood-response exercise', which follows it"));
    }

    @Test
    void theDeleteQuestionNamesALinksTypeInTheWindowsLanguage() {
        Milestone training = byTitle("Joint training of search-and-rescue teams");
        try {
            io.milepost.i18n.Messages.useForUi(java.util.Locale.forLanguageTag("ru-RU"));
            assertThat(ItemEdits.dependants(plan, training.id()))
                    .anyMatch(l -> l.contains("«Joint flood-response exercise» (НН)"));
        } finally {
            io.milepost.i18n.Messages.useForUi(null);
        }
    }

    @Test
    void aRussianWindowAddingToAnEnglishRoadmapTitlesTheNewItemInEnglish() {
        try {
            io.milepost.i18n.Messages.useForUi(java.util.Locale.forLanguageTag("ru-RU"));
            Sector first = plan.sectorsInOrder().get(0);
            Edit add = ((Outcome.Apply) ItemEdits.add(plan, first.id(), LocalDate.of(2026, 3, 2), null)).edit();
            Milestone fresh = add.applyTo(plan).milestone(ItemEdits.addedItem(add).orElseThrow()).orElseThrow();
            assertThat(plan.info().primaryLanguage()).isEqualTo("en");
            assertThat(fresh.title()).isEqualTo("New milestone");
            assertThat(fresh.titleAlt()).isNull();
        } finally {
            io.milepost.i18n.Messages.useForUi(null);
        }
    }
}
