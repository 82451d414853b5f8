package io.jnear.benchmarks;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.state.AccountState;
import io.jnear.runtime.state.ChainState;
import io.jnear.runtime.state.StorageKey;
import io.jnear.samples.token.FungibleToken;
import io.jnear.samples.token.FungibleTokenMetadata;
import io.jnear.samples.token.FungibleTokenStub;
import io.jnear.samples.token.TokenReceiver;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.U128;
import io.jnear.sdk.borsh.BorshCodecs;
import io.jnear.sdk.borsh.BorshWriter;
import java.util.Optional;
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
 * {@code ft_transfer} and {@code ft_transfer_call} on the NEP-141 sample with 10^3, 10^5 and 10^6
 * registered accounts: each transfer goes to the next registered account, so the cost per operation
 * shows whether it grows with the number of accounts.
 *
 * <p>Registering a million accounts by transaction would dominate the run, so the setup writes their
 * entries straight into the token's storage, with the layout {@code storage_deposit} gives them (key
 * {@code "a"} + the Borsh of the account ID, value the Borsh of the u128 balance) and the storage usage
 * they add. The heap each
 * registered account takes is printed during setup.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class FungibleTokenBenchmark {
    @Param({"1000", "100000", "1000000"})
    public int accounts;

    private Account alice;
    private AccountId token;
    private AccountId receiver;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Sandbox sandbox = BenchmarkSandboxes.create(true);
        alice = sandbox.createAccount("alice.test.near", NearToken.near(1_000_000));
        token = sandbox.deploy("token.test.near", FungibleToken.class, FungibleTokenStub.init(alice.id(),
                U128.of(Long.MAX_VALUE), FungibleTokenMetadata.of("Bench", "BNC", 0))).id();
        receiver = sandbox.deploy("receiver.test.near", TokenReceiver.class).id();
        // the token pays for a million entries' storage
        alice.transfer(token, NearToken.near(100_000));
        alice.transact(FungibleTokenStub.on(token).withAttachedDeposit(NearToken.near(1))
                .storageDeposit(Optional.of(receiver), Optional.empty()));

        long before = usedHeap();
        register(sandbox.chain().state(), sandbox.chain().state().get(token), accounts);
        long after = usedHeap();
        System.out.printf("%nheap per registered account: %d bytes (%d accounts)%n", (after - before) / accounts,
                accounts);
    }

    static AccountId holder(int i) {
        return AccountId.of("holder" + i + ".test.near");
    }

    private static void register(ChainState state, AccountState tokenAccount, int count) {
        byte[] zero = BorshCodecs.U128_VALUE.encode(U128.ZERO);
        for (int i = 0; i < count; i++) {
            byte[] key = new BorshWriter().u8('a').string(holder(i).toString()).toBytes();
            state.write(tokenAccount, new StorageKey(key), zero);
        }
        state.commit(0);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private AccountId nextHolder() {
        next = (next + 7919) % accounts; // a prime stride visits every account, scattered
        return holder(next);
    }

    @Benchmark
    public Void ftTransfer() {
        return alice.transact(FungibleTokenStub.on(token).withAttachedDeposit(NearToken.ONE_YOCTO)
                .ftTransfer(nextHolder(), U128.of(1), Optional.empty())).value();
    }

    @Benchmark
    public U128 ftTransferCall() {
        return alice.transact(FungibleTokenStub.on(token).withAttachedDeposit(NearToken.ONE_YOCTO)
                .ftTransferCall(receiver, U128.of(1), Optional.empty(), "accept")).value();
    }
}
