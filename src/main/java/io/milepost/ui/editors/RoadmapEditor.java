package io.milepost.ui.editors;

import io.milepost.i18n.Messages;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window beside the chart for everything of the roadmap that is not a milestone: the roadmap's own properties,
 * its sectors, commissions (with their sessions) and agreements. It stays open while the planner works on the chart
 * (not modal), and every change made in it is an edit of the open document like one made on the chart.
 */
public final class RoadmapEditor {

    /** The tabs, in order. */
    public enum Page { ROADMAP, SECTORS, COMMISSIONS, AGREEMENTS }

    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();

    public RoadmapEditor(Window owner, RoadmapEditing model) {
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                new Tab(Messages.text("editor.tab.roadmap"), RoadmapInfoEditor.page(model)),
                new Tab(Messages.text("editor.tab.sectors"), new SectorEditor(model)),
                new Tab(Messages.text("editor.tab.commissions"), new CommissionEditor(model)),
                new Tab(Messages.text("editor.tab.agreements"), new AgreementEditor(model)));
        tabs.getTabs().forEach(t -> {
            if (t.getContent() instanceof ListEditor<?> editor) {
                editor.refresh();
            }
        });
        Scene scene = new Scene(tabs, 900, 640);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        owner.getScene().getStylesheets().forEach(css -> scene.getStylesheets().add(css));
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.titleProperty().bind(model.windowTitleProperty().map(t -> Messages.text("editor.windowTitle", t)));
        tabs.setId("roadmap-editor");
    }

    /**
     * Fills a page again from the roadmap each time its window opens: a window closed with a refused value in a field
     * (a period ending before it starts) opened again on that value and its reason, as if the roadmap held it.
     */
    static void whenWindowOpens(javafx.scene.Node page, Runnable refill) {
        page.sceneProperty().flatMap(javafx.scene.Scene::windowProperty).flatMap(javafx.stage.Window::showingProperty)
                .addListener((o, was, showing) -> {
                    if (Boolean.TRUE.equals(showing)) {
                        refill.run();
                    }
                });
    }

    /** Shows the window on the given page, bringing it to the front if it is open already. */
    public void show(Page page) {
        tabs.getSelectionModel().select(page.ordinal());
        stage.show();
        stage.toFront();
    }
}
