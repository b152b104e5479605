package org.l3vpnd.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/** The SNMP engine's identity and boot count (table {@code agent_state}, one row). Stateless. */
final class AgentStateTable {

    /** RFC 3411 SnmpEngineID is 5 to 32 octets. */
    static final int MIN_ENGINE_ID = 5;
    static final int MAX_ENGINE_ID = 32;

    // FOR UPDATE: the appliance and `user add` may both start with no engine ID; the second waits and reads the first's.
    private static final String READ_ID = "SELECT engine_id FROM agent_state FOR UPDATE";
    private static final String WRITE_ID = "UPDATE agent_state SET engine_id = ?";
    // RFC 3414 2.2.2: at the maximum the counter stays there (the engine ID must then be changed).
    private static final String INCREMENT_BOOTS = "SELECT engine_boots FROM FINAL TABLE (UPDATE agent_state"
            + " SET engine_boots = CASE WHEN engine_boots < 2147483647 THEN engine_boots + 1 ELSE engine_boots END)";

    private AgentStateTable() {
    }

    /** Within the caller's transaction: the stored engine ID, or a new one from the generator, stored. */
    static byte[] engineId(Connection c, Supplier<byte[]> generator) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(READ_ID); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("table agent_state has no row");
            }
            byte[] stored = rs.getBytes(1);
            if (stored != null) {
                return stored;
            }
        }
        byte[] created = generator.get();
        if (created == null || created.length < MIN_ENGINE_ID || created.length > MAX_ENGINE_ID) {
            throw new IllegalArgumentException("an snmpEngineID has 5 to 32 octets, the generator gave "
                    + (created == null ? "none" : created.length));
        }
        try (PreparedStatement ps = c.prepareStatement(WRITE_ID)) {
            ps.setBytes(1, created);
            ps.executeUpdate();
        }
        return created.clone();
    }

    /** Within the caller's transaction: increments the boot count and returns the new value. */
    static int incrementEngineBoots(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INCREMENT_BOOTS); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("table agent_state has no row");
            }
            return rs.getInt(1);
        }
    }
}
