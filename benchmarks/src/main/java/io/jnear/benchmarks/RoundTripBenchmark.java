package io.jnear.benchmarks;

import io.jnear.benchmarks.contracts.ContractStates;
import io.jnear.benchmarks.contracts.Echo;
import io.jnear.benchmarks.contracts.EchoStub;
import io.jnear.benchmarks.contracts.Pinger;
import io.jnear.benchmarks.contracts.PingerStub;
import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.HostBinding;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.borsh.BorshWriter;
import io.jnear.sdk.json.JsonCodecs;
import io.jnear.sdk.json.JsonReader;
import io.jnear.sdk.json.JsonStruct;
import io.jnear.sdk.spi.Dispatch;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A transaction to {@link Pinger} that calls {@link Echo} and gets its callback, with all refunds, run
 * until idle — next to its floor: the same three method bodies called directly, with the same JSON
 * decoding of arguments, callback result and state, and the same encoding of state and results.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RoundTripBenchmark {

    @State(Scope.Benchmark)
    public static class Chain {
        Sandbox sandbox;
        Account alice;
        Promise<String> unusedForTyping;
        AccountId pinger;
        AccountId echo;

        void deploy(boolean metered) {
            sandbox = BenchmarkSandboxes.create(metered);
            alice = sandbox.createAccount("alice.test.near", NearToken.near(1_000_000));
            echo = sandbox.deploy("echo.test.near", Echo.class).id();
            pinger = sandbox.deploy("pinger.test.near", Pinger.class, PingerStub.init(echo)).id();
        }
    }

    public static class MeteredChain extends Chain {
        @Setup(Level.Trial)
        public void setUp() {
            deploy(true);
        }
    }

    public static class UnmeteredChain extends Chain {
        @Setup(Level.Trial)
        public void setUp() {
            deploy(false);
        }
    }

    @Benchmark
    public String crossContractRoundTrip(MeteredChain chain) {
        return chain.alice.transact(PingerStub.on(chain.pinger).ping("hi")).value();
    }

    /** The same round trip with metering switched off: the difference is what metering costs. */
    @Benchmark
    public String crossContractRoundTripUnmetered(UnmeteredChain chain) {
        return chain.alice.transact(PingerStub.on(chain.pinger).ping("hi")).value();
    }

    /**
     * A transfer of one yocto from alice to echo, run until idle: a transaction, its Transfer receipt and the
     * gas refund, with no contract code at all — the chain's own cost for a transaction of two receipts.
     */
    @Benchmark
    public ExecutionResult<Void> transfer(MeteredChain chain) {
        return chain.alice.transfer(chain.echo, ONE_YOCTO);
    }

    private static final NearToken ONE_YOCTO = NearToken.ofYocto(1);

    record PingArgs(String message) {
    }

    record EchoArgs(String message) {
    }

    @State(Scope.Benchmark)
    public static class Floor {
        // the argument codecs the processor generates for ping and echo, written out the same way
        final JsonStruct pingArgs = JsonStruct.of("ping", JsonStruct.required("message", JsonCodecs.STRING));
        final JsonStruct echoArgs = JsonStruct.of("echo", JsonStruct.required("message", JsonCodecs.STRING));
        final FloorHost pingerHost = new FloorHost(AccountId.of("pinger.test.near"));
        final FloorHost echoHost = new FloorHost(AccountId.of("echo.test.near"));
        final byte[] pingInput = "{\"message\":\"hi\"}".getBytes(StandardCharsets.UTF_8);
        byte[] pingerState;
        byte[] echoState;

        @Setup(Level.Trial)
        public void setUp() {
            // the contracts' Borsh state: echo account, answers, no last answer; served
            pingerState = new BorshWriter().string("echo.test.near").u64(0).u8(0).toBytes();
            echoState = new BorshWriter().u64(0).toBytes();
        }
    }

    @Benchmark
    public String floor(Floor f) {
        // pinger.ping: decode arguments and state, build the promise chain, save state
        try (HostBinding.Call bound = HostBinding.enter(f.pingerHost)) {
            PingArgs ping = new PingArgs((String) read(f.pingArgs, f.pingInput)[0]);
            Pinger pinger = Dispatch.loadState(f.pingerState, ContractStates.pinger());
            Promise<String> chain = pinger.ping(ping.message());
            f.pingerState = ContractStates.pinger().encode(pinger);
            if (chain == null) {
                throw new IllegalStateException();
            }
        }
        // echo.echo: decode arguments and state, answer, save state, encode the result
        byte[] answer;
        try (HostBinding.Call bound = HostBinding.enter(f.echoHost)) {
            EchoArgs echo = new EchoArgs((String) read(f.echoArgs, EchoStubArgs.ECHO_INPUT)[0]);
            Echo callee = Dispatch.loadState(f.echoState, ContractStates.echo());
            String value = callee.echo(echo.message());
            f.echoState = ContractStates.echo().encode(callee);
            answer = JsonCodecs.STRING.encode(value);
        }
        // pinger.on_echo: decode the callback result and state, record it, save state, encode the result
        try (HostBinding.Call bound = HostBinding.enter(f.pingerHost)) {
            PromiseResult<String> result = PromiseResult.success(JsonCodecs.STRING.decode(answer));
            Pinger pinger = Dispatch.loadState(f.pingerState, ContractStates.pinger());
            String last = pinger.onEcho(result);
            f.pingerState = ContractStates.pinger().encode(pinger);
            return new String(JsonCodecs.STRING.encode(last), StandardCharsets.UTF_8);
        }
    }

    private static Object[] read(JsonStruct args, byte[] json) {
        JsonReader in = JsonReader.of(json);
        Object[] values = args.read(in);
        in.end();
        return values;
    }

    /** The argument bytes the generated stub sends to echo, computed once. */
    static final class EchoStubArgs {
        static final byte[] ECHO_INPUT = ((io.jnear.sdk.Action.FunctionCall) EchoStub.on(AccountId.of("e.near"))
                .echo("hi").actions().get(0)).args();

        private EchoStubArgs() {
        }
    }
}
