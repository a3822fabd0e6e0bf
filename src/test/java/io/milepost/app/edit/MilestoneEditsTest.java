package io.milepost.app.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.model.DependencyType;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import org.junit.jupiter.api.Test;

/** A field changed in a form: one named edit, a reason to show at the field, or no step at all. */
class MilestoneEditsTest {

    private final Roadmap plan = SampleRoadmap.load();
    private final Milestone audit = plan.milestones().stream()
            .filter(m -> m.title().equals("Formalise the audit MoU into an agreement")).findFirst().orElseThrow();

    @Test
    void eachFieldIsOneNamedEdit() {
        assertThat(name(MilestoneEdits.rename(plan, audit.id(), " Audit agreement "))).isEqualTo(
                "Rename 'Formalise the audit MoU into an agreement'");
        assertThat(name(MilestoneEdits.setStatus(plan, audit.id(), MilestoneStatus.AT_RISK))).isEqualTo(
                "Set status of 'Formalise the audit MoU into an agreement' to At risk");
        assertThat(name(MilestoneEdits.setStart(plan, audit.id(), "Q3 2025"))).isEqualTo(
                "Set start of 'Formalise the audit MoU into an agreement' to Q3 2025");
        Edit end = ((Outcome.Apply) MilestoneEdits.setEnd(plan, audit.id(), "continuous")).edit();
        Milestone after = ((Change.Of<Milestone>) end.changes().get(0)).after();
        assertThat(after.ongoing()).isTrue();
        assertThat(after.end()).isNull();
    }

    @Test
    void aFieldThatSaysWhatItSaidIsNoStep() {
        assertThat(MilestoneEdits.rename(plan, audit.id(), audit.title())).isInstanceOf(Outcome.Unchanged.class);
        assertThat(MilestoneEdits.setStart(plan, audit.id(), audit.start().label()))
                .isInstanceOf(Outcome.Unchanged.class);
    }

    @Test
    void invalidInputIsRefusedWithTheReason() {
        assertThat(reason(MilestoneEdits.setStart(plan, audit.id(), "2025-13-01")))
                .isEqualTo("'2025-13-01' is not a date: there is no month 13.");
        assertThat(reason(MilestoneEdits.setEnd(plan, audit.id(), "2020"))).startsWith("It would end (2020) before");
        assertThat(reason(MilestoneEdits.rename(plan, audit.id(), "  "))).isEqualTo("A title is required.");
        assertThat(reason(MilestoneEdits.setPercent(plan, audit.id(), "140"))).contains("0 to 100");
        assertThat(reason(MilestoneEdits.setBaselineStart(plan, audit.id(), "2024")))
                .isNull();
        Roadmap withBaseline = ((Outcome.Apply) MilestoneEdits.setBaselineStart(plan, audit.id(), "2024")).edit()
                .applyTo(plan);
        assertThat(reason(MilestoneEdits.setBaselineEnd(withBaseline, audit.id(), "2023")))
                .isEqualTo("The baseline would end (31 Dec 2023) before it starts (1 Jan 2024).");
    }

    @Test
    void aPredecessorWithTypeAndLagAndTheLoopItWouldMakeRefused() {
        Milestone training = byTitle("Joint training of search-and-rescue teams");
        Milestone exercise = byTitle("Joint flood-response exercise");
        Outcome ok = DependencyEdits.add(plan, audit.id(), exercise.id(), DependencyType.SS, 14);
        var d = ((Change.Of<Dependency>) ((Outcome.Apply) ok).edit().changes().get(0)).after();
        assertThat(d.type()).isEqualTo(DependencyType.SS);
        assertThat(d.lagDays()).isEqualTo(14);
        assertThat(reason(DependencyEdits.add(plan, exercise.id(), training.id(), DependencyType.FS, 0)))
                .contains("would make a loop");
    }

    @Test
    void aSectorChangePutsTheItemLastInItsNewSector() {
        var other = plan.sectors().stream().filter(s -> !s.id().equals(audit.sectorId())).findFirst().orElseThrow();
        Edit e = ((Outcome.Apply) MilestoneEdits.setSector(plan, audit.id(), other.id())).edit();
        Milestone after = ((Change.Of<Milestone>) e.changes().get(0)).after();
        int last = plan.milestonesBySector().get(other.id()).stream().mapToInt(Milestone::order).max().orElseThrow();
        assertThat(after.order()).isEqualTo(last + 1);
        assertThat(after.start()).isEqualTo(audit.start());
    }

    private Milestone byTitle(String title) {
        return plan.milestones().stream().filter(m -> m.title().equals(title)).findFirst().orElseThrow();
    }

    private static String name(Outcome o) {
        assertThat(o).isInstanceOf(Outcome.Apply.class);
        return ((Outcome.Apply) o).edit().name();
    }

    private static String reason(Outcome o) {
        return o instanceof Outcome.Refuse r ? r.reason() : null;
    }
}
