package org.l3vpnd.engine.bgp.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.ArrayList;
import java.util.List;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome.Action;
import org.l3vpnd.engine.bgp.wire.UpdateOutcome.AttributeError;

/** Errors found while decoding one UPDATE, and the strongest approach they call for. */
final class UpdateErrors {
    private final List<AttributeError> errors = new ArrayList<>();
    private Action strongest = Action.OK;
    private BgpNotification reset;

    /** Records an error; {@code raw} is the whole attribute (RFC 4271 6.3 puts it in the data), or null. */
    void add(int type, Action action, int subcode, ByteBuf raw, String reason) {
        byte[] data = raw == null ? null : ByteBufUtil.getBytes(raw);
        add(type, action, new BgpNotification(BgpNotification.UPDATE_MESSAGE_ERROR, subcode, data), reason);
    }

    void add(int type, Action action, BgpNotification notification, String reason) {
        errors.add(new AttributeError(type, action, notification, reason));
        if (action.compareTo(strongest) > 0) {
            strongest = action;
        }
        if (action == Action.SESSION_RESET && reset == null) {
            reset = notification;
        }
    }

    Action strongest() {
        return strongest;
    }

    /** The NOTIFICATION of the first session-reset error, else null. */
    BgpNotification reset() {
        return reset;
    }

    List<AttributeError> list() {
        return errors;
    }
}
