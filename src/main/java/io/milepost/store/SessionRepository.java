package io.milepost.store;

import io.milepost.model.SessionDetails;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The {@code session_details} table: what a commission's session adds to its meeting, keyed by the meeting's id
 * (the column {@code id}, so that it is a list table like the others; it goes with its meeting).
 */
final class SessionRepository extends ListTable<SessionDetails> {

    SessionRepository(Connection c) {
        super(c, "session_details", List.of("id", "number", "venue", "decisions"));
    }

    @Override
    void bind(PreparedStatement ps, SessionDetails s) throws SQLException {
        Columns.id(ps, 1, s.meetingId());
        ps.setInt(2, s.number());
        Columns.text(ps, 3, s.venue());
        Columns.text(ps, 4, s.decisions());
    }

    @Override
    SessionDetails read(ResultSet rs) throws SQLException {
        return new SessionDetails(Columns.id(rs, 1), rs.getInt(2), Columns.text(rs, 3), Columns.text(rs, 4));
    }

    /** Forgets, with the rows, the sessions of a commission's meetings (the commission is being deleted). */
    void deleteOfCommission(UUID commissionId) throws SQLException {
        List<UUID> meetings = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id FROM session_details s JOIN milestone m "
                + "ON m.id = s.id WHERE m.commission_id = ?")) {
            Columns.id(ps, 1, commissionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    meetings.add(Columns.id(rs, 1));
                }
            }
        }
        for (UUID meeting : meetings) {
            deleteWhere("id", meeting);
        }
    }

    @Override
    UUID idOf(SessionDetails item) {
        return item.meetingId();
    }
}
