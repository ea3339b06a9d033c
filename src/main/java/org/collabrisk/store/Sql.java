package org.collabrisk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Small JDBC helpers shared by the Jdbc* stores: instants stored as UTC timestamps, millisecond precision. */
final class Sql {
    private Sql() {
    }

    /** Instants are kept to the millisecond so that what is hashed is exactly what is read back. */
    static Instant truncate(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MILLIS);
    }

    static void setInstant(PreparedStatement ps, int index, Instant i) throws SQLException {
        if (i == null) {
            ps.setObject(index, null);
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(truncate(i), ZoneOffset.UTC));
        }
    }

    static Instant getInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

}
