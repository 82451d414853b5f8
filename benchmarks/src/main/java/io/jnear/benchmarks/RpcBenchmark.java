package io.jnear.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Base58;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.server.SandboxServer;
import io.jnear.server.home.KeyFile;
import io.jnear.server.tx.Ed25519;
import io.jnear.server.tx.SignedAction;
import io.jnear.server.tx.TransactionEncoder;
import io.jnear.wasm.ReferenceContracts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code jnear sandbox} over HTTP, as a client on this machine sees it: signed transfers sent with
 * {@code broadcast_tx_commit} (latency percentiles from one client; throughput from four), and the time
 * from starting a server to its first answer. Each client thread signs as its own account, so nonces
 * never collide; signing (BouncyCastle's Ed25519, as the server verifies) is part of the measured work, as
 * it is for any client. The clients speak HTTP through {@link HttpURLConnection} by default, or by hand
 * over a kept-alive socket ({@code -p client=socket}). The {@code ed25519*} rows compare the JDK's and
 * BouncyCastle's Ed25519 alone.
 */
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class RpcBenchmark {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Re-read the head's hash this often; a transfer takes three blocks, the validity period 86,400. */
    private static final int BLOCK_HASH_REUSE = 1_000;

    @State(Scope.Benchmark)
    public static class Node {
        SandboxServer server;
        URL endpoint;
        private Ed25519.Signer root;
        private long rootNonce;
        private int senders;

        /** Which HTTP server answers: the JDK's (what jnear sandbox runs) or Jetty in front of the same handler. */
        @Param({"jdk"})
        public String http;
        private JettyFront jetty;

        /**
         * Which load client sends the requests: {@code urlconnection} ({@link HttpURLConnection}, one kept-alive
         * connection per thread) or {@code socket} ({@link KeptAliveSocket}: HTTP/1.1 written and read by
         * hand, as load generators such as wrk do, so that the client takes less of the cores it shares with
         * the server).
         */
        @Param({"urlconnection"})
        public String client;
        private final ThreadLocal<KeptAliveSocket> sockets = new ThreadLocal<>();
        private final List<KeptAliveSocket> openSockets = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Setup(Level.Trial)
        public void start() throws Exception {
            server = SandboxServer.start(SandboxServer.Options.defaults().withPort(0));
            if (http.equals("jetty")) {
                jetty = new JettyFront(server.handler());
                endpoint = jetty.url();
            } else {
                endpoint = server.url().toURL();
            }
            root = Ed25519.Signer.of(KeyFile.read(server.keyFile()).keys().seed());
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            for (KeptAliveSocket socket : openSockets) {
                socket.close();
            }
            if (jetty != null) {
                jetty.close();
            }
            server.close();
        }

        /**
         * The whole JVM's CPU time (clients and server) per operation, printed after each iteration: on a
         * shared machine the load inflates wall-clock throughput far more than the CPU an operation costs,
         * and 2 cores divided by this is what the machine could do alone.
         */
        private final AtomicLong operations = new AtomicLong();
        private long cpuAtStart;
        private long serverCpuAtStart;
        private long heightAtStart;

        @Setup(Level.Iteration)
        public void startCounting() {
            operations.set(0);
            cpuAtStart = processCpuNanos();
            serverCpuAtStart = serverThreadsCpuNanos();
            heightAtStart = server.node().read(s -> s.blockHeight());
        }

        /** Also the blocks produced per operation: transfers sent at once share blocks (three each when alone). */
        @TearDown(Level.Iteration)
        public void printCpuPerOperation() {
            long ops = operations.get();
            double cpuMicros = (processCpuNanos() - cpuAtStart) / 1_000.0;
            double serverMicros = (serverThreadsCpuNanos() - serverCpuAtStart) / 1_000.0;
            long blocks = server.node().read(s -> s.blockHeight()) - heightAtStart;
            System.out.printf("%n  process CPU per operation: %.0f us, of which the server's threads %.0f us (%d operations,"
                    + " %.2f s of CPU); %.2f blocks per operation%n", ops == 0 ? 0 : cpuMicros / ops,
                    ops == 0 ? 0 : serverMicros / ops, ops, cpuMicros / 1e6, ops == 0 ? 0 : (double) blocks / ops);
        }

        /** CPU time of the server's threads (its HTTP dispatcher and request workers), dead ones left out. */
        private static long serverThreadsCpuNanos() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long total = 0;
            for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
                String name = t == null ? "" : t.getThreadName();
                // the JDK server's dispatcher and workers, or Jetty's pool
                if (name.startsWith("jnear-rpc") || name.startsWith("HTTP-Dispatcher") || name.startsWith("qtp")) {
                    total += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
                }
            }
            return total;
        }

        private static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
        }

        JsonNode call(String method, String params) {
            operations.incrementAndGet();
            byte[] body = ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}")
                    .getBytes(StandardCharsets.UTF_8);
            try {
                JsonNode json = MAPPER.readTree(client.equals("socket") ? socket().post(body) : viaUrlConnection(body));
                if (json.has("error")) {
                    throw new IllegalStateException(method + " failed: " + json.get("error"));
                }
                return json.get("result");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private byte[] viaUrlConnection(byte[] body) throws IOException {
            // a plain blocking client: one kept-alive connection per thread, and no selector thread between
            // the caller and its socket as java.net.http.HttpClient has; on two shared cores, what the
            // client spends the server cannot use
            HttpURLConnection connection = (HttpURLConnection) endpoint.openConnection();
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setFixedLengthStreamingMode(body.length);
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            try (InputStream in = connection.getInputStream()) {
                return in.readAllBytes();
            }
        }

        private KeptAliveSocket socket() throws IOException {
            KeptAliveSocket socket = sockets.get();
            if (socket == null) {
                socket = new KeptAliveSocket(endpoint);
                sockets.set(socket);
                openSockets.add(socket);
            }
            return socket;
        }

        byte[] headHash() {
            return Base58.decode(call("block", "{\"finality\":\"final\"}").at("/header/hash").asText());
        }

        /** A new funded account with its own key, created by the root. */
        synchronized Ed25519.Signer newSender(AccountId id) {
            byte[] seed = new byte[32];
            seed[0] = (byte) ++senders;
            Ed25519.Signer signer = Ed25519.Signer.of(seed);
            commit(root, AccountId.of("test.near"), ++rootNonce, id, List.of(
                    new SignedAction.Plain(new Action.CreateAccount()),
                    new SignedAction.Plain(new Action.Transfer(NearToken.near(1_000_000))),
                    new SignedAction.Plain(new Action.AddKey(signer.publicKey(), AccessKey.fullAccess()))),
                    headHash());
            return signer;
        }

        /** The nonce {@code key} of {@code account} has now: a key added at height h starts at (h − 1) × 10^6. */
        long keyNonce(AccountId account, io.jnear.sdk.PublicKey key) {
            return call("query", "{\"request_type\":\"view_access_key\",\"finality\":\"final\",\"account_id\":\""
                    + account + "\",\"public_key\":\"" + key + "\"}").path("nonce").asLong();
        }

        synchronized void deployAsRoot(AccountId account, byte[] wasm) {
            commit(root, AccountId.of("test.near"), ++rootNonce, account, List.of(
                    new SignedAction.Plain(new Action.CreateAccount()),
                    new SignedAction.Plain(new Action.Transfer(NearToken.near(100))),
                    new SignedAction.DeployWasm(wasm)), headHash());
        }

        JsonNode commit(Ed25519.Signer signer, AccountId signerId, long nonce, AccountId receiver,
                List<SignedAction> actions, byte[] blockHash) {
            byte[] tx = TransactionEncoder.sign(signer, signerId, nonce, receiver, blockHash, actions);
            JsonNode result = call("broadcast_tx_commit", "[\"" + Base64.getEncoder().encodeToString(tx) + "\"]");
            if (!result.path("status").has("SuccessValue")) {
                throw new IllegalStateException("transaction failed: " + result.get("status"));
            }
            return result;
        }
    }

    @State(Scope.Thread)
    public static class Sender {
        private static final List<SignedAction> ONE_YOCTO = List.of(
                new SignedAction.Plain(new Action.Transfer(NearToken.ONE_YOCTO)));
        private AccountId id;
        private Ed25519.Signer signer;
        private long nonce;
        private byte[] blockHash;
        private int sent;

        @Setup(Level.Trial)
        public void create(Node node) {
            id = AccountId.of("sender" + Thread.currentThread().getId() + ".test.near");
            signer = node.newSender(id);
            // as near-api-js does: the next transaction's nonce follows the key's, read from the node
            nonce = node.keyNonce(id, signer.publicKey());
        }

        JsonNode transfer(Node node) {
            return send(node, AccountId.of("test.near"), ONE_YOCTO);
        }

        /** {@code set_status} on near-sdk-rs's status_message (Wasm): a function call with a storage write and a log. */
        JsonNode setStatus(Node node, StatusMessage contract) {
            byte[] args = ("{\"message\":\"status " + sent + "\"}").getBytes(StandardCharsets.UTF_8);
            return send(node, contract.id, List.of(new SignedAction.Plain(new Action.FunctionCall("set_status", args,
                    Gas.tgas(30), NearToken.ZERO, 0))));
        }

        private JsonNode send(Node node, AccountId receiver, List<SignedAction> actions) {
            if (sent++ % BLOCK_HASH_REUSE == 0) {
                blockHash = node.headHash();
            }
            return node.commit(signer, id, ++nonce, receiver, actions, blockHash);
        }
    }

    /**
     * near-sdk-rs's status_message deployed once over RPC, as a client deploys it. Its Wasm is read from the
     * reference contracts beside the repository ({@code -Djnear.wasm.dir=<dir>} points elsewhere).
     */
    @State(Scope.Benchmark)
    public static class StatusMessage {
        final AccountId id = AccountId.of("status.test.near");

        @Setup(Level.Trial)
        public void deploy(Node node) {
            node.deployAsRoot(id, ReferenceContracts.read("status_message.wasm"));
        }
    }

    /** One signed 1-yocto transfer, sent and waited for with {@code broadcast_tx_commit}: latency percentiles. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public JsonNode broadcastTxCommitLatency(Node node, Sender sender) {
        return sender.transfer(node);
    }

    /** The same from four client threads at once: transfers per second the server completes. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(4)
    public JsonNode transfersPerSecond(Node node, Sender sender) {
        return sender.transfer(node);
    }

    /**
     * Signed function calls from four client threads: {@code set_status} on a Wasm contract (near-sdk-rs's
     * status_message), each call sent and waited for with {@code broadcast_tx_commit}.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(4)
    public JsonNode functionCallsPerSecond(Node node, Sender sender, StatusMessage contract) {
        return sender.setStatus(node, contract);
    }

    /**
     * {@code health} from four client threads: the HTTP server's and JSON-RPC envelope's own capacity,
     * with no signature and no chain work, next to {@link #transfersPerSecond}.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(4)
    public JsonNode healthPerSecond(Node node) {
        return node.call("health", "[]");
    }

    /** A signed 32-byte message (what a transaction's signature signs: its sha256), with both libraries' keys. */
    @State(Scope.Benchmark)
    public static class SignedHash {
        final byte[] seed = new byte[32];
        final byte[] hash = new byte[32];
        Ed25519.Signer signer;
        PrivateKey jdkPrivateKey;
        byte[] signature;

        @Setup(Level.Trial)
        public void sign() throws GeneralSecurityException {
            for (int i = 0; i < 32; i++) {
                seed[i] = (byte) (i * 7 + 1);
                hash[i] = (byte) (i * 13 + 5);
            }
            signer = Ed25519.Signer.of(seed);
            signature = signer.sign(hash);
            jdkPrivateKey = io.jnear.runtime.crypto.Ed25519.privateKey(seed);
        }
    }

    /** Verifying a transaction's signature with the JDK's Ed25519 (what the server used first; the runtime's). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public boolean ed25519VerifyJdk(SignedHash s) {
        return io.jnear.runtime.crypto.Ed25519.verify(s.signature, s.hash, s.signer.publicKey().bytes());
    }

    /** The same with BouncyCastle's Ed25519, which the server verifies with now. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public boolean ed25519VerifyBouncyCastle(SignedHash s) {
        return Ed25519.verify(s.signer.publicKey(), s.hash, s.signature);
    }

    /** Signing a transaction's hash with the JDK's Ed25519: a Java client's cost per transaction. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public byte[] ed25519SignJdk(SignedHash s) {
        return io.jnear.runtime.crypto.Ed25519.sign(s.jdkPrivateKey, s.hash);
    }

    /** The same with BouncyCastle's, as this benchmark's clients sign. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public byte[] ed25519SignBouncyCastle(SignedHash s) {
        return s.signer.sign(s.hash);
    }

    /**
     * A fresh JVM starts a server and gets its first answer ({@code status}): one shot per fork. The client
     * is {@link HttpURLConnection}, which costs little to start, so the figure is the server's.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public byte[] startToFirstAnswer() throws IOException {
        try (SandboxServer server = SandboxServer.start(SandboxServer.Options.defaults().withPort(0))) {
            HttpURLConnection connection = (HttpURLConnection) server.url().toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                out.write("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"status\",\"params\":[]}"
                        .getBytes(StandardCharsets.UTF_8));
            }
            try (InputStream in = connection.getInputStream()) {
                return in.readAllBytes();
            }
        }
    }
}
