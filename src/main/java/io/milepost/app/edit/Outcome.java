package io.milepost.app.edit;

/**
 * What becomes of a planner's request, decided before anything is written: one undoable {@link Edit}, a refusal with
 * the reason in words a planner reads at the field or in the status bar, or nothing at all (the request changes
 * nothing, so it must not become an undo step).
 */
public sealed interface Outcome {

    record Apply(Edit edit) implements Outcome {
    }

    record Refuse(String reason) implements Outcome {
    }

    /** The request changes nothing (an item dropped where it was, a field left as it was). */
    record Unchanged() implements Outcome {
    }

    static Outcome refuse(String reason) {
        return new Refuse(reason);
    }
}
