package org.l3vpnd.engine.bgp.wire;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An optional transitive path attribute this router does not interpret, kept byte for byte so it
 * can be passed on. {@code flags} holds only the Optional, Transitive and Partial bits; the
 * decoder sets Partial, as RFC 4271 section 5 requires when propagating an unrecognized attribute.
 */
public record OpaqueAttribute(int flags, int typeCode, byte[] value) implements Comparable<OpaqueAttribute> {
    public OpaqueAttribute {
        if (typeCode < 0 || typeCode > 0xff || (flags & ~0xe0) != 0 || value.length > 0xffff) {
            throw new IllegalArgumentException("opaque attribute " + flags + "/" + typeCode + " out of range");
        }
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    int length() {
        return value.length;
    }

    byte[] valueUnsafe() {
        return value;
    }

    @Override
    public int compareTo(OpaqueAttribute o) {
        int c = Integer.compare(typeCode, o.typeCode);
        return c != 0 ? c : Arrays.compare(value, o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpaqueAttribute a && a.flags == flags && a.typeCode == typeCode && Arrays.equals(a.value, value);
    }

    @Override
    public int hashCode() {
        return (flags * 256 + typeCode) * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "attr" + typeCode + "/0x" + Integer.toHexString(flags) + "=" + HexFormat.of().formatHex(value);
    }
}
