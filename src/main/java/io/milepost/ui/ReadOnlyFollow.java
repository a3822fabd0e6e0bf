package io.milepost.ui;

import io.milepost.app.DocumentSession;
import io.milepost.app.DocumentWatch;
import io.milepost.i18n.Messages;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Platform;

/**
 * A read-only view follows the window that edits its file: it shows each change saved there, and offers to edit
 * here once that window has closed. A view that edits the file itself watches nothing.
 */
final class ReadOnlyFollow {

    private final MainViewModel model;
    private final DocumentOpener opener;
    private DocumentWatch watch;

    ReadOnlyFollow(MainViewModel model, DocumentOpener opener) {
        this.model = model;
        this.opener = opener;
    }

    /** Follows the file of {@code session} if it is a read-only view; stops following whatever it followed. */
    void follow(DocumentSession session) {
        stop();
        if (session == null || !session.isReadOnly()) {
            return;
        }
        Path file = session.path();
        try {
            watch = DocumentWatch.start(file, new DocumentWatch.Listener() {
                @Override
                public void documentChanged() {
                    Platform.runLater(() -> {
                        var now = model.sessionProperty().get();
                        if (now != null && now.isReadOnly() && now.path().equals(file)) {
                            opener.follow(file);
                        }
                    });
                }

                @Override
                public void lockChanged() {
                    Platform.runLater(model::checkWhoEdits);
                }
            });
        } catch (IOException | RuntimeException e) {
            model.say(Messages.text("window.cannotFollow", file.getFileName(), e.getMessage()));
        }
    }

    void stop() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }
}
