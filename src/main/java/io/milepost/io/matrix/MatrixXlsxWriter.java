package io.milepost.io.matrix;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The implementation matrix as an XLSX workbook: one sheet, a title, then a real table — a header row that stays in
 * view (frozen) and repeats on every printed page, an autofilter, set column widths, start and end as dates, and the
 * status as a cell validated against the list of statuses.
 */
public final class MatrixXlsxWriter {

    /** Row index of the header: title, subtitle and a blank row above it. */
    static final int HEADER_ROW = 3;
    /** Column widths in characters, matching {@link MatrixWords#headings()}. */
    private static final int[] WIDTHS = {7, 24, 50, 28, 28, 18, 12, 12, 40, 14, 30};
    static final int STATUS_COLUMN = 9;
    private static final int ROW_WINDOW = 200;

    private MatrixXlsxWriter() {
    }

    public static void write(ImplementationMatrix matrix, OutputStream out) throws IOException {
        // Streamed, a window of rows at a time: 10,000 items write in a fraction of the time and memory.
        try (SXSSFWorkbook book = new SXSSFWorkbook(ROW_WINDOW)) {
            SXSSFSheet sheet = book.createSheet(safeSheetName(matrix.words().heading()));
            Styles st = new Styles(book);
            Row title = sheet.createRow(0);
            cell(title, 0, matrix.title(), st.title);
            cell(sheet.createRow(1), 0, matrix.subtitle() + " · " + matrix.words().heading(), st.plain);
            Row header = sheet.createRow(HEADER_ROW);
            List<String> headings = matrix.words().headings();
            for (int c = 0; c < headings.size(); c++) {
                cell(header, c, headings.get(c), st.header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = HEADER_ROW + 1;
            for (ImplementationMatrix.Row item : matrix.rows()) {
                Row row = sheet.createRow(r++);
                cell(row, 0, item.number(), st.text);
                cell(row, 1, item.area(), st.text);
                cell(row, 2, item.action(), st.text);
                cell(row, 3, item.leadA(), st.text);
                cell(row, 4, item.leadB(), st.text);
                cell(row, 5, item.timeline(), st.text);
                date(row, 6, item.start(), st);
                date(row, 7, item.end(), st);
                cell(row, 8, item.outcome(), st.text);
                cell(row, STATUS_COLUMN, matrix.words().status(item.status()), st.text);
                cell(row, 10, item.remarks(), st.text);
            }
            int last = Math.max(HEADER_ROW + 1, r - 1);
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, headings.size() - 1));
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            DataValidationHelper dv = sheet.getDataValidationHelper();
            DataValidation status = dv.createValidation(
                    dv.createExplicitListConstraint(matrix.words().statuses().toArray(String[]::new)),
                    new CellRangeAddressList(HEADER_ROW + 1, last, STATUS_COLUMN, STATUS_COLUMN));
            status.setShowErrorBox(true);
            status.setSuppressDropDownArrow(true);
            sheet.addValidationData(status);
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            book.write(out);
        }
    }

    /** A sheet name Excel accepts: at most 31 characters, none of {@code : \ / ? * [ ]}. */
    static String safeSheetName(String name) {
        String s = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return s.isEmpty() ? "Matrix" : s.substring(0, Math.min(31, s.length()));
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static void date(Row row, int column, LocalDate value, Styles st) {
        Cell c = row.createCell(column);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(st.date);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle text;
        final CellStyle date;

        Styles(Workbook book) {
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(big);
            plain = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header = bordered(book);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            text = bordered(book);
            text.setWrapText(true);
            date = bordered(book);
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        }

        private static CellStyle bordered(Workbook book) {
            CellStyle s = book.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }
    }
}
