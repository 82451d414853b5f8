package io.jnear.server.tx;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads Borsh's little-endian encoding, refusing truncated input and oversized lengths. */
final class BorshReader {
    private final ByteBuffer in;

    BorshReader(byte[] bytes) {
        this.in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    int position() {
        return in.position();
    }

    boolean atEnd() {
        return !in.hasRemaining();
    }

    int u8() {
        need(1);
        return in.get() & 0xff;
    }

    /** A u32 length, which must fit in what is left of the input (each element takes at least a byte). */
    int length() {
        need(4);
        long length = in.getInt() & 0xffffffffL;
        if (length > in.remaining()) {
            throw new MalformedTransactionException("length " + length + " exceeds the remaining "
                    + in.remaining() + " bytes");
        }
        return (int) length;
    }

    long u64() {
        need(8);
        return in.getLong();
    }

    BigInteger u128() {
        byte[] little = fixed(16);
        byte[] big = new byte[16];
        for (int i = 0; i < 16; i++) {
            big[i] = little[15 - i];
        }
        return new BigInteger(1, big);
    }

    byte[] fixed(int n) {
        need(n);
        byte[] out = new byte[n];
        in.get(out);
        return out;
    }

    byte[] bytes() {
        return fixed(length());
    }

    String string() {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes())).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedTransactionException("a string is not valid UTF-8");
        }
    }

    private void need(int n) {
        if (in.remaining() < n) {
            throw new MalformedTransactionException("unexpected end of input at byte " + in.position());
        }
    }
}
