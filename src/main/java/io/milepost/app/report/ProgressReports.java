package io.milepost.app.report;

import io.milepost.chart.Language;
import io.milepost.i18n.Messages;
import io.milepost.io.AtomicFile;
import io.milepost.io.matrix.TableDocument;
import io.milepost.io.matrix.TableDocxWriter;
import io.milepost.model.MilestoneChange;
import io.milepost.model.Roadmap;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The progress report made and written the same way from the command line and from the window. */
public final class ProgressReports {

    private ProgressReports() {
    }

    /**
     * The report of one commission as of {@code today}, in the language of {@code words}, with second-language
     * titles where the report is in the roadmap's second language.
     */
    public static TableDocument of(Roadmap roadmap, UUID commissionId, List<MilestoneChange> history,
                                   LocalDate today, Messages words) {
        String second = roadmap.info().secondLanguage();
        boolean inSecond = second != null && Messages.in(second) == words && Messages.in(
                roadmap.info().primaryLanguage()) != words;
        return new ProgressReport(words, inSecond).table(SessionProgress.of(roadmap, commissionId, history, today),
                Language.of(inSecond).title(roadmap.info()));
    }

    /** Writes a report as DOCX: to a temporary name beside {@code target}, renamed when complete. */
    public static void writeDocx(TableDocument report, Path target) throws IOException {
        AtomicFile.write(target, out -> TableDocxWriter.write(report, out));
    }
}
