package io.milepost.ui.print;

import io.milepost.app.report.ProgressReports;
import io.milepost.chart.Language;
import io.milepost.i18n.Messages;
import io.milepost.io.matrix.TableDocument;
import io.milepost.model.Commission;
import io.milepost.model.MilestoneChange;
import io.milepost.model.Roadmap;
import io.milepost.ui.dialog.AlertTitles;
import io.milepost.ui.dialog.Buttons;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanExpression;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Export → Progress since the last session…: for the commission the planner picks, what moved in its items
 * since its previous session, as a DOCX table for the next session's agenda, in the window's data language.
 */
public final class ProgressExport {

    private final Supplier<Window> owner;
    private final Supplier<Roadmap> roadmap;
    private final Supplier<Language> language;
    private final Function<Instant, List<MilestoneChange>> changesSince;
    private final Supplier<Path> document;
    private final Consumer<String> status;

    /**
     * @param changesSince the open document's record of changes since a moment
     * @param document     the open document, beside which the report is first offered; may give {@code null}
     */
    public ProgressExport(Supplier<Window> owner, Supplier<Roadmap> roadmap, Supplier<Language> language,
                          Function<Instant, List<MilestoneChange>> changesSince, Supplier<Path> document,
                          Consumer<String> status) {
        this.owner = owner;
        this.roadmap = roadmap;
        this.language = language;
        this.changesSince = changesSince;
        this.document = document;
        this.status = status;
    }

    /** The menu item, enabled while a roadmap with at least one commission is shown. */
    public MenuItem item(BooleanExpression noRoadmap) {
        MenuItem item = new MenuItem(Messages.text("report.menu"));
        item.setId("menu-export-progress");
        item.disableProperty().bind(noRoadmap);
        item.setOnAction(e -> pickAndWrite());
        return item;
    }

    private void pickAndWrite() {
        Roadmap r = roadmap.get();
        if (r == null) {
            return;
        }
        if (r.commissions().isEmpty()) {
            status.accept(Messages.text("report.noCommissions"));
            return;
        }
        Optional<Commission> picked = pick(r);
        if (picked.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("report.save"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("DOCX", "*.docx"));
        chooser.setInitialFileName(Messages.text("report.fileName", LocalDate.now()) + ".docx");
        Path doc = document.get();
        if (doc != null && doc.getParent() != null) {
            chooser.setInitialDirectory(doc.getParent().toFile());
        }
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen != null) {
            write(r, picked.get(), chosen.toPath());
        }
    }

    private Optional<Commission> pick(Roadmap r) {
        Language lang = language.get();
        List<String> names = r.commissions().stream().map(lang::name).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(names.get(0), names);
        dialog.initOwner(owner.get());
        dialog.setTitle(Messages.text("report.dialogTitle"));
        dialog.setHeaderText(Messages.text("report.pick"));
        dialog.getDialogPane().getButtonTypes().setAll(Buttons.ok(), Buttons.cancel());
        return dialog.showAndWait().map(names::indexOf).filter(i -> i >= 0).map(i -> r.commissions().get(i));
    }

    /** Writes the report in the background: the record of changes is read and the file written off the FX thread. */
    Task<Path> write(Roadmap r, Commission c, Path target) {
        Messages words = language.get() == Language.SECOND && r.info().secondLanguage() != null
                ? Messages.in(r.info().secondLanguage()) : Messages.in(r.info().primaryLanguage());
        List<MilestoneChange> history = changesSince.apply(Instant.EPOCH);
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                TableDocument report = ProgressReports.of(r, c.id(), history, LocalDate.now(), words);
                ProgressReports.writeDocx(report, target);
                return target;
            }
        };
        task.setOnSucceeded(e -> status.accept(Messages.text("export.done", target.getFileName())));
        task.setOnFailed(e -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, Messages.text("export.failed", "DOCX", target,
                    task.getException().getMessage()), Buttons.ok());
            AlertTitles.titled(alert);
            alert.initOwner(owner.get());
            alert.show();
        });
        Thread worker = new Thread(task, "milepost-progress-report");
        worker.setDaemon(true);
        worker.start();
        return task;
    }
}
