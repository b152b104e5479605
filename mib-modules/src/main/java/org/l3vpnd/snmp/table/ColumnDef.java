package org.l3vpnd.snmp.table;

import org.snmp4j.PDU;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.Variable;

/**
 * One accessible column of a table.
 *
 * @param id                   the column's sub-identifier under the entry
 * @param syntax               the BER syntax a SET must carry ({@link SMIConstants})
 * @param role                 plain column, the RowStatus or the StorageType column
 * @param writable             read-create ({@code false}: read-only)
 * @param defaultValue         the DEFVAL (or the agent's default); {@code null} makes a writable
 *                             column mandatory before a row can leave notReady
 * @param check                value check of a SET: wrongValue, wrongLength or noError
 * @param changeableWhenActive whether the MIB lets it change while the row is active
 * @param writableWhenPermanent whether it may change in a row whose storage is permanent
 */
public record ColumnDef(int id, int syntax, Role role, boolean writable, Variable defaultValue, ValueCheck check,
                        boolean changeableWhenActive, boolean writableWhenPermanent) {

    public enum Role { PLAIN, ROW_STATUS, STORAGE_TYPE }

    /** Checks one value of the right syntax. */
    @FunctionalInterface
    public interface ValueCheck {
        int check(Variable value);

        ValueCheck ANY = v -> PDU.noError;
    }

    public static ColumnDef readOnly(int id, int syntax) {
        return new ColumnDef(id, syntax, Role.PLAIN, false, null, ValueCheck.ANY, false, false);
    }

    /** A read-create column; {@code defaultValue} null = mandatory. */
    public static ColumnDef readCreate(int id, int syntax, Variable defaultValue, ValueCheck check) {
        return new ColumnDef(id, syntax, Role.PLAIN, true, defaultValue, check, false, false);
    }

    /** The RowStatus column: the framework runs the RFC 2579 state machine on it. */
    public static ColumnDef rowStatus(int id) {
        return new ColumnDef(id, SMIConstants.SYNTAX_INTEGER, Role.ROW_STATUS, true, null,
                ValueChecks.ROW_STATUS, true, false);
    }

    /** The StorageType column; management may set volatile or nonVolatile. */
    public static ColumnDef storageType(int id, Variable defaultValue) {
        return new ColumnDef(id, SMIConstants.SYNTAX_INTEGER, Role.STORAGE_TYPE, true, defaultValue,
                ValueChecks.STORAGE_TYPE, false, false);
    }

    public ColumnDef withChangeableWhenActive() {
        return new ColumnDef(id, syntax, role, writable, defaultValue, check, true, writableWhenPermanent);
    }

    public ColumnDef withWritableWhenPermanent() {
        return new ColumnDef(id, syntax, role, writable, defaultValue, check, changeableWhenActive, true);
    }

    /** Writable and without a default: a row is notReady until it has a value. */
    public boolean mandatory() {
        return writable && role == Role.PLAIN && defaultValue == null;
    }
}
