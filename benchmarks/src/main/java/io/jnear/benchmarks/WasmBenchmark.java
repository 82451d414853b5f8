package io.jnear.benchmarks;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.samples.token.FungibleToken;
import io.jnear.samples.token.FungibleTokenMetadata;
import io.jnear.samples.token.FungibleTokenStub;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.U128;
import io.jnear.sdk.spi.ContractCode;
import io.jnear.wasm.ReferenceContracts;
import io.jnear.wasm.vm.EngineThread;
import io.jnear.wasm.vm.WasmCodeRunner;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wasm mode next to JVM mode: {@code ft_transfer} on near-sdk-rs's fungible token (Wasm, prepared once,
 * an instance in its fresh state per call) against the Java token sample, each one whole transaction run
 * until idle; a view call that instantiates the token and reads one storage entry ({@code ft_balance_of});
 * and preparing plus compiling the 219 KB token, cold (a new runner each time) and cached (by code hash).
 * The gas each token's {@code ft_transfer} burns, and the heap one prepared module holds, are printed
 * during setup.
 *
 * <p>JMH's threads are not {@link EngineThread}s, so every Wasm call of {@link #wasmTokenFtTransfer} includes
 * the hand-off to the Wasm runner's own thread and back; {@link #wasmTokenFtTransferOnEngineThread} runs
 * batches of transfers on an engine thread, where the calls run without it.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1)
public class WasmBenchmark {
    private static final NearToken STORAGE_BOUND = NearToken.ofYocto(new BigInteger("1250000000000000000000"));

    /** A sandbox with both tokens deployed and bob registered with each. */
    @State(Scope.Benchmark)
    public static class Tokens {
        Sandbox sandbox;
        Account alice;
        AccountId wasmToken;
        AccountId javaToken;
        AccountId bob;

        @Setup(Level.Trial)
        public void setUp() {
            sandbox = BenchmarkSandboxes.create(true);
            alice = sandbox.createAccount("alice.test.near", NearToken.near(1_000_000));
            bob = sandbox.createAccount("bob.test.near", NearToken.near(100)).id();
            wasmToken = sandbox.deployWasm("wasm-token.test.near", ReferenceContracts.read("fungible_token.wasm"),
                    new Action.FunctionCall("new_default_meta", ("{\"owner_id\":\"alice.test.near\",\"total_supply\":\""
                            + Long.MAX_VALUE + "\"}").getBytes(StandardCharsets.UTF_8), Gas.tgas(50), NearToken.ZERO, 0))
                    .id();
            sandbox.account(bob).call(wasmToken, "storage_deposit", "{}", STORAGE_BOUND, Gas.tgas(30)).value();
            javaToken = sandbox.deploy("java-token.test.near", FungibleToken.class, FungibleTokenStub.init(alice.id(),
                    U128.of(Long.MAX_VALUE), FungibleTokenMetadata.of("Bench", "BNC", 0))).id();
            sandbox.account(bob).transact(FungibleTokenStub.on(javaToken).withAttachedDeposit(NearToken.near(1))
                    .storageDeposit(Optional.of(bob), Optional.empty()));
            System.out.printf("%nft_transfer gas burnt (all receipts): Wasm token %,d, Java token %,d%n",
                    wasmFtTransfer().gasBurnt(), javaFtTransfer().gasBurnt());
        }

        ExecutionResult<String> wasmFtTransfer() {
            return alice.call(wasmToken, "ft_transfer", "{\"receiver_id\":\"bob.test.near\",\"amount\":\"1\"}",
                    NearToken.ONE_YOCTO, Gas.tgas(30));
        }

        ExecutionResult<Void> javaFtTransfer() {
            return alice.transact(FungibleTokenStub.on(javaToken).withAttachedDeposit(NearToken.ONE_YOCTO)
                    .ftTransfer(bob, U128.of(1), Optional.empty()));
        }
    }

    /** One engine thread, on which batches of Wasm calls run without a hand-off per call. */
    @State(Scope.Benchmark)
    public static class Engine {
        static final int BATCH = 100;
        ExecutorService thread;

        @Setup(Level.Trial)
        public void setUp() {
            thread = Executors.newSingleThreadExecutor(task -> {
                Thread t = new EngineThread(task, "benchmark-engine");
                t.setDaemon(true);
                return t;
            });
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            thread.shutdown();
        }
    }

    /** The token's code, and a runner that has prepared it already. */
    @State(Scope.Benchmark)
    public static class Code {
        byte[] bytes;
        ContractCode code;
        WasmCodeRunner cached;

        @Setup(Level.Trial)
        public void setUp() {
            bytes = ReferenceContracts.read("fungible_token.wasm");
            code = ContractCode.wasm(bytes);
            cached = new WasmCodeRunner();
            cached.prepare(code);
            long before = usedHeap();
            WasmCodeRunner[] runners = new WasmCodeRunner[10];
            for (int i = 0; i < runners.length; i++) {
                runners[i] = new WasmCodeRunner();
                runners[i].prepare(code);
            }
            long after = usedHeap();
            System.out.printf("%nheap per prepared token module (compiled classes' metaspace not counted): %,d bytes%n",
                    (after - before) / runners.length);
        }

        private static long usedHeap() {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            Runtime rt = Runtime.getRuntime();
            return rt.totalMemory() - rt.freeMemory();
        }
    }

    @Benchmark
    public String wasmTokenFtTransfer(Tokens t) {
        return t.wasmFtTransfer().value();
    }

    /** {@value Engine#BATCH} Wasm transfers per invocation, run on an engine thread: one hand-off per batch. */
    @Benchmark
    @OperationsPerInvocation(Engine.BATCH)
    public String wasmTokenFtTransferOnEngineThread(Tokens t, Engine e) throws Exception {
        return e.thread.submit(() -> {
            String last = null;
            for (int i = 0; i < Engine.BATCH; i++) {
                last = t.wasmFtTransfer().value();
            }
            return last;
        }).get();
    }

    @Benchmark
    public Void javaTokenFtTransfer(Tokens t) {
        return t.javaFtTransfer().value();
    }

    /** A view call: the 219 KB token in its fresh state, one storage read, JSON in and out. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @BenchmarkMode(Mode.AverageTime)
    public String wasmInstantiateAndStorageRead(Tokens t) {
        return t.sandbox.viewJson(t.wasmToken, "ft_balance_of", "{\"account_id\":\"bob.test.near\"}");
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @BenchmarkMode(Mode.AverageTime)
    public Object wasmPrepareAndCompileCold(Code c) {
        return new WasmCodeRunner().prepare(c.code);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @BenchmarkMode(Mode.AverageTime)
    public Object wasmPrepareCached(Code c) {
        return c.cached.prepare(c.code);
    }
}
