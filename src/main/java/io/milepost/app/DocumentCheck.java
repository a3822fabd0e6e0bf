package io.milepost.app;

import io.milepost.i18n.Messages;
import io.milepost.model.Problem;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapValidator;
import io.milepost.model.ScheduleCheck;
import io.milepost.store.DocumentException;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks a document over without changing it: SQLite's own integrity check, then the roadmap's validation. The file
 * is opened read-only, so checking a file can never alter it.
 */
public final class DocumentCheck {

    /**
     * What was found.
     *
     * @param problems the integrity problems of the file, then every validation problem of the roadmap
     * @param warnings dependencies the dates do not keep: worth a look, but the document is sound
     */
    public record Report(Path file, Roadmap roadmap, List<String> problems, List<String> warnings) {
        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    private DocumentCheck() {
    }

    public static Report run(Path file) throws DocumentException {
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            List<String> problems = new ArrayList<>();
            for (String p : doc.integrityProblems()) {
                problems.add(Messages.text("check.integrity", p));
            }
            Roadmap roadmap = doc.load();
            for (Problem p : RoadmapValidator.validate(roadmap)) {
                problems.add(p.toString());
            }
            List<String> warnings = ScheduleCheck.warnings(roadmap).stream().map(Problem::toString).toList();
            return new Report(file, roadmap, List.copyOf(problems), warnings);
        }
    }
}
