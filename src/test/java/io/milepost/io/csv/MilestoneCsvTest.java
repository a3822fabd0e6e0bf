package io.milepost.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.milepost.model.DatePrecision;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The milestones table a planner opens in a spreadsheet, and the table a planner made in one. */
class MilestoneCsvTest {

    private static final Sector TRADE = new Sector(UUID.randomUUID(), "Trade", null, "#00897b", 1);

    private final MilestoneCsvWriter writer = new MilestoneCsvWriter();
    private final MilestoneCsvReader reader = new MilestoneCsvReader();

    private static Roadmap roadmap(Milestone... milestones) {
        Roadmap r = Roadmap.empty(new RoadmapInfo(UUID.randomUUID(), "Plan", null, "Pakistan", "Belarus",
                LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), null, "en", null)).withSector(TRADE);
        for (Milestone m : milestones) {
            r = r.withMilestone(m);
        }
        return r;
    }

    private static Milestone forum() {
        return Milestone.builder().title("Business forum").sectorId(TRADE.id()).start(PlanDate.quarter(2025, 3))
                .end(PlanDate.half(2026, 1)).status(MilestoneStatus.IN_PROGRESS).percentComplete(40)
                .leadAgencyA("TDAP").tags(List.of("trade", "forum")).build();
    }

    private String csv(Roadmap r, boolean bom) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(r, out, bom);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyColumnIsWrittenWithDatesAsWrittenAndAsFirstAndLastDay() throws Exception {
        String text = csv(roadmap(forum()), false);

        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,kind,title,titleAlt,sector,commission,start,end,ongoing,firstDay,"
                + "lastDay,timeline,status,percentComplete,leadAgencyA,leadAgencyB,baselineStart,baselineEnd,"
                + "description,expectedOutcome,remarks,tags,order");
        assertThat(lines.get(1)).contains(",Business forum,,Trade,,Q3 2025,H1 2026,false,2025-07-01,2026-06-30,"
                + "Q3 2025 – H1 2026,IN_PROGRESS,40,TDAP,").contains("trade; forum");
        assertThat(text).contains("\r\n").doesNotStartWith("\uFEFF");
        assertThat(csv(roadmap(forum()), true)).startsWith("\uFEFF");
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws Exception {
        Milestone evil = forum().toBuilder().title("=HYPERLINK(\"http://evil\",\"click\")").remarks("+1 day")
                .leadAgencyB("@SUM(A1)").description("-2").expectedOutcome("\tTab").build();

        String text = csv(roadmap(evil), false);

        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"").contains("'+1 day")
                .contains("'@SUM(A1)").contains("'-2").contains("'\tTab");
        Milestone back = reader.read(text.getBytes(StandardCharsets.UTF_8), "plan.csv", roadmap(evil)).roadmap()
                .milestone(evil.id()).orElseThrow();
        assertThat(back).isEqualTo(evil);
    }

    @Test
    void reimportingAnExportChangesNothing() throws Exception {
        Roadmap r = roadmap(forum(), forum().toBuilder().id(UUID.randomUUID()).title("Trade mission").end(null)
                .ongoing(true).build());

        Roadmap back = reader.read(csv(r, true).getBytes(StandardCharsets.UTF_8), "plan.csv", r).roadmap();

        assertThat(back).isEqualTo(r);
    }

    @Test
    void aSpreadsheetTableWithItsOwnColumnsAndDatesIsReadIntoANewRoadmap() throws Exception {
        String table = "Title,Sector,Start,End,Status,Lead agency A\n"
                + "Halal certification seminar,Halal trade,Q3 2025,,planned,PHA\n"
                + "Joint audit training,Audit institutions,12.03.2026,30/06/2026,IN PROGRESS,AGP\n"
                + "Science week,Science,Mar 2027,2027,,\n";

        MilestoneCsvReader.Result result = reader.read(table.getBytes(StandardCharsets.UTF_8), "islamabad.csv", null);

        Roadmap r = result.roadmap();
        assertThat(r.info().title()).isEqualTo("islamabad");
        assertThat(r.sectors()).extracting(Sector::name).containsExactly("Halal trade", "Audit institutions",
                "Science");
        assertThat(r.milestones()).extracting(Milestone::title).containsExactly("Halal certification seminar",
                "Joint audit training", "Science week");
        Milestone audit = r.milestones().get(1);
        assertThat(audit.start()).isEqualTo(PlanDate.day(2026, 3, 12));
        assertThat(audit.end()).isEqualTo(PlanDate.day(2026, 6, 30));
        assertThat(audit.status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        assertThat(r.milestones().get(2).start().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(result.notes()).contains("added the sector 'Halal trade'");
    }

    @Test
    void aRowWithAnIdUpdatesThatMilestoneAndRowsNotInTheFileStay() throws Exception {
        Milestone a = forum();
        Milestone b = forum().toBuilder().id(UUID.randomUUID()).title("Trade mission").build();
        String update = "id,status,percentComplete\n" + a.id() + ",DONE,100\n";

        Roadmap r = reader.read(update.getBytes(StandardCharsets.UTF_8), "update.csv", roadmap(a, b)).roadmap();

        assertThat(r.milestone(a.id()).orElseThrow()).isEqualTo(a.toBuilder().status(MilestoneStatus.DONE)
                .percentComplete(100).build());
        assertThat(r.milestone(b.id()).orElseThrow()).isEqualTo(b);
    }

    @Test
    void everyBadRowIsListedWithItsLineAndColumnAndNothingIsRead() {
        String table = "title,sector,start,percentComplete\n"
                + "Seminar,Trade,Q5 2025,10\n"
                + "Forum,Trade,2025-04,lots\n"
                + "Short row,Trade\n"
                + ",Trade,2025,0\n";

        assertThatThrownBy(() -> reader.read(table.getBytes(StandardCharsets.UTF_8), "plan.csv", null))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("plan.csv:2:3: start: 'Q5 2025' is not a date")
                .hasMessageContaining("plan.csv:3:4: percentComplete: 'lots' is not a whole number")
                .hasMessageContaining("plan.csv:4: has 2 cells; the header has 4")
                .hasMessageContaining("plan.csv:5:1: title: is required for a new milestone");
    }

    @Test
    void anUnknownColumnIsRefusedRatherThanSilentlyDropped() {
        String table = "title,sector,start,budget\nSeminar,Trade,2025,1000\n";

        assertThatThrownBy(() -> reader.read(table.getBytes(StandardCharsets.UTF_8), "plan.csv", null))
                .hasMessageContaining("plan.csv:1:4: 'budget' is not a column Milepost knows");
    }

    @Test
    void aRowThatBreaksTheRoadmapsRulesIsPlacedOnItsLine() {
        String table = "title,sector,start,end,percentComplete\nSeminar,Trade,2026,2025,150\n";

        assertThatThrownBy(() -> reader.read(table.getBytes(StandardCharsets.UTF_8), "plan.csv", null))
                .hasMessageContaining("plan.csv:2:4: end:")
                .hasMessageContaining("plan.csv:2:5: percentComplete:");
    }

    @Test
    void theSameIdTwiceIsRefused() {
        UUID id = UUID.randomUUID();
        String table = "id,title,sector,start\n" + id + ",A,Trade,2025\n" + id + ",B,Trade,2025\n";

        assertThatThrownBy(() -> reader.read(table.getBytes(StandardCharsets.UTF_8), "plan.csv", null))
                .hasMessageContaining("plan.csv:3:1: id: the milestone " + id + " is already on line 2");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] latin1 = "title,sector,start\nS\u00e9minaire,Trade,2025\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read(latin1, "plan.csv", null)).hasMessageContaining("not UTF-8");
    }
}
