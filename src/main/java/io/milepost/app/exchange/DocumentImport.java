package io.milepost.app.exchange;

import io.milepost.app.DocumentSession;
import io.milepost.app.merge.Conflict;
import io.milepost.app.merge.MergePlan;
import io.milepost.app.merge.Side;
import io.milepost.model.Roadmap;
import io.milepost.store.DocumentException;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Imports a file into a document. Everything is read and checked first; then a missing document is created holding
 * the import, and an existing one gets the merge as one transaction and one undo step. A copy of the same roadmap is
 * merged three-way with the state last exchanged with that partner; another roadmap or another tool's plan adds its
 * items; rows (CSV) update by id and add, never remove. With {@code dryRun} nothing is written anywhere.
 */
public final class DocumentImport {

    /**
     * What an import did or, on a dry run, would do.
     *
     * @param created  the document did not exist and is (or would be) created with the import
     * @param outcome  the merge into the existing document; {@code null} when created
     * @param baseKnown whether a state last exchanged with the partner was found
     * @param settled  whether every conflict was settled for one side, rather than left for the planner
     * @param notes    what the importer and the merge have to say (what had no place, what was kept)
     */
    public record Report(Path target, boolean created, Roadmap imported, MergePlan.Outcome outcome, boolean baseKnown,
                         boolean applied, boolean settled, List<String> notes) {
        public List<Conflict> conflicts() {
            return outcome == null ? List.of() : outcome.conflicts();
        }

        /** The conflicts left as they are in the document, for the planner to settle. */
        public List<Conflict> conflictsLeft() {
            return settled ? List.of() : conflicts();
        }
    }

    private DocumentImport() {
    }

    /**
     * @param settleAll the side every conflict is settled for; empty: conflicts are left as they are in the
     *                  document and only what does not conflict is applied
     */
    public static Report run(Path source, Path target, Importer importer, String partner,
                             Optional<Side> settleAll, boolean dryRun)
            throws ImportException, IOException, DocumentException {
        if (!Files.exists(target)) {
            return create(source, target, importer, partner, dryRun);
        }
        try (DocumentSession session = DocumentSession.open(target,
                dryRun ? OpenMode.READ_ONLY : OpenMode.READ_WRITE)) {
            PreparedImport prepared = PreparedImport.read(source, importer, session.roadmap(),
                    new DocumentExchangeBases(session), partner);
            MergePlan plan = prepared.plan();
            Function<Conflict.Key, Side> resolve = settleAll.isPresent() ? k -> settleAll.get() : MergePlan.KEEP_OURS;
            MergePlan.Outcome outcome = plan.outcome(resolve);
            requireValid(source, outcome.result());
            boolean applied = false;
            if (!dryRun) {
                Optional<io.milepost.app.edit.Edit> edit = plan.edit("Import '" + source.getFileName() + "'",
                        outcome);
                if (edit.isPresent()) {
                    try {
                        session.apply(edit.get());
                    } catch (io.milepost.app.DocumentProblem p) {
                        throw p.storeFailure(); // the command line reports the store's own reason and exit code
                    }
                    applied = true;
                }
                if (outcome.conflicts().isEmpty() || settleAll.isPresent()) {
                    prepared.rememberAgreed(new DocumentExchangeBases(session));
                }
            }
            Imported imported = prepared.imported();
            boolean baseKnown = prepared.baseKnown() || imported.scope() == Imported.Scope.ROWS;
            List<String> notes = prepared.notes();
            return new Report(target, false, imported.roadmap(), outcome, baseKnown, applied,
                    settleAll.isPresent(), notes);
        }
    }

    private static Report create(Path source, Path target, Importer importer, String partner, boolean dryRun)
            throws ImportException, IOException, DocumentException {
        Imported imported = importer.read(source, null);
        requireValid(source, imported.roadmap());
        if (!dryRun) {
            RoadmapDocument.create(target, imported.roadmap()).close();
            if (imported.scope() == Imported.Scope.EXCHANGE_COPY) {
                try (DocumentSession session = DocumentSession.open(target, OpenMode.READ_WRITE)) {
                    new DocumentExchangeBases(session).remember(partner, imported.roadmap());
                }
            }
        }
        return new Report(target, true, imported.roadmap(), null, false, !dryRun, true, imported.notes());
    }

    private static void requireValid(Path source, Roadmap roadmap) throws ImportException {
        PreparedImport.requireValid(source, roadmap);
    }
}
