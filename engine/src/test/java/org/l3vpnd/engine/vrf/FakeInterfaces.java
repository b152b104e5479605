package org.l3vpnd.engine.vrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

import org.l3vpnd.engine.net.IpPrefix;

/** Interfaces a test sets by hand; changes are announced as the real adapter would. */
public final class FakeInterfaces implements InterfaceStatusSource {

    private final Map<Integer, Boolean> up = new ConcurrentHashMap<>();
    private final Map<Integer, List<IpPrefix>> addresses = new ConcurrentHashMap<>();
    private final List<IntConsumer> listeners = new CopyOnWriteArrayList<>();

    /** Sets the interface's state and subnets, then announces the change. */
    public void set(int ifIndex, boolean operUp, String... subnets) {
        List<IpPrefix> list = new ArrayList<>();
        for (String s : subnets) {
            list.add(IpPrefix.parse(s));
        }
        addresses.put(ifIndex, List.copyOf(list));
        up.put(ifIndex, operUp);
        for (IntConsumer l : listeners) {
            l.accept(ifIndex);
        }
    }

    @Override
    public boolean operUp(int ifIndex) {
        return up.getOrDefault(ifIndex, false);
    }

    @Override
    public List<IpPrefix> addresses(int ifIndex) {
        return addresses.getOrDefault(ifIndex, List.of());
    }

    @Override
    public void addListener(IntConsumer ifIndexChanged) {
        listeners.add(ifIndexChanged);
    }
}
