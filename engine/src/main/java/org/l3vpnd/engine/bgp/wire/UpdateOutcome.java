package org.l3vpnd.engine.bgp.wire;

import java.util.List;
import java.util.Objects;
import org.l3vpnd.engine.net.IpPrefix;

/**
 * The result of decoding one UPDATE under RFC 7606: exactly one of the four approaches, the
 * strongest that any error in the message called for. Decoding never throws; whatever the bytes,
 * the session gets one of these.
 */
public sealed interface UpdateOutcome extends InboundEvent
        permits UpdateOutcome.Ok, UpdateOutcome.AttributeDiscard, UpdateOutcome.TreatAsWithdraw,
                UpdateOutcome.SessionReset {

    /** RFC 7606 section 2 approaches, weakest first, so {@code compareTo} picks the strongest. */
    enum Action { OK, ATTRIBUTE_DISCARD, TREAT_AS_WITHDRAW, SESSION_RESET }

    Action action();

    /** Every error found, in message order, for the log; empty for {@link Ok}. */
    List<AttributeError> errors();

    /** A well-formed UPDATE. */
    record Ok(BgpUpdate update) implements UpdateOutcome {
        public Ok {
            Objects.requireNonNull(update, "update");
        }

        @Override
        public Action action() {
            return Action.OK;
        }

        @Override
        public List<AttributeError> errors() {
            return List.of();
        }
    }

    /** Some attributes were dropped; {@code update} holds the rest and is to be used. */
    record AttributeDiscard(BgpUpdate update, List<AttributeError> errors) implements UpdateOutcome {
        public AttributeDiscard {
            Objects.requireNonNull(update, "update");
            errors = List.copyOf(errors);
        }

        @Override
        public Action action() {
            return Action.ATTRIBUTE_DISCARD;
        }
    }

    /**
     * Every route the UPDATE carried is to be withdrawn: the Withdrawn Routes and NLRI fields in
     * {@code withdrawn}, the MP_UNREACH_NLRI and MP_REACH_NLRI contents in {@code mpWithdrawn}.
     */
    record TreatAsWithdraw(List<IpPrefix> withdrawn, List<BgpUpdate.MpUnreach> mpWithdrawn,
                           List<AttributeError> errors) implements UpdateOutcome {
        public TreatAsWithdraw {
            withdrawn = List.copyOf(withdrawn);
            mpWithdrawn = List.copyOf(mpWithdrawn);
            errors = List.copyOf(errors);
        }

        @Override
        public Action action() {
            return Action.TREAT_AS_WITHDRAW;
        }
    }

    /** The session must be reset with {@code notification}. */
    record SessionReset(BgpNotification notification, List<AttributeError> errors) implements UpdateOutcome {
        public SessionReset {
            Objects.requireNonNull(notification, "notification");
            errors = List.copyOf(errors);
        }

        @Override
        public Action action() {
            return Action.SESSION_RESET;
        }
    }

    /**
     * One error: the attribute type code (or -1 for the message framing or NLRI fields), the
     * approach it calls for, the NOTIFICATION that RFC 4271 would have sent for it, and a reason.
     */
    record AttributeError(int typeCode, Action action, BgpNotification notification, String reason) {
        public AttributeError {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(notification, "notification");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return "attr=" + typeCode + " action=" + action + " notification=" + notification + " reason=" + reason;
        }
    }
}
