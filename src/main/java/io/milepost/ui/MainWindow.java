package io.milepost.ui;

import io.milepost.app.DocumentLocations;
import io.milepost.store.OpenMode;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window: menus, the roadmap's heading, the table of milestones by sector, and a status bar with the
 * file's path and counts. Built in a fixed order: parts, layout, bindings.
 */
public final class MainWindow {

    private final Stage stage;
    private final MainViewModel model = new MainViewModel();
    private final DocumentOpener opener;
    private final RoadmapTable table = new RoadmapTable();
    private final Label heading = new Label();
    private final Label subheading = new Label();
    private final Label status = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Menu openRecent = new Menu("Open _Recent");

    public MainWindow(Stage stage, DocumentLocations locations) {
        this.stage = stage;
        this.opener = new DocumentOpener(locations, stage, model::show);

        heading.getStyleClass().add("roadmap-heading");
        heading.setId("roadmap-heading");
        subheading.getStyleClass().add("roadmap-subheading");
        status.setId("status");
        table.setId("roadmap-table");
        progress.setPrefSize(16, 16);

        VBox header = new VBox(2, heading, subheading);
        header.getStyleClass().add("roadmap-header");
        HBox statusBar = new HBox(8, progress, status);
        statusBar.getStyleClass().add("status-bar");
        HBox.setHgrow(status, Priority.ALWAYS);
        BorderPane root = new BorderPane(table, new VBox(menuBar(), header), null, statusBar, null);
        root.getStyleClass().add("main-window");

        // As large as a planner's screen allows, up to what the table and the chart need.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("milepost.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(400);

        stage.titleProperty().bind(model.windowTitleProperty());
        heading.textProperty().bind(model.headingProperty());
        subheading.textProperty().bind(model.subheadingProperty());
        status.textProperty().bind(model.statusProperty());
        progress.visibleProperty().bind(opener.busyProperty());
        progress.managedProperty().bind(opener.busyProperty());
        model.roadmapProperty().addListener((obs, old, roadmap) -> table.show(roadmap));
    }

    public MainViewModel model() {
        return model;
    }

    public void show() {
        stage.show();
    }

    public void openDefault() {
        opener.openDefault();
    }

    public void open(Path file) {
        opener.open(file, OpenMode.READ_WRITE);
    }

    /** Closes the document and stops the background worker; the window goes with the application. */
    public void close() {
        model.close();
        opener.shutdown();
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("_Open…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseAndOpen());
        openRecent.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem quit = new MenuItem("_Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("_File", null, open, openRecent, new SeparatorMenuItem(), quit);
        MenuBar bar = new MenuBar(file);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void fillRecent() {
        List<Path> recent = opener.recentFiles().list();
        openRecent.getItems().clear();
        for (Path p : recent) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(p));
            openRecent.getItems().add(item);
        }
        openRecent.setDisable(recent.isEmpty());
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a roadmap");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Milepost documents (*.milepost)", "*.milepost"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        var session = model.sessionProperty().get();
        if (session != null && session.path().getParent() != null) {
            chooser.setInitialDirectory(session.path().getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }
}
