package io.milepost.store;

import io.milepost.i18n.Messages;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A document could not be opened, read or changed. {@link #getMessage()} is one line a planner can read: the file's
 * path followed by what is wrong with it, for example
 * {@code /home/a/x.milepost was written by a newer Milepost (schema version 7; this build reads up to 2)}.
 */
public final class DocumentException extends Exception {

    /** Why the document was refused or the change failed. */
    public enum Reason {
        /** The file (or its folder) does not exist. */
        NOT_FOUND,
        /** The file is not a SQLite database at all: empty, text, an archive, … */
        NOT_SQLITE,
        /** A SQLite database, but of another application. */
        FOREIGN,
        /** Written by a newer Milepost whose schema this build does not know. */
        NEWER_VERSION,
        /** Damaged: truncated, or pages SQLite cannot read, or values this build cannot make sense of. */
        CORRUPT,
        /** Open for editing in another Milepost window or process. */
        LOCKED,
        /** The document was opened read-only, or the file or its folder cannot be written. */
        READ_ONLY,
        /**
         * The file holds newer work than the window read: another window or program changed it since. The change
         * was not saved; reload to see what the file holds.
         */
        STALE,
        /** The disk, the file system or SQLite failed. */
        IO,
        /**
         * The document refused a change that would break it or lose data: deleting a sector that still has
         * milestones, a reference to an item that is not in the document, creating over an existing file.
         */
        REFUSED
    }

    private final Reason reason;
    private final transient Path file;

    /**
     * @param whatIsWrong the rest of the sentence after the file's path, e.g. "is not a SQLite database (it is empty)"
     */
    public DocumentException(Reason reason, Path file, String whatIsWrong) {
        this(reason, file, whatIsWrong, null);
    }

    public DocumentException(Reason reason, Path file, String whatIsWrong, Throwable cause) {
        super(Messages.text("store.fileSays", file, oneLine(whatIsWrong)), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = Objects.requireNonNull(file, "file");
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
