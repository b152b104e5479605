#!/usr/bin/env python3
"""Route-reflection benchmark: a sender announces N VPNv4 routes to the system under test (an iBGP
route reflector), which reflects them to a receiver. See bench/README.md ("rr-reflect").

The subcommand `send` is the sender, a minimal BGP-4 speaker that writes pre-encoded UPDATEs as
fast as TCP takes them; the receiver is bench/RrReceiver.java, which reports the moment it holds
all N routes (RD + prefix).
"""
import argparse
import os
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time

AS = 65000
HOLD = 180
NEXT_HOP = "192.0.2.1"  # FRR treats 127/8 next hops as martian
RD_COUNT = 1000
RT_GROUPS = 4
MAX_MSG = 4096

# ---------------------------------------------------------------------------------------- BGP codec


def msg(mtype, body=b""):
    return b"\xff" * 16 + struct.pack("!HB", 19 + len(body), mtype) + body


def open_msg(router_id):
    caps = b"".join([
        bytes([1, 4]) + struct.pack("!HBB", 1, 0, 128),  # multiprotocol VPNv4
        bytes([2, 0]),  # route refresh
        bytes([65, 4]) + struct.pack("!I", AS),  # 4-octet AS
    ])
    opt = bytes([2, len(caps)]) + caps
    return msg(1, struct.pack("!BHH4sB", 4, AS, HOLD, socket.inet_aton(router_id), len(opt)) + opt)


KEEPALIVE = msg(4)


def attr(flags, atype, value):
    if len(value) > 255:
        return struct.pack("!BBH", flags | 0x10, atype, len(value)) + value
    return struct.pack("!BBB", flags, atype, len(value)) + value


def route_key(i):
    """RD index, prefix bytes (3 octets of a /24) and RT group of route i; (RD, prefix) is unique."""
    rd = i % RD_COUNT
    j = i // RD_COUNT
    return rd, bytes([10 + (j >> 16), (j >> 8) & 255, j & 255]), rd % RT_GROUPS


def encode_updates(n):
    """N VPNv4 routes (RD_COUNT RDs, label 16+i, RT_GROUPS route-target sets), packed as densely
    as 4096-octet UPDATEs allow, followed by the VPNv4 End-of-RIB."""
    groups = [[] for _ in range(RT_GROUPS)]
    for i in range(n):
        rd, pfx, g = route_key(i)
        label = ((16 + i) << 4) | 1
        groups[g].append(bytes([24 + 64 + 24]) + label.to_bytes(3, "big")
                         + struct.pack("!HHI", 0, AS, rd + 1) + pfx)
    out = []
    for g, nlris in enumerate(groups):
        rts = [100 + g, 200, 300 + (g % 2)]
        ext = b"".join(struct.pack("!BBHI", 0x00, 0x02, AS, rt) for rt in rts)
        base = (attr(0x40, 1, b"\x00") + attr(0x40, 2, b"") + attr(0x40, 5, struct.pack("!I", 100))
                + attr(0xC0, 16, ext))
        mp_head = struct.pack("!HBB", 1, 128, 12) + b"\x00" * 8 + socket.inet_aton(NEXT_HOP) + b"\x00"
        room = MAX_MSG - 19 - 4 - len(base) - 4 - len(mp_head)
        k = 0
        while k < len(nlris):
            chunk, size = [], 0
            while k < len(nlris) and size + len(nlris[k]) <= room:
                size += len(nlris[k])
                chunk.append(nlris[k])
                k += 1
            attrs = base + attr(0x80, 14, mp_head + b"".join(chunk))
            out.append(msg(2, struct.pack("!H", 0) + struct.pack("!H", len(attrs)) + attrs))
    eor = attr(0x80, 15, struct.pack("!HB", 1, 128))
    out.append(msg(2, struct.pack("!HH", 0, len(eor)) + eor))
    return b"".join(out)


class Session:
    """A BGP connection after the OPEN exchange, with a buffered message reader."""

    def __init__(self, sock):
        self.sock = sock
        self.buf = bytearray()
        self.lock = threading.Lock()

    def send(self, data):
        with self.lock:
            self.sock.sendall(data)

    def read(self):
        """The next (type, body) or None at end of stream."""
        while True:
            if len(self.buf) >= 19:
                length = struct.unpack_from("!H", self.buf, 16)[0]
                if len(self.buf) >= length:
                    mtype = self.buf[18]
                    body = bytes(self.buf[19:length])
                    del self.buf[:length]
                    return mtype, body
            data = self.sock.recv(1 << 20)
            if not data:
                return None
            self.buf += data

    def keepalives(self):
        def loop():
            while True:
                time.sleep(HOLD / 3)
                try:
                    self.send(KEEPALIVE)
                except OSError:
                    return
        threading.Thread(target=loop, daemon=True).start()


def handshake(sock, router_id):
    s = Session(sock)
    s.send(open_msg(router_id))
    got_open = False
    while True:
        m = s.read()
        if m is None:
            raise OSError("connection closed during OPEN exchange")
        if m[0] == 3:
            raise OSError("NOTIFICATION %d/%d" % (m[1][0], m[1][1]))
        if m[0] == 1 and not got_open:
            got_open = True
            s.send(KEEPALIVE)
        elif m[0] == 4 and got_open:
            return s


def connect(local, remote, router_id, deadline):
    host, port = remote.rsplit(":", 1)
    last = None
    while time.time() < deadline:
        sock = socket.socket()
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((local, 0))
            sock.settimeout(10)
            sock.connect((host, int(port)))
            s = handshake(sock, router_id)
            sock.settimeout(None)
            s.keepalives()
            return s
        except OSError as e:
            last = e
            sock.close()
            time.sleep(0.3)
    raise SystemExit("cannot establish a session with %s: %s" % (remote, last))


def out(*words):
    print(*words, flush=True)


def cmd_send(a):
    with open(a.updates, "rb") as f:
        blob = f.read()
    s = connect(a.local, a.remote, a.router_id, time.time() + a.timeout)
    out("ESTABLISHED")

    def drain():
        while s.read() is not None:
            pass
        os._exit(0)
    threading.Thread(target=drain, daemon=True).start()
    out("START %.6f" % time.time())
    s.send(blob)
    out("SENT %.6f" % time.time())
    while True:
        time.sleep(3600)


# ------------------------------------------------------------------------------------- orchestration

SENDER = "127.0.0.21"
RECEIVER = "127.0.0.22"
SUT_ADDR = "127.0.0.20"
PEER_OID = "1.3.6.1.4.1.61423.2.1.1.2.1"
GLOBAL_OID = "1.3.6.1.4.1.61423.2.1.1.1"


def free_port(addr="127.0.0.1", kind=socket.SOCK_STREAM):
    s = socket.socket(socket.AF_INET, kind)
    s.bind((addr, 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Procs:
    """Every process started here, ended (by process group) on exit."""

    def __init__(self):
        self.procs = []

    def start(self, argv, log, **kw):
        p = subprocess.Popen(argv, stdout=open(log, "ab"), stderr=subprocess.STDOUT,
                             start_new_session=True, **kw)
        self.procs.append(p)
        return p

    def start_piped(self, argv, log):
        p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=open(log, "ab"), text=True,
                             start_new_session=True)
        self.procs.append(p)
        return p

    def stop_all(self):
        for p in self.procs:
            if p.poll() is None:
                try:
                    os.killpg(p.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        t = time.time() + 5
        for p in self.procs:
            try:
                p.wait(max(0.1, t - time.time()))
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                p.wait()
        self.procs = []


class Lines:
    """Reads a helper's stdout lines on a thread; wait() for a line starting with a word."""

    def __init__(self, proc):
        self.lines = []
        self.cond = threading.Condition()
        self.proc = proc
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self):
        for line in self.proc.stdout:
            with self.cond:
                self.lines.append(line.strip())
                self.cond.notify_all()
        with self.cond:
            self.lines.append("EOF")
            self.cond.notify_all()

    def wait(self, word, timeout):
        end = time.time() + timeout
        with self.cond:
            while True:
                for line in self.lines:
                    if line.split()[0] == word:
                        return line
                    if line.split()[0] in ("EOF", "NOTIFICATION", "CLOSED"):
                        raise RuntimeError("helper ended: %s" % line)
                left = end - time.time()
                if left <= 0:
                    raise RuntimeError("timeout waiting for %s (%s)" % (word, self.lines[-3:]))
                self.cond.wait(left)


def proc_stats(pid):
    """(peak RSS in KiB, CPU seconds utime+stime) of pid."""
    hwm = 0
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmHWM:"):
                hwm = int(line.split()[1])
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    return hwm, (int(fields[11]) + int(fields[12])) / tick


class Sut:
    name = ""

    def __init__(self, work, procs, root):
        self.work, self.procs, self.root = work, procs, root
        self.port = free_port(SUT_ADDR)
        self.proc = None

    def pid(self):
        return self.proc.pid

    def ready(self):
        pass


class L3vpnd(Sut):
    name = "l3vpnd"
    AUTH, PRIV = "benchauth-0123", "benchpriv-4567"

    def start(self):
        jar = os.path.join(self.root, "agent", "target")
        self.cp = os.path.join(jar, "l3vpnd-agent.jar") + ":" + os.path.join(jar, "lib", "*")
        data = os.path.join(self.work, "data")
        # The JVM options ./l3vpnd uses unless L3VPND_JAVA_OPTS is set.
        java = [os.environ.get("JAVA", "java")] + os.environ.get("L3VPND_JAVA_OPTS", "-XX:+UseParallelGC").split()
        main = ["-cp", self.cp, "org.l3vpnd.agent.Main"]
        subprocess.run(java + main + ["user", "add", "ops", "--auth-pass", self.AUTH, "--priv-pass", self.PRIV,
                                      "--data", data], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        self.snmp = free_port("127.0.0.1", socket.SOCK_DGRAM)
        self.proc = self.procs.start(java + main + ["--data", data, "--snmp", "127.0.0.1:%d" % self.snmp,
                                                    "--http", "127.0.0.1:%d" % free_port(),
                                                    "--bgp", "%s:%d" % (SUT_ADDR, self.port)],
                                     os.path.join(self.work, "l3vpnd.log"))

    def snmpset(self, *args):
        cmd = ["snmpset", "-v3", "-l", "authPriv", "-u", "ops", "-a", "SHA-256", "-A", self.AUTH, "-x", "AES",
               "-X", self.PRIV, "-r", "1", "-t", "3", "127.0.0.1:%d" % self.snmp] + list(args)
        return subprocess.run(cmd, capture_output=True, text=True)

    def ready(self):
        end = time.time() + 60
        while True:
            r = self.snmpset(GLOBAL_OID + ".1.0", "u", str(AS), GLOBAL_OID + ".2.0", "a", "10.255.0.1")
            if r.returncode == 0:
                break
            if time.time() > end or self.proc.poll() is not None:
                raise RuntimeError("l3vpnd SNMP not answering: " + r.stderr.strip())
            time.sleep(0.3)
        for peer in (SENDER, RECEIVER):
            i = ".0.1.4." + peer
            col = lambda c: "%s.%d%s" % (PEER_OID, c, i)
            r = self.snmpset(col(3), "u", str(AS), col(4), "i", "1",
                             col(5), "x", socket.inet_aton(SUT_ADDR).hex().upper(),
                             col(6), "u", "179", col(8), "b", "2", col(13), "i", "1", col(14), "i", "1",
                             col(17), "i", "1", col(18), "i", "3", col(19), "i", "4")
            if r.returncode != 0:
                raise RuntimeError("l3vpnd peer configuration failed: " + r.stderr.strip())


class Bird(Sut):
    name = "bird"

    def start(self):
        conf = os.path.join(self.work, "bird.conf")
        peers = "".join("protocol bgp %s from rrc { neighbor %s port 179 as %d; }\n" % (n, a, AS)
                        for n, a in (("snd", SENDER), ("rcv", RECEIVER)))
        with open(conf, "w") as f:
            f.write("""router id 10.255.0.2;
vpn4 table vt4;
protocol device { }
template bgp rrc {
  local %s port %d as %d;
  passive on;
  rr client;
  hold time %d;
  vpn4 mpls { table vt4; import all; export all; };
}
%s""" % (SUT_ADDR, self.port, AS, HOLD, peers))
        self.proc = self.procs.start(["bird", "-f", "-c", conf, "-s", os.path.join(self.work, "bird.ctl")],
                                     os.path.join(self.work, "bird.log"))


class Frr(Sut):
    name = "frr"

    def start(self):
        conf = os.path.join(self.work, "bgpd.conf")
        nb = "".join(" neighbor %s remote-as %d\n neighbor %s passive\n neighbor %s timers 60 %d\n"
                     % (a, AS, a, a, HOLD) for a in (SENDER, RECEIVER))
        af = "".join("  neighbor %s activate\n  neighbor %s route-reflector-client\n" % (a, a)
                     for a in (SENDER, RECEIVER))
        with open(conf, "w") as f:
            f.write("""hostname rr
router bgp %d
 bgp router-id 10.255.0.3
 no bgp default ipv4-unicast
 no bgp ebgp-requires-policy
 no bgp network import-check
%s address-family ipv4 vpn
%s exit-address-family
""" % (AS, nb, af))
        w = self.work
        self.proc = self.procs.start(
            [os.environ.get("FRR_BGPD", "/usr/lib/frr/bgpd"), "-f", conf, "-i", os.path.join(w, "bgpd.pid"),
             "-z", os.path.join(w, "zserv.api"), "--vty_socket", w, "-Z", "-S", "-n", "-p", str(self.port),
             "-l", SUT_ADDR, "-P", "0"], os.path.join(w, "bgpd.log"))


class GoBgp(Sut):
    name = "gobgp"

    def start(self):
        conf = os.path.join(self.work, "gobgpd.toml")
        nb = "".join("""[[neighbors]]
  [neighbors.config]
    neighbor-address = "%s"
    peer-as = %d
  [neighbors.timers.config]
    hold-time = %d
  [neighbors.transport.config]
    passive-mode = true
    local-address = "%s"
  [neighbors.route-reflector.config]
    route-reflector-client = true
    route-reflector-cluster-id = "10.255.0.4"
  [[neighbors.afi-safis]]
    [neighbors.afi-safis.config]
      afi-safi-name = "l3vpn-ipv4-unicast"
""" % (a, AS, HOLD, SUT_ADDR) for a in (SENDER, RECEIVER))
        with open(conf, "w") as f:
            f.write("""[global.config]
  as = %d
  router-id = "10.255.0.4"
  port = %d
  local-address-list = ["%s"]
%s""" % (AS, self.port, SUT_ADDR, nb))
        self.proc = self.procs.start(["gobgpd", "-f", conf, "--api-hosts", "127.0.0.1:%d" % free_port(),
                                      "-l", "warn"], os.path.join(self.work, "gobgpd.log"))


SYSTEMS = {c.name: c for c in (L3vpnd, Bird, Frr, GoBgp)}


def helper(procs, work, args, log):
    if args[0] == "recv":  # the receiver is bench/RrReceiver.java, run by the JDK's source launcher
        java = os.environ.get("JAVA", "java")
        argv = [java, "-XX:+UseParallelGC", os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                         "RrReceiver.java")] + args[1:]
    else:
        argv = [sys.executable, os.path.abspath(__file__)] + args
    p = procs.start_piped(argv, os.path.join(work, log))
    return p, Lines(p)


def run_once(system, n, updates, work, root, timeout):
    procs = Procs()
    try:
        sut = SYSTEMS[system](work, procs, root)
        sut.start()
        sut.ready()
        remote = "%s:%d" % (SUT_ADDR, sut.port)
        rp, rl = helper(procs, work, ["recv", "--local", RECEIVER, "--remote", remote, "--router-id", "10.255.1.2",
                                     "--n", str(n)], "receiver.log")
        rl.wait("ESTABLISHED", 90)
        time.sleep(1)  # let the receiver's initial exchange (End-of-RIB) settle
        _, base_cpu = proc_stats(sut.pid())
        _, base_rcpu = proc_stats(rp.pid)
        _, sl = helper(procs, work, ["send", "--local", SENDER, "--remote", remote, "--router-id", "10.255.1.1",
                                     "--updates", updates], "sender.log")
        t0 = float(sl.wait("START", 90).split()[1])
        done = rl.wait("DONE", timeout).split()
        hwm, cpu = proc_stats(sut.pid())
        _, rcpu = proc_stats(rp.pid)
        rcpu -= base_rcpu
        t1 = float(done[1])
        if int(done[3]) != n:
            raise RuntimeError("received %s routes but %s distinct labels, not %d" % (done[2], done[3], n))
        return {"time": t1 - t0, "rss": hwm / 1024.0, "cpu": cpu - base_cpu, "cpu_total": cpu, "rcv_cpu": rcpu,
                "updates": int(done[4])}
    finally:
        procs.stop_all()


def baseline(n, updates, work):
    procs = Procs()
    try:
        port = free_port(RECEIVER)
        rp, rl = helper(procs, work, ["recv", "--listen", "%s:%d" % (RECEIVER, port), "--router-id", "10.255.1.2",
                                     "--n", str(n)], "receiver.log")
        rl.wait("LISTENING", 30)
        _, base_rcpu = proc_stats(rp.pid)
        _, sl = helper(procs, work, ["send", "--local", SENDER, "--remote", "%s:%d" % (RECEIVER, port),
                                     "--router-id", "10.255.1.1", "--updates", updates], "sender.log")
        t0 = float(sl.wait("START", 30).split()[1])
        t1 = float(rl.wait("DONE", 600).split()[1])
        return t1 - t0, proc_stats(rp.pid)[1] - base_rcpu
    finally:
        procs.stop_all()


def fmt_n(n):
    return "{:,}".format(n)


def main_bench(a):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sizes = a.n or [100000, 1000000]
    systems = a.systems.split(",")
    for s in systems:
        if s not in SYSTEMS:
            raise SystemExit("unknown system %s (known: %s)" % (s, ",".join(SYSTEMS)))
    tools = {"l3vpnd": ["java", "snmpset"], "bird": ["bird"], "gobgp": ["gobgpd"],
             "frr": [os.environ.get("FRR_BGPD", "/usr/lib/frr/bgpd")]}
    missing = [(s, t) for s in systems for t in tools[s] if not shutil.which(t)]
    if missing:
        raise SystemExit("missing: " + ", ".join("%s (for %s)" % (t, s) for s, t in missing))
    keep = a.keep
    top = tempfile.mkdtemp(prefix="rr-reflect-")
    results = {}
    failures = []
    base = {}
    try:
        for n in sizes:
            updates = os.path.join(top, "updates-%d.bin" % n)
            t = time.time()
            blob = encode_updates(n)
            with open(updates, "wb") as f:
                f.write(blob)
            nmsg = blob.count(b"\xff" * 16)
            out("# N=%s: %d UPDATE messages, %.1f MB (encoded in %.1f s)"
                % (fmt_n(n), nmsg, len(blob) / 1e6, time.time() - t))
            del blob
            work = os.path.join(top, "baseline-%d" % n)
            os.makedirs(work)
            base[n] = baseline(n, updates, work)
            out("# N=%s: sender -> receiver directly (no reflector): %.2f s, receiver CPU %.2f s"
                % (fmt_n(n), base[n][0], base[n][1]))
            timeout = a.timeout or (120 + n / 1000.0)
            for r in range(a.runs):
                for s in systems:
                    work = os.path.join(top, "%s-%d-%d" % (s, n, r + 1))
                    os.makedirs(work)
                    try:
                        res = run_once(s, n, updates, work, root, timeout)
                        results.setdefault((s, n), []).append(res)
                        out("run %d %-7s N=%-9s time %7.2f s  peak RSS %7.1f MiB  CPU %7.2f s (process total %.2f s)"
                            "  receiver CPU %.2f s, %d UPDATEs" % (r + 1, s, fmt_n(n), res["time"], res["rss"], res["cpu"],
                                                                   res["cpu_total"], res["rcv_cpu"], res["updates"]))
                    except Exception as e:  # noqa: BLE001 - report and carry on with the other systems
                        failures.append((s, n, r + 1, str(e), work))
                        out("run %d %-7s N=%-9s FAILED: %s (logs in %s)" % (r + 1, s, fmt_n(n), e, work))
                        keep = True
            os.remove(updates)
    finally:
        out("")
        out("## rr-reflect results (median of %d runs; time = sender's first UPDATE until the receiver holds all N)"
            % a.runs)
        out("")
        out("| N | system | runs ok | time (s) | routes/s | peak RSS (MiB) | CPU during transfer (s) | CPU total (s) | receiver CPU (s) |")
        out("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
        for n in sizes:
            for s in systems:
                rs = results.get((s, n), [])
                if not rs:
                    out("| %s | %s | 0/%d | failed | | | | | |" % (fmt_n(n), s, a.runs))
                    continue
                med = lambda k: statistics.median(x[k] for x in rs)
                out("| %s | %s | %d/%d | %.2f | %s | %.0f | %.2f | %.2f | %.2f |"
                    % (fmt_n(n), s, len(rs), a.runs, med("time"), fmt_n(int(n / med("time"))), med("rss"),
                       med("cpu"), med("cpu_total"), med("rcv_cpu")))
            if n in base:
                out("| %s | *sender -> receiver, no reflector* | 1/1 | %.2f | %s | | | | %.2f |"
                    % (fmt_n(n), base[n][0], fmt_n(int(n / base[n][0])), base[n][1]))
        for s, n, r, e, w in failures:
            out("")
            out("FAILED: %s N=%s run %d: %s (logs: %s)" % (s, fmt_n(n), r, e, w))
        if keep:
            out("# work files kept in %s" % top)
        else:
            shutil.rmtree(top, ignore_errors=True)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd")
    s = sub.add_parser("send")
    s.add_argument("--local", required=True)
    s.add_argument("--remote", required=True)
    s.add_argument("--router-id", required=True)
    s.add_argument("--updates", required=True)
    s.add_argument("--timeout", type=float, default=90)
    if len(sys.argv) > 1 and sys.argv[1] == "send":
        a = p.parse_args()
        signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
        cmd_send(a)
        return
    b = argparse.ArgumentParser(prog="bench/rr-reflect", description=__doc__.split("\n")[0])
    b.add_argument("n", nargs="*", type=int, help="route counts (default 100000 1000000)")
    b.add_argument("--runs", type=int, default=int(os.environ.get("RUNS", "3")), help="runs per system (default 3)")
    b.add_argument("--systems", default=os.environ.get("SYSTEMS", "l3vpnd,bird,frr,gobgp"),
                   help="comma-separated reflectors, run interleaved (default l3vpnd,bird,frr,gobgp)")
    b.add_argument("--timeout", type=float, default=0, help="seconds per run (default 120 + N/1000)")
    b.add_argument("--keep", action="store_true", help="keep the work directory (logs, configs)")
    a = b.parse_args()
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda *_: sys.exit(143))
    main_bench(a)


if __name__ == "__main__":
    main()
