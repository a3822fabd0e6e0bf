package io.milepost.ui;

import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** A planner's session with the details pane: typing into its fields, choosing in its boxes, reading its reasons. */
abstract class DetailsPaneSession extends PlannerSession {

    void openDetailsOf(Milestone m) throws Exception {
        showOnChart(m, 100);
        clickOn(visibleMiddleOf(m));
        push(KeyCode.ENTER);
        waitUntil(() -> lookup("#detail-title").tryQuery().isPresent()
                && field("#detail-title").getText().equals(m.title()));
    }

    /** Replaces a field's text as a planner would, and ends with the given key (Enter, Tab, Esc). */
    void type(String query, String text, KeyCode end) {
        reveal(query);
        clickOn(query);
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
        if (end != null) {
            push(end);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the details pane so that the node is in view, as a planner scrolls to a field further down. */
    void reveal(String query) {
        Node n = lookup(query).query();
        interact(() -> {
            Node p = n;
            while (!(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            ScrollPane sp = (ScrollPane) p;
            Node content = sp.getContent();
            Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (b.getMinY() - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a choice box and picks the entry with the given label from its popup. */
    void chooseIn(String query, String label) throws Exception {
        reveal(query);
        clickOn(query);
        clickOnPopupEntry(label);
    }

    /** Clicks the entry of that label in a popup (a choice box's list, the suggestions under a field). */
    void clickOnPopupEntry(String label) throws Exception {
        Window main = field("#detail-title").getScene().getWindow();
        Predicate<Node> entry = n -> n instanceof Labeled l && label.equals(l.getText())
                && n.isVisible() && n.getScene() != null && n.getScene().getWindow() != main;
        waitUntil(() -> lookup(entry).tryQuery().isPresent());
        clickOn(entry);
        WaitForAsyncUtils.waitForFxEvents();
    }

    TextField field(String query) {
        return lookup(query).queryAs(TextField.class);
    }

    String reasonAt(String field) {
        return lookup("#reason-" + field).queryAs(Label.class).getText();
    }

    String undoText() {
        return app.window().model().undoTextProperty().get();
    }

    String redoText() {
        return app.window().model().redoTextProperty().get();
    }

    int predecessorsOf(UUID id) {
        return (int) shown().dependencies().stream().filter(d -> d.successorId().equals(id)).count();
    }

    static boolean follows(Roadmap r, UUID predecessor, UUID successor) {
        for (Dependency d : r.dependencies()) {
            if (d.predecessorId().equals(predecessor) && d.successorId().equals(successor)) {
                return true;
            }
        }
        return false;
    }
}
