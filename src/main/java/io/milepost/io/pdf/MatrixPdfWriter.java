package io.milepost.io.pdf;

import io.milepost.chart.FontRole;
import io.milepost.chart.FontSpec;
import io.milepost.chart.Rgba;
import io.milepost.chart.Stroke;
import io.milepost.chart.TextAlign;
import io.milepost.io.fonts.EmbeddedFonts;
import io.milepost.io.fonts.TrueTypeMetrics;
import io.milepost.io.matrix.ImplementationMatrix;
import io.milepost.io.matrix.MatrixWords;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * The implementation matrix as a paged PDF table on A4 landscape: the title on top, the header row repeated on every
 * page, a shaded row for each sector, text wrapped within its column and never split across pages, "Page n / N" at
 * the foot; Latin and Cyrillic in the embedded DejaVu Sans.
 */
public final class MatrixPdfWriter {

    /** Which of {@link MatrixWords#headings()} the table shows, as in the DOCX. */
    static final int[] COLUMNS = {0, 2, 3, 4, 5, 8, 9, 10};
    // The status column is wide enough for "Запланировано" whole: at 7 % it was written "Запланир/овано".
    private static final double[] SHARES = {0.045, 0.22, 0.125, 0.125, 0.09, 0.175, 0.1, 0.12};
    static final double WIDTH = 841.89;
    static final double HEIGHT = 595.28;
    private static final double MARGIN = 36;
    private static final double SIZE = 8.5;
    private static final double LINE = SIZE * 1.25;
    private static final double PAD = 3;
    private static final FontSpec TEXT = new FontSpec(EmbeddedFonts.FAMILY, SIZE, false);
    private static final FontSpec BOLD = new FontSpec(EmbeddedFonts.FAMILY, SIZE, true);
    private static final FontSpec TITLE = new FontSpec(EmbeddedFonts.FAMILY, 14, true);
    private static final double TITLE_LINE = TITLE.size() * 1.25;
    private static final Rgba INK = new Rgba(33, 33, 33, 1);
    private static final Rgba HEADER = Rgba.parse("#d9d9d9");
    private static final Rgba SECTION = Rgba.parse("#eef2f6");
    private static final Stroke RULE = Stroke.solid(Rgba.parse("#9e9e9e"), 0.5);

    /** A row laid out: its cells' lines, its height, and whether it is a sector's heading. */
    private record Block(List<List<String>> cells, double height, boolean section) {
    }

    private MatrixPdfWriter() {
    }

    public static void write(ImplementationMatrix matrix, PdfInfo info, OutputStream out) throws IOException {
        EmbeddedFonts fonts = EmbeddedFonts.get();
        TrueTypeMetrics regular = fonts.metrics(false);
        TrueTypeMetrics bold = fonts.metrics(true);
        double usable = WIDTH - 2 * MARGIN;
        double[] widths = new double[COLUMNS.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = SHARES[i] * usable;
        }
        List<String> headings = matrix.words().headings();
        List<String> headerTexts = new ArrayList<>();
        for (int c : COLUMNS) {
            headerTexts.add(headings.get(c));
        }
        Block header = block(headerTexts, widths, bold, false);
        // A long title (the Russian ones run to ninety letters) wraps onto more lines rather than off the page.
        List<String> title = wrap(bold.drawable(matrix.title()), usable, TITLE.size(), bold);
        double titleExtra = (title.size() - 1) * TITLE_LINE;
        List<List<Block>> pages = paginate(matrix, widths, regular, bold, header, titleExtra);
        try (PDDocument doc = new PDDocument(); PdfFonts pdfFonts = new PdfFonts(doc)) {
            PdfChartWriter.describe(doc, info);
            Map<Double, PDExtendedGraphicsState> alphas = PdfSurface.newAlphaCache();
            for (int p = 0; p < pages.size(); p++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("the export was cancelled");
                }
                PDPage page = new PDPage(new PDRectangle((float) WIDTH, (float) HEIGHT));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    PdfSurface s = new PdfSurface(cs, HEIGHT, pdfFonts, alphas);
                    s.setFont(FontRole.PAGE_TITLE, TITLE);
                    s.setFont(FontRole.PAGE_TEXT, TEXT);
                    s.setFont(FontRole.BAR_LABEL, TEXT);
                    s.setFont(FontRole.GROUP_LABEL, BOLD);
                    s.setFill("ink", INK);
                    for (int l = 0; l < title.size(); l++) {
                        s.text(title.get(l), MARGIN, MARGIN + 8 + l * TITLE_LINE, FontRole.PAGE_TITLE,
                                TextAlign.LEFT);
                    }
                    s.text(matrix.subtitle() + " · " + matrix.words().heading(), MARGIN, MARGIN + 24 + titleExtra,
                            FontRole.PAGE_TEXT, TextAlign.LEFT);
                    double y = MARGIN + 36 + titleExtra;
                    y = draw(s, header, widths, y, HEADER, true);
                    for (Block b : pages.get(p)) {
                        y = draw(s, b, widths, y, b.section() ? SECTION : null, b.section());
                    }
                    s.setFill("ink", INK);
                    s.text(matrix.words().page(p + 1, pages.size()), WIDTH - MARGIN, HEIGHT - MARGIN / 2,
                            FontRole.PAGE_TEXT, TextAlign.RIGHT);
                }
            }
            doc.save(out);
        }
    }

    /**
     * Rows onto pages: a row is never split; each page has room for the title, {@code titleExtra} more for its
     * lines past the first, and the header row.
     */
    private static List<List<Block>> paginate(ImplementationMatrix matrix, double[] widths, TrueTypeMetrics regular,
                                              TrueTypeMetrics bold, Block header, double titleExtra) {
        double room = HEIGHT - 2 * MARGIN - 36 - titleExtra - header.height() - MARGIN / 2;
        List<List<Block>> pages = new ArrayList<>();
        List<Block> page = new ArrayList<>();
        double used = 0;
        for (ImplementationMatrix.Section section : matrix.sections()) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(block(List.of(section.area()), new double[] {WIDTH - 2 * MARGIN}, bold, true));
            for (ImplementationMatrix.Row r : section.rows()) {
                blocks.add(block(List.of(r.number(), r.action(), r.leadA(), r.leadB(), r.timeline(), r.outcome(),
                        matrix.words().status(r.status()), r.remarks()), widths, regular, false));
            }
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                // A sector's heading stays with its first item.
                double need = b.section() && i + 1 < blocks.size() ? b.height() + blocks.get(i + 1).height()
                        : b.height();
                if (used + need > room && !page.isEmpty()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    used = 0;
                }
                page.add(b);
                used += b.height();
            }
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private static Block block(List<String> texts, double[] widths, TrueTypeMetrics m, boolean section) {
        List<List<String>> cells = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < texts.size(); i++) {
            List<String> wrapped = wrap(m.drawable(texts.get(i) == null ? "" : texts.get(i)), widths[i] - 2 * PAD,
                    SIZE, m);
            cells.add(wrapped);
            lines = Math.max(lines, wrapped.size());
        }
        return new Block(cells, lines * LINE + 2 * PAD, section);
    }

    /** Words onto lines no wider than {@code width} at {@code size} pt; a word longer than a line is cut. */
    static List<String> wrap(String text, double width, double size, TrueTypeMetrics m) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (m.width(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (m.width(rest, size) > width && rest.length() > 1) {
                    int n = rest.length() - 1;
                    while (n > 1 && m.width(rest.substring(0, n), size) > width) {
                        n--;
                    }
                    lines.add(rest.substring(0, n));
                    rest = rest.substring(n);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static double draw(PdfSurface s, Block b, double[] widths, double y, Rgba shade, boolean bold) {
        double x = MARGIN;
        double total = WIDTH - 2 * MARGIN;
        if (shade != null) {
            s.setFill("shade", shade);
            s.fillRect(x, y, total, b.height());
        }
        s.setStroke("rule", RULE);
        s.line(x, y, x + total, y);
        s.line(x, y + b.height(), x + total, y + b.height());
        s.setFill("ink", INK);
        double cx = x;
        for (int c = 0; c < b.cells().size(); c++) {
            double w = b.cells().size() == 1 ? total : widths[c];
            List<String> lines = b.cells().get(c);
            for (int l = 0; l < lines.size(); l++) {
                s.text(lines.get(l), cx + PAD, y + PAD + LINE * (l + 0.5), bold ? FontRole.GROUP_LABEL
                        : FontRole.BAR_LABEL, TextAlign.LEFT);
            }
            s.line(cx, y, cx, y + b.height());
            cx += w;
        }
        s.line(x + total, y, x + total, y + b.height());
        return y + b.height();
    }
}
