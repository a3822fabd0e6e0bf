package io.milepost.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Whether a copy of a document is one worth keeping and restoring: a Milepost document this build reads (its header
 * checked in Java first, as every document is) that passes SQLite's {@code PRAGMA quick_check}, opened read-only so
 * that checking a copy never changes it.
 */
final class BackupCheck {

    /** What a backup holds, for the list a planner chooses from; {@code sound} false when it cannot be trusted. */
    record Contents(int milestones, int sectors, int commissions, boolean sound) {
        static final Contents UNREADABLE = new Contents(0, 0, 0, false);
    }

    private BackupCheck() {
    }

    /** What is wrong with the copy, in a few words, or empty when it is sound. */
    static Optional<String> damage(Path copy) {
        try {
            FileHeader.check(copy);
        } catch (DocumentException e) {
            return Optional.of(e.getMessage().substring(copy.toString().length()).strip());
        }
        try (Connection c = DocumentBackups.openReadOnly(copy); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                String first = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(first)) {
                    return Optional.of("quick_check: " + first);
                }
            }
            if (Schema.pragmaInt(c, "application_id") != RoadmapDocument.APPLICATION_ID) {
                return Optional.of("not a Milepost document");
            }
            DocumentBackups.count(c, "milestone");
            DocumentBackups.count(c, "sector");
            DocumentBackups.count(c, "commission");
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(SqlFailures.detail(e));
        }
    }

    /** The counts of a backup, and whether it is sound; a copy that cannot be read is listed, as unreadable. */
    static Contents contents(Path copy) {
        if (damage(copy).isPresent()) {
            return Contents.UNREADABLE;
        }
        try (Connection c = DocumentBackups.openReadOnly(copy)) {
            return new Contents(DocumentBackups.count(c, "milestone"), DocumentBackups.count(c, "sector"),
                    DocumentBackups.count(c, "commission"), true);
        } catch (SQLException e) {
            return Contents.UNREADABLE;
        }
    }
}
