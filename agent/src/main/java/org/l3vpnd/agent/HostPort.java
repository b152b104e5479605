package org.l3vpnd.agent;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** A listener address written as {@code [ADDR:]PORT}, {@code [V6ADDR]:PORT} or {@code PORT}. */
public record HostPort(String host, int port) {

    public HostPort {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** Parses the text; a bare port takes {@code defaultHost}. */
    public static HostPort parse(String text, String defaultHost) {
        String t = text.trim();
        String host = defaultHost;
        String port = t;
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 0 || close + 1 >= t.length() || t.charAt(close + 1) != ':') {
                throw new IllegalArgumentException("expected [ADDRESS]:PORT, got '" + text + "'");
            }
            host = t.substring(1, close);
            port = t.substring(close + 2);
        } else if (t.indexOf(':') >= 0 && t.indexOf(':') == t.lastIndexOf(':')) {
            host = t.substring(0, t.indexOf(':'));
            port = t.substring(t.indexOf(':') + 1);
        } else if (t.indexOf(':') >= 0) {
            throw new IllegalArgumentException("write an IPv6 listener as [ADDRESS]:PORT, got '" + text + "'");
        }
        try {
            return new HostPort(host, Integer.parseInt(port));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port number: '" + port + "'");
        }
    }

    public InetSocketAddress resolve() {
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown listen address '" + host + "'");
        }
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
