package org.l3vpnd.engine.bgp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.l3vpnd.engine.bgp.wire.AttributeInterner;
import org.l3vpnd.engine.bgp.wire.BgpCapability;
import org.l3vpnd.engine.bgp.wire.BgpKeepalive;
import org.l3vpnd.engine.bgp.wire.BgpMessage;
import org.l3vpnd.engine.bgp.wire.BgpNotification;
import org.l3vpnd.engine.bgp.wire.BgpOpen;
import org.l3vpnd.engine.bgp.wire.InboundEvent;
import org.l3vpnd.engine.bgp.wire.MessageCodec;
import org.l3vpnd.engine.bgp.wire.NegotiatedCapabilities;
import org.l3vpnd.engine.bgp.wire.UpdateDecoder;
import org.l3vpnd.engine.net.AfiSafi;
import org.l3vpnd.engine.net.IpAddress;

/**
 * A scripted BGP peer on a plain blocking socket: the test thread writes exactly the messages it
 * wants (bad ones included) and reads what the speaker answers, with a read timeout.
 */
final class RawPeer implements AutoCloseable {
    private static final NegotiatedCapabilities CAPS = NegotiatedCapabilities.allFamilies(true, false);

    final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final UpdateDecoder updates = new UpdateDecoder(new AttributeInterner());
    /** KEEPALIVEs skipped by {@link #expectNotification}. */
    int keepalivesSkipped;

    private RawPeer(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    static RawPeer connect(String local, String host, int port) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(local, 0));
        s.connect(new InetSocketAddress(host, port), 5_000);
        return new RawPeer(s);
    }

    static RawPeer accept(ServerSocket server) throws IOException {
        server.setSoTimeout(10_000);
        return new RawPeer(server.accept());
    }

    /** An OPEN with 4-octet AS, route refresh and the given families and extra capabilities. */
    static BgpOpen open(long as, int hold, String routerId, List<AfiSafi> families, BgpCapability... extra) {
        List<BgpCapability> caps = new ArrayList<>();
        families.forEach(f -> caps.add(new BgpCapability.Multiprotocol(f.afi(), f.safi())));
        caps.add(new BgpCapability.RouteRefresh());
        caps.add(new BgpCapability.FourOctetAs(as));
        caps.addAll(List.of(extra));
        return BgpOpen.of(as, hold, IpAddress.parse(routerId).ipv4(), caps);
    }

    static BgpCapability.GracefulRestart gracefulRestart(int flags, int seconds, AfiSafi... families) {
        List<BgpCapability.GracefulRestart.Family> list = new ArrayList<>();
        for (AfiSafi f : families) {
            list.add(new BgpCapability.GracefulRestart.Family(f.afi(), f.safi(),
                    BgpCapability.GracefulRestart.Family.FLAG_FORWARDING_PRESERVED));
        }
        return new BgpCapability.GracefulRestart(flags, seconds, list);
    }

    int localPort() {
        return socket.getLocalPort();
    }

    void send(BgpMessage message) throws IOException {
        ByteBuf b = Unpooled.buffer();
        try {
            MessageCodec.encode(b, message, CAPS);
            out.write(ByteBufUtil.getBytes(b));
            out.flush();
        } finally {
            b.release();
        }
    }

    /** The next message, decoded. */
    InboundEvent read() throws IOException {
        byte[] header = new byte[BgpMessage.HEADER_LENGTH];
        in.readFully(header);
        int length = (header[16] & 0xff) << 8 | (header[17] & 0xff);
        byte[] frame = new byte[length];
        System.arraycopy(header, 0, frame, 0, header.length);
        in.readFully(frame, header.length, length - header.length);
        ByteBuf buf = Unpooled.wrappedBuffer(frame);
        try {
            return MessageCodec.decode(buf, CAPS, updates);
        } finally {
            buf.release();
        }
    }

    <T> T expect(Class<T> kind) throws IOException {
        return assertInstanceOf(kind, read());
    }

    /** Reads past KEEPALIVEs to a NOTIFICATION; fails on anything else. */
    BgpNotification expectNotification() throws IOException {
        while (true) {
            InboundEvent e = read();
            if (e instanceof BgpKeepalive) {
                keepalivesSkipped++;
                continue;
            }
            return assertInstanceOf(BgpNotification.class, e);
        }
    }

    void expectNotification(int code, int subcode) throws IOException {
        BgpNotification n = expectNotification();
        assertEquals(code + "/" + subcode, n.code() + "/" + n.subcode(), "NOTIFICATION " + n);
    }

    /** The speaker closes the connection: end of stream (or a reset) before any further byte. */
    void expectClosed() throws IOException {
        try {
            int b = in.read();
            if (b >= 0) {
                fail("expected the connection to close, got a byte " + b);
            }
        } catch (SocketTimeoutException e) {
            fail("connection still open after " + socket.getSoTimeout() + " ms");
        } catch (SocketException | EOFException e) {
            // a reset is a close too
        }
    }

    /** OPEN, KEEPALIVE each way: returns the speaker's OPEN. */
    BgpOpen establish(BgpOpen ours) throws IOException {
        BgpOpen theirs = expect(BgpOpen.class);
        send(ours);
        expect(BgpKeepalive.class);
        send(BgpKeepalive.INSTANCE);
        return theirs;
    }

    /** Closes with a TCP reset rather than a FIN. */
    void reset() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
