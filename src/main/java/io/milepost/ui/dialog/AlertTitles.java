package io.milepost.ui.dialog;

import io.milepost.i18n.Messages;
import javafx.scene.control.Alert;

/**
 * A title for an alert that has none of its own, in the window's language. JavaFX titles an alert it was given no
 * title for with its own word ("Error", "Confirmation"), which it has only in the languages it ships; Russian is not
 * one of them.
 */
public final class AlertTitles {

    private AlertTitles() {
    }

    /** Titles the alert by its type ("Ошибка", "Подтверждение") and returns it. */
    public static Alert titled(Alert alert) {
        alert.setTitle(switch (alert.getAlertType()) {
            case ERROR -> Messages.text("alert.title.error");
            case WARNING -> Messages.text("alert.title.warning");
            case CONFIRMATION -> Messages.text("alert.title.confirmation");
            case INFORMATION, NONE -> Messages.text("alert.title.information");
        });
        return alert;
    }
}
