package io.milepost.app.exchange;

import io.milepost.i18n.Messages;
import io.milepost.app.edit.Edit;
import io.milepost.app.merge.MergePlan;
import io.milepost.app.merge.ThreeWayMerge;
import io.milepost.model.Problem;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An import read, checked and worked out against a document's roadmap, but not yet applied: the merge plan the
 * planner reviews, and what the importer and the merge have to say. Shared by the command line, which applies it at
 * once, and the window, which first shows the change set and takes the planner's picks. Nothing is written here
 * except through {@link #edit} (by whoever applies it) and {@link #rememberAgreed}.
 *
 * @param baseKnown whether the state last exchanged with the partner was found (a copy of the same roadmap only)
 */
public record PreparedImport(Path source, Imported imported, MergePlan plan, boolean baseKnown, String partner,
                             List<String> notes) {

    public PreparedImport {
        notes = List.copyOf(notes);
    }

    /**
     * Reads {@code source} and plans its merge into {@code ours}: a copy of the same roadmap three-way with the state
     * last exchanged with {@code partner}; another roadmap or another tool's plan adds its items under this
     * document's title, parties and period; rows (CSV) update by id and add.
     */
    public static PreparedImport read(Path source, Importer importer, Roadmap ours, ExchangeBases bases,
                                      String partner) throws ImportException, IOException {
        Imported imported = importer.read(source, ours);
        List<String> notes = new ArrayList<>(imported.notes());
        Roadmap theirs = imported.roadmap();
        Optional<Roadmap> base = Optional.empty();
        boolean known = false;
        switch (imported.scope()) {
            case ROWS -> base = Optional.of(ours);
            case EXCHANGE_COPY -> {
                if (theirs.info().id().equals(ours.info().id())) {
                    base = bases.base(ours.info().id(), partner);
                    known = base.isPresent();
                    if (base.isEmpty()) {
                        notes.add(Messages.text("merge.note.neverExchanged", partner));
                    }
                } else {
                    notes.add(Messages.text("merge.note.anotherRoadmap", theirs.info().title()));
                    theirs = theirs.withInfo(ours.info());
                }
            }
            case FOREIGN_PLAN -> {
                notes.add(Messages.text("merge.note.foreignPlan"));
                theirs = theirs.withInfo(ours.info());
            }
        }
        return new PreparedImport(source, imported, ThreeWayMerge.plan(base, ours, theirs), known, partner, notes);
    }

    /** A copy of this very roadmap, whose state is remembered as the base of the next merge with the partner. */
    public boolean isSameRoadmapCopy() {
        return imported.scope() == Imported.Scope.EXCHANGE_COPY
                && imported.roadmap().info().id().equals(plan.ours().info().id());
    }

    /**
     * The one edit that makes the document's roadmap into {@code outcome}'s, named {@code name}, after checking the
     * result as a whole; empty when nothing changes.
     */
    public Optional<Edit> edit(String name, MergePlan.Outcome outcome) throws ImportException {
        requireValid(source, outcome.result());
        return plan.edit(name, outcome);
    }

    /**
     * Remembers what the partner sent as the state both now agree on, once every conflict has been settled: the
     * next merge with that partner starts from it. Anything else (another roadmap, a plan, rows) is not a copy and
     * is not remembered.
     */
    public void rememberAgreed(ExchangeBases bases) throws IOException {
        if (isSameRoadmapCopy()) {
            bases.remember(partner, imported.roadmap());
        }
    }

    static void requireValid(Path source, Roadmap roadmap) throws ImportException {
        List<Problem> problems = RoadmapValidator.validate(roadmap);
        if (!problems.isEmpty()) {
            throw new ImportException(problems.stream().map(p -> source.getFileName() + ": " + p).toList(), null);
        }
    }
}
