package io.milepost.ui;

import io.milepost.chart.ColorBy;
import io.milepost.chart.Grouping;
import io.milepost.chart.Language;
import io.milepost.chart.Zoom;
import io.milepost.i18n.Languages;
import io.milepost.i18n.Messages;
import io.milepost.ui.gantt.GanttChart;
import io.milepost.ui.print.PrintMenu;
import io.milepost.ui.print.ProgressExport;
import io.milepost.ui.share.ShareMenu;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import javafx.scene.input.KeyEvent;

/**
 * The Edit and View menus and the chart's toolbar, each item enabled exactly when it can act: Undo and Redo name
 * the step they take, nothing edits a read-only document, zoom stops at its limits, and the view needs a roadmap.
 */
final class MainMenus {

    private final MainViewModel model;
    private final GanttChart chart;
    private final ItemActions actions;
    private final Runnable details;
    private final BooleanBinding noRoadmap;
    private final BooleanBinding noSelection;
    private final BooleanProperty detailsShown;

    MainMenus(MainViewModel model, GanttChart chart, ItemActions actions, Runnable details,
              BooleanProperty detailsShown) {
        this.model = model;
        this.chart = chart;
        this.actions = actions;
        this.details = details;
        this.detailsShown = detailsShown;
        this.noRoadmap = chart.roadmapProperty().isNull();
        this.noSelection = chart.selectedItemProperty().isNull();
    }

    Menu editMenu() {
        MenuItem undo = item(Messages.text("menu.undo"), "Shortcut+Z", model::undo);
        undo.setId("menu-undo");
        undo.textProperty().bind(model.undoTextProperty());
        undo.setMnemonicParsing(false);
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuItem redo = item(Messages.text("menu.redo"), "Shortcut+Y", model::redo);
        redo.setId("menu-redo");
        redo.textProperty().bind(model.redoTextProperty());
        redo.setMnemonicParsing(false);
        redo.disableProperty().bind(model.canRedoProperty().not());
        MenuItem show = item(Messages.text("menu.editDetails"), null, details);
        show.setId("menu-details");
        show.disableProperty().bind(noSelection);
        MenuItem add = item(Messages.text("menu.addMilestone"), "Shortcut+N", actions::addBelowSelected);
        add.setId("menu-add");
        add.disableProperty().bind(actions.cannotEdit());
        MenuItem duplicate = item(Messages.text("menu.duplicate"), "Shortcut+D", actions::duplicateSelected);
        duplicate.setId("menu-duplicate");
        duplicate.disableProperty().bind(actions.cannotEditSelected());
        MenuItem up = item(Messages.text("menu.moveUp"), "Alt+Up", () -> actions.moveSelected(-1));
        up.setId("menu-move-up");
        up.disableProperty().bind(actions.cannotEditSelected());
        MenuItem down = item(Messages.text("menu.moveDown"), "Alt+Down", () -> actions.moveSelected(1));
        down.setId("menu-move-down");
        down.disableProperty().bind(actions.cannotEditSelected());
        MenuItem remove = item(Messages.text("menu.delete"), null, actions::deleteSelected);
        remove.setId("menu-delete");
        remove.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
        remove.disableProperty().bind(noSelection.or(model.readOnlyProperty()).or(noRoadmap));
        MenuItem copy = item(Messages.text("multi.menu.copy"), "Shortcut+C", actions::copySelected);
        copy.setId("menu-copy");
        copy.disableProperty().bind(noSelection);
        MenuItem paste = item(Messages.text("multi.menu.paste"), "Shortcut+V", actions::paste);
        paste.setId("menu-paste");
        paste.disableProperty().bind(actions.cannotPaste());
        Menu edit = new Menu(Messages.text("menu.edit"), null, undo, redo, new SeparatorMenuItem(), add, duplicate, up,
                down, new SeparatorMenuItem(), copy, paste, new SeparatorMenuItem(), show, remove);
        // Another program or window may have put milestones on the clipboard since it was last asked.
        edit.setOnShowing(e -> actions.recheckClipboard());
        return edit;
    }

    Menu viewMenu() {
        MenuItem in = item(Messages.text("menu.zoomIn"), "Shortcut+EQUALS", chart::zoomIn);
        in.setId("menu-zoom-in");
        in.disableProperty().bind(cannot(GanttChart::canZoomIn));
        MenuItem out = item(Messages.text("menu.zoomOut"), "Shortcut+MINUS", chart::zoomOut);
        out.setId("menu-zoom-out");
        out.disableProperty().bind(cannot(GanttChart::canZoomOut));
        MenuItem today = item(Messages.text("menu.today"), "Shortcut+T", chart::scrollToToday);
        today.setId("menu-today");
        today.disableProperty().bind(noRoadmap);
        MenuItem fit = item(Messages.text("menu.fitRoadmap"), "Shortcut+0", chart::fitRoadmap);
        fit.setId("menu-fit");
        fit.disableProperty().bind(noRoadmap);

        Menu group = new Menu(Messages.text("menu.groupBy"));
        ToggleGroup groups = new ToggleGroup();
        for (Grouping g : Grouping.values()) {
            group.getItems().add(radio(groups, Messages.ui().of("grouping", g), g == chart.getOptions().grouping(),
                    on -> chart.setOptions(chart.getOptions().withGrouping(g))));
        }
        Menu colour = new Menu(Messages.text("menu.colourBy"));
        ToggleGroup colours = new ToggleGroup();
        for (ColorBy c : ColorBy.values()) {
            colour.getItems().add(radio(colours, Messages.ui().of("colorBy", c), c == chart.getOptions().colorBy(),
                    on -> chart.setOptions(chart.getOptions().withColorBy(c))));
        }
        group.disableProperty().bind(noRoadmap);
        colour.disableProperty().bind(noRoadmap);
        chart.optionsProperty().addListener((o, old, opts) -> {
            groups.getToggles().get(opts.grouping().ordinal()).setSelected(true);
            colours.getToggles().get(opts.colorBy().ordinal()).setSelected(true);
        });
        // The roadmap's second language ("ru": Russian) for titles, where the plan gives them.
        CheckMenuItem second = new CheckMenuItem(Messages.text("menu.secondLanguage"));
        second.setId("menu-second-language");
        second.disableProperty().bind(Bindings.createBooleanBinding(() -> chart.getRoadmap() == null
                || chart.getRoadmap().info().secondLanguage() == null, chart.roadmapProperty()));
        chart.roadmapProperty().addListener((o, old, r) -> second.setText(r == null
                || r.info().secondLanguage() == null ? Messages.text("menu.secondLanguage")
                : Messages.text("menu.titlesIn", Languages.name(r.info().secondLanguage()))));
        second.setSelected(chart.getOptions().language() == Language.SECOND);
        second.setOnAction(e -> chart.setOptions(chart.getOptions()
                .withLanguage(second.isSelected() ? Language.SECOND : Language.PRIMARY)));
        chart.optionsProperty().addListener((o, old, opts) -> second.setSelected(opts.language() == Language.SECOND));
        CheckMenuItem pane = new CheckMenuItem(Messages.text("menu.detailsPane"));
        pane.setId("menu-details-pane");
        pane.setAccelerator(new KeyCodeCombination(KeyCode.F4));
        pane.selectedProperty().bindBidirectional(detailsShown);
        // The pane shows the selected item, the legend explains the chart: with no document there is neither.
        pane.disableProperty().bind(noRoadmap);
        CheckMenuItem legend = new CheckMenuItem(Messages.text("menu.legend"));
        legend.setId("menu-legend");
        legend.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        legend.selectedProperty().bindBidirectional(chart.legendVisibleProperty());
        legend.disableProperty().bind(noRoadmap);
        return new Menu(Messages.text("menu.view"), null, in, out, today, fit, new SeparatorMenuItem(), group, colour, second,
                new SeparatorMenuItem(), pane, legend);
    }

    /**
     * File → Print…, File → Export (the print package's, the progress report, then the exchange formats) and
     * File → Import…, for the window's File menu; {@code open} opens a roadmap imported from another tool's plan.
     */
    List<MenuItem> printItems(Supplier<Window> owner, Consumer<Path> open) {
        Supplier<Path> document = () -> model.sessionProperty().get() == null ? null
                : model.sessionProperty().get().path();
        List<MenuItem> items = new java.util.ArrayList<>(new PrintMenu(owner, chart::getRoadmap, chart::getOptions,
                document, noRoadmap, model::tell).items());
        ShareMenu share = new ShareMenu(owner, model, model.sessionProperty()::get, chart::getRoadmap,
                chart::getOptions, open, noRoadmap);
        ProgressExport progress = new ProgressExport(owner, chart::getRoadmap, () -> chart.getOptions().language(),
                model::changesSince, document, model::tell);
        items.stream().filter(i -> "menu-export".equals(i.getId())).map(Menu.class::cast).findFirst()
                .ifPresent(export -> {
                    // The agenda's table sits with the other documents, after the matrix it resembles.
                    export.getItems().add(progress.item(noRoadmap));
                    export.getItems().add(new SeparatorMenuItem());
                    export.getItems().addAll(share.exportItems());
                });
        items.add(share.importItem());
        return items;
    }

    /** Zoom, today and fit, above the table and the chart (never between them: their rows must stay level). */
    ToolBar toolBar() {
        Button out = button("−", "zoom-out", Messages.text("toolbar.zoomOut.tip"), chart::zoomOut);
        out.disableProperty().bind(cannot(GanttChart::canZoomOut));
        Button in = button("+", "zoom-in", Messages.text("toolbar.zoomIn.tip"), chart::zoomIn);
        in.disableProperty().bind(cannot(GanttChart::canZoomIn));
        Label level = new Label();
        level.setId("zoom-level");
        level.textProperty().bind(zoomName());
        Button today = button(Messages.text("toolbar.today"), "today", Messages.text("toolbar.today.tip"), chart::scrollToToday);
        today.disableProperty().bind(noRoadmap);
        Button fit = button(Messages.text("toolbar.fit"), "fit-roadmap", Messages.text("toolbar.fit.tip"), chart::fitRoadmap);
        fit.disableProperty().bind(noRoadmap);
        Button add = button(Messages.text("toolbar.add"), "add-milestone", Messages.text("toolbar.add.tip"),
                actions::addBelowSelected);
        add.disableProperty().bind(actions.cannotEdit());
        ToolBar bar = new ToolBar(add, new Separator(Orientation.VERTICAL), out, in, level,
                new Separator(Orientation.VERTICAL), today, fit);
        bar.getStyleClass().add("chart-toolbar");
        return bar;
    }

    /** Shortcut+Shift+Z as a second way to redo: a menu item holds one accelerator. */
    void addSecondaryAccelerators(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.INSERT), () -> {
            if (!actions.cannotEdit().get()) {
                actions.addBelowSelected();
            }
        });
        // F4 shows or hides the details pane wherever the focus is: a table or a text field that has the focus
        // consumes F4 before the menu's accelerator sees it.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F4 && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()
                    && !noRoadmap.get()) {
                e.consume();
                detailsShown.set(!detailsShown.get());
            }
        });
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), () -> {
            if (model.canRedoProperty().get()) {
                model.redo();
            }
        });
    }

    private BooleanBinding cannot(Function<GanttChart, Boolean> can) {
        // The scene too: how far out the chart may zoom follows the width of the view.
        return Bindings.createBooleanBinding(() -> chart.getRoadmap() == null || !can.apply(chart),
                chart.optionsProperty(), chart.roadmapProperty(), chart.chartSceneProperty());
    }

    private StringBinding zoomName() {
        return Bindings.createStringBinding(() -> {
            Zoom z = chart.getOptions().zoom();
            return Messages.ui().of("zoom", z);
        }, chart.optionsProperty());
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static RadioMenuItem radio(ToggleGroup group, String text, boolean selected, Consumer<Boolean> action) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setSelected(selected);
        item.setOnAction(e -> action.accept(true));
        return item;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
