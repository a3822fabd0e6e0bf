package io.milepost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A planner exporting the sample from the command line, with no display. */
class ExportCommandTest extends CommandLineSession {

    @Test
    void theChartBecomesAnA4PdfAndNoTemporaryFileIsLeft() throws Exception {
        Path pdf = dir.resolve("chart.pdf");

        assertThat(run("export", sample.toString(), "--format", "pdf", "--out", pdf.toString(), "--paper", "a4",
                "--orientation", "portrait", "--mode", "fit-width")).isZero();

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(595f, 596f);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("roadmap.milepost",
                    "chart.pdf");
        }
        assertThat(out.toString()).contains("Wrote pdf");
    }

    @Test
    void aPlannerInIslamabadExportsTheChartWithFiscalYearsFromJulyAndSundayWeeks() throws Exception {
        Path svg = dir.resolve("fiscal.svg");
        Path plain = dir.resolve("calendar.svg");

        assertThat(run("export", sample.toString(), "--format", "svg", "--out", svg.toString(), "--year", "july",
                "--week-start", "sunday")).isZero();
        assertThat(run("export", sample.toString(), "--format", "svg", "--out", plain.toString())).isZero();

        assertThat(Files.readString(svg)).contains("FY 2025-26");
        assertThat(Files.readString(plain)).doesNotContain("FY 2025-26").contains(">2025<");
        assertThat(run("export", sample.toString(), "--format", "svg", "--out", svg.toString(), "--year", "april"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--year").contains("calendar, july").contains("april");
    }

    @Test
    void theMatrixIsTheDefaultViewOfASpreadsheet() throws Exception {
        Path xlsx = dir.resolve("matrix.xlsx");

        assertThat(run("export", sample.toString(), "--format", "xlsx", "--out", xlsx.toString())).isZero();

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(3).getCell(2).getStringCellValue()).isEqualTo("Action");
        }
    }

    @Test
    void aOnePageFitTooSmallToReadSaysSoAndSuggestsTiling() {
        assertThat(run("export", sample.toString(), "--format", "pdf", "--out", dir.resolve("a4.pdf").toString(),
                "--paper", "a4", "--mode", "fit-page")).isZero();

        assertThat(err.toString()).contains("too small to read").contains("tiled poster");
    }

    @Test
    void aPlannerPrintsOnlyTheAtRiskItemsOfOneSector() throws Exception {
        Path xlsx = dir.resolve("at-risk.xlsx");

        assertThat(run("export", sample.toString(), "--format", "xlsx", "--out", xlsx.toString(),
                "--status", "at_risk,delayed")).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            int statusColumn = 9;
            int items = 0;
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                var status = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(statusColumn);
                if (status != null && !status.getStringCellValue().isEmpty()) {
                    assertThat(status.getStringCellValue()).isIn("At risk", "Delayed");
                    items++;
                }
            }
            assertThat(items).isPositive();
        }

        Path csv = dir.resolve("at-risk.csv");
        assertThat(run("export", sample.toString(), "--format", "csv", "--out", csv.toString(),
                "--status", "at_risk")).isZero();
        assertThat(Files.readAllLines(csv).stream().skip(1)).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(",AT_RISK,"));
        assertThat(run("export", sample.toString(), "--format", "json", "--out", dir.resolve("x.json").toString(),
                "--status", "at_risk")).isEqualTo(2);
        assertThat(err.toString()).contains("json always holds the whole roadmap");

        assertThat(run("export", sample.toString(), "--format", "pdf", "--out", dir.resolve("x.pdf").toString(),
                "--sector", "No such sector")).isEqualTo(2);
        assertThat(err.toString()).contains("--sector").contains("No such sector");
    }

    @Test
    void aMissingFolderIsExit4ABadOptionExit2ABadDocumentExit3() throws Exception {
        assertThat(run("export", sample.toString(), "--format", "pdf", "--out",
                dir.resolve("no/such/folder/chart.pdf").toString())).isEqualTo(4);
        assertThat(err.toString()).contains("does not exist");

        assertThat(run("export", sample.toString(), "--format", "pdf", "--out", dir.resolve("c.pdf").toString(),
                "--mode", "squeeze")).isEqualTo(2);
        assertThat(run("export", sample.toString(), "--format", "docx", "--out", dir.resolve("c.docx").toString(),
                "--view", "chart")).isEqualTo(2);
        assertThat(run("export", sample.toString(), "--format", "png", "--out", dir.resolve("c.png").toString(),
                "--dpi", "1000")).isEqualTo(2);
        assertThat(run("export", sample.toString(), "--format", "gif", "--out", dir.resolve("c.gif").toString()))
                .isEqualTo(2);

        Path notADocument = Files.writeString(dir.resolve("notes.milepost"), "meeting notes");
        assertThat(run("export", notADocument.toString(), "--format", "pdf", "--out",
                dir.resolve("d.pdf").toString())).isEqualTo(3);
        assertThat(Files.exists(dir.resolve("d.pdf"))).isFalse();
    }
}
