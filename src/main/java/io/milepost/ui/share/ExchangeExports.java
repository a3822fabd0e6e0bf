package io.milepost.ui.share;

import io.milepost.app.DocumentSession;
import io.milepost.app.exchange.DocumentExchangeBases;
import io.milepost.app.exchange.Exchanges;
import io.milepost.app.exchange.ExportOptions;
import io.milepost.app.exchange.Exporter;
import io.milepost.app.exchange.FilteredRoadmap;
import io.milepost.app.exchange.JsonExchange;
import io.milepost.app.print.PrintCalendar;
import io.milepost.app.print.PrintedChart;
import io.milepost.chart.ChartOptions;
import io.milepost.chart.MilestoneFilter;
import io.milepost.i18n.Messages;
import io.milepost.model.Roadmap;
import io.milepost.ui.dialog.AlertTitles;
import io.milepost.ui.print.ExportProgress;
import io.milepost.ui.print.ExportTask;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Export → JSON, CSV, iCalendar, HTML report, MS Project XML: the roadmap written in an exchange format in the
 * background, with the same progress window and Cancel as the print exports. The formats a planner reads take the
 * window's filter when asked; the exchange format never does (a milestone left out would read as one removed) and
 * remembers what was sent to the partner, as the command line does.
 */
final class ExchangeExports {

    /** The formats, in the menu's order. */
    static final List<String> FORMATS = List.of("json", "csv", "ics", "html", "mspdi");
    private static final Set<String> FILTERABLE = Set.of("csv", "ics", "html");

    private final Supplier<Window> owner;
    private final Supplier<Roadmap> roadmap;
    private final Supplier<ChartOptions> chartOptions;
    private final Supplier<DocumentSession> session;
    private final Consumer<String> status;
    /** The window's week and year start as the running export began: the report's chart is drawn off the FX thread. */
    private volatile PrintCalendar calendar = PrintCalendar.STANDARD;
    private final Exchanges exchanges = Exchanges.standard(new PrintedChart(() -> calendar));

    ExchangeExports(Supplier<Window> owner, Supplier<Roadmap> roadmap, Supplier<ChartOptions> chartOptions,
                    Supplier<DocumentSession> session, Consumer<String> status) {
        this.owner = owner;
        this.roadmap = roadmap;
        this.chartOptions = chartOptions;
        this.session = session;
        this.status = status;
    }

    /** Asks what applies to the format, then where to write it, then exports. */
    void export(String format) {
        Optional<ExportChoices> choices = ask(format);
        if (choices.isEmpty()) {
            return;
        }
        Exporter exporter = exporter(format);
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("share.export.options.title", format.toUpperCase(Locale.ROOT)));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.toUpperCase(Locale.ROOT),
                "*." + exporter.extension()));
        DocumentSession s = session.get();
        String base = s == null ? "roadmap" : s.path().getFileName().toString().replaceFirst("\\.milepost$", "");
        chooser.setInitialFileName(base + "." + exporter.extension());
        if (s != null && s.path().getParent() != null) {
            chooser.setInitialDirectory(s.path().getParent().toFile());
        }
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen != null) {
            exportTo(format, choices.get(), chosen.toPath());
        }
    }

    /** Starts the export to {@code target} in the background with its progress window; returns the running task. */
    Worker<Path> exportTo(String format, ExportChoices choices, Path target) {
        Exporter exporter = exporter(format);
        calendar = new PrintCalendar(chartOptions.get().weekStart(), chartOptions.get().yearStart());
        Roadmap whole = roadmap.get();
        Roadmap written = choices.filtered() && FILTERABLE.contains(format)
                ? FilteredRoadmap.of(whole, chartOptions.get().filter()) : whole;
        ExportOptions options = ExportOptions.now().withByteOrderMark(choices.bom() && format.equals("csv"))
                .withTitles(chartOptions.get().language());
        ExportTask task = new ExportTask(written, exporter, options, target,
                Messages.text("share.export.task", target.getFileName()));
        ExportProgress progress = new ExportProgress(owner.get(), task);
        task.setOnFailed(e -> {
            progress.close();
            Alert alert = new Alert(Alert.AlertType.ERROR, Messages.text("share.export.failed",
                    format.toUpperCase(Locale.ROOT), target, String.valueOf(task.getException().getMessage())));
            AlertTitles.titled(alert);
            alert.initOwner(owner.get());
            alert.show();
        });
        task.setOnSucceeded(e -> {
            progress.close();
            status.accept(exporter instanceof JsonExchange ? rememberSent(target, choices.partner(), whole)
                    : Messages.text("share.export.done", target.getFileName()));
        });
        task.setOnCancelled(e -> progress.close());
        progress.show();
        Thread worker = new Thread(task, "milepost-exchange-export");
        worker.setDaemon(true);
        worker.start();
        return task;
    }

    /**
     * Remembers in the open document what was sent, the base of the next merge with that partner (as the command
     * line's export does). A read-only view cannot: the export stands, and the next merge shows more conflicts.
     */
    private String rememberSent(Path target, String partner, Roadmap sent) {
        DocumentSession s = session.get();
        if (s == null || s.isReadOnly()) {
            return Messages.text("share.export.done", target.getFileName());
        }
        try {
            new DocumentExchangeBases(s).remember(partner, sent);
            return Messages.text("share.export.remembered", target.getFileName(), partner);
        } catch (IOException e) {
            return Messages.text("share.export.notRemembered", target.getFileName(), partner, e.getMessage());
        }
    }

    private Exporter exporter(String format) {
        return exchanges.exporter(format).orElseThrow(() -> new IllegalArgumentException("no exporter " + format));
    }

    /** The choices that apply to the format; empty when the planner cancels. MS Project XML has none to make. */
    private Optional<ExportChoices> ask(String format) {
        MilestoneFilter filter = chartOptions.get().filter();
        boolean filterable = FILTERABLE.contains(format) && !filter.isNone();
        if (!format.equals("json") && !format.equals("csv") && !filterable) {
            return Optional.of(ExportChoices.DEFAULT);
        }
        Dialog<ExportChoices> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(Messages.text("share.export.options.title", format.toUpperCase(Locale.ROOT)));
        VBox box = new VBox(8);
        box.setPadding(new Insets(12));
        TextField partner = new TextField(ImportFlow.DEFAULT_PARTNER);
        partner.setId("share-export-partner");
        CheckBox bom = new CheckBox(Messages.text("share.export.bom"));
        bom.setId("share-export-bom");
        CheckBox filtered = new CheckBox(Messages.text("share.export.filtered", filter.count(roadmap.get())));
        filtered.setId("share-export-filtered");
        filtered.setSelected(true);
        if (format.equals("json")) {
            box.getChildren().addAll(new Label(Messages.text("share.export.partner")), partner);
        }
        if (format.equals("csv")) {
            box.getChildren().add(bom);
        }
        if (filterable) {
            box.getChildren().add(filtered);
        }
        dialog.getDialogPane().setContent(box);
        if (format.equals("json")) {
            dialog.setOnShown(e -> partner.requestFocus()); // the one thing to type, not the button
        }
        ButtonType ok = new ButtonType(Messages.text("share.export.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.text("share.export.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.setResultConverter(b -> b == ok ? new ExportChoices(partner.getText().isBlank()
                ? ImportFlow.DEFAULT_PARTNER : partner.getText().strip(), bom.isSelected(),
                filterable && filtered.isSelected()) : null);
        return dialog.showAndWait();
    }
}
