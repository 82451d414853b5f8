package io.jnear.sdk;

/**
 * The executing contract's view of the chain, like near-sdk's {@code env}: who called, with what deposit
 * and gas, in which block, the contract's balance and storage, logs, and the results of the promises the
 * call was chained after.
 *
 * <p>Every method is bound to the call the sandbox is running on this thread and charges gas as NEAR's
 * host functions do; outside a contract call they throw {@link IllegalStateException}.
 */
public final class Env {
    private Env() {
    }

    /** The account whose contract is running. */
    public static AccountId currentAccountId() {
        return HostBinding.host().currentAccountId();
    }

    /** The account that signed the transaction this call descends from. */
    public static AccountId signerAccountId() {
        return HostBinding.host().signerAccountId();
    }

    public static PublicKey signerAccountPk() {
        return HostBinding.host().signerAccountPk();
    }

    /** The account that called this contract: the signer, another contract, or this contract itself. */
    public static AccountId predecessorAccountId() {
        return HostBinding.host().predecessorAccountId();
    }

    /** The call's raw arguments (JSON bytes). */
    public static byte[] input() {
        return HostBinding.host().input();
    }

    public static long blockHeight() {
        return HostBinding.host().blockHeight();
    }

    /** The block's timestamp in nanoseconds since the Unix epoch. */
    public static long blockTimestamp() {
        return HostBinding.host().blockTimestamp();
    }

    public static long epochHeight() {
        return HostBinding.host().epochHeight();
    }

    /** The contract's balance, including the deposit attached to this call. */
    public static NearToken accountBalance() {
        return HostBinding.host().accountBalance();
    }

    public static NearToken accountLockedBalance() {
        return HostBinding.host().accountLockedBalance();
    }

    /** The deposit attached to this call. */
    public static NearToken attachedDeposit() {
        return HostBinding.host().attachedDeposit();
    }

    /** Gas attached to this call. */
    public static Gas prepaidGas() {
        return HostBinding.host().prepaidGas();
    }

    /** Gas used so far, including gas reserved for promises this call created. */
    public static Gas usedGas() {
        return HostBinding.host().usedGas();
    }

    /** Bytes of state the account uses; each byte locks 10^19 yocto of its balance. */
    public static long storageUsage() {
        return HostBinding.host().storageUsage();
    }

    /** 32 deterministic bytes that change every block. Not secret: validators know them in advance. */
    public static byte[] randomSeed() {
        return HostBinding.host().randomSeed();
    }

    public static byte[] sha256(byte[] data) {
        return HostBinding.host().sha256(data);
    }

    /** Appends a line to the call's logs (at most 100 lines and 16 KiB per call). */
    public static void log(String message) {
        HostBinding.host().log(message);
    }

    /**
     * Aborts the call: it fails with {@code Smart contract panicked: <message>} and all its effects are
     * discarded. Declared to return the exception so {@code throw Env.panic("…")} reads as the jump it is.
     */
    public static ContractPanic panic(String message) {
        throw new ContractPanic(message);
    }

    public static byte[] storageRead(byte[] key) {
        return HostBinding.host().storageRead(key);
    }

    /** Writes a value; returns true if it replaced one. */
    public static boolean storageWrite(byte[] key, byte[] value) {
        return HostBinding.host().storageWrite(key, value) != null;
    }

    /** Writes a value and returns the one it replaced, or null: NEAR's {@code storage_write} with its evicted value. */
    public static byte[] storageReplace(byte[] key, byte[] value) {
        return HostBinding.host().storageWrite(key, value);
    }

    /** Removes a value; returns true if there was one. */
    public static boolean storageRemove(byte[] key) {
        return HostBinding.host().storageRemove(key) != null;
    }

    public static boolean storageHasKey(byte[] key) {
        return HostBinding.host().storageHasKey(key);
    }

    /** Sets the call's result (JSON bytes). */
    public static void valueReturn(byte[] value) {
        HostBinding.host().valueReturn(value);
    }

    /** Makes the call resolve to whatever {@code promise} resolves to. */
    public static void promiseReturn(Promise<?> promise) {
        HostBinding.host().promiseReturn(HostBinding.schedule(promise));
    }

    /** How many promise results this call receives: 1 after {@code then}, n after a join, else 0. */
    public static int promiseResultsCount() {
        return HostBinding.host().promiseResultsCount();
    }

    /** The i-th promise result with the callee's raw JSON bytes. */
    public static PromiseResult<byte[]> promiseResult(int index) {
        return HostBinding.host().promiseResult(index);
    }

    /**
     * The i-th promise result decoded with {@code codec} (one of {@link io.jnear.sdk.json.JsonCodecs}, or
     * a generated one), for a plain method chained after a join of mixed types: {@code
     * Env.promiseResult(3, JsonCodecs.list(JsonCodecs.STRING))}. A failed promise yields a failed result; a
     * value that is not a {@code T} panics as a typed callback does.
     */
    public static <T> PromiseResult<T> promiseResult(int index, io.jnear.sdk.json.JsonCodec<T> codec) {
        return io.jnear.sdk.spi.Dispatch.promiseResult(index, java.util.Objects.requireNonNull(codec, "codec"));
    }
}
