package io.milepost.store;

import io.milepost.model.CommissionSession;
import io.milepost.model.SessionStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** The {@code commission_session} table. */
final class SessionRepository extends ListTable<CommissionSession> {

    SessionRepository(Connection c) {
        super(c, "commission_session", List.of("id", "commission_id", "number", "start_date", "start_precision",
                "end_date", "end_precision", "venue", "status", "outcome"));
    }

    @Override
    void bind(PreparedStatement ps, CommissionSession s) throws SQLException {
        Columns.id(ps, 1, s.id());
        Columns.id(ps, 2, s.commissionId());
        ps.setInt(3, s.number());
        Columns.planDate(ps, 4, s.start());
        Columns.planDate(ps, 6, s.end());
        Columns.text(ps, 8, s.venue());
        Columns.name(ps, 9, s.status());
        Columns.text(ps, 10, s.outcome());
    }

    @Override
    CommissionSession read(ResultSet rs) throws SQLException {
        return new CommissionSession(Columns.id(rs, 1), Columns.id(rs, 2), rs.getInt(3), Columns.planDate(rs, 4),
                Columns.planDate(rs, 6), rs.getString(8), Columns.name(rs, 9, SessionStatus.class), rs.getString(10));
    }

    @Override
    UUID idOf(CommissionSession item) {
        return item.id();
    }
}
