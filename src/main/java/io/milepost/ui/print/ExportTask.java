package io.milepost.ui.print;

import io.milepost.i18n.Messages;
import io.milepost.app.exchange.ExportOptions;
import io.milepost.app.exchange.Exporter;
import io.milepost.app.print.PrintExports;
import io.milepost.app.print.PrintRequest;
import io.milepost.chart.Theme;
import io.milepost.io.AtomicFile;
import io.milepost.model.Roadmap;
import java.nio.file.Path;
import java.util.Locale;
import javafx.concurrent.Task;

/**
 * One export in the background: the roadmap written through a print {@link Exporter} to a temporary file and renamed
 * when complete, with progress by page; cancelling interrupts it between pages and leaves no file.
 */
public final class ExportTask extends Task<Path> {

    private final Roadmap roadmap;
    private final PrintRequest request;
    private final String format;
    private final Path target;
    private final int expectedPages;
    /** An exchange format's exporter (JSON, CSV, …), written whole in one step; {@code null} for a print format. */
    private final Exporter exchange;
    private final ExportOptions options;

    /** @param expectedPages how many pages the export will draw, for the progress bar (1 for a table or picture) */
    ExportTask(Roadmap roadmap, PrintRequest request, String format, Path target, int expectedPages) {
        this.roadmap = roadmap;
        this.request = request;
        this.format = format;
        this.target = target;
        this.expectedPages = Math.max(1, expectedPages);
        this.exchange = null;
        this.options = ExportOptions.now();
        updateTitle(Messages.text("export.exporting", format.toUpperCase(Locale.ROOT)));
    }

    /** An export through an exchange format's exporter, titled {@code title}. */
    public ExportTask(Roadmap roadmap, Exporter exchange, ExportOptions options, Path target, String title) {
        this.roadmap = roadmap;
        this.request = null;
        this.format = exchange.extension();
        this.target = target;
        this.expectedPages = 1;
        this.exchange = exchange;
        this.options = options;
        updateTitle(title);
    }

    @Override
    protected Path call() throws Exception {
        updateProgress(0, expectedPages);
        if (exchange != null) {
            AtomicFile.write(target, out -> exchange.write(roadmap, options, out));
            updateProgress(1, 1);
            return target;
        }
        Exporter exporter = new PrintExports(request, Theme.light(), page -> {
            updateProgress(Math.min(page, expectedPages), expectedPages);
            updateMessage(Messages.text("export.page", page, expectedPages));
        }).byFormat().get(format);
        AtomicFile.write(target, out -> exporter.write(roadmap, ExportOptions.now(), out));
        updateProgress(expectedPages, expectedPages);
        return target;
    }
}
