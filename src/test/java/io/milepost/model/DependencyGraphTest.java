package io.milepost.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    private static List<UUID> ids(int n) {
        List<UUID> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(new UUID(0, i));
        }
        return ids;
    }

    private static List<Dependency> chain(List<UUID> ids) {
        List<Dependency> deps = new ArrayList<>();
        for (int i = 1; i < ids.size(); i++) {
            deps.add(Dependency.finishToStart(ids.get(i - 1), ids.get(i)));
        }
        return deps;
    }

    @Test
    void aChainHasNoCycle() {
        assertThat(new DependencyGraph(chain(ids(10))).findCycle()).isEmpty();
    }

    @Test
    void closingAChainIntoALoopIsFoundWithEveryItemOnIt() {
        List<UUID> ids = ids(5);
        List<Dependency> deps = chain(ids);
        deps.add(Dependency.finishToStart(ids.get(4), ids.get(1)));
        List<UUID> cycle = new DependencyGraph(deps).findCycle();
        assertThat(cycle).containsExactlyInAnyOrder(ids.get(1), ids.get(2), ids.get(3), ids.get(4));
    }

    @Test
    void linkingBackToAnEarlierItemWouldCreateACycle() {
        List<UUID> ids = ids(4);
        DependencyGraph graph = new DependencyGraph(chain(ids));
        assertThat(graph.wouldCreateCycle(ids.get(3), ids.get(0))).isTrue();
        assertThat(graph.wouldCreateCycle(ids.get(0), ids.get(3))).isFalse();
        assertThat(graph.wouldCreateCycle(ids.get(2), ids.get(2))).isTrue();
    }

    @Test
    void aHundredThousandLongChainIsWalkedWithoutOverflowingTheStack() {
        List<UUID> ids = ids(100_000);
        List<Dependency> deps = chain(ids);
        DependencyGraph acyclic = new DependencyGraph(deps);
        assertThat(acyclic.findCycle()).isEmpty();
        assertThat(acyclic.wouldCreateCycle(ids.get(99_999), ids.get(0))).isTrue();

        deps.add(Dependency.finishToStart(ids.get(99_999), ids.get(0)));
        assertThat(new DependencyGraph(deps).findCycle()).hasSize(100_000);
    }

    @Test
    void aLargeDiamondShapedGraphWithSharedSuccessorsIsNotACycle() {
        // Every item of one layer leads to every item of the next: many paths, no loop.
        List<UUID> ids = ids(200);
        List<Dependency> deps = new ArrayList<>();
        for (int layer = 0; layer < 9; layer++) {
            for (int a = 0; a < 20; a++) {
                for (int b = 0; b < 20; b++) {
                    deps.add(Dependency.finishToStart(ids.get(layer * 20 + a), ids.get((layer + 1) * 20 + b)));
                }
            }
        }
        DependencyGraph graph = new DependencyGraph(deps);
        assertThat(graph.findCycle()).isEmpty();
        assertThat(graph.wouldCreateCycle(ids.get(199), ids.get(0))).isTrue();
        assertThat(graph.wouldCreateCycle(ids.get(0), ids.get(199))).isFalse();
    }
}
