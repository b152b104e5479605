package org.l3vpnd.agent;

import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.l3vpnd.engine.iface.InterfaceInventory;
import org.l3vpnd.engine.iface.NetInterface;
import org.l3vpnd.engine.iface.OperStatus;
import org.l3vpnd.engine.net.IpAddress;
import org.l3vpnd.engine.net.IpPrefix;
import org.l3vpnd.engine.vrf.InterfaceStatusSource;

/**
 * The host's interfaces as the VRF manager sees them: oper status from the interface inventory,
 * subnets from the kernel's addresses. sysfs does not show addresses, so they are polled here and
 * a change is announced like a status change. Thread-safe.
 */
final class HostInterfaces implements InterfaceStatusSource, AutoCloseable {

    private final InterfaceInventory inventory;
    private final List<IntConsumer> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "address-poll");
        t.setDaemon(true);
        return t;
    });
    private volatile Map<Integer, List<IpPrefix>> subnets = Map.of();

    HostInterfaces(InterfaceInventory inventory) {
        this.inventory = inventory;
        inventory.addListener((before, after) -> fire(after != null ? after.ifIndex() : before.ifIndex()));
        refreshAddresses();
        poller.scheduleWithFixedDelay(this::refreshAddresses, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public boolean operUp(int ifIndex) {
        return inventory.get(ifIndex).map(NetInterface::operStatus).map(s -> s == OperStatus.UP).orElse(false);
    }

    @Override
    public List<IpPrefix> addresses(int ifIndex) {
        return subnets.getOrDefault(ifIndex, List.of());
    }

    @Override
    public void addListener(IntConsumer ifIndexChanged) {
        listeners.add(ifIndexChanged);
    }

    private void fire(int ifIndex) {
        for (IntConsumer l : listeners) {
            l.accept(ifIndex);
        }
    }

    private void refreshAddresses() {
        Map<Integer, List<IpPrefix>> now = new HashMap<>();
        try {
            var all = NetworkInterface.getNetworkInterfaces();
            while (all != null && all.hasMoreElements()) {
                NetworkInterface ni = all.nextElement();
                List<IpPrefix> list = new ArrayList<>();
                for (InterfaceAddress a : ni.getInterfaceAddresses()) {
                    IpAddress address = IpAddress.fromBytes(a.getAddress().getAddress());
                    if (address.isIpv6LinkLocal()) {
                        continue; // link-local subnets are not routes of any VRF
                    }
                    list.add(IpPrefix.masked(address, a.getNetworkPrefixLength()));
                }
                now.put(ni.getIndex(), List.copyOf(list));
            }
        } catch (SocketException e) {
            return; // keep the last known addresses
        }
        Map<Integer, List<IpPrefix>> before = subnets;
        subnets = Map.copyOf(now);
        for (Integer ifIndex : union(before, now)) {
            if (!before.getOrDefault(ifIndex, List.of()).equals(now.getOrDefault(ifIndex, List.of()))) {
                fire(ifIndex);
            }
        }
    }

    private static List<Integer> union(Map<Integer, ?> a, Map<Integer, ?> b) {
        java.util.Set<Integer> s = new java.util.TreeSet<>(a.keySet());
        s.addAll(b.keySet());
        return new ArrayList<>(s);
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
