package io.jnear.sdk.borsh;

import io.jnear.sdk.U128;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Appends Borsh values to a growing byte array. */
public final class BorshWriter {
    private byte[] out;
    private int size;
    /** Whether {@link #toBytes} has handed out {@link #out} itself. */
    private boolean handedOut;

    /** A writer with room for 32 bytes before it grows. */
    public BorshWriter() {
        this(32);
    }

    /** A writer with room for {@code capacity} bytes before it grows. */
    public BorshWriter(int capacity) {
        this.out = new byte[Math.max(capacity, 1)];
    }

    public BorshWriter u8(int value) {
        ensure(1);
        out[size++] = (byte) value;
        return this;
    }

    public BorshWriter bool(boolean value) {
        return u8(value ? 1 : 0);
    }

    public BorshWriter u16(int value) {
        return littleEndian(value, 2);
    }

    public BorshWriter u32(int value) {
        return littleEndian(value, 4);
    }

    public BorshWriter u64(long value) {
        return littleEndian(value, 8);
    }

    /** An unsigned 128-bit integer, which {@code value} must be. */
    public BorshWriter u128(BigInteger value) {
        if (value.signum() < 0 || value.bitLength() > 128) {
            throw new IllegalArgumentException("Not an unsigned 128-bit integer: " + value);
        }
        return littleEndian(value.longValue(), 8).littleEndian(value.shiftRight(64).longValue(), 8);
    }

    /** A {@code u128}: 16 bytes, little-endian. */
    public BorshWriter u128(U128 value) {
        return littleEndian(value.lowBits(), 8).littleEndian(value.highBits(), 8);
    }

    /** Raw bytes, without a length. */
    public BorshWriter raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, out, size, bytes.length);
        size += bytes.length;
        return this;
    }

    /** A {@code Vec<u8>}: the length as {@code u32}, then the bytes. */
    public BorshWriter bytes(byte[] bytes) {
        return u32(bytes.length).raw(bytes);
    }

    /** A {@code String}: its UTF-8 as {@link #bytes}. */
    public BorshWriter string(String value) {
        return bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    /** What was written. */
    public byte[] toBytes() {
        // a buffer written exactly full is handed out as it is, once, saving the copy: any later write must
        // grow the buffer, so it never writes into the array handed out
        if (size == out.length && !handedOut) {
            handedOut = true;
            return out;
        }
        return Arrays.copyOf(out, size);
    }

    private BorshWriter littleEndian(long value, int length) {
        ensure(length);
        for (int i = 0; i < length; i++) {
            out[size++] = (byte) (value >>> (8 * i));
        }
        return this;
    }

    private void ensure(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }
}
