package io.milepost.app.print;

import io.milepost.app.exchange.ExportOptions;
import io.milepost.app.exchange.Exporter;
import io.milepost.chart.Language;
import io.milepost.chart.Theme;
import io.milepost.io.fonts.FontMeasurer;
import io.milepost.io.matrix.ImplementationMatrix;
import io.milepost.io.matrix.MatrixDocxWriter;
import io.milepost.io.matrix.MatrixWords;
import io.milepost.io.matrix.MatrixXlsxWriter;
import io.milepost.io.pdf.MatrixPdfWriter;
import io.milepost.io.pdf.PdfChartWriter;
import io.milepost.io.pdf.PdfInfo;
import io.milepost.io.png.PngChartWriter;
import io.milepost.io.svg.SvgChartWriter;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import java.time.LocalDate;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The print formats — pdf, svg, png, docx, xlsx — as {@link Exporter}s keyed by format name, for one request: the
 * command line's {@code export} and the window's File → Export find them by name beside the exchange formats.
 * The chart is the default view of pdf, svg and png; the implementation matrix of docx and xlsx.
 */
public final class PrintExports {

    private final PrintRequest request;
    private final Theme theme;
    private final IntConsumer progress;

    /** @param progress told each finished page's number, for a progress bar */
    public PrintExports(PrintRequest request, Theme theme, IntConsumer progress) {
        this.request = request;
        this.theme = theme;
        this.progress = progress;
    }

    /** Every print format by its name, in the order a menu lists them. */
    public Map<String, Exporter> byFormat() {
        Map<String, Exporter> all = new LinkedHashMap<>();
        for (Exporter e : List.of(
                new PrintExporter("pdf", "pdf", this::pdf),
                new PrintExporter("svg", "svg", this::svg),
                new PrintExporter("png", "png", this::png),
                new PrintExporter("docx", "docx", this::docx),
                new PrintExporter("xlsx", "xlsx", this::xlsx))) {
            all.put(e.format(), e);
        }
        return all;
    }

    /** Prepares what a format will need before the roadmap is read: a PDF's fonts are parsed meanwhile. */
    public static void warmUp(String format) {
        if (format.equals("pdf")) {
            PdfChartWriter.preloadFonts();
        }
    }

    /** Whether a format can show a view: docx and xlsx are tables only, svg and png pictures only. */
    public static boolean supports(String format, PrintRequest.View view) {
        return switch (format) {
            case "pdf" -> true;
            case "svg", "png" -> view == PrintRequest.View.CHART;
            case "docx", "xlsx" -> view == PrintRequest.View.MATRIX;
            default -> false;
        };
    }

    /** The view a format shows unless told otherwise. */
    public static PrintRequest.View defaultView(String format) {
        return format.equals("docx") || format.equals("xlsx") ? PrintRequest.View.MATRIX : PrintRequest.View.CHART;
    }

    private interface Body {
        void write(Roadmap roadmap, OutputStream out) throws IOException;
    }

    private record PrintExporter(String format, String extension, Body body) implements Exporter {
        @Override
        public void write(Roadmap roadmap, ExportOptions options, OutputStream out) throws IOException {
            body.write(roadmap, out);
        }
    }

    private void pdf(Roadmap roadmap, OutputStream out) throws IOException {
        PdfInfo info = new PdfInfo(request.language().title(roadmap.info()), "", subject(roadmap));
        if (request.view() == PrintRequest.View.MATRIX) {
            MatrixPdfWriter.write(matrix(roadmap), info, out);
            return;
        }
        FontMeasurer measurer = new FontMeasurer(theme);
        ChartPrint print = ChartPrint.onPaper(roadmap, request, measurer);
        PdfChartWriter.write(print.rows(), print.print(), theme, measurer, info, out, progress);
    }

    private void svg(Roadmap roadmap, OutputStream out) throws IOException {
        FontMeasurer measurer = new FontMeasurer(theme);
        ChartPrint print = ChartPrint.wholeChart(roadmap, request, measurer);
        SvgChartWriter.write(print.rows(), print.print(), theme, measurer, request.language().title(roadmap.info()),
                out);
        progress.accept(1);
    }

    private void png(Roadmap roadmap, OutputStream out) throws IOException {
        FontMeasurer measurer = new FontMeasurer(theme);
        ChartPrint print = ChartPrint.wholeChart(roadmap, request, measurer);
        PngChartWriter.write(print.rows(), print.print(), theme, measurer, request.dpi(), out);
        progress.accept(1);
    }

    private void docx(Roadmap roadmap, OutputStream out) throws IOException {
        MatrixDocxWriter.write(matrix(roadmap), out);
        progress.accept(1);
    }

    private void xlsx(Roadmap roadmap, OutputStream out) throws IOException {
        MatrixXlsxWriter.write(matrix(roadmap), out);
        progress.accept(1);
    }

    private String subject(Roadmap roadmap) {
        boolean ru = locale(roadmap).getLanguage().equals("ru");
        if (request.view() == PrintRequest.View.MATRIX) {
            return ru ? "Матрица реализации" : "Implementation matrix";
        }
        return ru ? "Диаграмма дорожной карты" : "Roadmap chart";
    }

    private Locale locale(Roadmap roadmap) {
        return request.locale(roadmap.info().secondLanguage(), roadmap.info().primaryLanguage());
    }

    /**
     * Why a chart on paper is not quite what was asked (a one-page fit too small to read, printed on more pages), or
     * empty; for the planner to read before sending the file.
     */
    public Optional<String> chartWarning(Roadmap roadmap) {
        if (request.view() != PrintRequest.View.CHART) {
            return Optional.empty();
        }
        return ChartPrint.onPaper(roadmap, request, new FontMeasurer(theme)).print().warning();
    }

    /** An item runs within a range when it neither ended before it nor starts after it; ongoing items run on. */
    private static boolean runsWithin(Milestone m, LocalDate from, LocalDate to) {
        return !(from != null && !m.ongoing() && m.lastDay().isBefore(from) || to != null && m.firstDay().isAfter(to));
    }

    /** The matrix of a roadmap under this request's language and date range. */
    public ImplementationMatrix matrix(Roadmap roadmap) {
        MatrixWords words = new MatrixWords(locale(roadmap), roadmap.info().partyA(), roadmap.info().partyB());
        return ImplementationMatrix.of(roadmap, request.language() == Language.SECOND, words,
                m -> request.filter().matches(m) && runsWithin(m, request.from(), request.to()));
    }
}
