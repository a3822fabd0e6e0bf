package io.milepost.app;

import io.milepost.store.DocumentException;
import java.nio.file.Path;

/**
 * A document could not be opened or changed, told the way the window needs to know it: one line a planner can read
 * (the file and what is wrong with it), and what kind of trouble it is, so that the window can offer the right way
 * on (open it read-only, look at what the other window saved). The window hears of documents only through the app
 * layer; the store's own exception stays below it.
 */
public final class DocumentProblem extends Exception {

    /** What the window can do about it. */
    public enum Kind {
        /** Another window or process edits the document: it can be opened read-only. */
        LOCKED,
        /** The file holds newer work than this window read: the change was refused and the window reloaded. */
        CHANGED_ELSEWHERE,
        /** Anything else: the message says what. */
        OTHER
    }

    private final Kind kind;
    private final transient Path file;

    DocumentProblem(DocumentException cause) {
        super(cause.getMessage(), cause);
        this.kind = switch (cause.reason()) {
            case LOCKED -> Kind.LOCKED;
            case STALE -> Kind.CHANGED_ELSEWHERE;
            default -> Kind.OTHER;
        };
        this.file = cause.file();
    }

    /** The store's failure behind it, for the app layer's own callers (the command line maps it to exit codes). */
    public DocumentException storeFailure() {
        return (DocumentException) getCause();
    }

    /**
     * Whether the file was refused as damaged or as no longer a database at all (cut short, overwritten): then a
     * backup of it may be offered.
     */
    public boolean isDamaged() {
        var reason = storeFailure().reason();
        return reason == DocumentException.Reason.CORRUPT || reason == DocumentException.Reason.NOT_SQLITE;
    }

    public Kind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }
}
