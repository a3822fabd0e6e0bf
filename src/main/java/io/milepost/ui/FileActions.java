package io.milepost.ui;

import io.milepost.ui.dialog.Buttons;
import io.milepost.app.Access;
import io.milepost.app.DocumentProblem;
import io.milepost.app.DocumentSession;
import io.milepost.app.NewDocument;
import io.milepost.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * File → New, Save a Copy As… and Close. A new document is written first and then opened in this window like any
 * other; a copy is written by SQLite's backup API and leaves the open document as it is; Close leaves the window
 * empty, with Open, New and the recent documents to go on from.
 */
final class FileActions {

    private final Stage stage;
    private final MainViewModel model;
    private final DocumentOpener opener;

    FileActions(Stage stage, MainViewModel model, DocumentOpener opener) {
        this.stage = stage;
        this.model = model;
        this.opener = opener;
    }

    MenuItem newItem() {
        MenuItem item = Icons.on(new MenuItem(Messages.text("desk.menu.new")), Icons.NEW);
        item.setId("menu-new");
        // Shortcut+N adds a milestone (Edit menu): a new document is the rarer act, so it takes Shift as well.
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+N"));
        item.setOnAction(e -> askForNew());
        return item;
    }

    MenuItem saveCopyItem() {
        MenuItem item = Icons.on(new MenuItem(Messages.text("desk.menu.saveCopy")), Icons.SAVE_COPY);
        item.setId("menu-save-copy");
        // Shortcut+Shift+S opens Roadmap → Sectors; every edit is saved already, so Save a copy takes Alt.
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+S"));
        item.disableProperty().bind(model.sessionProperty().isNull());
        item.setOnAction(e -> askForCopy());
        return item;
    }

    MenuItem closeItem() {
        MenuItem item = Icons.on(new MenuItem(Messages.text("desk.menu.close")), Icons.CLOSE);
        item.setId("menu-close");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+W"));
        item.disableProperty().bind(model.sessionProperty().isNull());
        item.setOnAction(e -> close());
        return item;
    }

    /** Asks what the new roadmap starts with, then where to keep it; then makes and opens it. */
    void askForNew() {
        Messages m = Messages.ui();
        ToggleGroup starts = new ToggleGroup();
        RadioButton empty = new RadioButton(m.get("desk.new.empty"));
        empty.setId("new-empty");
        empty.setToggleGroup(starts);
        empty.setSelected(true);
        RadioButton sample = new RadioButton(m.get("desk.new.sample"));
        sample.setId("new-sample");
        sample.setToggleGroup(starts);
        ButtonType ok = Buttons.ok();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, null, ok, Buttons.cancel());
        ask.initOwner(stage);
        ask.setTitle(m.get("desk.new.title"));
        ask.setHeaderText(m.get("desk.new.header"));
        ask.getDialogPane().setContent(new VBox(10, empty, sample));
        ask.getDialogPane().setId("new-roadmap");
        if (ask.showAndWait().filter(ok::equals).isEmpty()) {
            return;
        }
        NewDocument.Start start = sample.isSelected() ? NewDocument.Start.SAMPLE : NewDocument.Start.EMPTY;
        choose(m.get("desk.new.chooser"), m.get("desk.new.fileName")).ifPresent(file -> createNew(file, start));
    }

    /**
     * Makes a new document at {@code file} and opens it in this window, or says in the status bar why not.
     *
     * @return true when the document was made (it opens in the background)
     */
    boolean createNew(Path file, NewDocument.Start start) {
        try {
            NewDocument.create(file, start, LocalDate.now());
        } catch (DocumentProblem e) {
            model.say(Messages.text("desk.new.failed", e.getMessage()));
            return false;
        }
        opener.open(file, Access.EDIT);
        return true;
    }

    void askForCopy() {
        DocumentSession session = model.sessionProperty().get();
        if (session == null) {
            return;
        }
        String name = session.path().getFileName().toString().replaceFirst("\\.milepost$", "");
        choose(Messages.text("desk.copy.chooser"), Messages.text("desk.copy.fileName", name)).ifPresent(this::saveCopy);
    }

    /**
     * Writes a copy of the open document to {@code target}; the window goes on with the open one. Never over the
     * open document, a document another window edits, or a file that is not a Milepost document.
     *
     * @return true when the copy was written
     */
    boolean saveCopy(Path target) {
        DocumentSession session = model.sessionProperty().get();
        if (session == null) {
            return false;
        }
        try {
            session.saveCopyAs(target);
        } catch (DocumentProblem e) {
            model.say(Messages.text("desk.copy.failed", e.getMessage()));
            return false;
        }
        opener.recentFiles().remember(target); // the copy is one click away in File → Open Recent
        model.say("");
        return true;
    }

    /** Closes the document; the window stays, showing how to go on. */
    void close() {
        model.close();
    }

    private Optional<Path> choose(String title, String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(Messages.text("desk.chooser.documents"), "*.milepost"));
        chooser.setInitialFileName(fileName);
        DocumentSession session = model.sessionProperty().get();
        if (session != null && session.path().getParent() != null) {
            chooser.setInitialDirectory(session.path().getParent().toFile());
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return Optional.empty();
        }
        Path p = chosen.toPath();
        return Optional.of(p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName()
                + ".milepost"));
    }
    /** File → Open…: the planner picks a document, starting in the open one's folder; {@code open} opens it. */
    void chooseAndOpen(java.util.function.Consumer<java.nio.file.Path> open) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("window.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.text("window.open.documents"), "*.milepost"),
                new FileChooser.ExtensionFilter(Messages.text("window.open.allFiles"), "*.*"));
        var session = model.sessionProperty().get();
        if (session != null && session.path().getParent() != null) {
            chooser.setInitialDirectory(session.path().getParent().toFile());
        }
        java.io.File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open.accept(chosen.toPath());
        }
    }
}
