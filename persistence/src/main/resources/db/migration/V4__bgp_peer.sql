-- BGP peers (rows of L3VPND-MIB l3vpndBgpPeerTable). Same conventions as V1 and V2: snake_case
-- columns, the item's key fields as primary key, lengths and ranges left to the validators.
--
-- The key is the MIB's index: the routing instance ('' = the provider table, else the VRF name)
-- and the remote address, 4 or 16 octets (the length gives the family, so no family column).
-- No foreign key to vrf, for the reason given in V2.
--
-- local_address: 4 or 16 octets, or NULL when the kernel chooses the source address.
-- families: the L3vpndBgpFamilySet bits as an integer mask, bit n (value 1 << n) set for the MIB's
-- named bit n: ipv4Unicast(0), ipv6Unicast(1), vpnv4(2), vpnv6(3), ipv4Labeled(4), ipv6Labeled(5).
-- hold_time, keepalive, connect_retry and mrai are seconds; -1 means the global or RFC default.
-- remote_as is BIGINT because a 4-octet AS number does not fit an INTEGER.
CREATE TABLE bgp_peer (
    vrf           VARCHAR   NOT NULL,
    address       VARBINARY NOT NULL,
    remote_as     BIGINT    NOT NULL,
    local_address VARBINARY NULL,
    remote_port   INTEGER   NOT NULL,
    local_port    INTEGER   NOT NULL,
    families      INTEGER   NOT NULL,
    hold_time     INTEGER   NOT NULL,
    keepalive     INTEGER   NOT NULL,
    connect_retry INTEGER   NOT NULL,
    mrai          INTEGER   NOT NULL,
    rr_client     BOOLEAN   NOT NULL,
    passive       BOOLEAN   NOT NULL,
    description   VARCHAR   NOT NULL,
    admin_up      BOOLEAN   NOT NULL,
    in_service    BOOLEAN   NOT NULL,
    storage       SMALLINT  NOT NULL,
    PRIMARY KEY (vrf, address)
);
