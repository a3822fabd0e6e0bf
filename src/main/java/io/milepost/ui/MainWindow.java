package io.milepost.ui;

import io.milepost.app.Access;
import io.milepost.app.DocumentLocations;
import io.milepost.app.EarlyOpen;
import io.milepost.app.DocumentSession;
import io.milepost.app.Settings;
import io.milepost.app.SettingsStore;
import io.milepost.i18n.Messages;
import java.util.Locale;
import java.util.function.Consumer;
import io.milepost.app.WindowPlacements;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import io.milepost.chart.ChartScene;
import io.milepost.i18n.Messages;
import io.milepost.model.Roadmap;
import io.milepost.ui.details.MilestoneDetailsPane;
import io.milepost.ui.editors.RoadmapMenu;
import io.milepost.ui.gantt.GanttChart;
import io.milepost.ui.gantt.GanttEdit;
import io.milepost.ui.views.FilterBar;
import io.milepost.ui.views.RoadmapViews;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import io.milepost.chart.ChartTexts;
import java.util.UUID;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window: menus, the roadmap's heading, a toolbar, the roadmap as a Gantt chart with its rows as a table
 * on the left, and a status bar with the file's path and counts and the reason for any refused change. Built in a
 * fixed order: parts, layout, bindings.
 * <p>
 * The chart asks; this window decides: every change made on the chart becomes one undoable edit of the document
 * through {@link MainViewModel}, deleting asks first, and a double-click opens the details pane beside the chart,
 * where every field of the item is edited the same way.
 */
public final class MainWindow {

    private final Stage stage;
    private final DocumentLocations locations;
    private final MainViewModel model;
    private final DocumentOpener opener;
    private final RoadmapTable table = new RoadmapTable();
    private final GanttChart chart = new GanttChart();
    private final BooleanProperty detailsShown = new SimpleBooleanProperty(this, "detailsShown");
    private final MilestoneDetailsPane details;
    private final ItemActions actions;
    private final Label heading = new Label();
    private final Label subheading = new Label();
    private final Label status = new Label();
    private static final javafx.css.PseudoClass NEWS = javafx.css.PseudoClass.getPseudoClass("news");
    private final Label message = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private RecentMenu openRecent;
    private final WindowSettings settings;
    private final FileActions files;
    private MenuBar menuBar;
    private final ReadOnlyFollow following;
    /** What this window listens to on the model, undone when a window rebuilt in another language takes over. */
    private final List<Runnable> detach = new ArrayList<>();
    private Consumer<Locale> onUiLanguage = locale -> { };

    public MainWindow(Stage stage, DocumentLocations locations) {
        this(stage, locations, new MainViewModel());
    }

    /** A window on the given model: the document it has open, with its undo history, stays open. */
    private MainWindow(Stage stage, DocumentLocations locations, MainViewModel model) {
        this.stage = stage;
        this.locations = locations;
        this.model = model;
        this.opener = new DocumentOpener(locations, stage, this::show, model::say, model::tell);
        this.following = new ReadOnlyFollow(model, opener);
        this.settings = new WindowSettings(stage, chart, model, SettingsStore.of(locations));
        // Preferences and View → Interface language switch the window's language the same way.
        settings.setOnUiLanguageChange(locale -> onUiLanguage.accept(locale));
        this.files = new FileActions(stage, model, opener);

        heading.getStyleClass().add("roadmap-heading");
        heading.setId("roadmap-heading");
        subheading.getStyleClass().add("roadmap-subheading");
        status.setId("status");
        message.setId("message");
        message.getStyleClass().add("status-message");
        table.setId("roadmap-table");
        chart.setId("gantt-chart");
        progress.setPrefSize(16, 16);

        VBox header = new VBox(2, heading, subheading);
        header.getStyleClass().add("roadmap-header");
        SplitPane split = new SplitPane(table, chart);
        split.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(table, false);
        FilterBar filterBar = new FilterBar(chart, model::changedSince);
        HBox statusBar = new HBox(12, progress, message, filterBar.countLabel(), status);
        statusBar.getStyleClass().add("status-bar");
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        // A refusal, or news such as a restored backup, is what the planner needs to read now; the path and counts
        // give way to it, and a long one goes on to a second line (whole in its tooltip too) rather than be cut or
        // widen the window past its edge.
        message.setMinWidth(120);
        message.setWrapText(true);
        status.setMinWidth(0);
        details = new MilestoneDetailsPane(model.roadmapProperty(), model::make, model.readOnlyProperty(),
                () -> detailsShown.set(false));
        actions = new ItemActions(model, chart, stage, this::showDetails);
        MainMenus menus = new MainMenus(model, chart, actions, this::showSelectedDetails, detailsShown);
        ToolBar toolBar = menus.toolBar();
        // A read-only view says so where the planner looks before dragging, not only in the title and status bar:
        // under the heading, where no narrow window can push it into a toolbar's overflow.
        header.getChildren().add(new ReadOnlyBadge(model, this::editHere));
        menuBar = menuBar(menus);
        menuBar.getMenus().add(DesktopMenus.help(stage, menuBar));
        DesktopMenus.dress(menuBar, toolBar);
        VBox top = new VBox(menuBar, header, toolBar, filterBar);
        BorderPane root = new BorderPane(split, top, null, statusBar, null);
        root.getStyleClass().add("main-window");
        showEmptyWhenClosed(root, split);
        // Docked, not modal: the planner edits the item while seeing the chart move with every change.
        detailsShown.addListener((o, was, on) -> root.setRight(on ? details : null));

        // As large as a planner's screen allows, up to what the table and the chart need.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(WindowPlacer.DEFAULT_WIDTH, screen.getWidth()),
                Math.min(WindowPlacer.DEFAULT_HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("milepost.css").toExternalForm());
        menus.addSecondaryAccelerators(scene);
        UndoPastTextFields.install(scene, model);
        recheckClipboardBeforePaste(scene);
        RefusalClearing.install(scene, statusBar, menuBar, model);
        stage.setScene(scene);
        settings.applyAtStart();
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        new WindowPlacer(new WindowPlacements(locations.windowPlacements())).place(stage);

        stage.titleProperty().bind(model.windowTitleProperty());
        // The heading names the roadmap in the data language, as the chart does (View → titles in …, Preferences).
        model.dataLanguageProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> chart.getOptions().language(), chart.optionsProperty()));
        heading.textProperty().bind(model.headingProperty());
        subheading.textProperty().bind(model.subheadingProperty());
        status.textProperty().bind(model.statusProperty());
        message.textProperty().bind(model.messageProperty());
        // News ("Exported …") reads as news, a refusal as a warning: the two are told apart by colour.
        model.newsProperty().addListener((o, was, isNews) -> message.pseudoClassStateChanged(NEWS, isNews));
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(model.messageProperty());
        message.setTooltip(whole);
        progress.visibleProperty().bind(opener.busyProperty());
        progress.managedProperty().bind(opener.busyProperty());
        chart.editableProperty().bind(model.readOnlyProperty().not());
        chart.setOnEditRequest(this::onChartRequest);
        table.editableProperty().bind(model.readOnlyProperty().not());
        table.setOnEdit(model::make);
        table.setOnOpen(this::showDetails);
        TableSelection selection = new ChartTableSync(chart, table).selection();
        actions.follow(selection);
        Consumer<List<UUID>> onItemsBack = actions::selectBroughtBack;
        model.addItemsBackListener(onItemsBack);
        detach.add(() -> model.removeItemsBackListener(onItemsBack));
        table.setContextMenu(actions.tableMenu());
        chart.setOnContextMenuRequested(actions::showChartMenu);
        new TableDragReorder(table, chart, model, selection);
        ChangeListener<DocumentSession> onSession = (obs, old, session) -> {
            // A read-only view following its file shows the same document again: it keeps its selection.
            if (old == null || session == null || !old.path().equals(session.path())) {
                chart.setSelectedItem(null);
            }
            following.follow(session);
        };
        model.sessionProperty().addListener(onSession);
        detach.add(() -> model.sessionProperty().removeListener(onSession));
        // A refusal is about the last attempt; moving on to another item puts it away.
        chart.selectedItemProperty().addListener((obs, old, id) -> model.say(""));
        ChangeListener<Roadmap> onRoadmap = (obs, old, roadmap) -> showRoadmap(old, roadmap);
        model.roadmapProperty().addListener(onRoadmap);
        detach.add(() -> model.roadmapProperty().removeListener(onRoadmap));
        chart.selectedItemProperty().addListener((obs, old, id) -> details.show(id));
    }

    /**
     * Paste is enabled only while the clipboard holds milestones, and JavaFX has no event for a change of the
     * clipboard: it is asked again when the window gets focus (the planner copied elsewhere) and just before Ctrl+V
     * reaches the menu's accelerator, which a disabled item would ignore.
     */
    private void recheckClipboardBeforePaste(Scene scene) {
        KeyCombination pasteKey = KeyCombination.keyCombination("Shortcut+V");
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (pasteKey.match(e)) {
                actions.recheckClipboard();
            }
        });
        ChangeListener<Boolean> onFocus = (o, was, focused) -> {
            if (focused) {
                actions.recheckClipboard();
            }
        };
        stage.focusedProperty().addListener(onFocus);
        detach.add(() -> stage.focusedProperty().removeListener(onFocus));
    }

    public MainViewModel model() {
        return model;
    }

    /** The chart (for tests that drive the window as a planner would). */
    public GanttChart chart() {
        return chart;
    }

    public void show() {
        stage.show();
    }

    /** Shows the document opened while this window was being built (see {@link EarlyOpen}). */
    public void open(EarlyOpen early) {
        opener.open(early);
    }

    /**
     * Shows a session this window opened. Its edits are written behind the frame that shows them, so a rename in a
     * roadmap of any size is on screen before the disk has been through its fsyncs; a write that fails brings the
     * window back to what the file holds and says so.
     */
    private void show(DocumentSession session) {
        session.writeBehind(Platform::runLater, model::notSaved);
        model.show(session);
    }

    /**
     * Opens a document for editing. The document this window already edits is left as it is: opening it again
     * would find it locked (by this very window) and throw its undo history away for a read-only view.
     */
    public void open(Path file) {
        var session = model.sessionProperty().get();
        if (session != null && !session.isReadOnly() && isSameFile(session.path(), file)) {
            return;
        }
        opener.open(file, Access.EDIT);
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private void editHere() {
        var session = model.sessionProperty().get();
        if (session != null) {
            opener.open(session.path(), Access.EDIT);
        }
    }

    /** What to do when the planner chooses View → Interface language (the application rebuilds the window). */
    public void setOnUiLanguage(Consumer<Locale> handler) {
        onUiLanguage = handler == null ? locale -> { } : handler;
    }

    /**
     * The window's content built again in the window's language, after {@link Messages#useForUi} changed it: the
     * same stage, document, undo history, zoom, data language and selection. This window lets go of the model and
     * closes the windows it opened (views, editors, print preview), which were in the old language.
     */
    public MainWindow rebuilt() {
        detach.forEach(Runnable::run);
        following.stop();
        opener.shutdown();
        for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
            if (w instanceof Stage s && s.getOwner() == stage) {
                s.close();
            }
        }
        model.reword();
        // A new scene comes at the default size: the planner's window keeps the place and size it had.
        double x = stage.getX();
        double y = stage.getY();
        double width = stage.getWidth();
        double height = stage.getHeight();
        boolean maximized = stage.isMaximized();
        MainWindow fresh = new MainWindow(stage, locations, model);
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(maximized);
        fresh.onUiLanguage = onUiLanguage;
        // The filter bar starts empty, so the chart does too: a filter nobody can see would hide rows.
        fresh.chart.setOptions(chart.getOptions().withLocale(ChartTexts.ui().locale()).withTexts(ChartTexts.ui())
                .withFilter(io.milepost.chart.MilestoneFilter.NONE));
        fresh.chart.setLegendVisible(chart.isLegendVisible());
        fresh.chart.setRoadmap(model.roadmapProperty().get());
        fresh.chart.setSelectedItem(chart.getSelectedItem());
        fresh.chart.setScrollX(chart.getScrollX());
        fresh.chart.setScrollY(chart.getScrollY());
        fresh.detailsShown.set(detailsShown.get());
        fresh.following.follow(model.sessionProperty().get());
        return fresh;
    }

    /** Closes the document and stops the background worker; the window goes with the application. */
    public void close() {
        following.stop();
        model.close();
        opener.shutdown();
    }

    private void showRoadmap(Roadmap old, Roadmap roadmap) {
        chart.setRoadmap(roadmap);
        UUID selected = chart.getSelectedItem();
        if (roadmap == null || selected != null && roadmap.milestone(selected).isEmpty()) {
            chart.setSelectedItem(null);
        }
        if (roadmap != null && (old == null || !old.info().id().equals(roadmap.info().id()))) {
            if (settings.current().zoom() == null) {
                fitWhenDrawn();
            } else {
                chart.setOptions(chart.getOptions().withZoom(settings.current().zoom()));
            }
        }
    }

    /** A newly opened roadmap is first seen whole, once the chart has drawn it and knows its width. */
    private void fitWhenDrawn() {
        chart.chartSceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends ChartScene> o, ChartScene was, ChartScene now) {
                if (now != null) {
                    chart.chartSceneProperty().removeListener(this);
                    chart.fitRoadmap();
                }
            }
        });
    }

    private void onChartRequest(GanttEdit request) {
        if (request instanceof GanttEdit.Open open) {
            showDetails(open.itemId());
        } else if (request instanceof GanttEdit.Delete delete) {
            actions.confirmDelete(delete.itemId());
        } else {
            model.request(request);
        }
    }

    private void showSelectedDetails() {
        showDetails(chart.getSelectedItem());
    }

    /** Opens the details pane on the item, with the caret in its title. */
    private void showDetails(UUID itemId) {
        Roadmap roadmap = model.roadmapProperty().get();
        if (roadmap == null || itemId == null || roadmap.milestone(itemId).isEmpty()) {
            return;
        }
        chart.setSelectedItem(itemId);
        detailsShown.set(true);
        details.show(itemId);
        details.focusTitle();
    }

    private MenuBar menuBar(MainMenus menus) {
        MenuItem open = new MenuItem(Messages.text("menu.open"));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> files.chooseAndOpen(this::open));
        openRecent = new RecentMenu(() -> opener.recentFiles().list(), this::open);
        // A read-only view follows the editing window by itself; Reload is there for folders no watch reaches.
        // Only there: reloading a document open for editing would throw its undo history away for nothing.
        MenuItem reload = new MenuItem(Messages.text("menu.reload"));
        reload.setId("menu-reload");
        reload.setAccelerator(KeyCombination.keyCombination("F5"));
        reload.disableProperty().bind(model.readOnlyProperty().not());
        reload.setOnAction(e -> {
            var session = model.sessionProperty().get();
            if (session != null && session.isReadOnly()) {
                opener.open(session.path(), Access.READ_ONLY);
            }
        });
        MenuItem restore = new MenuItem(Messages.text("backup.menu.restore"));
        restore.setId("menu-restore-backup");
        // Restoring replaces the document: the window that edits it does that, never one that only reads it.
        restore.disableProperty().bind(model.sessionProperty().isNull().or(model.readOnlyProperty()));
        restore.setOnAction(e -> {
            var session = model.sessionProperty().get();
            if (session != null) {
                opener.restorer().chooseAndRestore(session.path(), model::close);
            }
        });
        MenuItem quit = new MenuItem(Messages.text("menu.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        open.setId("menu-open");
        quit.setId("menu-quit");
        MenuItem preferences = Icons.on(new MenuItem(Messages.text("desk.menu.preferences")), Icons.PREFERENCES);
        preferences.setId("menu-preferences");
        preferences.setAccelerator(KeyCombination.keyCombination("Shortcut+COMMA"));
        preferences.setOnAction(e -> settings.edit());
        Menu file = new Menu(Messages.text("menu.file"), null, files.newItem(), open, openRecent, reload,
                files.saveCopyItem(), files.closeItem(), restore, new SeparatorMenuItem());
        file.getItems().addAll(menus.printItems(() -> stage, this::open));
        file.getItems().addAll(new SeparatorMenuItem(), preferences, new SeparatorMenuItem(), quit);
        // Open Recent is disabled while its list is empty, and a disabled submenu never shows to refresh itself:
        // the File menu refreshes it, so a document opened since is there.
        file.addEventHandler(Menu.ON_SHOWING, e -> openRecent.fill());
        Menu view = menus.viewMenu();
        view.getItems().add(DesktopMenus.legendCorner(chart));
        view = RoadmapViews.addTo(view, stage, chart);
        MenuBar bar = new MenuBar(file, menus.editMenu(), view, RoadmapMenu.create(stage, model));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /**
     * With no document open (after File → Close, or when one failed to open), the window shows how to go on instead
     * of an empty chart. While a document is opening the chart stays, so a start never flashes the empty state.
     */
    private void showEmptyWhenClosed(BorderPane root, SplitPane split) {
        EmptyState empty = new EmptyState(() -> files.chooseAndOpen(this::open), files::askForNew, () -> opener.recentFiles().list(),
                this::open);
        Runnable update = () -> {
            boolean none = model.sessionProperty().get() == null && !opener.busyProperty().get();
            root.setCenter(none ? empty : split);
            // The details pane is of an item of the document: it waits, as the planner left it, for the next one.
            root.setRight(!none && detailsShown.get() ? details : null);
        };
        model.sessionProperty().addListener(o -> update.run());
        // The opener is done before it hands the document over: look once the document had its turn.
        opener.busyProperty().addListener(o -> Platform.runLater(update));
    }

    /** Keeps {@code chosen} as the planner's preferences and applies them to this window. */
    void applySettings(Settings chosen) {
        settings.apply(chosen);
    }

    /** The planner's preferences as this window applies them. */
    Settings settings() {
        return settings.current();
    }

    /** File → New, Save a Copy and Close (for tests that drive them without the file chooser). */
    FileActions files() {
        return files;
    }

    /** The window's menus (for tests and the shortcuts list). */
    MenuBar menuBar() {
        return menuBar;
    }
}
