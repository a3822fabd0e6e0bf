package io.milepost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Commission;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** A secretary prepares the next session's agenda: what moved in the commission's items since its last session. */
class ProgressCommandTest extends CommandLineSession {

    private static final String JMC = "Joint Ministerial Commission on Trade and Economic Cooperation";

    @Test
    void whatMovedSinceTheLastSessionIsListedItemByItemAndWrittenAsDocx() throws Exception {
        Milestone nextSession;
        try (RoadmapDocument doc = RoadmapDocument.open(sample, OpenMode.READ_WRITE)) {
            Roadmap r = doc.load();
            Commission jmc = r.commissions().stream().filter(c -> c.name().equals(JMC)).findFirst().orElseThrow();
            List<Milestone> meetings = r.milestones().stream()
                    .filter(m -> jmc.id().equals(m.commissionId()) && m.kind() == MilestoneKind.MEETING)
                    .sorted(java.util.Comparator.comparing(Milestone::firstDay)).toList();
            nextSession = meetings.get(meetings.size() - 1);
            doc.edit(w -> w.saveMilestone(nextSession.withStatus(MilestoneStatus.DELAYED)
                    .withDates(PlanDate.quarter(2027, 1), PlanDate.quarter(2027, 1))));
            doc.edit(w -> w.saveMilestone(nextSession.withStatus(MilestoneStatus.AT_RISK)
                    .withDates(PlanDate.quarter(2027, 1), PlanDate.quarter(2027, 1))));
        }
        String today = LocalDate.now().toString();

        assertThat(run("progress", sample.toString(), "--commission", JMC, "--on", today)).isZero();
        assertThat(out.toString()).contains("Progress since the last session: " + JMC)
                .contains(nextSession.title())
                .contains("Status: " + word(nextSession.status()) + " → At risk")
                .contains("Start moved: " + nextSession.start().label() + " → Q1 2027")
                .doesNotContain("Delayed");

        Path docx = dir.resolve("agenda.docx");
        assertThat(run("progress", sample.toString(), "--commission", JMC, "--on", today, "--lang", "ru",
                "--out", docx.toString())).isZero();
        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(docx))) {
            XWPFTable table = word.getTables().get(0);
            assertThat(table.getRow(0).getCell(2).getText()).isEqualTo("Что изменилось");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRows()).hasSize(3); // the header, the commission, the one item that changed
            assertThat(table.getRow(2).getCell(3).getText()).isEqualTo("Под угрозой");
        }
    }

    @Test
    void aCommissionWhoseItemsDidNotMoveSaysSoAndAnUnknownOneIsABadOption() {
        assertThat(run("progress", sample.toString(), "--commission", JMC, "--on", "2026-12-02")).isZero();
        assertThat(out.toString()).contains("Nothing has changed since the last session.")
                // The 9th session is postponed: the 8th is the last held, and the 9th is still the next.
                .contains("Changes since session 8").contains("next: session 9");

        assertThat(run("progress", sample.toString(), "--commission", "The Moon Commission")).isEqualTo(2);
        assertThat(err.toString()).contains("no commission named \"The Moon Commission\"");
    }

    @Test
    void anUnknownCommissionIsAnsweredWithTheCommissionsTheFileHas() throws Exception {
        List<Commission> commissions;
        try (RoadmapDocument doc = RoadmapDocument.open(sample, OpenMode.READ_ONLY)) {
            commissions = doc.load().commissions();
        }

        assertThat(run("progress", sample.toString(), "--commission", "Joint Ministerial")).isEqualTo(2);
        assertThat(err.toString()).contains("no commission named \"Joint Ministerial\"")
                .contains(commissions.stream().map(c -> "\"" + c.name() + "\"").toList());

        assertThat(run("progress", sample.toString(), "--commission", "Лунная комиссия", "--lang", "ru"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("нет комиссии «Лунная комиссия»").contains("её комиссии: \"" + JMC);
    }

    @Test
    void aSessionPutOffWhoseDateHasPassedIsNextWithNoDateAndOneStillToComeKeepsItsDateAsWritten() {
        // The JMC's 9th session was put off to Q4 2026: on 2 Dec 2026 the quarter still holds it, as the
        // commissions view shows; once the quarter is over it is no date to announce.
        assertThat(run("progress", sample.toString(), "--commission", JMC, "--on", "2026-12-02")).isZero();
        assertThat(out.toString()).contains("Changes since session 8 (Feb 2025)").contains("next: session 9 (Q4 2026)")
                .doesNotContain("1 Feb 2025").doesNotContain("1 Oct 2026");

        assertThat(run("progress", sample.toString(), "--commission", JMC, "--on", "2027-01-15")).isZero();
        assertThat(out.toString()).contains("next: session 9, postponed, no new date set")
                .doesNotContain("next: session 9 (");

        assertThat(run("progress", sample.toString(), "--commission", JMC, "--on", "2027-01-15", "--lang", "ru"))
                .isZero();
        assertThat(out.toString()).contains("следующее: заседание 9, перенесено, новая дата не назначена");
    }

    @Test
    void aDayWrittenTheLocalWayIsABadOptionAndAFolderThatIsNotThereIsNamed() {
        assertThat(run("progress", sample.toString(), "--commission", JMC, "--on", "31.03.2026")).isEqualTo(2);
        assertThat(err.toString()).contains("--on").contains("2026-03-31").contains("\"31.03.2026\"");

        Path nowhere = dir.resolve("no-such-folder").resolve("agenda.docx");
        assertThat(run("progress", sample.toString(), "--commission", JMC, "--out", nowhere.toString()))
                .isEqualTo(4);
        assertThat(err.toString()).contains(nowhere.getParent().toString()).contains("does not exist");
        assertThat(nowhere.getParent()).doesNotExist();
    }

    private static String word(MilestoneStatus s) {
        return io.milepost.i18n.Messages.in("en").of("status", s);
    }
}
