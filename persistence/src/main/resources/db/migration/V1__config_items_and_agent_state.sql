-- One typed table per configuration item kind. Columns are the record's fields in snake_case and
-- the primary key is the item's key fields, so the database console shows what an operator
-- configured. storage holds the RFC 2579 StorageType code; only persistent items are written.
--
-- VALUE is a reserved word in H2, so it is quoted in upper case. The mappers quote every identifier
-- in upper case, which matches both quoted upper-case names and unquoted names.
-- Lengths are left to the validators: the store must not refuse what validation accepted.

CREATE TABLE setting (
    name     VARCHAR  NOT NULL PRIMARY KEY,
    "VALUE"  VARCHAR  NOT NULL,
    storage  SMALLINT NOT NULL
);

CREATE TABLE interface_setting (
    if_index INTEGER  NOT NULL PRIMARY KEY,
    alias    VARCHAR  NOT NULL,
    storage  SMALLINT NOT NULL
);

-- Keys are localized to the engine ID (RFC 3414 2.6): a copy of this table does not reveal passwords.
CREATE TABLE snmp_user (
    name          VARCHAR   NOT NULL PRIMARY KEY,
    auth_protocol VARCHAR   NOT NULL,
    auth_key      VARBINARY NOT NULL,
    priv_protocol VARCHAR   NOT NULL,
    priv_key      VARBINARY NOT NULL,
    read_write    BOOLEAN   NOT NULL,
    storage       SMALLINT  NOT NULL
);

CREATE TABLE notify_target (
    name           VARCHAR  NOT NULL PRIMARY KEY,
    address        VARCHAR  NOT NULL,
    port           INTEGER  NOT NULL,
    version        VARCHAR  NOT NULL,
    security_name  VARCHAR  NOT NULL,
    security_level VARCHAR  NOT NULL,
    inform         BOOLEAN  NOT NULL,
    storage        SMALLINT NOT NULL
);

-- Bumped in every persist transaction, so a running appliance notices with one cheap read that
-- another process (l3vpnd user add) committed configuration.
CREATE TABLE config_generation (
    id         TINYINT NOT NULL PRIMARY KEY CHECK (id = 1),
    generation BIGINT  NOT NULL
);
INSERT INTO config_generation (id, generation) VALUES (1, 0);

-- State of the SNMP engine that must survive restarts but is not configuration (RFC 3414 2.2).
-- engine_id stays NULL until the first start creates it.
CREATE TABLE agent_state (
    id           TINYINT       NOT NULL PRIMARY KEY CHECK (id = 1),
    engine_id    VARBINARY(32),
    engine_boots INTEGER       NOT NULL
);
INSERT INTO agent_state (id, engine_id, engine_boots) VALUES (1, NULL, 0);
