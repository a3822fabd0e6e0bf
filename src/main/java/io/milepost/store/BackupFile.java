package io.milepost.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup of a document, as {@link DocumentBackups#list} found it.
 *
 * @param file        the copy, in the document's backup folder
 * @param takenAt     when it was taken (from its name)
 * @param kind        why it was taken
 * @param size        its size in bytes
 * @param milestones  how many milestones it holds (0 when it cannot be read)
 * @param sectors     how many sectors
 * @param commissions how many commissions
 * @param sound       whether it passed SQLite's {@code quick_check} and is a Milepost document this build reads:
 *                    only a sound backup can be restored
 */
public record BackupFile(Path file, Instant takenAt, Kind kind, long size, int milestones, int sectors,
                         int commissions, boolean sound) {

    /** Why a backup was taken. */
    public enum Kind {
        /** The first time the document was opened for editing that day. */
        DAILY("daily"),
        /** The document as it was just before a backup was restored over it. */
        BEFORE_RESTORE("before-restore");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** How the kind is written in the backup's file name. */
        String word() {
            return word;
        }
    }

    /** The file name, which is how the command line names a backup. */
    public String name() {
        return file.getFileName().toString();
    }
}
