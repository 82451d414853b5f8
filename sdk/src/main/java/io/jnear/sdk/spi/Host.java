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

    // ---- secp256k1 and alt_bn128 (BN254), NEAR's cryptographic host functions beyond hashing ----

    /**
     * {@code ecrecover}: the secp256k1 public key (64 bytes, x ‖ y big-endian, without SEC 1's 0x04 prefix)
     * whose private key made {@code signature} (r ‖ s, 64 bytes big-endian) over the 32-byte {@code hash}
     * with recovery id {@code v}, or null when none can be recovered. With a {@code malleabilityFlag} of 1
     * a signature whose s lies in the upper half of the group order recovers nothing, as Ethereum requires
     * since Homestead. A signature not of 64 bytes, a hash not of 32, a {@code v} above 3 or a flag other
     * than 0 and 1 fails the call with nearcore's error.
     */
    byte[] ecrecover(byte[] hash, byte[] signature, long v, long malleabilityFlag);

    /**
     * {@code alt_bn128_g1_multiexp}: Σ sᵢ·Pᵢ over {@code elements}, each 96 bytes: a G1 point as x and y
     * (32-byte little-endian field elements; (0, 0) is the point at infinity) followed by the scalar s
     * (32 bytes little-endian). Returns the sum as a 64-byte point in the same encoding. A length that is
     * not a multiple of 96, a coordinate not below the field modulus, a point off the curve or a scalar not
     * below the group order fails the call with nearcore's error.
     */
    byte[] altBn128G1Multiexp(byte[] elements);

    /**
     * {@code alt_bn128_g1_sum}: Σ ±Pᵢ over {@code elements}, each 65 bytes: a sign byte (0 adds the point,
     * 1 subtracts it) followed by the point as in {@link #altBn128G1Multiexp}. Returns a 64-byte point.
     */
    byte[] altBn128G1Sum(byte[] elements);

    /**
     * {@code alt_bn128_pairing_check}: whether ∏ e(Pᵢ, Qᵢ) is one over {@code elements}, each 192 bytes: a
     * G1 point as in {@link #altBn128G1Multiexp} followed by a G2 point (its x and y in Fp2, each as c0 ‖ c1
     * of 32 little-endian bytes). A point not in its group fails the call.
     */
    boolean altBn128PairingCheck(byte[] elements);
}
