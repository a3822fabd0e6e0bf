package io.milepost.app.exchange;

import io.milepost.model.Roadmap;
import java.util.List;
import java.util.Objects;

/**
 * What an importer read.
 *
 * @param roadmap the roadmap as the file has it: a whole roadmap (a Milepost copy, another tool's plan) or, for
 *                {@link Scope#ROWS}, the document's roadmap with the file's rows added or updated
 * @param scope   what the file is, which decides how it is merged into a document
 * @param notes   what the file held that has no place in Milepost, or how something was converted, for the report
 */
public record Imported(Roadmap roadmap, Scope scope, List<String> notes) {

    public enum Scope {
        /**
         * A copy of a Milepost roadmap (the exchange format): merged three-way with the state last exchanged with
         * the partner, which it then becomes.
         */
        EXCHANGE_COPY,
        /** A whole plan from another tool: its items are added to a document; nothing is remembered. */
        FOREIGN_PLAN,
        /** Rows that update the document by id and add new ones; nothing absent from the file is removed. */
        ROWS
    }

    public Imported {
        Objects.requireNonNull(roadmap, "roadmap");
        Objects.requireNonNull(scope, "scope");
        notes = List.copyOf(notes);
    }
}
