import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/**
 * The receiver of bench/rr-reflect, run with the JDK's source launcher ({@code java RrReceiver.java
 * ARGS}): a minimal iBGP speaker (AS 65000, VPNv4) that decodes the VPNv4 routes of every UPDATE
 * (MP_REACH_NLRI / MP_UNREACH_NLRI) into a map from RD + prefix to label, and prints
 * {@code DONE <epoch seconds> <routes> <distinct labels> <updates>} the moment it holds N routes.
 * Written in Java rather than Python because some reflectors send one route per UPDATE.
 */
public final class RrReceiver {

    private static final int AS = 65000;
    private static final int HOLD = 180;

    private RrReceiver() {
    }

    public static void main(String[] args) throws Exception {
        String local = null;
        String remote = null;
        String listen = null;
        String routerId = null;
        int n = 0;
        double timeout = 90;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--local" -> local = args[i + 1];
                case "--remote" -> remote = args[i + 1];
                case "--listen" -> listen = args[i + 1];
                case "--router-id" -> routerId = args[i + 1];
                case "--n" -> n = Integer.parseInt(args[i + 1]);
                case "--timeout" -> timeout = Double.parseDouble(args[i + 1]);
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        Socket socket;
        DataInputStream in;
        if (listen != null) {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(address(listen));
            out("LISTENING");
            socket = server.accept();
            in = handshake(socket, routerId);
        } else {
            long deadline = System.nanoTime() + (long) (timeout * 1e9);
            while (true) {
                socket = new Socket();
                try {
                    socket.setReuseAddress(true);
                    socket.bind(new InetSocketAddress(local, 0));
                    socket.connect(address(remote), 10_000);
                    socket.setSoTimeout(10_000);
                    in = handshake(socket, routerId);
                    socket.setSoTimeout(0);
                    break;
                } catch (IOException e) {
                    socket.close();
                    if (System.nanoTime() > deadline) {
                        System.err.println("cannot establish a session with " + remote + ": " + e);
                        System.exit(1);
                    }
                    Thread.sleep(300);
                }
            }
        }
        OutputStream os = socket.getOutputStream();
        Thread keepalive = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(HOLD / 3 * 1000L);
                    synchronized (os) {
                        os.write(message(4, new byte[0]));
                    }
                }
            } catch (IOException | InterruptedException e) {
                // session over
            }
        });
        keepalive.setDaemon(true);
        keepalive.start();
        out("ESTABLISHED");
        receive(in, n);
    }

    private static void receive(DataInputStream in, int n) throws IOException {
        Map<String, Integer> routes = new HashMap<>(Math.max(16, n * 2));
        byte[] b = new byte[65536];
        boolean done = false;
        long updates = 0;
        while (true) {
            int type;
            try {
                type = readMessage(in, b);
            } catch (IOException e) {
                out("CLOSED " + routes.size());
                return;
            }
            if (type == 3) {
                out("NOTIFICATION " + (b[19] & 255) + "/" + (b[20] & 255));
                return;
            }
            if (type != 2) {
                continue;
            }
            updates++;
            int p = 19;
            p += 2 + u16(b, p);
            int end = p + 2 + u16(b, p);
            p += 2;
            while (p < end) {
                int flags = b[p] & 255;
                int atype = b[p + 1] & 255;
                int vlen;
                if ((flags & 0x10) != 0) {
                    vlen = u16(b, p + 2);
                    p += 4;
                } else {
                    vlen = b[p + 2] & 255;
                    p += 3;
                }
                if ((atype == 14 || atype == 15) && u16(b, p) == 1 && (b[p + 2] & 255) == 128) {
                    int q = p + 3;
                    int stop = p + vlen;
                    if (atype == 14) {
                        q += 2 + (b[q] & 255); // next hop and reserved octet
                    }
                    while (q < stop) {
                        int nb = ((b[q] & 255) + 7) >> 3;
                        String key = new String(b, q + 4, nb - 3, StandardCharsets.ISO_8859_1); // RD + prefix
                        if (atype == 14) {
                            routes.put(key, (b[q + 1] & 255) << 16 | (b[q + 2] & 255) << 8 | (b[q + 3] & 255));
                        } else {
                            routes.remove(key);
                        }
                        q += 1 + nb;
                    }
                }
                p += vlen;
            }
            if (!done && routes.size() >= n) {
                done = true;
                Instant t = Instant.now();
                out(String.format("DONE %d.%06d %d %d %d", t.getEpochSecond(), t.getNano() / 1000, routes.size(),
                        new HashSet<>(routes.values()).size(), updates));
            }
        }
    }

    private static DataInputStream handshake(Socket socket, String routerId) throws IOException {
        OutputStream os = socket.getOutputStream();
        byte[] caps = {1, 4, 0, 1, 0, (byte) 128, 2, 0, 65, 4, 0, 0, (byte) (AS >> 8), (byte) AS};
        ByteBuffer open = ByteBuffer.allocate(10 + 2 + caps.length);
        open.put((byte) 4).putShort((short) AS).putShort((short) HOLD)
                .put(InetAddress.getByName(routerId).getAddress()).put((byte) (2 + caps.length))
                .put((byte) 2).put((byte) caps.length).put(caps);
        os.write(message(1, open.array()));
        DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 20));
        byte[] b = new byte[65536];
        boolean gotOpen = false;
        while (true) {
            int type = readMessage(in, b);
            if (type == 3) {
                throw new IOException("NOTIFICATION " + (b[19] & 255) + "/" + (b[20] & 255));
            }
            if (type == 1 && !gotOpen) {
                gotOpen = true;
                os.write(message(4, new byte[0]));
            } else if (type == 4 && gotOpen) {
                return in;
            }
        }
    }

    /** Reads one message into b (header included) and returns its type. */
    private static int readMessage(DataInputStream in, byte[] b) throws IOException {
        in.readFully(b, 0, 19);
        int len = u16(b, 16);
        if (len < 19) {
            throw new IOException("bad message length " + len);
        }
        in.readFully(b, 19, len - 19);
        return b[18] & 255;
    }

    private static byte[] message(int type, byte[] body) {
        ByteBuffer m = ByteBuffer.allocate(19 + body.length);
        for (int i = 0; i < 16; i++) {
            m.put((byte) 0xff);
        }
        return m.putShort((short) (19 + body.length)).put((byte) type).put(body).array();
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 255) << 8 | (b[p + 1] & 255);
    }

    private static InetSocketAddress address(String hostPort) {
        int c = hostPort.lastIndexOf(':');
        return new InetSocketAddress(hostPort.substring(0, c), Integer.parseInt(hostPort.substring(c + 1)));
    }

    private static void out(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
