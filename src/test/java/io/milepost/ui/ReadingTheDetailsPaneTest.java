package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.i18n.Messages;
import io.milepost.model.Milestone;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A planner new to Milepost reads the details pane of an item that follows another, in English and in Russian, in a
 * full-size window and in a narrow one: every button, box and label shows its whole word (none is cut to "…"), every
 * field's prompt reads whole, and nothing sticks out past the pane's edge.
 */
class ReadingTheDetailsPaneTest extends DetailsPaneSession {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** It follows the Prime Minister's visit, 30 days after: a link with a lag. */
    private static final String FORMALISE = "Formalise the disaster management MoU into an agreement";

    @AfterEach
    void backToEnglish() {
        Messages.useForUi(Locale.ENGLISH);
    }

    @Test
    void everyControlReadsWholeInEnglishAndRussianInAFullAndANarrowWindow() throws Exception {
        Milestone formalise = item(FORMALISE);
        assertThat(predecessorsOf(formalise.id())).isPositive();
        openDetailsOf(formalise);
        assertThat(unreadable()).as("cut or sticking out at 1600 px, in English").isEmpty();

        narrowTheWindow();
        assertThat(unreadable()).as("cut or sticking out at 1100 px, in English").isEmpty();

        interact(() -> app.useUiLanguage(RUSSIAN));
        waitUntil(() -> table().getColumns().get(0).getText().equals("Мероприятие"));
        openDetailsOf(formalise);
        assertThat(lookup("#add-predecessor").queryAs(Labeled.class).getText()).isEqualTo("Добавить");
        assertThat(unreadable()).as("cut or sticking out at 1100 px, in Russian").isEmpty();
    }

    private void narrowTheWindow() throws Exception {
        interact(() -> chart().getScene().getWindow().setWidth(1100));
        waitUntil(() -> chart().getScene().getWidth() <= 1100);
    }

    /** What the planner cannot read whole in the pane: each as "what: why". */
    private List<String> unreadable() throws Exception {
        List<String> found = new ArrayList<>();
        interact(() -> {
            Node pane = lookup("#details-pane").query();
            ScrollPane scroll = (ScrollPane) pane.lookup(".scroll-pane");
            Node viewport = scroll.lookup(".viewport");
            Bounds view = viewport.localToScene(viewport.getLayoutBounds());
            edge = view.getMaxX();
            content = scroll.getContent();
            walk(pane, Double.MAX_VALUE, found);
        });
        return found;
    }

    /** The right edge of what the pane shows of its form, and the form; what lies in it must end there. */
    private double edge;
    private Node content;

    private void walk(Node n, double right, List<String> found) {
        if (n == content) {
            right = edge;
        }
        if (!n.isVisible() || "detail-tags".equals(n.getId())) {
            // The tags box sums up every tag ticked in it and may end in "…": each tag reads whole in its list.
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            Node text = l.lookup(".text");
            if (text instanceof Text shown && !shown.getText().equals(l.getText())) {
                found.add("'" + l.getText() + "': shows '" + shown.getText() + "'");
            }
        }
        if (n instanceof TextField f) {
            fits(f, f.getPromptText(), "prompt", found);
            if (f.getStyleClass().contains("lag-field")) {
                fits(f, "+365", "lag", found); // a lag of a year, with its sign
            }
        }
        if (n instanceof Control c && c.localToScene(c.getLayoutBounds()).getMaxX() > right + 0.5) {
            found.add(c.getClass().getSimpleName() + " " + describe(c) + ": past the pane's edge");
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, right, found);
            }
        }
    }

    /** Whether the words fit the field as its skin writes them, inside its padding. */
    private static void fits(TextField f, String words, String what, List<String> found) {
        if (words == null || words.isEmpty()) {
            return;
        }
        Text text = new Text(words);
        text.setFont(f.getFont());
        double needed = text.getLayoutBounds().getWidth() + f.getInsets().getLeft() + f.getInsets().getRight();
        if (needed > f.getWidth() + 0.5) {
            found.add(what + " '" + words + "': " + Math.round(needed) + " px in a field of "
                    + Math.round(f.getWidth()));
        }
    }

    private static String describe(Node n) {
        if (n instanceof Labeled l) {
            return "'" + l.getText() + "'";
        }
        return n.getId() == null ? String.join(" ", n.getStyleClass()) : "#" + n.getId();
    }
}
