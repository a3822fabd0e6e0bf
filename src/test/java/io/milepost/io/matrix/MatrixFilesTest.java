package io.milepost.io.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.io.pdf.MatrixPdfWriter;
import io.milepost.io.pdf.PdfInfo;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The sample's implementation matrix written as a ministry would circulate it, and read back. */
class MatrixFilesTest {

    private final Roadmap sample = SampleRoadmap.load();
    private final MatrixWords english = new MatrixWords(Locale.ENGLISH, "Pakistan", "Belarus");
    private final ImplementationMatrix matrix = ImplementationMatrix.of(sample, false, english, m -> true);

    @Test
    void everyItemIsOneRowNumberedWithinItsSector() {
        assertThat(matrix.rows()).hasSize(sample.milestones().size());
        assertThat(matrix.sections().get(0).rows()).extracting(ImplementationMatrix.Row::number)
                .startsWith("1.1", "1.2");
    }

    @Test
    void theSpreadsheetHasAFrozenFilteredHeaderTypedDatesAndValidatedStatuses() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MatrixXlsxWriter.write(matrix, out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            int header = MatrixXlsxWriter.HEADER_ROW;
            assertThat(sheet.getRow(header).getCell(2).getStringCellValue()).isEqualTo("Action");
            assertThat(sheet.getRow(header).getCell(3).getStringCellValue()).isEqualTo("Lead agency (Pakistan)");
            assertThat(sheet.getLastRowNum() - header).as("every item a row").isEqualTo(sample.milestones().size());
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A" + (header + 1) + ":");
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:4");
            var start = sheet.getRow(header + 1).getCell(6);
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(matrix.rows().get(0).start());
            assertThat(sheet.getDataValidations()).hasSize(1);
            assertThat(sheet.getDataValidations().get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactlyElementsOf(english.statuses());
            assertThat(sheet.getColumnWidth(2)).isGreaterThan(sheet.getColumnWidth(0));
        }
    }

    @Test
    void theWordDocumentIsOneTableWithARepeatingHeaderAndARowPerSectorAndItem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MatrixDocxWriter.write(matrix, out);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(doc.getTables()).hasSize(1);
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getCTTbl().getTblGrid().sizeOfGridColArray()).as("the column grid")
                    .isEqualTo(MatrixDocxWriter.COLUMNS.length);
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Action");
            assertThat(table.getRows()).hasSize(1 + matrix.sections().size() + matrix.rows().size());
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo(matrix.sections().get(0).area());
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo(matrix.rows().get(0).action());
        }
    }

    @Test
    void thePdfTableRepeatsItsHeaderNumbersItsPagesAndCarriesEveryActionInRussianToo() throws Exception {
        MatrixWords russian = new MatrixWords(Locale.forLanguageTag("ru"), "Пакистан", "Беларусь");
        ImplementationMatrix ru = ImplementationMatrix.of(sample, true, russian, m -> true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MatrixPdfWriter.write(ru, new PdfInfo(ru.title(), "", russian.heading()), out);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(doc).replaceAll("\\s+", " ");
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(doc)).contains("Мероприятие").contains("Страница " + p + " / " + pages);
            }
            List<String> actions = sample.milestones().stream()
                    .map(m -> m.titleAlt() != null && !m.titleAlt().isBlank() ? m.titleAlt() : m.title()).toList();
            assertThat(actions).anyMatch(a -> a.matches(".*[А-Яа-я].*"))
                    .allSatisfy(a -> assertThat(all).contains(a.replaceAll("\\s+", " ")));
        }
    }

    @Test
    void inRussianTheLongTitleWrapsOnThePageAndNoStatusIsBrokenMidWord() throws Exception {
        MatrixWords russian = new MatrixWords(Locale.forLanguageTag("ru"), "Пакистан", "Беларусь");
        ImplementationMatrix ru = ImplementationMatrix.of(sample, true, russian, m -> true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MatrixPdfWriter.write(ru, new PdfInfo(ru.title(), "", russian.heading()), out);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            List<String> offThePage = new ArrayList<>();
            float right = doc.getPage(0).getMediaBox().getWidth() - 36;
            PDFTextStripper glyphs = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    positions.stream().filter(t -> t.getXDirAdj() + t.getWidthDirAdj() > right + 0.5f)
                            .forEach(t -> offThePage.add(t.getUnicode()));
                    super.writeString(text, positions);
                }
            };
            String text = glyphs.getText(doc).replaceAll("\\s+", " ");
            assertThat(offThePage).as("past the right margin").isEmpty();
            assertThat(pageText(doc, 1)).as("the title, wrapped").contains(ru.title());
            assertThat(text).contains("Запланировано").contains("Выполняется");
        }
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }

    @Test
    void inRussianTheTimelineIsWrittenInRussianToo() {
        MatrixWords russian = new MatrixWords(Locale.forLanguageTag("ru"), "Пакистан", "Беларусь");
        ImplementationMatrix ru = ImplementationMatrix.of(sample, true, russian, m -> true);

        assertThat(matrix.rows()).extracting(ImplementationMatrix.Row::timeline).anyMatch(t -> t.startsWith("Q"));
        assertThat(ru.rows()).extracting(ImplementationMatrix.Row::timeline)
                .anyMatch(t -> t.contains(" кв. ")).noneMatch(t -> t.matches(".*\\bQ[1-4]\\b.*"));
        assertThat(russian.headings().get(3)).isEqualTo("Ответственный исполнитель (Пакистан)");
    }

    @Test
    void itemsLeftOutByTheChoiceGetNoRow() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        ImplementationMatrix later = ImplementationMatrix.of(sample, false, english,
                m -> m.ongoing() || !m.lastDay().isBefore(from));

        assertThat(later.rows().size()).isLessThan(matrix.rows().size());
        long expected = sample.milestones().stream().filter(m -> m.ongoing() || !m.lastDay().isBefore(from)).count();
        assertThat(later.rows()).hasSize((int) expected);
        assertThat(sample.milestones()).extracting(Milestone::title).isNotEmpty();
    }
}
