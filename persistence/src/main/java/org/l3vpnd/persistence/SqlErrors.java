package org.l3vpnd.persistence;

import java.sql.SQLException;

/**
 * Makes SQL failures safe to log. H2 quotes row values in the messages of data errors (SQL state
 * class 22, e.g. a value too long) and constraint violations (class 23, e.g. a duplicate key), and
 * row values include SNMP keys. Other failures describe the database, not the data, and are kept.
 * Stateless.
 */
final class SqlErrors {

    private SqlErrors() {
    }

    static SQLException withoutRowValues(SQLException e) {
        String state = e.getSQLState();
        if (state != null && !state.startsWith("22") && !state.startsWith("23")) {
            return e;
        }
        SQLException copy = new SQLException("SQL state " + state + ", H2 error " + e.getErrorCode()
                + " (message withheld: it may quote row values)", state, e.getErrorCode());
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    static String describe(SQLException e) {
        return withoutRowValues(e).getMessage();
    }
}
