package io.milepost.app.edit;

import io.milepost.i18n.Messages;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A milestone's predecessors edited from a form: add one with its type and lag, change the type or lag, remove one.
 * A link that would close a loop, repeat a link or tie an item to itself is refused with the reason, as on the chart.
 */
public final class DependencyEdits {

    /** Lags beyond ten years are typing mistakes. */
    static final int MAX_LAG_DAYS = 3660;

    private DependencyEdits() {
    }

    public static Outcome add(Roadmap r, UUID predecessorId, UUID successorId, DependencyType type, int lagDays) {
        Optional<Milestone> from = r.milestone(predecessorId);
        Optional<Milestone> to = r.milestone(successorId);
        if (from.isEmpty() || to.isEmpty()) {
            return ChartGestures.gone();
        }
        Optional<String> lag = lagProblem(lagDays);
        if (lag.isPresent()) {
            return Outcome.refuse(lag.get());
        }
        Optional<String> refusal = ChartGestures.Dependencies.refusal(r, from.get(), to.get());
        if (refusal.isPresent()) {
            return Outcome.refuse(refusal.get());
        }
        Dependency d = new Dependency(UUID.randomUUID(), predecessorId, successorId, type, lagDays);
        return new Outcome.Apply(new Edit(Messages.text("edit.link", Names.title(from.get()), Names.title(to.get())),
                List.of(Change.dependency(null, d))));
    }

    public static Outcome change(Roadmap r, UUID dependencyId, DependencyType type, int lagDays) {
        Optional<Dependency> found = find(r, dependencyId);
        if (found.isEmpty()) {
            return Outcome.refuse(Messages.text("edit.refuse.linkGone"));
        }
        Optional<String> lag = lagProblem(lagDays);
        if (lag.isPresent()) {
            return Outcome.refuse(lag.get());
        }
        Dependency before = found.get();
        Dependency after = new Dependency(before.id(), before.predecessorId(), before.successorId(), type, lagDays);
        if (after.equals(before)) {
            return new Outcome.Unchanged();
        }
        return new Outcome.Apply(new Edit(Messages.text("edit.changeLink", ends(r, before)),
                List.of(Change.dependency(before, after))));
    }

    public static Outcome remove(Roadmap r, UUID dependencyId) {
        Optional<Dependency> found = find(r, dependencyId);
        if (found.isEmpty()) {
            return Outcome.refuse(Messages.text("edit.refuse.linkGone"));
        }
        Dependency d = found.get();
        return new Outcome.Apply(new Edit(Messages.text("edit.unlink", ends(r, d)),
                List.of(Change.dependency(d, null, r.dependencies().indexOf(d)))));
    }

    /** The links that lead into the item, in the document's order. */
    public static List<Dependency> predecessorsOf(Roadmap r, UUID itemId) {
        return r.dependencies().stream().filter(d -> d.successorId().equals(itemId)).toList();
    }

    private static Optional<String> lagProblem(int lagDays) {
        return Math.abs(lagDays) > MAX_LAG_DAYS
                ? Optional.of(Messages.text("edit.refuse.lag", lagDays)) : Optional.empty();
    }

    private static Optional<Dependency> find(Roadmap r, UUID id) {
        return r.dependencies().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    private static String ends(Roadmap r, Dependency d) {
        return "'" + r.milestone(d.predecessorId()).map(Names::title).orElse("?") + "' → '"
                + r.milestone(d.successorId()).map(Names::title).orElse("?") + "'";
    }
}
