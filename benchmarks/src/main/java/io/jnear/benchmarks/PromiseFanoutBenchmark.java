package io.jnear.benchmarks;

import io.jnear.benchmarks.contracts.Echo;
import io.jnear.benchmarks.contracts.Fanout;
import io.jnear.benchmarks.contracts.FanoutStub;
import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * A join of n calls with one callback, and a chain of n calls each waiting for the one before: the
 * time per transaction divided by n is the cost per promise, which should not grow with n.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PromiseFanoutBenchmark {
    @Param({"1", "8", "32", "128"})
    public int n;

    private Account alice;
    private AccountId fanout;

    @Setup(Level.Trial)
    public void setUp() {
        Sandbox sandbox = BenchmarkSandboxes.create(true);
        alice = sandbox.createAccount("alice.test.near", NearToken.near(1_000_000));
        Account echo = sandbox.deploy("echo.test.near", Echo.class);
        fanout = sandbox.deploy("fanout.test.near", Fanout.class, FanoutStub.init(echo.id())).id();
    }

    @Benchmark
    public Integer join() {
        return alice.transact(FanoutStub.on(fanout).withStaticGas(Gas.tgas(900)).join(n)).value();
    }

    @Benchmark
    public String chain() {
        return alice.transact(FanoutStub.on(fanout).withStaticGas(Gas.tgas(900)).chain(n)).value();
    }
}
