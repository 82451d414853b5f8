package io.jnear.runtime.exec;

import io.jnear.sdk.spi.Host;
import java.util.function.Supplier;

/**
 * The call's {@link VmLogic} as a binding other than the JVM one sees it (the Wasm binding of
 * {@code jnear-wasm}): NEAR's host functions ({@link Host}, which charge {@code base} and their own costs),
 * plus the charges for the ABI traffic each binding owns — reading and writing the contract's memory and
 * registers — and the gas left, so a Wasm engine can meter instructions in bulk between host calls.
 */
public interface VmHost extends Host {
    /** Gas that can still be burnt before the prepaid gas or the per-call maximum is crossed; never negative. */
    long gasLeft();

    /** Charges {@code count} Wasm instructions at {@code regular_op_cost}. */
    void chargeInstructions(long count);

    /** Charges the {@code base} of a host call that does nothing else (such as {@code register_len}). */
    void chargeBase();

    /** Charges reading {@code bytes} from the contract's memory (a host-call argument). */
    void chargeReadMemory(long bytes);

    /** Charges writing {@code bytes} into the contract's memory (a host-call result). */
    void chargeWriteMemory(long bytes);

    /** Charges reading {@code bytes} out of a register. */
    void chargeReadRegister(long bytes);

    /** Charges putting {@code bytes} into a register. */
    void chargeWriteRegister(long bytes);

    /**
     * Charges putting bytes the host already holds into a register: the call's {@code input} and a
     * {@code promise_result}. nearcore shares them rather than copying them and, since protocol 82
     * ({@code deterministic_account_ids}), charges only {@code write_register_base}, whatever their length.
     */
    void chargeSharedRegister();

    /** Keccak-256 of {@code data} (Ethereum's, not SHA3-256). */
    byte[] keccak256(byte[] data);

    byte[] keccak512(byte[] data);

    byte[] ripemd160(byte[] data);

    /**
     * Whether {@code signature} signs {@code message} under the ed25519 {@code publicKey}; fails the call when
     * the signature is not 64 bytes or the key not 32, as nearcore does.
     */
    boolean ed25519Verify(byte[] signature, byte[] message, byte[] publicKey);

    /**
     * {@code log_utf16}: logs the UTF-16LE text, charging UTF-16 decoding per byte read and the log per
     * UTF-8 byte, as nearcore does; an odd length or an unpaired surrogate fails the call.
     */
    void logUtf16(byte[] utf16le);

    /**
     * {@link Host#ecrecover} as the Wasm ABI runs it: the hash is read (and its memory read charged) only
     * after the signature and {@code v} passed their checks, as nearcore reads it.
     */
    byte[] ecrecover(byte[] signature, long v, Supplier<byte[]> hash, long malleabilityFlag);
}
