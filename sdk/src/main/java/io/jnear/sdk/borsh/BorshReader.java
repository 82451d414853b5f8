package io.jnear.sdk.borsh;

import io.jnear.sdk.U128;
import io.jnear.sdk.spi.StrictUtf8;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** Reads Borsh values from a byte array; {@link #end} checks that every byte was read. */
public final class BorshReader {
    private final byte[] in;
    private int pos;

    private BorshReader(byte[] in) {
        this.in = in;
    }

    public static BorshReader of(byte[] bytes) {
        return new BorshReader(bytes);
    }

    public int u8() {
        need(1);
        return in[pos++] & 0xFF;
    }

    public boolean bool() {
        int b = u8();
        if (b > 1) {
            throw new BorshException("Invalid bool representation: " + b);
        }
        return b == 1;
    }

    public int u16() {
        return (int) littleEndian(2);
    }

    public int u32() {
        return (int) littleEndian(4);
    }

    public long u64() {
        return littleEndian(8);
    }

    /** A {@code u128}: 16 bytes, little-endian. */
    public U128 u128Value() {
        long low = littleEndian(8);
        return U128.ofBits(littleEndian(8), low);
    }

    public BigInteger u128() {
        long low = littleEndian(8);
        long high = littleEndian(8);
        if (high == 0 && low >= 0) {
            return BigInteger.valueOf(low); // most amounts
        }
        byte[] bigEndian = new byte[16];
        for (int i = 0; i < 8; i++) {
            bigEndian[7 - i] = (byte) (high >>> (8 * i));
            bigEndian[15 - i] = (byte) (low >>> (8 * i));
        }
        return new BigInteger(1, bigEndian);
    }

    /** {@code length} raw bytes. */
    public byte[] raw(int length) {
        need(length);
        byte[] out = java.util.Arrays.copyOfRange(in, pos, pos + length);
        pos += length;
        return out;
    }

    /** A {@code Vec<u8>}. */
    public byte[] bytes() {
        return raw(length());
    }

    /** A {@code String}: UTF-8 that must be valid. */
    public String string() {
        int length = length();
        need(length);
        if (isAscii(pos, length)) {
            // account IDs, token symbols, prefixes: ASCII is valid UTF-8, and needs no decoder
            String s = new String(in, pos, length, StandardCharsets.ISO_8859_1);
            pos += length;
            return s;
        }
        String s = StrictUtf8.decode(in, pos, length);
        if (s == null) {
            throw new BorshException("Invalid UTF-8 in a string");
        }
        pos += length;
        return s;
    }

    private boolean isAscii(int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (in[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The {@code u32} length of a sequence, checked against what is left. */
    public int length() {
        long length = u32() & 0xFFFF_FFFFL; // not Integer.toUnsignedLong, which TeaVM's class library lacks
        if (length > in.length - pos) {
            throw new BorshException("A length of " + length + " runs past the end of the input");
        }
        return (int) length;
    }

    /** Checks that nothing is left to read. */
    public void end() {
        if (pos != in.length) {
            throw new BorshException("Not all bytes read: " + (in.length - pos) + " left");
        }
    }

    private long littleEndian(int length) {
        need(length);
        long value = 0;
        for (int i = 0; i < length; i++) {
            value |= (long) (in[pos++] & 0xFF) << (8 * i);
        }
        return value;
    }

    private void need(int length) {
        if (length > in.length - pos) {
            throw new BorshException("Unexpected end of input");
        }
    }
}
