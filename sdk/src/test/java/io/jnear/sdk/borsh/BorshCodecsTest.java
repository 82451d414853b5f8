package io.jnear.sdk.borsh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.U128;
import io.jnear.sdk.U16;
import io.jnear.sdk.U32;
import io.jnear.sdk.U64;
import io.jnear.sdk.U8;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bytes near-sdk-rs's Borsh gives the matching Rust types, and strict reading. */
class BorshCodecsTest {
    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void writesWhatRustsBorshWrites() {
        assertArrayEquals(bytes(3, 0, 0, 0, 'b', 'o', 'b'), BorshCodecs.ACCOUNT_ID.encode(AccountId.of("bob")));
        assertArrayEquals(bytes(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), BorshCodecs.U128_VALUE.encode(U128.of(1)));
        assertArrayEquals(bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                0xff, 0xff), BorshCodecs.NEAR_TOKEN.encode(NearToken.ofYocto(U128.MAX.asBigInteger())));
        assertArrayEquals(bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), BorshCodecs.U64_VALUE.encode(U64.MAX));
        assertArrayEquals(bytes(0, 0x10, 0xa5, 0xd4, 0xe8, 0, 0, 0), BorshCodecs.GAS.encode(Gas.tgas(1)));
        assertArrayEquals(bytes(0xfe, 0xff, 0xff, 0xff), BorshCodecs.I32.encode(-2));
        assertArrayEquals(bytes(0xff, 0xff, 0xff, 0xff), BorshCodecs.U32_VALUE.encode(U32.MAX));
        assertEquals(U32.MAX, BorshCodecs.U32_VALUE.decode(bytes(0xff, 0xff, 0xff, 0xff)));
        assertArrayEquals(bytes(0xff, 0xff), BorshCodecs.U16_VALUE.encode(U16.MAX));
        assertArrayEquals(bytes(0xff), BorshCodecs.U8_VALUE.encode(U8.MAX));
        assertArrayEquals(bytes(1, 7, 0, 0, 0), BorshCodecs.optional(BorshCodecs.I32).encode(Optional.of(7)));
        assertArrayEquals(bytes(0), BorshCodecs.optional(BorshCodecs.I32).encode(Optional.empty()));
        assertArrayEquals(bytes(2, 0, 0, 0, 1, 0), BorshCodecs.list(BorshCodecs.BOOLEAN).encode(List.of(true, false)));
        assertArrayEquals(bytes(0xe9, 0, 0, 0), BorshCodecs.CHAR.encode('\u00e9')); // Rust's char: a u32
        assertArrayEquals(bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff),
                BorshCodecs.U64_NUMBER.encode(io.jnear.sdk.U64Number.MAX));
    }

    @Test
    void aPublicKeyIsNearSdksVecOfItsCurveByteAndKey() {
        byte[] key = new byte[32];
        key[0] = 7;
        byte[] expected = new byte[4 + 33];
        expected[0] = 33; // Vec<u8>'s u32 length, then the curve (0, ed25519) and the 32 key bytes
        expected[5] = 7;

        assertArrayEquals(expected, BorshCodecs.PUBLIC_KEY.encode(PublicKey.ed25519(key)));
        assertEquals(PublicKey.ed25519(key), BorshCodecs.PUBLIC_KEY.decode(expected));
        byte[] secp256k1 = expected.clone();
        secp256k1[4] = 1;
        assertThrows(BorshException.class, () -> BorshCodecs.PUBLIC_KEY.decode(secp256k1));
        assertThrows(BorshException.class, () -> BorshCodecs.PUBLIC_KEY.decode(bytes(2, 0, 0, 0, 0, 7)));
    }

    @Test
    void refusesBytesThatAreNotTheType() {
        assertThrows(BorshException.class, () -> BorshCodecs.BOOLEAN.decode(bytes(2)));
        assertThrows(BorshException.class, () -> BorshCodecs.I32.decode(bytes(1, 0, 0)));
        assertThrows(BorshException.class, () -> BorshCodecs.I32.decode(bytes(1, 0, 0, 0, 0)));
        assertThrows(BorshException.class, () -> BorshCodecs.STRING.decode(bytes(9, 0, 0, 0, 'a')));
        assertThrows(BorshException.class, () -> BorshCodecs.STRING.decode(bytes(1, 0, 0, 0, 0xc3)));
        assertThrows(BorshException.class, () -> BorshCodecs.ACCOUNT_ID.decode(bytes(3, 0, 0, 0, 'B', 'o', 'b')));
        assertThrows(BorshException.class, () -> BorshCodecs.optional(BorshCodecs.I8).decode(bytes(2, 1)));
        assertThrows(BorshException.class, () -> BorshCodecs.F64.encode(Double.NaN));
    }
}
