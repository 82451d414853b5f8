package io.jnear.sdk.spi;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.PublicKey;

/**
 * NEAR's host functions as one executing call sees them. The sandbox implements it, charges gas for
 * each call, and enforces view-call restrictions; {@link io.jnear.sdk.Env} and the collections call it.
 * Every method may throw the sandbox's own error (out of gas, prohibited in view, …), which fails the
 * call.
 */
public interface Host {
    AccountId currentAccountId();

    AccountId signerAccountId();

    PublicKey signerAccountPk();

    AccountId predecessorAccountId();

    /** The call's arguments: JSON bytes. */
    byte[] input();

    long blockHeight();

    /** Nanoseconds since the Unix epoch, advanced per block, never read from a clock. */
    long blockTimestamp();

    long epochHeight();

    long storageUsage();

    NearToken accountBalance();

    NearToken accountLockedBalance();

    NearToken attachedDeposit();

    Gas prepaidGas();

    Gas usedGas();

    /** 32 bytes, the same for every call in a block and different between blocks. */
    byte[] randomSeed();

    byte[] sha256(byte[] data);

    /** Sets the call's return value (JSON bytes). */
    void valueReturn(byte[] value);

    void log(String message);

    /** Charges gas for work the host cannot see. */
    void burnGas(long gas);

    /** Charges {@code ops} JVM instructions of contract code (counted by the metering instrumentation). */
    void chargeOps(long ops);

    /**
     * Fails the call with {@code message} as its error text; contract code cannot catch the failure.
     * Never returns normally.
     */
    void fail(String message);

    byte[] storageRead(byte[] key);

    /** Writes and returns the value it replaced, or null. */
    byte[] storageWrite(byte[] key, byte[] value);

    /** Removes and returns the removed value, or null. */
    byte[] storageRemove(byte[] key);

    boolean storageHasKey(byte[] key);

    int promiseBatchCreate(AccountId receiver);

    int promiseBatchThen(int promiseIndex, AccountId receiver);

    int promiseAnd(int[] promiseIndices);

    void promiseBatchAction(int promiseIndex, Action action);

    int promiseResultsCount();

    /** The i-th result of the promises this call was chained after, with the callee's raw JSON bytes. */
    PromiseResult<byte[]> promiseResult(int index);

    /** Makes the call's result the result of the promise with this index. */
    void promiseReturn(int promiseIndex);
}
