package org.l3vpnd.engine.bgp.rib;

import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.l3vpnd.engine.bgp.wire.Nlri;
import org.l3vpnd.engine.bgp.wire.PathAttributes;
import org.l3vpnd.engine.bgp.wire.UpdatePacker;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.MplsLabel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The changes of one generation round for one peer and family, grouped so that the packer can put
 * many NLRI behind each attribute set: withdrawals together, announcements by their (interned)
 * export attributes. Withdrawals are packed first, so a round never announces and then withdraws.
 * Engine loop only.
 */
final class UpdateBatch {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateBatch.class);

    private final AfiSafi family;
    private final List<Nlri> withdrawals = new ArrayList<>();
    private final Map<PathAttributes, List<Nlri>> announcements = new LinkedHashMap<>();

    UpdateBatch(AfiSafi family) {
        this.family = family;
    }

    void withdraw(Nlri nlri) {
        withdrawals.add(nlri);
    }

    void announce(PathAttributes attrs, Nlri nlri) {
        announcements.computeIfAbsent(attrs, a -> new ArrayList<>()).add(nlri);
    }

    boolean isEmpty() {
        return withdrawals.isEmpty() && announcements.isEmpty();
    }

    /**
     * The packed UPDATEs; the caller owns them. An attribute set too large for any UPDATE (the
     * packer refuses it) cannot be announced: its routes are withdrawn instead, so the peer keeps
     * no older version of them, and handed to {@code unsendable} so they are not counted as
     * advertised.
     */
    List<ByteBuf> pack(UpdatePacker packer, Consumer<Nlri> unsendable) {
        List<ByteBuf> out = new ArrayList<>();
        if (!withdrawals.isEmpty()) {
            out.addAll(packer.withdraw(family, withdrawals));
        }
        List<Nlri> refused = new ArrayList<>();
        for (Map.Entry<PathAttributes, List<Nlri>> e : announcements.entrySet()) {
            try {
                out.addAll(packer.announce(family, e.getKey(), e.getValue()));
            } catch (IllegalArgumentException tooLarge) {
                LOG.warn("bgp.rib.update.unsendable family={} routes={} reason={}", family, e.getValue().size(),
                        tooLarge.getMessage());
                for (Nlri n : e.getValue()) {
                    refused.add(RouteKey.of(n).toNlri(family, MplsLabel.WITHDRAW_COMPAT));
                    unsendable.accept(n);
                }
            }
        }
        if (!refused.isEmpty()) {
            out.addAll(packer.withdraw(family, refused));
        }
        return out;
    }
}
