package org.l3vpnd.snmp.bgp;

import static org.l3vpnd.snmp.bgp.BgpOids.*;

import java.nio.charset.StandardCharsets;

import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.snmp.agent.NotificationSender;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.VariableBinding;

/**
 * Turns FSM transitions into notifications, with exactly the OBJECTS of each NOTIFICATION-TYPE and
 * the values of the event: l3vpndBgpPeerEstablished / l3vpndBgpPeerBackwardTransition for every
 * peer, and also bgpEstablishedNotification / bgpBackwardTransNotification (BGP4-MIB) for an IPv4
 * peer of the provider table, the only peers BGP4-MIB can name. Called on the speaker's thread; it
 * builds varbinds and hands them to a non-blocking sender.
 */
final class BgpNotifier implements BgpStatusSource.TransitionListener {

    private final NotificationSender sender;

    BgpNotifier(NotificationSender sender) {
        this.sender = sender;
    }

    @Override
    public void established(String vrf, IpAddress address, BgpPeerStatus status) {
        send(PEER_ESTABLISHED, BGP_ESTABLISHED_NOTIFICATION, vrf, address, status);
    }

    @Override
    public void backwardTransition(String vrf, IpAddress address, BgpPeerStatus status) {
        send(PEER_BACKWARD_TRANSITION, BGP_BACKWARD_TRANS_NOTIFICATION, vrf, address, status);
    }

    private void send(OID l3vpnd, OID bgp4, String vrf, IpAddress address, BgpPeerStatus status) {
        PeerKey key = PeerKey.of(vrf, address);
        OctetString lastError = PeerStateTables.lastError(status);
        Integer32 state = new Integer32(status.fsmState());
        sender.send(l3vpnd,
                new VariableBinding(instance(PEER_STATE_ENTRY, STATE_NOTIF_ADDR_TYPE, key),
                        new Integer32(PeerIndexes.addressType(address))),
                new VariableBinding(instance(PEER_STATE_ENTRY, STATE_NOTIF_ADDR, key),
                        new OctetString(address.toBytes())),
                new VariableBinding(instance(PEER_STATE_ENTRY, STATE_FSM_STATE, key), state),
                new VariableBinding(instance(PEER_STATE_ENTRY, STATE_LAST_ERROR, key), lastError),
                new VariableBinding(instance(PEER_STATE_ENTRY, STATE_NOTIF_VRF_NAME, key),
                        new OctetString(vrf.getBytes(StandardCharsets.UTF_8))));
        if (vrf.isEmpty() && !address.isIpv6()) {
            OID ip = bgp4Index(address);
            sender.send(bgp4,
                    new VariableBinding(column(BGP_PEER_ENTRY, BGP_PEER_REMOTE_ADDR, ip),
                            PeerStateTables.ipAddress(address.ipv4())),
                    new VariableBinding(column(BGP_PEER_ENTRY, BGP_PEER_LAST_ERROR, ip), lastError),
                    new VariableBinding(column(BGP_PEER_ENTRY, BGP_PEER_STATE, ip), state));
        }
    }

    /** entry.column.len.vrf.type.len.address: an instance of a peer-indexed L3VPND-MIB table. */
    static OID instance(OID entry, int column, PeerKey key) {
        int[] buf = new int[entry.size() + 1 + key.encodedLength()];
        System.arraycopy(entry.getValue(), 0, buf, 0, entry.size());
        buf[entry.size()] = column;
        key.encode(buf, entry.size() + 1);
        return new OID(buf);
    }

    private static OID bgp4Index(IpAddress address) {
        int[] buf = new int[4];
        PeerIndexes.BGP4_PEER.encode(address, buf, 0);
        return new OID(buf);
    }

    private static OID column(OID entry, int column, OID index) {
        OID o = new OID(entry);
        o.append(column);
        o.append(index);
        return o;
    }
}
