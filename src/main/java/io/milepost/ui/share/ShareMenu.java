package io.milepost.ui.share;

import io.milepost.app.DocumentSession;
import io.milepost.app.exchange.DocumentImport;
import io.milepost.app.exchange.PreparedImport;
import io.milepost.chart.ChartOptions;
import io.milepost.i18n.Messages;
import io.milepost.model.Roadmap;
import io.milepost.ui.editors.RoadmapEditing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Worker;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * Sharing a roadmap with the other side from the window: File → Export → JSON, CSV, iCalendar, HTML report and MS
 * Project XML beside the print exports, and File → Import… with the change set reviewed before anything is written.
 */
public final class ShareMenu {

    private final ExchangeExports exports;
    private final ImportFlow imports;
    private final ObservableBooleanValue noRoadmap;
    private final ObservableBooleanValue readOnly;

    /**
     * @param editing      the window's document: its roadmap, whether it is read-only, and the one way to change it
     * @param session      the open document, for what it remembers of each partner copy
     * @param chartOptions the window's chart options, whose filter the formats a planner reads may take
     * @param openFile     opens a roadmap file in the window (a plan imported as a new roadmap)
     */
    public ShareMenu(Supplier<Window> owner, RoadmapEditing editing, Supplier<DocumentSession> session,
                     Supplier<Roadmap> roadmap, Supplier<ChartOptions> chartOptions, Consumer<Path> openFile,
                     ObservableBooleanValue noRoadmap) {
        this.exports = new ExchangeExports(owner, roadmap, chartOptions, session, editing::tell);
        this.imports = new ImportFlow(owner, editing, session, openFile);
        this.noRoadmap = noRoadmap;
        this.readOnly = editing.readOnlyProperty();
    }

    /** The exchange formats, for the File → Export submenu. */
    public List<MenuItem> exportItems() {
        List<MenuItem> items = new ArrayList<>();
        for (String format : ExchangeExports.FORMATS) {
            MenuItem item = new MenuItem(Messages.text("share.export." + format));
            item.setId("menu-export-" + format);
            item.disableProperty().bind(noRoadmap);
            item.setOnAction(e -> exports.export(format));
            items.add(item);
        }
        return items;
    }

    /** File → Import…, for a roadmap open for editing. */
    public MenuItem importItem() {
        MenuItem item = new MenuItem(Messages.text("share.import.menu"));
        item.setId("menu-import");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+I"));
        item.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> noRoadmap.get() || readOnly.get(), noRoadmap, readOnly));
        item.setOnAction(e -> imports.chooseAndImport());
        return item;
    }

    /** Exports the roadmap as {@code format} (json, csv, ics, html, mspdi) to {@code target} in the background. */
    public Worker<Path> exportTo(String format, ExportChoices choices, Path target) {
        return exports.exportTo(format, choices, target);
    }

    /**
     * Imports {@code source} into the open roadmap, with {@code partner} naming whose copy it is: read in the
     * background, then the change set for the planner to review; empty when it waits for a CSV's mapping or cannot
     * start.
     */
    public Optional<Worker<PreparedImport>> importFrom(Path source, String partner) {
        return imports.importFrom(source, partner);
    }

    /** Imports another tool's plan as the new roadmap {@code target}, then reports what had no place. */
    public Optional<Worker<DocumentImport.Report>> importPlanAs(Path source, Path target) {
        return imports.importPlanAs(source, target);
    }
}
