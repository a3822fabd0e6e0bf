package io.milepost.ui.details;

import io.milepost.app.edit.Outcome;
import io.milepost.model.Roadmap;
import java.util.UUID;

/** What committing a field's text means as an edit of one item: the same question its validator asks. */
@FunctionalInterface
interface FieldEditor {
    Outcome edit(Roadmap roadmap, UUID itemId, String text);
}
