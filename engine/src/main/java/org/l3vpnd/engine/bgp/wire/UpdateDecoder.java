package org.l3vpnd.engine.bgp.wire;

import static org.l3vpnd.engine.bgp.wire.BgpNotification.INVALID_NETWORK_FIELD;
import static org.l3vpnd.engine.bgp.wire.BgpNotification.MALFORMED_ATTRIBUTE_LIST;
import static org.l3vpnd.engine.bgp.wire.BgpNotification.MISSING_WELL_KNOWN_ATTRIBUTE;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome.Action;
import org.l3vpnd.engine.net.IpPrefix;

/**
 * Decodes an UPDATE body (the octets after the 19-octet header) into an {@link UpdateOutcome}
 * following RFC 7606. Never throws: every input, however broken, yields one of the four
 * outcomes. Decoded attribute sets are interned. Thread-safe if the interner is (it is).
 */
public final class UpdateDecoder {
    private final AttributeInterner interner;

    public UpdateDecoder(AttributeInterner interner) {
        this.interner = interner;
    }

    public UpdateOutcome decode(ByteBuf body, NegotiatedCapabilities caps) {
        try {
            return decodeUnchecked(body, caps);
        } catch (RuntimeException e) {
            // A bug, not a peer error; still the session must get an answer rather than a dead pipeline.
            return new UpdateOutcome.SessionReset(BgpNotification.of(BgpNotification.UPDATE_MESSAGE_ERROR, 0),
                    List.of(new UpdateOutcome.AttributeError(-1, Action.SESSION_RESET,
                            BgpNotification.of(BgpNotification.UPDATE_MESSAGE_ERROR, 0), "unexpected decoder failure: " + e)));
        }
    }

    private UpdateOutcome decodeUnchecked(ByteBuf body, NegotiatedCapabilities caps) {
        UpdateErrors errors = new UpdateErrors();
        // RFC 4271 6.3: field lengths that exceed the message are a Malformed Attribute List.
        if (body.readableBytes() < 4) {
            return reset(errors, MALFORMED_ATTRIBUTE_LIST, "UPDATE body of " + body.readableBytes() + " octets");
        }
        int withdrawnLength = body.readUnsignedShort();
        if (withdrawnLength > body.readableBytes() - 2) {
            return reset(errors, MALFORMED_ATTRIBUTE_LIST, "withdrawn routes length " + withdrawnLength + " exceeds the message");
        }
        ByteBuf withdrawnField = body.readSlice(withdrawnLength);
        int attributesLength = body.readUnsignedShort();
        if (attributesLength > body.readableBytes()) {
            return reset(errors, MALFORMED_ATTRIBUTE_LIST, "total path attribute length " + attributesLength + " exceeds the message");
        }
        ByteBuf attributeField = body.readSlice(attributesLength);
        ByteBuf nlriField = body.readSlice(body.readableBytes());
        List<IpPrefix> withdrawn;
        List<IpPrefix> nlri;
        try {
            // RFC 7606 5.3: NLRI that cannot be parsed leave nothing to withdraw reliably.
            withdrawn = NlriCodec.decodeIpv4(withdrawnField, INVALID_NETWORK_FIELD, "withdrawn routes");
            nlri = NlriCodec.decodeIpv4(nlriField, INVALID_NETWORK_FIELD, "NLRI");
        } catch (WireException e) {
            errors.add(-1, Action.SESSION_RESET, e.notification(), e.getMessage());
            return new UpdateOutcome.SessionReset(e.notification(), errors.list());
        }

        AttributeDecoder attrs = new AttributeDecoder(caps, errors);
        BitSet seen = new BitSet(256);
        readAttributes(attributeField, attrs, errors, seen);
        if (errors.strongest() == Action.SESSION_RESET) {
            return new UpdateOutcome.SessionReset(errors.reset(), errors.list());
        }
        attrs.mergeAs4Attributes();
        BgpUpdate.MpReach reach = attrs.mp.reach;
        BgpUpdate.MpUnreach unreach = attrs.mp.unreach;
        boolean reachable = !nlri.isEmpty() || (reach != null && !reach.nlri().isEmpty());
        if (reachable) {
            checkMandatory(errors, seen, AttributeType.ORIGIN);
            checkMandatory(errors, seen, AttributeType.AS_PATH);
            if (!nlri.isEmpty()) {
                // RFC 4760 makes NEXT_HOP needless when only MP_REACH_NLRI carries routes.
                checkMandatory(errors, seen, AttributeType.NEXT_HOP);
            }
        }
        switch (errors.strongest()) {
            case TREAT_AS_WITHDRAW: {
                List<IpPrefix> all = new ArrayList<>(withdrawn);
                all.addAll(nlri);
                List<BgpUpdate.MpUnreach> mp = new ArrayList<>(2);
                if (unreach != null) {
                    mp.add(unreach);
                }
                if (reach != null) {
                    mp.add(new BgpUpdate.MpUnreach(reach.family(), reach.nlri()));
                }
                return new UpdateOutcome.TreatAsWithdraw(all, mp, errors.list());
            }
            case ATTRIBUTE_DISCARD:
                return new UpdateOutcome.AttributeDiscard(
                        new BgpUpdate(withdrawn, intern(attrs.attrs.build()), nlri, reach, unreach), errors.list());
            default:
                return new UpdateOutcome.Ok(new BgpUpdate(withdrawn, intern(attrs.attrs.build()), nlri, reach, unreach));
        }
    }

    /**
     * Frames the attributes. RFC 7606 section 4: an attribute overrunning the Total Path Attribute
     * Length, or too few octets left for an attribute header, is treat-as-withdraw, the NLRI being
     * found through the total length. The exception is when the broken attribute is itself an MP
     * attribute: its NLRI cannot be found, so only a reset is left (RFC 7606 section 5).
     */
    private static void readAttributes(ByteBuf field, AttributeDecoder attrs, UpdateErrors errors, BitSet seen) {
        while (field.isReadable()) {
            int start = field.readerIndex();
            int remaining = field.readableBytes();
            if (remaining < 3) {
                errors.add(-1, Action.TREAT_AS_WITHDRAW, MALFORMED_ATTRIBUTE_LIST, null,
                        remaining + " octets left, too few for an attribute header");
                return;
            }
            int flags = field.readUnsignedByte();
            int type = field.readUnsignedByte();
            boolean extended = (flags & AttributeType.EXTENDED_LENGTH) != 0;
            int length = -1;
            if (!extended) {
                length = field.readUnsignedByte();
            } else if (field.readableBytes() >= 2) {
                length = field.readUnsignedShort();
            }
            if (length < 0 || length > field.readableBytes()) {
                boolean mp = type == AttributeType.MP_REACH_NLRI || type == AttributeType.MP_UNREACH_NLRI;
                errors.add(type, mp ? Action.SESSION_RESET : Action.TREAT_AS_WITHDRAW, MALFORMED_ATTRIBUTE_LIST, null,
                        "attribute " + type + " overruns the total path attribute length");
                return;
            }
            ByteBuf value = field.readSlice(length);
            ByteBuf raw = field.slice(start, field.readerIndex() - start);
            if (seen.get(type)) {
                // RFC 7606 3(g): repeated MP attributes are fatal; any other repeat keeps the first.
                boolean mp = type == AttributeType.MP_REACH_NLRI || type == AttributeType.MP_UNREACH_NLRI;
                errors.add(type, mp ? Action.SESSION_RESET : Action.ATTRIBUTE_DISCARD, MALFORMED_ATTRIBUTE_LIST, raw,
                        "attribute " + type + " repeated");
                if (mp) {
                    return;
                }
                continue;
            }
            seen.set(type);
            attrs.decode(flags, type, value, raw);
            if (errors.strongest() == Action.SESSION_RESET) {
                return;
            }
        }
    }

    /** RFC 7606 3(d): a missing well-known mandatory attribute means treat-as-withdraw. */
    private static void checkMandatory(UpdateErrors errors, BitSet seen, int type) {
        if (!seen.get(type)) {
            errors.add(type, Action.TREAT_AS_WITHDRAW, new BgpNotification(BgpNotification.UPDATE_MESSAGE_ERROR,
                    MISSING_WELL_KNOWN_ATTRIBUTE, new byte[] {(byte) type}), "missing well-known attribute " + type);
        }
    }

    private PathAttributes intern(PathAttributes attrs) {
        if (attrs.equals(PathAttributes.EMPTY)) {
            return PathAttributes.EMPTY;
        }
        return interner == null ? attrs : interner.intern(attrs);
    }

    private static UpdateOutcome reset(UpdateErrors errors, int subcode, String reason) {
        errors.add(-1, Action.SESSION_RESET, subcode, null, reason);
        return new UpdateOutcome.SessionReset(errors.reset(), errors.list());
    }
}
