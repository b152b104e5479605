package org.l3vpnd.engine.config;

import java.util.Objects;

import org.l3vpnd.engine.net.RouteTarget;

/**
 * One route target of a VRF (one row of mplsL3VpnVrfRTTable).
 *
 * @param index an operator-chosen number, 1 to 4294967295, unique per VRF and type
 * @param type  import, export or both
 * @param rt    the route target, or {@code null} while not configured
 */
public record VrfRouteTarget(String vrf, long index, Type type, RouteTarget rt, String description,
                             boolean inService, StorageType storage) implements ConfigItem {

    /** MIB values: import(1), export(2), both(3). */
    public enum Type {
        IMPORT(1), EXPORT(2), BOTH(3);

        private final int code;

        Type(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        public boolean imports() {
            return this != EXPORT;
        }

        public boolean exports() {
            return this != IMPORT;
        }

        public static Type of(int code) {
            for (Type t : values()) {
                if (t.code == code) {
                    return t;
                }
            }
            throw new IllegalArgumentException("no route target type " + code);
        }
    }

    public VrfRouteTarget {
        Objects.requireNonNull(vrf, "vrf");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(storage, "storage");
    }

    /** Ids sort by VRF, then index, then type, so all targets of a VRF share a prefix. */
    public static ItemKey keyOf(String vrf, long index, Type type) {
        return new ItemKey(VrfRouteTarget.class, ItemKey.join(vrf, String.format("%010d", index), type.code()));
    }

    public static String vrfPrefix(String vrf) {
        return vrf + '\u0000';
    }

    @Override
    public ItemKey key() {
        return keyOf(vrf, index, type);
    }
}
