package io.milepost.ui.share;

import io.milepost.app.DocumentSession;
import io.milepost.app.edit.Edit;
import io.milepost.app.exchange.CsvExchange;
import io.milepost.app.exchange.DocumentExchangeBases;
import io.milepost.app.exchange.DocumentImport;
import io.milepost.app.exchange.Exchanges;
import io.milepost.app.exchange.ExchangeBases;
import io.milepost.app.exchange.ImportException;
import io.milepost.app.exchange.Importer;
import io.milepost.app.exchange.JsonExchange;
import io.milepost.app.exchange.MemoryExchangeBases;
import io.milepost.app.exchange.MpxjExchange;
import io.milepost.app.exchange.PreparedImport;
import io.milepost.app.merge.MergePlan;
import io.milepost.i18n.Messages;
import io.milepost.model.Roadmap;
import io.milepost.ui.editors.RoadmapEditing;
import io.milepost.ui.print.ExportProgress;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File → Import…: the file is read and checked in the background (progress and Cancel), the change set is shown in
 * the {@link MergeDialog}, and what the planner picks is applied as one edit — one transaction, one undo step named
 * after the file. A CSV with headers Milepost does not know goes through the {@link CsvMappingDialog} first. A plan
 * from another tool becomes a new roadmap file, with the report of what had no place. A file that cannot be
 * imported is explained line by line and the document is left untouched.
 */
final class ImportFlow {

    /** The partner a copy is exchanged with when the planner names none (the command line's default too). */
    static final String DEFAULT_PARTNER = "partner";

    private static final Logger LOG = LoggerFactory.getLogger(ImportFlow.class);

    private final Supplier<Window> owner;
    private final RoadmapEditing editing;
    private final Supplier<DocumentSession> session;
    private final Consumer<Path> openFile;
    private final Exchanges exchanges = Exchanges.standard();
    private MergeDialog shownMerge;

    ImportFlow(Supplier<Window> owner, RoadmapEditing editing, Supplier<DocumentSession> session,
               Consumer<Path> openFile) {
        this.owner = owner;
        this.editing = editing;
        this.session = session;
        this.openFile = openFile;
    }

    /** Asks for the file (and, for a Milepost copy, whose it is), then imports it. */
    void chooseAndImport() {
        if (editing.readOnlyProperty().get()) {
            editing.say(Messages.text("share.import.readOnly"));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("share.import.chooser"));
        List<String> patterns = new ArrayList<>();
        for (String format : exchanges.importFormats()) {
            exchanges.importer(format).ifPresent(i -> i.extensions().forEach(e -> patterns.add("*." + e)));
        }
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.text("share.import.filter.all"), patterns),
                new FileChooser.ExtensionFilter(Messages.text("share.import.filter.any"), "*.*"));
        DocumentSession s = session.get();
        if (s != null && s.path().getParent() != null) {
            chooser.setInitialDirectory(s.path().getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(owner.get());
        if (chosen == null) {
            return;
        }
        Path source = chosen.toPath();
        Optional<Importer> importer = exchanges.importerFor(source);
        if (importer.isPresent() && importer.get() instanceof MpxjExchange) {
            chooseNewRoadmapFor(source);
        } else if (importer.isPresent() && importer.get() instanceof JsonExchange) {
            askPartner(source).ifPresent(partner -> importFrom(source, partner));
        } else {
            importFrom(source, DEFAULT_PARTNER);
        }
    }

    /**
     * Imports {@code source} into the open roadmap: reads it in the background, then shows the change set; returns
     * the reading task, or empty when the import cannot start (unknown format, read-only) or waits for a mapping.
     */
    Optional<Worker<PreparedImport>> importFrom(Path source, String partner) {
        String name = source.getFileName().toString();
        DocumentSession s = session.get();
        if (s == null || editing.readOnlyProperty().get()) {
            editing.say(Messages.text("share.import.readOnly"));
            return Optional.empty();
        }
        Optional<Importer> importer = exchanges.importerFor(source);
        if (importer.isEmpty()) {
            ProblemsDialog.show(owner.get(), name, List.of(Messages.text("share.import.unknownFormat", name,
                    String.join(", ", exchanges.importFormats()))));
            return Optional.empty();
        }
        if (importer.get() instanceof CsvExchange csv) {
            CsvExchange.Head head;
            try {
                head = CsvExchange.head(source, CsvMappingDialog.SAMPLES);
            } catch (ImportException e) {
                ProblemsDialog.show(owner.get(), name, e.problems());
                return Optional.empty();
            } catch (IOException e) {
                ProblemsDialog.show(owner.get(), name, List.of(Messages.text("share.import.ioFailed", name,
                        e.getMessage())));
                return Optional.empty();
            }
            if (head.needsMapping()) {
                new CsvMappingDialog(owner.get(), name, head).show(mapping -> read(source, csv.mapped(mapping),
                        partner, s));
                return Optional.empty();
            }
        }
        return Optional.of(read(source, importer.get(), partner, s));
    }

    /** The merge dialog on screen, if any (for tests that drive it as a planner would). */
    Optional<MergeDialog> mergeDialog() {
        return Optional.ofNullable(shownMerge);
    }

    private Worker<PreparedImport> read(Path source, Importer importer, String partner, DocumentSession s) {
        String name = source.getFileName().toString();
        Roadmap ours = s.roadmap();
        // The base is read here, on the window's thread that owns the document; the worker only reads the file.
        ExchangeBases known = new MemoryExchangeBases();
        try {
            Optional<Roadmap> base = new DocumentExchangeBases(s).base(ours.info().id(), partner);
            if (base.isPresent()) {
                known.remember(partner, base.get());
            }
        } catch (IOException e) {
            LOG.warn("The base last exchanged with {} cannot be read; merging without it: {}", partner,
                    e.getMessage());
        }
        Task<PreparedImport> task = task(Messages.text("share.import.reading", name),
                () -> PreparedImport.read(source, importer, ours, known, partner));
        ExportProgress progress = new ExportProgress(owner.get(), task);
        task.setOnSucceeded(e -> {
            progress.close();
            review(task.getValue());
        });
        task.setOnFailed(e -> {
            progress.close();
            failed(name, task.getException());
        });
        task.setOnCancelled(e -> progress.close());
        progress.show();
        start(task);
        return task;
    }

    /** Shows the change set; applies the planner's picks as one step when they say so. */
    private void review(PreparedImport prepared) {
        String name = prepared.source().getFileName().toString();
        MergeViewModel model = new MergeViewModel(prepared.plan(), prepared.notes());
        if (model.isEmpty()) {
            editing.tell(Messages.text("share.import.nothing", name));
            remember(prepared);
            return;
        }
        shownMerge = new MergeDialog(owner.get(), name, model, m -> apply(prepared, m));
        shownMerge.show();
    }

    private void apply(PreparedImport prepared, MergeViewModel model) {
        shownMerge = null;
        String name = prepared.source().getFileName().toString();
        MergePlan.Outcome outcome = model.outcome();
        Optional<Edit> edit;
        try {
            edit = prepared.edit(Messages.text("share.import.undo", name, outcome.changes().size()), outcome);
        } catch (ImportException e) {
            ProblemsDialog.show(owner.get(), name, e.problems());
            return;
        }
        if (edit.isPresent() && !editing.apply(edit.get())) {
            return; // the window says why, and the document is as it was
        }
        remember(prepared);
        editing.tell(Messages.text("share.import.applied", name, outcome.changes().size()));
    }

    /** Every conflict has been settled by the planner: what the partner sent is what both now agree on. */
    private void remember(PreparedImport prepared) {
        DocumentSession s = session.get();
        if (s == null || s.isReadOnly()) {
            return;
        }
        try {
            prepared.rememberAgreed(new DocumentExchangeBases(s));
        } catch (IOException e) {
            LOG.warn("Imported, but what was agreed with {} could not be remembered: {}", prepared.partner(),
                    e.getMessage());
        }
    }

    /** Asks where the new roadmap of another tool's plan goes, then imports it there. */
    private void chooseNewRoadmapFor(Path source) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("share.import.newRoadmap.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Milepost (*.milepost)", "*.milepost"));
        chooser.setInitialFileName(source.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".milepost");
        if (source.getParent() != null) {
            chooser.setInitialDirectory(source.getParent().toFile());
        }
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen != null) {
            importPlanAs(source, chosen.toPath());
        }
    }

    /**
     * Imports another tool's plan into a new roadmap file {@code target} in the background, then reports what had no
     * place in Milepost and offers to open it; an existing file is never merged into from here.
     */
    Optional<Worker<DocumentImport.Report>> importPlanAs(Path source, Path target) {
        String name = source.getFileName().toString();
        if (Files.exists(target)) {
            ProblemsDialog.show(owner.get(), name, List.of(Messages.text("share.import.newRoadmap.exists", target)));
            return Optional.empty();
        }
        Importer importer = exchanges.importerFor(source).orElseGet(MpxjExchange::new);
        Task<DocumentImport.Report> task = task(Messages.text("share.import.reading", name),
                () -> DocumentImport.run(source, target, importer, DEFAULT_PARTNER, Optional.empty(), false));
        ExportProgress progress = new ExportProgress(owner.get(), task);
        task.setOnSucceeded(e -> {
            progress.close();
            DocumentImport.Report report = task.getValue();
            PlanReportDialog.show(owner.get(), target, report.imported(), report.notes(), openFile);
        });
        task.setOnFailed(e -> {
            progress.close();
            failed(name, task.getException());
        });
        task.setOnCancelled(e -> progress.close());
        progress.show();
        start(task);
        return Optional.of(task);
    }

    private void failed(String name, Throwable t) {
        if (t instanceof ImportException ie) {
            ProblemsDialog.show(owner.get(), name, ie.problems());
        } else {
            LOG.warn("Import of {} failed", name, t);
            ProblemsDialog.show(owner.get(), name, List.of(Messages.text("share.import.ioFailed", name,
                    String.valueOf(t.getMessage()))));
        }
    }

    private Optional<String> askPartner(Path source) {
        TextInputDialog ask = new TextInputDialog(DEFAULT_PARTNER);
        ask.initOwner(owner.get());
        ask.setTitle(Messages.text("share.import.partner.title"));
        ask.setHeaderText(Messages.text("share.import.partner.header", source.getFileName()));
        ask.setContentText(Messages.text("share.import.partner.label"));
        return ask.showAndWait().map(String::strip).map(p -> p.isEmpty() ? DEFAULT_PARTNER : p);
    }

    private static <T> Task<T> task(String title, Callable<T> work) {
        return new Task<>() {
            {
                updateTitle(title);
                updateProgress(-1, 1);
            }

            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
    }

    private static void start(Task<?> task) {
        Thread worker = new Thread(task, "milepost-import");
        worker.setDaemon(true);
        worker.start();
    }
}
