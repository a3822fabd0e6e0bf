package io.milepost.store;

import io.milepost.model.DatePrecision;
import io.milepost.model.PlanDate;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * How model values are written to and read from columns. Reading is strict: a value this build cannot understand
 * raises {@link DamagedValueException} naming the column, which the document reports as a damaged file.
 */
final class Columns {

    private Columns() {
    }

    /** A value in the file that is not what its column should hold. */
    static final class DamagedValueException extends RuntimeException {
        DamagedValueException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static void text(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    static void id(PreparedStatement ps, int i, UUID v) throws SQLException {
        text(ps, i, v == null ? null : v.toString());
    }

    static void date(PreparedStatement ps, int i, LocalDate v) throws SQLException {
        text(ps, i, v == null ? null : v.toString());
    }

    /** Binds a plan date to two parameters: {@code i} its first day, {@code i + 1} its precision. */
    static void planDate(PreparedStatement ps, int i, PlanDate v) throws SQLException {
        date(ps, i, v == null ? null : v.firstDay());
        text(ps, i + 1, v == null ? null : v.precision().name());
    }

    static void name(PreparedStatement ps, int i, Enum<?> v) throws SQLException {
        text(ps, i, v == null ? null : v.name());
    }

    /**
     * The text in column {@code i}, or {@code null}. Read as bytes and decoded here: sqlite-jdbc's {@code getString}
     * hands each value through a direct buffer and a lambda, and at 100,000 rows of 22 columns that took twice as
     * long as the whole read does this way (the same UTF-8 decoding, the same conversion of numbers to text).
     */
    static String text(ResultSet rs, int i) throws SQLException {
        byte[] bytes = rs.getBytes(i);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    static UUID id(ResultSet rs, int i) throws SQLException {
        byte[] bytes = rs.getBytes(i);
        if (bytes == null) {
            return null;
        }
        UUID fast = canonicalId(bytes);
        if (fast != null) {
            return fast;
        }
        String v = new String(bytes, StandardCharsets.UTF_8);
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            throw damaged(rs, i, v, "is not an id", e);
        }
    }

    /**
     * The id written in its canonical 36 characters ({@code 8-4-4-4-12} hex digits), read straight from the bytes;
     * {@code null} for anything else, which {@link UUID#fromString} then judges. Each milestone row holds three ids,
     * and making a string of each only to parse it was a sixth of reading a large document.
     */
    private static UUID canonicalId(byte[] b) {
        if (b.length != 36 || b[8] != '-' || b[13] != '-' || b[18] != '-' || b[23] != '-') {
            return null;
        }
        long hi = 0;
        long lo = 0;
        int digits = 0;
        for (int k = 0; k < 36; k++) {
            if (k == 8 || k == 13 || k == 18 || k == 23) {
                continue;
            }
            int n = Character.digit(b[k], 16);
            if (n < 0) {
                return null;
            }
            if (digits++ < 16) {
                hi = hi << 4 | n;
            } else {
                lo = lo << 4 | n;
            }
        }
        return new UUID(hi, lo);
    }

    static LocalDate date(ResultSet rs, int i) throws SQLException {
        String v = text(rs, i);
        if (v == null) {
            return null;
        }
        try {
            return isoDay(v);
        } catch (DateTimeException e) {
            throw damaged(rs, i, v, "is not a date", e);
        }
    }

    /** {@link LocalDate#parse} with a fast path for the plain {@code yyyy-mm-dd} that loading reads by the thousand. */
    private static LocalDate isoDay(String v) {
        if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            int year = digits(v, 0, 4);
            int month = digits(v, 5, 7);
            int day = digits(v, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(v);
    }

    /** The number written in {@code v[from, to)}, or -1 if it is not all ASCII digits. */
    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            char ch = v.charAt(k);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    /** Reads a plan date from two columns: {@code i} its first day, {@code i + 1} its precision. */
    static PlanDate planDate(ResultSet rs, int i) throws SQLException {
        LocalDate day = date(rs, i);
        DatePrecision precision = name(rs, i + 1, DatePrecision.class);
        if (day == null && precision == null) {
            return null;
        }
        if (day == null || precision == null) {
            throw damaged(rs, i, String.valueOf(day), "has no precision", null);
        }
        return new PlanDate(day, precision);
    }

    static <E extends Enum<E>> E name(ResultSet rs, int i, Class<E> type) throws SQLException {
        String v = text(rs, i);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw damaged(rs, i, v, "is not a " + type.getSimpleName() + " this Milepost knows", e);
        }
    }

    private static DamagedValueException damaged(ResultSet rs, int i, String value, String problem, Throwable cause)
            throws SQLException {
        String column = rs.getMetaData().getTableName(i) + "." + rs.getMetaData().getColumnName(i);
        return new DamagedValueException(column + " '" + value + "' " + problem, cause);
    }
}
