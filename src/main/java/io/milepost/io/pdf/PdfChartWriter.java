package io.milepost.io.pdf;

import io.milepost.chart.PagePainter;
import io.milepost.chart.PrintLayout;
import io.milepost.chart.PrintedPage;
import io.milepost.chart.RowModel;
import io.milepost.chart.TextMeasurer;
import io.milepost.chart.Theme;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * The chart as a vector PDF: one PDF page per printed sheet of a {@link PrintLayout}, drawn by the same painter as
 * the screen, with its text selectable in an embedded subset of DejaVu Sans (Latin and Cyrillic).
 */
public final class PdfChartWriter {

    private PdfChartWriter() {
    }

    /**
     * @param measurer the one {@code print} was planned with: an {@code io.fonts.FontMeasurer} of {@code theme}
     * @param progress told the number of each sheet once it is drawn
     */
    public static void write(RowModel rows, PrintLayout print, Theme theme, TextMeasurer measurer, PdfInfo info,
                             OutputStream out, IntConsumer progress) throws IOException {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc)) {
            describe(doc, info);
            Map<Double, PDExtendedGraphicsState> alphas = PdfSurface.newAlphaCache();
            PDRectangle size = new PDRectangle((float) print.pageWidth(), (float) print.pageHeight());
            for (PrintedPage page : print.pages()) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("the export was cancelled");
                }
                PDPage pdfPage = new PDPage(size);
                doc.addPage(pdfPage);
                try (PDPageContentStream cs = new PDPageContentStream(doc, pdfPage)) {
                    PagePainter.paint(print, page, rows, theme, new PdfSurface(cs, print.pageHeight(), fonts, alphas),
                            measurer);
                }
                progress.accept(page.number());
            }
            doc.save(out);
        }
    }

    /**
     * Starts reading the embedded fonts in the background for the next PDF, so a command line export reads them
     * while it reads the roadmap.
     */
    public static void preloadFonts() {
        PdfFonts.preload();
    }

    static void describe(PDDocument doc, PdfInfo info) {
        PDDocumentInformation d = doc.getDocumentInformation();
        d.setTitle(info.title());
        if (!info.author().isEmpty()) {
            d.setAuthor(info.author());
        }
        d.setSubject(info.subject());
        d.setCreator("Milepost");
        d.setCreationDate(Calendar.getInstance());
    }
}
