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
 * A {@link TableDocument} as a DOCX document on A4 landscape: the title, the subtitle, then one real table — a header
 * row that repeats on every page, set column widths, a shaded row for each section and one row per line.
 */
public final class TableDocxWriter {

    private static final String HEADER_SHADE = "D9D9D9";
    private static final String SECTION_SHADE = "EEF2F6";

    private TableDocxWriter() {
    }

    public static void write(TableDocument table, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            landscapeA4(doc);
            paragraph(doc, table.title(), true, 16);
            paragraph(doc, table.subtitle(), false, 10);
            List<String> headings = table.headings();
            int[] widths = table.widths();
            int columns = headings.size();
            XWPFTable t = doc.createTable(1, columns);
            t.setWidth("100%");
            // The column grid Word lays the table out by (and that the schema requires).
            CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid()
                    : t.getCTTbl().addNewTblGrid();
            for (int w : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
            XWPFTableRow header = t.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = header.getCell(c);
                cell.setWidth(Integer.toString(widths[c]));
                cell.setColor(HEADER_SHADE);
                text(cell, headings.get(c), true);
            }
            for (TableDocument.Section section : table.sections()) {
                XWPFTableRow row = t.createRow();
                row.setCantSplitRow(true);
                for (int c = columns - 1; c > 0; c--) {
                    row.removeCell(c);
                }
                XWPFTableCell cell = row.getCell(0);
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                pr.addNewGridSpan().setVal(BigInteger.valueOf(columns));
                cell.setColor(SECTION_SHADE);
                text(cell, section.heading(), true);
                for (List<String> line : section.rows()) {
                    XWPFTableRow r = t.createRow();
                    r.setCantSplitRow(true);
                    for (int c = 0; c < columns; c++) {
                        XWPFTableCell v = r.getCell(c);
                        v.setWidth(Integer.toString(widths[c]));
                        text(v, c < line.size() ? line.get(c) : "", false);
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
