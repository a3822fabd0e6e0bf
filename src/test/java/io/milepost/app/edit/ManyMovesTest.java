package io.milepost.app.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Several selected milestones moved together, as a drag of one of them in the table or Alt+Up/Down moves them: their
 * order kept, into another sector, a block or items apart one place, each one undo step.
 */
class ManyMovesTest {

    private final Roadmap plan = SampleRoadmap.load();
    private final List<Sector> sectors = plan.sectorsInOrder();
    private final UUID environment = sectors.get(0).id();
    private final UUID disasters = sectors.get(1).id();

    private List<UUID> lane(Roadmap r, UUID sector) {
        return r.milestonesBySector().getOrDefault(sector, List.of()).stream().map(Milestone::id).toList();
    }

    private Edit applied(Outcome o) {
        assertThat(o).isInstanceOf(Outcome.Apply.class);
        return ((Outcome.Apply) o).edit();
    }

    private static List<UUID> with(List<UUID> lane, int at, List<UUID> items) {
        List<UUID> out = new ArrayList<>(lane);
        out.removeAll(items);
        out.addAll(at, items);
        return out;
    }

    @Test
    void threeDroppedInAnotherSectorGoThereInTheirOrderAndUndoPutsThemBack() {
        List<UUID> env = lane(plan, environment);
        List<UUID> dis = lane(plan, disasters);
        List<UUID> three = env.subList(1, 4);
        // Selected bottom up: the plan's order counts, not the order of the clicks.
        List<UUID> clicked = List.of(three.get(2), three.get(0), three.get(1));

        Edit e = applied(ManyMoves.moveTo(plan, clicked, disasters, dis.get(1)));
        Roadmap moved = e.applyTo(plan);

        assertThat(lane(moved, disasters)).containsExactlyElementsOf(with(dis, 1, three));
        assertThat(lane(moved, environment)).containsExactly(env.get(0), env.get(4));
        assertThat(three).allMatch(id -> moved.milestone(id).orElseThrow().sectorId().equals(disasters));
        assertThat(e.name()).isEqualTo("Move 3 milestones to " + sectors.get(1).name());
        assertThat(e.inverse().applyTo(moved)).isEqualTo(plan);
    }

    @Test
    void itemsApartInOneSectorCloseUpWhereTheyAreDroppedKeepingTheirOrder() {
        List<UUID> trade = lane(plan, sectors.get(7).id());
        List<UUID> apart = List.of(trade.get(1), trade.get(4), trade.get(9));

        Edit e = applied(ManyMoves.moveTo(plan, apart, sectors.get(7).id(), null));
        Roadmap moved = e.applyTo(plan);

        List<UUID> now = lane(moved, sectors.get(7).id());
        assertThat(now.subList(now.size() - 3, now.size())).containsExactlyElementsOf(apart);
        assertThat(now).containsExactlyElementsOf(with(trade, trade.size() - 3, apart));
        assertThat(e.name()).isEqualTo("Move 3 milestones");
        assertThat(e.inverse().applyTo(moved)).isEqualTo(plan);
    }

    @Test
    void itemsFromTwoSectorsDroppedTogetherKeepTheSectorsOrder() {
        UUID fromDisasters = lane(plan, disasters).get(0);
        UUID fromEnvironment = lane(plan, environment).get(2);
        UUID halal = sectors.get(2).id();

        Roadmap moved = applied(ManyMoves.moveTo(plan, List.of(fromDisasters, fromEnvironment), halal,
                lane(plan, halal).get(0))).applyTo(plan);

        assertThat(lane(moved, halal).subList(0, 2)).containsExactly(fromEnvironment, fromDisasters);
    }

    @Test
    void droppedOntoThemselvesOrWhereTheyStandChangesNothing() {
        List<UUID> env = lane(plan, environment);
        List<UUID> two = env.subList(1, 3);

        assertThat(ManyMoves.moveTo(plan, two, environment, env.get(1))).isInstanceOf(Outcome.Unchanged.class);
        assertThat(ManyMoves.moveTo(plan, two, environment, env.get(2))).isInstanceOf(Outcome.Unchanged.class);
        assertThat(ManyMoves.moveTo(plan, two, environment, env.get(3))).isInstanceOf(Outcome.Unchanged.class);
        assertThat(ItemEdits.moveTo(plan, env.get(1), environment, env.get(1))).isInstanceOf(Outcome.Unchanged.class);
    }

    @Test
    void aBlockMovesDownOnePlaceAndAtItsSectorsEndIntoTheNextSectorTogether() {
        List<UUID> env = lane(plan, environment);
        List<UUID> dis = lane(plan, disasters);

        Edit down = applied(ManyMoves.move(plan, env.subList(1, 3), 1));
        assertThat(lane(down.applyTo(plan), environment))
                .containsExactly(env.get(0), env.get(3), env.get(1), env.get(2), env.get(4));
        assertThat(down.name()).isEqualTo("Move 2 milestones down");

        List<UUID> lastTwo = env.subList(3, 5);
        Edit across = applied(ManyMoves.move(plan, lastTwo, 1));
        Roadmap moved = across.applyTo(plan);
        assertThat(lane(moved, disasters)).containsExactlyElementsOf(with(dis, 0, lastTwo));
        assertThat(lane(moved, environment)).containsExactlyElementsOf(env.subList(0, 3));
        assertThat(across.inverse().applyTo(moved)).isEqualTo(plan);

        Edit back = applied(ManyMoves.move(moved, lastTwo, -1));
        assertThat(back.applyTo(moved)).isEqualTo(plan);
        assertThat(back.name()).isEqualTo("Move 2 milestones up");
    }

    @Test
    void itemsApartEachMoveOnePlaceAndOneHeldAtTheStartHoldsBackThoseRightBehindIt() {
        List<UUID> env = lane(plan, environment);
        Roadmap up = applied(ManyMoves.move(plan, List.of(env.get(1), env.get(3)), -1)).applyTo(plan);
        assertThat(lane(up, environment)).containsExactly(env.get(1), env.get(0), env.get(3), env.get(2), env.get(4));

        Edit held = applied(ManyMoves.move(plan, List.of(env.get(0), env.get(1), env.get(3)), -1));
        assertThat(lane(held.applyTo(plan), environment))
                .containsExactly(env.get(0), env.get(1), env.get(3), env.get(2), env.get(4));
        assertThat(held.name()).isEqualTo("Move '" + Names.title(plan.milestone(env.get(3)).orElseThrow()) + "' up");

        assertThat(ManyMoves.move(plan, env.subList(0, 2), -1)).isInstanceOf(Outcome.Refuse.class);
        UUID lastSector = sectors.get(sectors.size() - 1).id();
        List<UUID> last = lane(plan, lastSector);
        Outcome atTheEnd = ManyMoves.move(plan, last.subList(last.size() - 2, last.size()), 1);
        assertThat(((Outcome.Refuse) atTheEnd).reason()).isEqualTo(
                "The selected milestones are already at the end of the roadmap.");
    }

    @Test
    void oneItemAloneIsMovedAndNamedAsOneItem() {
        Milestone first = plan.milestone(lane(plan, environment).get(0)).orElseThrow();
        Edit e = applied(ManyMoves.move(plan, List.of(first.id()), 1));
        assertThat(e.name()).isEqualTo("Move '" + Names.title(first) + "' down");
    }
}
