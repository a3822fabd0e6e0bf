package io.milepost.io.matrix;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The implementation matrix as a DOCX document on A4 landscape: the title, then one real table — a header row that
 * repeats on every page, set column widths, a shaded row for each sector and one row per item.
 */
public final class MatrixDocxWriter {

    /** Which of {@link MatrixWords#headings()} the document shows: No., action, leads, timeline, outcome, status,
     * remarks; the area is each section's own row, the dates are in the timeline as written. */
    static final int[] COLUMNS = {0, 2, 3, 4, 5, 8, 9, 10};
    /** Column widths in twentieths of a point, filling A4 landscape inside half-inch margins. */
    private static final int[] WIDTHS = {700, 3600, 2100, 2100, 1500, 2900, 1200, 1298};
    private static final String HEADER_SHADE = "D9D9D9";
    private static final String SECTION_SHADE = "EEF2F6";

    private MatrixDocxWriter() {
    }

    public static void write(ImplementationMatrix matrix, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            landscapeA4(doc);
            paragraph(doc, matrix.title(), true, 16);
            paragraph(doc, matrix.subtitle() + " · " + matrix.words().heading(), false, 10);
            List<String> headings = matrix.words().headings();
            XWPFTable table = doc.createTable(1, COLUMNS.length);
            table.setWidth("100%");
            // The column grid Word lays the table out by (and that the schema requires).
            CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            for (int w : WIDTHS) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            for (int c = 0; c < COLUMNS.length; c++) {
                XWPFTableCell cell = header.getCell(c);
                cell.setWidth(Integer.toString(WIDTHS[c]));
                cell.setColor(HEADER_SHADE);
                text(cell, headings.get(COLUMNS[c]), true);
            }
            for (ImplementationMatrix.Section section : matrix.sections()) {
                XWPFTableRow row = table.createRow();
                row.setCantSplitRow(true);
                for (int c = COLUMNS.length - 1; c > 0; c--) {
                    row.removeCell(c);
                }
                XWPFTableCell cell = row.getCell(0);
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                pr.addNewGridSpan().setVal(BigInteger.valueOf(COLUMNS.length));
                cell.setColor(SECTION_SHADE);
                text(cell, section.area(), true);
                for (ImplementationMatrix.Row item : section.rows()) {
                    XWPFTableRow r = table.createRow();
                    r.setCantSplitRow(true);
                    String[] values = {item.number(), item.action(), item.leadA(), item.leadB(), item.timeline(),
                        item.outcome(), matrix.words().status(item.status()), item.remarks()};
                    for (int c = 0; c < values.length; c++) {
                        XWPFTableCell v = r.getCell(c);
                        v.setWidth(Integer.toString(WIDTHS[c]));
                        text(v, values[c], false);
                    }
                }
            }
            doc.write(out);
        }
    }

    private static void landscapeA4(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        BigInteger halfInch = BigInteger.valueOf(720);
        margins.setLeft(halfInch);
        margins.setRight(halfInch);
        margins.setTop(halfInch);
        margins.setBottom(halfInch);
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, int size) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        run.setText(text);
    }

    private static void text(XWPFTableCell cell, String value, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontSize(9);
        run.setText(value == null ? "" : value);
    }
}
