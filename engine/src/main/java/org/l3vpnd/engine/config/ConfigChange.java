package org.l3vpnd.engine.config;

/** One item's change: created ({@code before == null}), deleted ({@code after == null}) or modified. */
public record ConfigChange(ItemKey key, ConfigItem before, ConfigItem after) {

    public boolean created() {
        return before == null;
    }

    public boolean deleted() {
        return after == null;
    }
}
