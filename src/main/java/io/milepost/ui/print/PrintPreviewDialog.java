package io.milepost.ui.print;

import io.milepost.ui.dialog.DayConverter;
import io.milepost.i18n.Messages;
import io.milepost.app.print.ChartPrint;
import io.milepost.chart.Grouping;
import io.milepost.chart.Paper;
import io.milepost.chart.PrintMode;
import io.milepost.chart.Theme;
import io.milepost.io.fonts.FontMeasurer;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File → Print…: the real pages, one at a time (drawn only when shown), with paper, orientation, mode, date range and
 * grouping; the page count and scale follow every change. Prints through JavaFX's {@link PrinterJob}; with no printer
 * set up it says so and offers the PDF instead.
 */
public final class PrintPreviewDialog {

    /** Height of the sheet on view, in preview pixels (its width keeps within the window). */
    private static final double PREVIEW_HEIGHT = 520;

    private final PrintPreviewViewModel model;
    private final Theme theme = Theme.light();
    private final FontMeasurer measurer;
    private final Stage stage = new Stage();
    private final Pagination pages = new Pagination();
    private final Runnable exportPdf;

    /** @param exportPdf exports a PDF with the preview's options (File → Export → PDF) */
    public PrintPreviewDialog(Window owner, PrintPreviewViewModel model, FontMeasurer measurer,
                              Consumer<PrintPreviewViewModel> exportPdf) {
        this.model = model;
        this.measurer = measurer;
        this.exportPdf = () -> exportPdf.accept(model);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.text("print.title"));
        pages.setId("print-pages");
        pages.setPageFactory(this::page);
        model.printProperty().addListener((o, old, p) -> refresh(p));
        refresh(model.printProperty().get());
        BorderPane root = new BorderPane(pages, options(), null, buttons(), null);
        root.setPadding(new Insets(10));
        stage.setScene(new Scene(root, 900, 760));
    }

    public void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private void refresh(ChartPrint print) {
        int index = Math.min(pages.getCurrentPageIndex(), print.print().pageCount() - 1);
        pages.setPageCount(print.print().pageCount());
        pages.setCurrentPageIndex(Math.max(0, index));
        // The factory is asked again only for a new index: ask it for the page on view.
        pages.setPageFactory(null);
        pages.setPageFactory(this::page);
    }

    private Node page(int index) {
        ChartPrint print = model.printProperty().get();
        if (index < 0 || index >= print.print().pageCount()) {
            return null;
        }
        double scale = Math.min(PREVIEW_HEIGHT / print.print().pageHeight(), 820 / print.print().pageWidth());
        Canvas canvas = PagePreview.render(print, index, scale, theme, measurer);
        StackPane sheet = new StackPane(canvas);
        sheet.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.3), 8, 0, 0, 2);");
        sheet.setMaxSize(canvas.getWidth(), canvas.getHeight());
        return sheet;
    }

    private Node options() {
        ComboBox<Paper> paper = combo("print-paper", Paper.values(), model.paper.get(), "paper");
        paper.valueProperty().bindBidirectional(model.paper);
        String landscape = Messages.text("print.landscape");
        ComboBox<String> orientation = new ComboBox<>(FXCollections.observableArrayList(landscape,
                Messages.text("print.portrait")));
        orientation.setId("print-orientation");
        orientation.setValue(model.landscape.get() ? landscape : Messages.text("print.portrait"));
        orientation.valueProperty().addListener((o, old, v) -> model.landscape.set(v.equals(landscape)));
        ComboBox<PrintMode> mode = combo("print-mode", PrintMode.values(), model.mode.get(), "printMode");
        mode.valueProperty().bindBidirectional(model.mode);
        ComboBox<Grouping> grouping = combo("print-grouping", Grouping.values(), model.grouping.get(), "grouping");
        grouping.valueProperty().bindBidirectional(model.grouping);
        DatePicker from = DayConverter.on(new DatePicker());
        from.setId("print-from");
        from.setPromptText(Messages.text("filter.from"));
        from.valueProperty().bindBidirectional(model.from);
        DatePicker to = DayConverter.on(new DatePicker());
        to.setId("print-to");
        to.setPromptText(Messages.text("filter.to"));
        to.valueProperty().bindBidirectional(model.to);
        Label summary = new Label();
        summary.setId("print-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label warning = new Label();
        warning.setId("print-warning");
        warning.setWrapText(true);
        warning.textProperty().bind(model.warningProperty());
        warning.setStyle("-fx-text-fill: #b26a00;");
        FlowPane row = new FlowPane(8, 6, new Label(Messages.text("print.paper")), paper, orientation,
                new Label(Messages.text("print.mode")), mode, new Label(Messages.text("print.groupBy")), grouping,
                new Label(Messages.text("print.dates")), from, to, summary);
        BorderPane top = new BorderPane(row, null, null, warning, null);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private Node buttons() {
        Label noPrinter = new Label();
        noPrinter.setId("print-no-printer");
        Button print = new Button(Messages.text("print.print"));
        print.setId("print-print");
        print.setDefaultButton(true);
        Button pdf = new Button(Messages.text("print.exportPdf"));
        pdf.setId("print-export-pdf");
        pdf.setOnAction(e -> exportPdf.run());
        Button close = new Button(Messages.text("button.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        if (Printer.getDefaultPrinter() == null) {
            print.setDisable(true);
            noPrinter.setText(Messages.text("print.noPrinter"));
            pdf.setDefaultButton(true);
        }
        print.setOnAction(e -> print());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, noPrinter, grow, pdf, print, close);
        bar.setPadding(new Insets(8, 0, 0, 0));
        return bar;
    }

    private void print() {
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null || !job.showPrintDialog(stage)) {
            return;
        }
        ChartPrint print = model.printProperty().get();
        PageLayout layout = job.getPrinter().createPageLayout(paper(model.paper.get()),
                model.landscape.get() ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM);
        double fit = Math.min(layout.getPrintableWidth() / print.print().pageWidth(),
                layout.getPrintableHeight() / print.print().pageHeight());
        for (int i = 0; i < print.print().pageCount(); i++) {
            // One sheet at a time, drawn at 2 pixels a point for a sharp print, then dropped.
            Canvas sheet = PagePreview.render(print, i, 2, theme, measurer);
            sheet.getTransforms().add(new Scale(fit / 2, fit / 2));
            if (!job.printPage(layout, sheet)) {
                job.cancelJob();
                return;
            }
        }
        job.endJob();
        stage.close();
    }

    private static javafx.print.Paper paper(Paper p) {
        return switch (p) {
            case A4 -> javafx.print.Paper.A4;
            case A3 -> javafx.print.Paper.A3;
            case A2 -> javafx.print.Paper.A2;
            case A1 -> javafx.print.Paper.A1;
            case A0 -> javafx.print.Paper.A0;
            case LETTER -> javafx.print.Paper.NA_LETTER;
            case LEGAL -> javafx.print.Paper.LEGAL;
            case TABLOID -> javafx.print.Paper.TABLOID;
        };
    }

    /** {@code names}: the prefix of the values' names in the bundles ("paper" for paper.A4). */
    private static <E extends Enum<E>> ComboBox<E> combo(String id, E[] values, E value, String names) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setValue(value);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                if (e == null) {
                    return "";
                }
                return Messages.ui().of(names, e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
