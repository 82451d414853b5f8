package io.jnear.wasm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.jnear.runtime.crypto.bn254.AltBn128Vectors.P1;
import static io.jnear.runtime.crypto.bn254.AltBn128Vectors.VALID_PAIRS;
import static io.jnear.runtime.crypto.bn254.AltBn128Vectors.le;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.crypto.Keccak;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ecrecover, alt_bn128 and log_utf16 called from Wasm: results, nearcore's error texts, and the exact
 * costs each call adds to the gas profile.
 */
class CryptoHostFunctionsTest {
    private static final int VALUE_RETURN = 0;
    private static final int ECRECOVER = 1;
    private static final int G1_SUM = 2;
    private static final int PAIRING_CHECK = 3;
    private static final int LOG_UTF16 = 4;
    private static final int G1_MULTIEXP = 5;
    private static final int RESULT_AT = 4000;

    private static final HexFormat HEX = HexFormat.of();
    // Ethereum's ecrecover test vector (recovery id 0): the hash, r ‖ s, and the signer's address
    private static final byte[] HASH = HEX.parseHex("47173285a8d7341e5e972fc677286384f802f8ef42a5ec5f03bbfa254cb01fad");
    private static final byte[] SIGNATURE = HEX.parseHex("650acf9d3f5f0a2c799776a1254355d5f4061762a237396a99a0e0e3fc2bcd67"
            + "29514a0dacb2e623ac4abd157cb18163ff942280db4d5caad66ddf941ba12e03");
    private static final BigInteger N =
            new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);

    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));

    /** Instructions of one function body. */
    private static final class Code {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Code i64(long value) {
            out.write(0x42);
            TinyModule.sleb(out, value);
            return this;
        }

        Code i32(int value) {
            out.write(0x41);
            TinyModule.sleb(out, value);
            return this;
        }

        Code call(int function) {
            out.write(0x10);
            out.write(function);
            return this;
        }

        /** Stores the i64 on the stack at {@link #RESULT_AT} (the address must be pushed first) and returns those 8 bytes. */
        Code storeAndReturnIt() {
            out.writeBytes(new byte[] {0x37, 0x03, 0x00});
            return i64(8).i64(RESULT_AT).call(VALUE_RETURN);
        }

        Code drop() {
            out.write(0x1A);
            return this;
        }

        /** Returns register {@code id}. */
        Code returnRegister(int id) {
            return i64(-1).i64(id).call(VALUE_RETURN);
        }

        int[] bytes() {
            byte[] b = out.toByteArray();
            int[] ints = new int[b.length];
            for (int i = 0; i < b.length; i++) {
                ints[i] = b[i] & 0xff;
            }
            return ints;
        }
    }

    private Account deploy(String name, byte[] data, int[]... bodies) {
        TinyModule module = new TinyModule().type(7, true).type(2, true)
                .importFunction("env", "value_return", 1).importFunction("env", "ecrecover", 3)
                .importFunction("env", "alt_bn128_g1_sum", 2).importFunction("env", "alt_bn128_pairing_check", 4)
                .importFunction("env", "log_utf16", 1).importFunction("env", "alt_bn128_g1_multiexp", 2)
                .data(0, data);
        for (int i = 0; i < bodies.length; i++) {
            module.function("f" + i, bodies[i]);
        }
        return sandbox.deployWasm(name, module.bytes());
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static long u64(byte[] value) {
        return ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    private static ExecutionOutcome call(ExecutionResult<?> r) {
        return r.receiptOutcomes().get(0);
    }

    /** ecrecover(32, 0, 64, 32, v, flag, register 1), with the hash at 0 and the signature at 32; its result dropped. */
    private static Code ecrecover(long v, long flag) {
        return new Code().i64(32).i64(0).i64(64).i64(32).i64(v).i64(flag).i64(1).call(ECRECOVER).drop();
    }

    @Test
    void ecrecoverPutsTheSignersKeyInARegisterAndChargesEcrecoverBaseAndTwoMemoryReads() {
        int[] recover = ecrecover(0, 1).returnRegister(1).bytes();
        Account tiny = deploy("ec.test.near", concat(HASH, SIGNATURE), recover);
        ExecutionResult<String> r = alice.call(tiny.id(), "f0", "{}");
        byte[] key = r.rawValue();
        assertEquals("c08b5542d177ac6686946920409741463a15dddb",
                HEX.formatHex(Arrays.copyOfRange(Keccak.keccak256(key), 12, 32)));
        ExecutionOutcome o = call(r);
        assertEquals(278_821_988_457L, o.profiledGas("ECRECOVER_BASE"));
        assertEquals(2 * 2_609_863_200L, o.profiledGas("READ_MEMORY_BASE"));
        assertEquals(96 * 3_801_333L, o.profiledGas("READ_MEMORY_BYTE"));
        assertEquals(2_865_522_486L, o.profiledGas("WRITE_REGISTER_BASE"));
        assertEquals(64 * 3_801_564L, o.profiledGas("WRITE_REGISTER_BYTE"));
        // ecrecover charges no base; value_return does
        assertEquals(264_768_111L, o.profiledGas("BASE"));
    }

    @Test
    void theUpperSFormRecoversWithoutTheMalleabilityCheckAndReturnsZeroWithIt() {
        byte[] high = SIGNATURE.clone();
        byte[] s = N.subtract(new BigInteger(1, Arrays.copyOfRange(SIGNATURE, 32, 64))).toByteArray();
        System.arraycopy(s, s.length - 32, high, 32, 32);
        int[] lenient = new Code().i32(RESULT_AT).i64(32).i64(0).i64(64).i64(32).i64(1).i64(0).i64(1).call(ECRECOVER)
                .storeAndReturnIt().bytes();
        int[] strict = new Code().i32(RESULT_AT).i64(32).i64(0).i64(64).i64(32).i64(1).i64(1).i64(1).call(ECRECOVER)
                .storeAndReturnIt().bytes();
        Account tiny = deploy("ec.test.near", concat(HASH, high), lenient, strict);
        assertEquals(1, u64(alice.call(tiny.id(), "f0", "{}").rawValue()));
        ExecutionResult<String> refused = alice.call(tiny.id(), "f1", "{}");
        assertEquals(0, u64(refused.rawValue()));
        assertEquals(0, call(refused).profiledGas("WRITE_REGISTER_BASE"));
    }

    @Test
    void ecrecoverArgumentErrorsAreNearcoresAndABadVStopsBeforeTheHashIsRead() {
        Account tiny = deploy("ec.test.near", concat(HASH, SIGNATURE),
                ecrecover(4, 0).bytes(), ecrecover(0, 2).bytes(),
                new Code().i64(31).i64(0).i64(64).i64(32).i64(0).i64(0).i64(1).call(ECRECOVER).drop().bytes(),
                new Code().i64(32).i64(0).i64(63).i64(32).i64(0).i64(0).i64(1).call(ECRECOVER).drop().bytes());
        ExecutionResult<String> badV = alice.call(tiny.id(), "f0", "{}");
        assertEquals("ECDSA recover error: V recovery byte 0 through 3 are valid but was provided 4", badV.failureText());
        assertEquals(2_609_863_200L, call(badV).profiledGas("READ_MEMORY_BASE"));
        assertEquals("ECDSA recover error: Malleability flag needs to be 0 or 1, but is instead 2",
                alice.call(tiny.id(), "f1", "{}").failureText());
        assertEquals("ECDSA recover error: The length of the hash: 31, exceeds the limit of 32 bytes",
                alice.call(tiny.id(), "f2", "{}").failureText());
        assertEquals("ECDSA recover error: The length of the signature: 63, exceeds the limit of 64 bytes",
                alice.call(tiny.id(), "f3", "{}").failureText());
    }

    @Test
    void g1SumAndMultiexpReturnThePointAndChargeBasePlusPerElement() {
        byte[] sum = le("0u8 " + P1 + " 1u8 " + P1 + " 0u8 " + P1);
        byte[] multiexp = le(P1 + " 0x1");
        int[] summing = new Code().i64(sum.length).i64(0).i64(2).call(G1_SUM).returnRegister(2).bytes();
        int[] multiplying = new Code().i64(multiexp.length).i64(512).i64(2).call(G1_MULTIEXP).returnRegister(2).bytes();
        TinyModule module = new TinyModule().type(7, true).type(2, true);
        Account tiny = sandbox.deployWasm("bn.test.near", module
                .importFunction("env", "value_return", 1).importFunction("env", "ecrecover", 3)
                .importFunction("env", "alt_bn128_g1_sum", 2).importFunction("env", "alt_bn128_pairing_check", 4)
                .importFunction("env", "log_utf16", 1).importFunction("env", "alt_bn128_g1_multiexp", 2)
                .data(0, sum).data(512, multiexp).function("sum", summing).function("multiexp", multiplying).bytes());
        ExecutionResult<String> summed = alice.call(tiny.id(), "sum", "{}");
        assertArrayEquals(le(P1), summed.rawValue());
        assertEquals(3_000_000_000L, call(summed).profiledGas("ALT_BN128_G1_SUM_BASE"));
        assertEquals(3 * 5_000_000_000L, call(summed).profiledGas("ALT_BN128_G1_SUM_ELEMENT"));
        ExecutionResult<String> multiplied = alice.call(tiny.id(), "multiexp", "{}");
        assertArrayEquals(le(P1), multiplied.rawValue());
        assertEquals(713_000_000_000L, call(multiplied).profiledGas("ALT_BN128_G1_MULTIEXP_BASE"));
        assertEquals(320_000_000_000L, call(multiplied).profiledGas("ALT_BN128_G1_MULTIEXP_ELEMENT"));
    }

    @Test
    void pairingCheckAnswersOneForNearcoresValidVectorAndChargesPerPair() {
        byte[] pairs = le(VALID_PAIRS);
        int[] check = new Code().i32(RESULT_AT).i64(pairs.length).i64(0).call(PAIRING_CHECK).storeAndReturnIt().bytes();
        Account tiny = deploy("bn.test.near", pairs, check);
        ExecutionResult<String> r = alice.call(tiny.id(), "f0", "{}", NearToken.ZERO, Gas.tgas(100));
        assertEquals(1, u64(r.rawValue()));
        assertEquals(9_686_000_000_000L, call(r).profiledGas("ALT_BN128_PAIRING_CHECK_BASE"));
        assertEquals(2 * 5_102_000_000_000L, call(r).profiledGas("ALT_BN128_PAIRING_CHECK_ELEMENT"));
    }

    @Test
    void anInvalidAltBn128InputFailsTheCallWithNearcoresText() {
        byte[] badSign = le("92u8 " + P1);
        int[] summing = new Code().i64(badSign.length).i64(0).i64(2).call(G1_SUM).bytes();
        int[] ragged = new Code().i64(4).i64(0).i64(2).call(G1_SUM).bytes();
        Account tiny = deploy("bn.test.near", badSign, summing, ragged);
        assertEquals("AltBn128 invalid input: invalid bool: [5C]", alice.call(tiny.id(), "f0", "{}").failureText());
        assertEquals("AltBn128 invalid input: slice of size 4 cannot be precisely split into chunks of size 65",
                alice.call(tiny.id(), "f1", "{}").failureText());
    }

    @Test
    void logUtf16ChargesUtf16DecodingPerByteReadAndTheLogPerUtf8Byte() {
        byte[] text = "hé€".getBytes(StandardCharsets.UTF_16LE); // 6 UTF-16 bytes, 6 UTF-8 bytes
        byte[] loneSurrogate = {0x00, (byte) 0xD8};
        int[] log = new Code().i64(text.length).i64(0).call(LOG_UTF16).bytes();
        int[] zeroTerminated = new Code().i64(-1).i64(0).call(LOG_UTF16).bytes();
        int[] bad = new Code().i64(2).i64(64).call(LOG_UTF16).bytes();
        byte[] data = new byte[66];
        System.arraycopy(text, 0, data, 0, text.length);
        System.arraycopy(loneSurrogate, 0, data, 64, 2);
        Account tiny = deploy("log.test.near", data, log, zeroTerminated, bad);
        ExecutionResult<String> r = alice.call(tiny.id(), "f0", "{}");
        assertEquals(List.of("hé€"), r.logs());
        ExecutionOutcome o = call(r);
        assertEquals(3_543_313_050L, o.profiledGas("UTF16_DECODING_BASE"));
        assertEquals(6 * 163_577_493L, o.profiledGas("UTF16_DECODING_BYTE"));
        assertEquals(3_543_313_050L, o.profiledGas("LOG_BASE"));
        assertEquals(6 * 13_198_791L, o.profiledGas("LOG_BYTE"));
        assertEquals(0, o.profiledGas("UTF8_DECODING_BASE"));
        assertEquals(2_609_863_200L, o.profiledGas("READ_MEMORY_BASE"));
        assertEquals(6 * 3_801_333L, o.profiledGas("READ_MEMORY_BYTE"));

        // up to a zero unit: each of the four units is its own 2-byte read, the text's 6 bytes are decoded
        ExecutionResult<String> terminated = alice.call(tiny.id(), "f1", "{}");
        assertEquals(List.of("hé€"), terminated.logs());
        assertEquals(4 * 2_609_863_200L, call(terminated).profiledGas("READ_MEMORY_BASE"));
        assertEquals(6 * 163_577_493L, call(terminated).profiledGas("UTF16_DECODING_BYTE"));

        assertEquals("String encoding is bad UTF-16 sequence.", alice.call(tiny.id(), "f2", "{}").failureText());
    }
}
