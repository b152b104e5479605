-- Rows of the SNMP agent's own tables (SNMP-TARGET-MIB, SNMP-NOTIFICATION-MIB) created over SNMP
-- with StorageType nonVolatile; the values are the agent's BER encoding of the row.
CREATE TABLE management_row (
    table_name VARCHAR NOT NULL,
    row_index  VARCHAR NOT NULL,
    row_values VARBINARY NOT NULL,
    storage    SMALLINT NOT NULL,
    PRIMARY KEY (table_name, row_index)
);
