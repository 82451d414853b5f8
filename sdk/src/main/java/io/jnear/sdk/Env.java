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

    // ---- secp256k1 and alt_bn128 (BN254): Ethereum's signature recovery and its precompiles' curve ----

    /**
     * Recovers the secp256k1 public key that signed {@code hash}: NEAR's {@code ecrecover}, what Ethereum's
     * {@code ecrecover} precompile does before it hashes the key into an address (the last 20 bytes of the
     * key's Keccak-256). Charges {@code ecrecover_base}.
     *
     * @param hash the signed 32-byte hash (Ethereum signs Keccak-256 hashes)
     * @param signature {@code r ‖ s}: 64 bytes, each half big-endian
     * @param v the recovery id, 0 to 3 (Ethereum's {@code v} less 27)
     * @param malleabilityCheck whether a signature whose s lies in the upper half of the group order
     *     recovers nothing, as Ethereum's transactions require since Homestead (its precompile does not)
     * @return the key as {@code x ‖ y}, 64 bytes big-endian without SEC 1's 0x04 prefix, or null when no key
     *     can be recovered (r or s zero or out of range, no point for r)
     * @throws RuntimeException (the sandbox's host error, which fails the call) when the hash is not 32
     *     bytes, the signature not 64, or {@code v} above 3
     */
    public static byte[] ecrecover(byte[] hash, byte[] signature, int v, boolean malleabilityCheck) {
        return HostBinding.host().ecrecover(hash, signature, v & 0xFFFF_FFFFL, malleabilityCheck ? 1 : 0);
    }

    /**
     * Σ sᵢ·Pᵢ on alt_bn128's G1 (Ethereum's {@code ecMul} and {@code ecAdd} in one): NEAR's
     * {@code alt_bn128_g1_multiexp}. Charges its base and a cost per element.
     *
     * @param elements 96 bytes per term: the point's x and y (32-byte little-endian field elements; (0, 0)
     *     is the point at infinity), then the scalar s (32 bytes little-endian)
     * @return the sum, 64 bytes encoded as the points are
     * @throws RuntimeException (the host error, which fails the call) when the length is not a multiple of
     *     96, a coordinate is not below the field modulus, a point is not on the curve or a scalar not below
     *     the group order, with nearcore's message
     */
    public static byte[] altBn128G1Multiexp(byte[] elements) {
        return HostBinding.host().altBn128G1Multiexp(elements);
    }

    /**
     * Σ ±Pᵢ on alt_bn128's G1: NEAR's {@code alt_bn128_g1_sum}.
     *
     * @param elements 65 bytes per term: a sign byte (0 adds the point, 1 subtracts it), then the point
     *     encoded as for {@link #altBn128G1Multiexp}
     * @return the sum, 64 bytes
     * @throws RuntimeException (the host error) on a malformed length, sign or point, with nearcore's message
     */
    public static byte[] altBn128G1Sum(byte[] elements) {
        return HostBinding.host().altBn128G1Sum(elements);
    }

    /**
     * Whether ∏ e(Pᵢ, Qᵢ) = 1 for the optimal ate pairing on alt_bn128 (Ethereum's {@code ecPairing}
     * precompile, as used to verify Groth16 proofs): NEAR's {@code alt_bn128_pairing_check}. No pairs
     * check as true.
     *
     * @param elements 192 bytes per pair: a G1 point encoded as for {@link #altBn128G1Multiexp}, then a
     *     G2 point as x and y in Fp2, each as its real then its imaginary part (32 bytes little-endian each)
     * @throws RuntimeException (the host error) when a point is malformed, off its curve or (G2) outside the
     *     subgroup, with nearcore's message
     */
    public static boolean altBn128PairingCheck(byte[] elements) {
        return HostBinding.host().altBn128PairingCheck(elements);
    }
}
