-- The MPLS-L3VPN-STD-MIB configuration: VRFs, their route targets, interface bindings and static
-- routes. Same conventions as V1: snake_case columns, the item's key fields as primary key, lengths
-- left to the validators.
--
-- No foreign keys to vrf: a commit writes its rows in key order, which deletes a VRF before its
-- route targets, and the store must not refuse what validation accepted.
--
-- Route distinguishers and route targets are their 8 wire octets. in_service is whether the row's
-- RowStatus is active; admin_status, classification and type hold the MIB's enumeration values.
-- None of these column names is reserved in H2, so unlike V1's "VALUE" none is quoted here.

-- rd stays NULL until the operator configures one (the MIB allows a row without it).
CREATE TABLE vrf (
    name           VARCHAR      NOT NULL PRIMARY KEY,
    vpn_id         VARBINARY    NOT NULL,
    description    VARCHAR      NOT NULL,
    rd             VARBINARY(8),
    mid_threshold  BIGINT       NOT NULL,
    high_threshold BIGINT       NOT NULL,
    max_routes     BIGINT       NOT NULL,
    admin_status   INTEGER      NOT NULL,
    in_service     BOOLEAN      NOT NULL,
    storage        SMALLINT     NOT NULL
);

-- rt_type: import(1), export(2), both(3). rt stays NULL while the row is not in service.
CREATE TABLE vrf_route_target (
    vrf         VARCHAR      NOT NULL,
    rt_index    BIGINT       NOT NULL,
    rt_type     SMALLINT     NOT NULL,
    rt          VARBINARY(8),
    description VARCHAR      NOT NULL,
    in_service  BOOLEAN      NOT NULL,
    storage     SMALLINT     NOT NULL,
    PRIMARY KEY (vrf, rt_index, rt_type)
);

-- route_dist_protocols: the BITS octets of mplsL3VpnIfVpnRouteDistProtocol.
CREATE TABLE vrf_interface (
    vrf                  VARCHAR   NOT NULL,
    if_index             INTEGER   NOT NULL,
    classification       INTEGER   NOT NULL,
    route_dist_protocols VARBINARY NOT NULL,
    in_service           BOOLEAN   NOT NULL,
    storage              SMALLINT  NOT NULL,
    PRIMARY KEY (vrf, if_index)
);

-- The key is the inetCidrRouteTable-style index of mplsL3VpnVrfRteTable.
-- dest_family: InetAddressType (RFC 4001) ipv4(1) or ipv6(2), as the MIB indexes it; dest_address
-- holds the full 4 or 16 octets with host bits zero.
-- policy: the policy OID's sub-identifiers, unsigned, dotted ("0.0" by default).
-- next_hop: 4 or 16 octets, or zero octets for a route without one; H2 allows no NULL in a
-- primary key column.
CREATE TABLE static_route (
    vrf                VARCHAR   NOT NULL,
    dest_family        SMALLINT  NOT NULL,
    dest_address       VARBINARY NOT NULL,
    dest_prefix_length SMALLINT  NOT NULL,
    policy             VARCHAR   NOT NULL,
    next_hop           VARBINARY NOT NULL,
    if_index           INTEGER   NOT NULL,
    type               INTEGER   NOT NULL,
    next_hop_as        BIGINT    NOT NULL,
    metric1            INTEGER   NOT NULL,
    metric2            INTEGER   NOT NULL,
    metric3            INTEGER   NOT NULL,
    metric4            INTEGER   NOT NULL,
    metric5            INTEGER   NOT NULL,
    xc_pointer         VARBINARY NOT NULL,
    in_service         BOOLEAN   NOT NULL,
    storage            SMALLINT  NOT NULL,
    PRIMARY KEY (vrf, dest_family, dest_address, dest_prefix_length, policy, next_hop)
);
