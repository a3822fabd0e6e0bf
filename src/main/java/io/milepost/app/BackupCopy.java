package io.milepost.app;

import io.milepost.i18n.DateWords;
import io.milepost.i18n.Messages;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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

    /** When it was taken, in this computer's time zone and the planner's language: "7 Dec 2026, 09:00". */
    public String when() {
        java.time.ZonedDateTime local = takenAt.atZone(ZoneId.systemDefault());
        return DateWords.ui().day(local.toLocalDate()) + ", "
                + DateTimeFormatter.ofPattern("HH:mm").format(local);
    }

    /** What it holds: "42 milestones, 11 sectors, 3 commissions", or that it is damaged. */
    public String contents() {
        return sound ? Messages.text("backup.contents", milestones, sectors, commissions)
                : Messages.text("backup.damaged");
    }

    /** Its size, in kilobytes rounded up: "124 KB". */
    public String sizeText() {
        return Messages.text("backup.size", (size + 1023) / 1024);
    }

    /** When and what, in one phrase: "7 Dec 2026, 09:00; 42 milestones, 11 sectors, 3 commissions". */
    public String summary() {
        return Messages.text("backup.summary", when(), contents());
    }
}
