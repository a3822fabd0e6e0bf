package io.milepost.app;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup of a document, as the window lists it and the command line names it.
 *
 * @param name          its file name in the document's backup folder, which the command line takes
 * @param beforeRestore taken just before another backup was restored over the document (restoring it undoes that)
 * @param size          in bytes
 * @param sound         it passed SQLite's {@code quick_check}: only a sound backup can be restored
 */
public record BackupCopy(String name, Path file, Instant takenAt, boolean beforeRestore, long size, int milestones,
                         int sectors, int commissions, boolean sound) {
}
