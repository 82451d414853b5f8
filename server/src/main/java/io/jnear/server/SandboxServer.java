package io.jnear.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.SandboxConfig;
import io.jnear.runtime.state.AccountState;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.server.home.KeyFile;
import io.jnear.server.home.StateFile;
import io.jnear.server.node.BlockProduction;
import io.jnear.server.node.Node;
import io.jnear.server.rpc.JsonRpcHandler;
import io.jnear.server.tx.Ed25519;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A running {@code jnear sandbox}: an HTTP JSON-RPC endpoint (the JDK's own HTTP server) over one
 * sandbox whose root account signs with the key in {@link #keyFile()}. With a home directory the key
 * and the state survive restarts: both are read at start and the state is written at {@link #close()}.
 */
public final class SandboxServer implements AutoCloseable {
    /** The chain id clients see in {@code status}. */
    public static final String CHAIN_ID = "sandbox";
    private static final int HTTP_THREADS = 16;

    private final HttpServer http;
    private final ExecutorService executor;
    private final Node node;
    private final Path home;
    private final Path keyFile;
    private final AccountId root;
    private final JsonRpcHandler handler;

    /**
     * How to start: where to listen, where to keep state (null: nowhere), when to produce blocks, and for
     * how many past blocks {@code query} still answers ({@link #DEFAULT_STATE_HISTORY} by default).
     */
    public record Options(String host, int port, Path home, BlockProduction production, int stateHistory) {
        /** Blocks behind the head whose state stays queryable by default. */
        public static final int DEFAULT_STATE_HISTORY = 512;

        public Options {
            if (stateHistory < 0) {
                throw new IllegalArgumentException("the state history must not be negative, got " + stateHistory);
            }
        }

        public static Options defaults() {
            return new Options("127.0.0.1", 3030, null, new BlockProduction.OnDemand(), DEFAULT_STATE_HISTORY);
        }

        public Options withPort(int newPort) {
            return new Options(host, newPort, home, production, stateHistory);
        }

        public Options withHome(Path newHome) {
            return new Options(host, port, newHome, production, stateHistory);
        }

        public Options withProduction(BlockProduction newProduction) {
            return new Options(host, port, home, newProduction, stateHistory);
        }

        public Options withStateHistory(int blocks) {
            return new Options(host, port, home, production, blocks);
        }
    }

    private SandboxServer(HttpServer http, ExecutorService executor, Node node, Path home, Path keyFile,
            AccountId root, JsonRpcHandler handler) {
        this.http = http;
        this.executor = executor;
        this.node = node;
        this.home = home;
        this.keyFile = keyFile;
        this.root = root;
        this.handler = handler;
    }

    public static SandboxServer start(Options options) throws IOException {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, the client's delayed
        // ACK holds each answer back ~40 ms. Read once, when the server classes load, so set it first.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        // Patched state (sandbox_patch_state) may mint or burn, so the supply check cannot hold here.
        SandboxConfig config = SandboxConfig.defaults().toBuilder().checkConservation(false).build();
        Sandbox sandbox = Sandbox.create(config);
        AccountId root = config.rootAccount();
        Path home = options.home();
        Path dir = home != null ? Files.createDirectories(home) : Files.createTempDirectory("jnear-sandbox");
        Path keyPath = dir.resolve(KeyFile.NAME);
        KeyFile key = Files.exists(keyPath) ? KeyFile.read(keyPath) : new KeyFile(root, Ed25519.generate());
        if (!key.accountId().equals(root)) {
            throw new IOException(keyPath + " holds a key for " + key.accountId() + ", not the root " + root);
        }
        key.write(keyPath);
        Node node = new Node(sandbox, CHAIN_ID, options.production(), options.stateHistory());
        HttpServer http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 0);
        String address = options.host() + ":" + http.getAddress().getPort();
        JsonRpcHandler handler = new JsonRpcHandler(node, key.keys().publicKey(), address, root.toString());
        Path stateFile = dir.resolve(StateFile.NAME);
        if (home != null && Files.exists(stateFile)) {
            restore(node, handler, StateFile.read(stateFile));
        }
        node.read(s -> {
            AccountState rootState = s.chain().state().get(root);
            if (rootState.key(key.keys().publicKey()) == null) {
                s.chain().state().addKey(rootState, key.keys().publicKey(), AccessKey.fullAccess());
                s.chain().state().commit(0);
            }
            return null;
        });
        ExecutorService executor = Executors.newFixedThreadPool(HTTP_THREADS, r -> {
            Thread t = new Thread(r, "jnear-rpc");
            t.setDaemon(true);
            return t;
        });
        http.createContext("/", handler);
        http.setExecutor(executor);
        http.start();
        return new SandboxServer(http, executor, node, home, keyPath, root, handler);
    }

    private static void restore(Node node, JsonRpcHandler handler, StateFile.Saved saved) throws IOException {
        node.fastForward(saved.height());
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.put("jsonrpc", "2.0").put("id", 0).put("method", "sandbox_patch_state");
        request.putObject("params").set("records", saved.records());
        var response = handler.respond(request.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (response.has("error")) {
            throw new IOException("cannot load the saved state: " + response.get("error"));
        }
        // the blocks before the restart ran elsewhere: their states are not here to serve
        node.startHistoryAtHead(saved.totalSupply());
    }

    /** The RPC endpoint, e.g. {@code http://127.0.0.1:3030}. */
    public URI url() {
        return URI.create("http://" + http.getAddress().getHostString() + ":" + http.getAddress().getPort());
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public AccountId rootAccount() {
        return root;
    }

    /** The root's key, in neard's {@code validator_key.json} layout. */
    public Path keyFile() {
        return keyFile;
    }

    public Node node() {
        return node;
    }

    /** The RPC handler itself, for callers in the same JVM that skip HTTP. */
    public JsonRpcHandler handler() {
        return handler;
    }

    /** Stops answering, then saves the state to the home directory, or removes the temporary key file. */
    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
        node.close();
        try {
            if (home != null) {
                StateFile.save(node, home.resolve(StateFile.NAME));
            } else {
                // the temporary key of a memory-only chain signs for nothing once the chain is gone
                Files.deleteIfExists(keyFile);
                Files.deleteIfExists(keyFile.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(home != null ? "cannot save the state to " + home
                    : "cannot remove the temporary key file " + keyFile, e);
        }
    }
}
