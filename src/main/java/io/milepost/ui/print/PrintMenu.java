package io.milepost.ui.print;

import io.milepost.ui.dialog.AlertTitles;
import io.milepost.ui.dialog.Buttons;
import io.milepost.i18n.Messages;
import io.milepost.app.print.ChartPrint;
import io.milepost.app.print.PrintExports;
import io.milepost.app.print.PrintCalendar;
import io.milepost.app.print.PrintRequest;
import io.milepost.chart.ChartOptions;
import io.milepost.chart.Theme;
import io.milepost.io.fonts.FontMeasurer;
import io.milepost.model.Roadmap;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanExpression;
import javafx.concurrent.Worker;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Print… and File → Export (PDF, SVG, PNG, and the implementation matrix as PDF, DOCX or XLSX). Exports run in
 * the background with a progress bar and a Cancel button; the window stays responsive.
 */
public final class PrintMenu {

    private final Supplier<Window> owner;
    private final Supplier<Roadmap> roadmap;
    private final Supplier<ChartOptions> chartOptions;
    private final Supplier<Path> document;
    private final BooleanExpression noRoadmap;
    private final Consumer<String> status;
    private final FontMeasurer measurer = new FontMeasurer(Theme.light());

    /**
     * @param chartOptions the window's chart options: grouping and language carry over to the print
     * @param document     the open document's file, named in page footers; may give {@code null}
     * @param status       told "Exported …" when an export is complete
     */
    public PrintMenu(Supplier<Window> owner, Supplier<Roadmap> roadmap, Supplier<ChartOptions> chartOptions,
                     Supplier<Path> document, BooleanExpression noRoadmap, Consumer<String> status) {
        this.status = status;
        this.owner = owner;
        this.roadmap = roadmap;
        this.chartOptions = chartOptions;
        this.document = document;
        this.noRoadmap = noRoadmap;
    }

    /** "Print…" and the "Export" submenu, for the File menu. */
    public List<MenuItem> items() {
        MenuItem print = new MenuItem(Messages.text("menu.print"));
        print.setId("menu-print");
        print.setAccelerator(KeyCombination.keyCombination("Shortcut+P"));
        print.disableProperty().bind(noRoadmap);
        print.setOnAction(e -> openPreview());
        Menu export = new Menu(Messages.text("menu.export"));
        export.setId("menu-export");
        export.disableProperty().bind(noRoadmap);
        export.getItems().addAll(
                exportItem(Messages.text("menu.export.chartPdf"), "pdf", PrintRequest.View.CHART),
                exportItem(Messages.text("menu.export.chartSvg"), "svg", PrintRequest.View.CHART),
                exportItem(Messages.text("menu.export.chartPng"), "png", PrintRequest.View.CHART),
                exportItem(Messages.text("menu.export.matrixPdf"), "pdf", PrintRequest.View.MATRIX),
                exportItem(Messages.text("menu.export.matrixDocx"), "docx", PrintRequest.View.MATRIX),
                exportItem(Messages.text("menu.export.matrixXlsx"), "xlsx", PrintRequest.View.MATRIX));
        return List.of(print, export);
    }

    /**
     * The request of the window as it is: its grouping, colours, language, filter, week start and year start, the
     * open file, today.
     */
    PrintRequest windowRequest() {
        ChartOptions o = chartOptions.get();
        Path file = document.get();
        return PrintRequest.defaults().withGrouping(o.grouping()).withColorBy(o.colorBy()).withLanguage(o.language())
                .withFilter(o.filter()).withCalendar(new PrintCalendar(o.weekStart(), o.yearStart()))
                .withFile(file == null ? "" : file.getFileName().toString(), LocalDate.now());
    }

    /** Opens the print preview on the roadmap as the window shows it. */
    public PrintPreviewDialog openPreview() {
        PrintPreviewViewModel model = new PrintPreviewViewModel(roadmap.get(), windowRequest(), measurer);
        PrintPreviewDialog dialog = new PrintPreviewDialog(owner.get(), model, measurer,
                m -> export("pdf", m.request().withView(PrintRequest.View.CHART)));
        dialog.show();
        return dialog;
    }

    private MenuItem exportItem(String text, String format, PrintRequest.View view) {
        MenuItem item = new MenuItem(text);
        item.setId("menu-export-" + view.name().toLowerCase(Locale.ROOT) + "-" + format);
        item.setOnAction(e -> export(format, windowRequest().withView(view)));
        return item;
    }

    private void export(String format, PrintRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("export.chooser", format.toUpperCase(Locale.ROOT)));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.toUpperCase(Locale.ROOT),
                "*." + format));
        Path file = document.get();
        String base = file == null ? "roadmap" : file.getFileName().toString().replaceFirst("\\.milepost$", "");
        chooser.setInitialFileName(base + (request.view() == PrintRequest.View.MATRIX ? "-matrix." : ".") + format);
        if (file != null && file.getParent() != null) {
            chooser.setInitialDirectory(file.getParent().toFile());
        }
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen != null) {
            exportTo(format, request, chosen.toPath());
        }
    }

    /** Starts an export to {@code target} in the background and shows its progress; returns the running task. */
    public Worker<Path> exportTo(String format, PrintRequest request, Path target) {
        Roadmap r = roadmap.get();
        int pages = format.equals("pdf") && request.view() == PrintRequest.View.CHART
                ? ChartPrint.onPaper(r, request, measurer).print().pageCount() : 1;
        if (!PrintExports.supports(format, request.view())) {
            throw new IllegalArgumentException(format + " cannot show the " + request.view());
        }
        ExportTask task = new ExportTask(r, request, format, target, pages);
        ExportProgress progress = new ExportProgress(owner.get(), task);
        task.setOnFailed(e -> {
            progress.close();
            Throwable t = task.getException();
            Alert alert = new Alert(Alert.AlertType.ERROR, Messages.text("export.failed",
                    format.toUpperCase(Locale.ROOT), target, t.getMessage()), Buttons.ok());
            AlertTitles.titled(alert);
            alert.initOwner(owner.get());
            alert.show();
        });
        task.setOnSucceeded(e -> {
            progress.close();
            status.accept(Messages.text("export.done", target.getFileName()));
        });
        task.setOnCancelled(e -> progress.close());
        progress.show();
        Thread worker = new Thread(task, "milepost-export");
        worker.setDaemon(true);
        worker.start();
        return task;
    }
}
