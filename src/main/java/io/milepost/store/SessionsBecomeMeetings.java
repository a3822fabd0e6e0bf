package io.milepost.store;

import io.milepost.i18n.Messages;
import io.milepost.model.DatePrecision;
import io.milepost.model.LegacySessions;
import io.milepost.model.MilestoneKind;
import io.milepost.model.PlanDate;
import io.milepost.model.SessionDetails;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Java part of migration step 3 → 4 ({@link Migrations}): each row of {@code commission_session} becomes the
 * details of its meeting, by {@link LegacySessions}' rule, a meeting is made for a session that had none, and the
 * old table goes. Its SQL is frozen like every step's: it reads and writes the tables as they were at version 3.
 */
final class SessionsBecomeMeetings {

    private SessionsBecomeMeetings() {
    }

    static void run(Connection c, Path file) throws SQLException, DocumentException {
        try {
            fold(c, file);
        } catch (RuntimeException e) { // a value no sound version-3 file holds: an unknown kind, a broken date
            throw new DocumentException(DocumentException.Reason.CORRUPT, file, Messages.text("store.notMigrated", e.getMessage()), e);
        }
    }

    private static void fold(Connection c, Path file) throws SQLException, DocumentException {
        List<LegacySessions.Legacy> sessions = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, commission_id, number, "
                + "start_date, start_precision, end_date, end_precision, venue, status, outcome "
                + "FROM commission_session ORDER BY position")) {
            while (rs.next()) {
                sessions.add(new LegacySessions.Legacy(UUID.fromString(rs.getString(1)),
                        UUID.fromString(rs.getString(2)), rs.getInt(3), planDate(rs, 4), planDate(rs, 6),
                        rs.getString(8), rs.getString(9), rs.getString(10)));
            }
        } catch (IllegalArgumentException e) {
            throw new DocumentException(DocumentException.Reason.CORRUPT, file, Messages.text("store.sessionValue", e.getMessage()), e);
        }
        List<LegacySessions.Placed> milestones = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, commission_id, kind, "
                + "start_date, start_precision, sector_id FROM milestone ORDER BY position")) {
            while (rs.next()) {
                String commission = rs.getString(2);
                milestones.add(new LegacySessions.Placed(UUID.fromString(rs.getString(1)),
                        commission == null ? null : UUID.fromString(commission),
                        MilestoneKind.valueOf(rs.getString(3)), planDate(rs, 4), UUID.fromString(rs.getString(6))));
            }
        }
        List<UUID> sectors = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id FROM sector ORDER BY sort_order, position")) {
            while (rs.next()) {
                sectors.add(UUID.fromString(rs.getString(1)));
            }
        }
        Map<UUID, String> commissionNames = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name FROM commission")) {
            while (rs.next()) {
                commissionNames.put(UUID.fromString(rs.getString(1)), rs.getString(2));
            }
        }

        LegacySessions.Folded folded;
        try {
            folded = LegacySessions.fold(sessions, milestones, sectors);
        } catch (IllegalArgumentException e) {
            throw new DocumentException(DocumentException.Reason.CORRUPT, file, Messages.text("store.cannotMigrate", e.getMessage()), e);
        }
        int order;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(sort_order), 0) FROM milestone")) {
            order = rs.next() ? rs.getInt(1) : 0;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO milestone (id, kind, title, sector_id, "
                + "commission_id, start_date, start_precision, end_date, end_precision, ongoing, status, "
                + "percent_complete, sort_order) VALUES (?, 'MEETING', ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")) {
            for (LegacySessions.NewMeeting m : folded.newMeetings()) {
                Columns.id(ps, 1, m.id());
                Columns.text(ps, 2, LegacySessions.titleOf(commissionNames.getOrDefault(m.commissionId(),
                        "Commission"), m.number()));
                Columns.id(ps, 3, m.sectorId());
                Columns.id(ps, 4, m.commissionId());
                Columns.planDate(ps, 5, m.start());
                Columns.planDate(ps, 7, m.end());
                Columns.name(ps, 9, m.status());
                ps.setInt(10, m.status() == io.milepost.model.MilestoneStatus.DONE ? 100 : 0);
                ps.setInt(11, ++order);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO session_details (id, number, venue, decisions) VALUES (?, ?, ?, ?)")) {
            for (SessionDetails d : folded.details()) {
                Columns.id(ps, 1, d.meetingId());
                ps.setInt(2, d.number());
                Columns.text(ps, 3, d.venue());
                Columns.text(ps, 4, d.decisions());
                ps.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE commission_session");
        }
    }

    private static PlanDate planDate(ResultSet rs, int i) throws SQLException {
        String day = rs.getString(i);
        return day == null ? null : new PlanDate(LocalDate.parse(day), DatePrecision.valueOf(rs.getString(i + 1)));
    }
}
