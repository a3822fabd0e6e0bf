package io.milepost.ui.details;

import javafx.beans.InvalidationListener;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * Keeps a text field at least as wide as its prompt, measured in the field's own font and padding, so that the prompt
 * reads whole in either language; a prompt cut to "сдвиг, дн" or "Предшественни" says little.
 */
final class WholePrompt {

    /** Room for the caret beside the text. */
    private static final double CARET = 2;

    private WholePrompt() {
    }

    static void keep(TextField field) {
        InvalidationListener fit = o -> {
            Text prompt = new Text(field.getPromptText() == null ? "" : field.getPromptText());
            prompt.setFont(field.getFont());
            double width = Math.ceil(prompt.getLayoutBounds().getWidth() + field.getInsets().getLeft()
                    + field.getInsets().getRight() + CARET);
            field.setMinWidth(width);
            if (field.getPrefWidth() >= 0 && field.getPrefWidth() < width) {
                field.setPrefWidth(width);
            }
        };
        field.fontProperty().addListener(fit);
        field.insetsProperty().addListener(fit);
        field.promptTextProperty().addListener(fit);
        fit.invalidated(null);
    }
}
