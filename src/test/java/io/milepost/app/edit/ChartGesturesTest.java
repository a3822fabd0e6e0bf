package io.milepost.app.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What each gesture on the chart means as an edit, checked before anything is written. */
class ChartGesturesTest {

    private final Roadmap plan = SampleRoadmap.load();

    private Milestone item(String title) {
        return plan.milestones().stream().filter(m -> m.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aMoveOfBothEndsIsAMoveAndKeepsEverythingElse() {
        Milestone audit = item("Formalise the audit MoU into an agreement");
        Outcome o = ChartGestures.move(plan, audit.id(), PlanDate.month(2025, 8), PlanDate.month(2027, 2));

        assertThat(o).isInstanceOf(Outcome.Apply.class);
        var edit = ((Outcome.Apply) o).edit();
        assertThat(edit.name()).isEqualTo("Move 'Formalise the audit MoU into an agreement'");
        var change = (Change.Of<Milestone>) edit.changes().get(0);
        assertThat(change.before()).isEqualTo(audit);
        assertThat(change.after()).isEqualTo(audit.withDates(PlanDate.month(2025, 8), PlanDate.month(2027, 2)));
    }

    @Test
    void datesOutsideNineteenHundredToTwentyTwoHundredAreRefused() {
        Milestone audit = item("Formalise the audit MoU into an agreement");
        Outcome o = ChartGestures.move(plan, audit.id(),
                PlanDate.day(LocalDate.of(1899, 12, 31)), audit.end());
        assertThat(o).isInstanceOfSatisfying(Outcome.Refuse.class,
                r -> assertThat(r.reason()).contains("1 Jan 1900").contains("31 Dec 2200"));
    }

    @Test
    void anItemDroppedWhereItWasChangesNothing() {
        Milestone audit = item("Formalise the audit MoU into an agreement");
        assertThat(ChartGestures.move(plan, audit.id(), audit.start(), audit.end()))
                .isInstanceOf(Outcome.Unchanged.class);
        assertThat(ChartGestures.setPercent(plan, audit.id(), audit.percentComplete())).isInstanceOf(Outcome.Unchanged.class);
    }

    @Test
    void linksThatLoopRepeatOrSelfLinkAreRefusedWithTheirReason() {
        Milestone training = item("Joint training of search-and-rescue teams");
        Milestone exercise = item("Joint flood-response exercise");
        assertThat(refusal(ChartGestures.link(plan, exercise.id(), training.id()))).isEqualTo(
                "Not linked: 'Joint training of search-and-rescue teams' already leads to 'Joint flood-response "
                        + "exercise', so this link would make a loop.");
        assertThat(refusal(ChartGestures.link(plan, training.id(), exercise.id()))).contains("already follows");
        assertThat(refusal(ChartGestures.link(plan, training.id(), training.id()))).contains("cannot follow itself");
    }

    @Test
    void aNewLinkIsOneFinishToStartDependency() {
        Milestone formalise = item("Formalise the disaster management MoU into an agreement");
        Milestone training = item("Joint training of search-and-rescue teams");
        Outcome o = ChartGestures.link(plan, formalise.id(), training.id());
        var edit = ((Outcome.Apply) o).edit();
        assertThat(edit.name()).isEqualTo(
                "Link 'Formalise the disaster management MoU into an…' → 'Joint training of search-and-rescue teams'");
        var d = ((Change.Of<Dependency>) edit.changes().get(0)).after();
        assertThat(d.predecessorId()).isEqualTo(formalise.id());
        assertThat(d.successorId()).isEqualTo(training.id());
    }

    @Test
    void anItemThatIsGoneIsRefused() {
        assertThat(refusal(ChartGestures.delete(plan, UUID.randomUUID()))).contains("no longer");
    }

    private static String refusal(Outcome o) {
        assertThat(o).isInstanceOf(Outcome.Refuse.class);
        return ((Outcome.Refuse) o).reason();
    }
}
