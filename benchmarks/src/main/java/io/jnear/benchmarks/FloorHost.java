package io.jnear.benchmarks;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.spi.Host;

/**
 * The least a host can be: it answers who the current account is and nothing else, so the floor
 * benchmark can run real method bodies (which name their own account) without any chain around them.
 */
final class FloorHost implements Host {
    private final AccountId current;

    FloorHost(AccountId current) {
        this.current = current;
    }

    private static UnsupportedOperationException none() {
        return new UnsupportedOperationException("the floor runs method bodies only");
    }

    @Override public AccountId currentAccountId() { return current; }
    @Override public AccountId signerAccountId() { throw none(); }
    @Override public PublicKey signerAccountPk() { throw none(); }
    @Override public AccountId predecessorAccountId() { throw none(); }
    @Override public byte[] input() { throw none(); }
    @Override public long blockHeight() { throw none(); }
    @Override public long blockTimestamp() { throw none(); }
    @Override public long epochHeight() { throw none(); }
    @Override public long storageUsage() { throw none(); }
    @Override public NearToken accountBalance() { throw none(); }
    @Override public NearToken accountLockedBalance() { throw none(); }
    @Override public NearToken attachedDeposit() { throw none(); }
    @Override public Gas prepaidGas() { throw none(); }
    @Override public Gas usedGas() { throw none(); }
    @Override public byte[] randomSeed() { throw none(); }
    @Override public byte[] sha256(byte[] data) { throw none(); }
    @Override public byte[] ecrecover(byte[] hash, byte[] signature, long v, long flag) { throw none(); }
    @Override public byte[] altBn128G1Multiexp(byte[] elements) { throw none(); }
    @Override public byte[] altBn128G1Sum(byte[] elements) { throw none(); }
    @Override public boolean altBn128PairingCheck(byte[] elements) { throw none(); }
    @Override public void valueReturn(byte[] value) { throw none(); }
    @Override public void log(String message) { throw none(); }
    @Override public void burnGas(long gas) { }
    @Override public void chargeOps(long ops) { }
    @Override public void fail(String message) { throw new IllegalStateException(message); }
    @Override public byte[] storageRead(byte[] key) { throw none(); }
    @Override public byte[] storageWrite(byte[] key, byte[] value) { throw none(); }
    @Override public byte[] storageRemove(byte[] key) { throw none(); }
    @Override public boolean storageHasKey(byte[] key) { throw none(); }
    @Override public int promiseBatchCreate(AccountId receiver) { throw none(); }
    @Override public int promiseBatchThen(int promiseIndex, AccountId receiver) { throw none(); }
    @Override public int promiseAnd(int[] promiseIndices) { throw none(); }
    @Override public void promiseBatchAction(int promiseIndex, Action action) { throw none(); }
    @Override public int promiseResultsCount() { throw none(); }
    @Override public PromiseResult<byte[]> promiseResult(int index) { throw none(); }
    @Override public void promiseReturn(int promiseIndex) { throw none(); }
}
