package io.jnear.wasm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.crypto.Keccak;
import io.jnear.runtime.crypto.Ripemd160;
import io.jnear.sdk.NearToken;
import org.junit.jupiter.api.Test;

/** env functions the reference contracts do not reach, on hand-assembled modules: registers and hashes. */
class HostFunctionsTest {
    private static final int VALUE_RETURN = 0;
    private static final int HASH = 1;
    private static final int READ_REGISTER = 2;

    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));

    /** hash(len 0, ptr 0, register 0); value_return(u64::MAX, 0): the hash, returned straight from the register. */
    private byte[] hashOfNothing(String function) {
        int[] body = {0x42, 0, 0x42, 0, 0x42, 0, 0x10, HASH, 0x42, 0x7F, 0x42, 0, 0x10, VALUE_RETURN};
        Account tiny = sandbox.deployWasm(function.replace('_', '-') + ".test.near", new TinyModule()
                .importFunction("env", "value_return", 1).importFunction("env", function, 2)
                .importFunction("env", "read_register", 1).function("run", body).bytes());
        return alice.call(tiny.id(), "run", "{}").rawValue();
    }

    @Test
    void keccakAndRipemdHashIntoARegisterThatValueReturnReads() {
        assertArrayEquals(Keccak.keccak256(new byte[0]), hashOfNothing("keccak256"));
        assertArrayEquals(Keccak.keccak512(new byte[0]), hashOfNothing("keccak512"));
        assertArrayEquals(Ripemd160.hash(new byte[0]), hashOfNothing("ripemd160"));
    }

    @Test
    void readingARegisterThatWasNeverWrittenFailsTheCall() {
        // read_register(7, 0)
        int[] body = {0x42, 7, 0x42, 0, 0x10, READ_REGISTER};
        Account tiny = sandbox.deployWasm("tiny.test.near", new TinyModule()
                .importFunction("env", "value_return", 1).importFunction("env", "sha256", 2)
                .importFunction("env", "read_register", 1).function("run", body).bytes());
        assertEquals("Accessed invalid register id: 7", alice.call(tiny.id(), "run", "{}").failureText());
    }

    @Test
    void anEnvImportNearDoesNotProvideFailsTheCallThatCallsItAndOnlyThatCall() {
        // value_return(0, 0) and Read_Register(7, 0): import names are case-sensitive
        int[] returns = {0x42, 0, 0x42, 0, 0x10, 0};
        int[] body = {0x42, 7, 0x42, 0, 0x10, 1};
        Account tiny = sandbox.deployWasm("tiny.test.near", new TinyModule()
                .importFunction("env", "value_return", 1).importFunction("env", "Read_Register", 1)
                .function("fine", returns).function("run", body).bytes());
        assertEquals(null, alice.call(tiny.id(), "fine", "{}").failureText());
        assertEquals("Read_Register is not supported by the jnear sandbox",
                alice.call(tiny.id(), "run", "{}").failureText());
    }

    @Test
    void aLogOfLengthU64MaxIsAZeroTerminatedString() {
        // memory[10..12] = "hi"; log_utf8(u64::MAX, 10)
        int[] body = {0x41, 10, 0x41, 0xE8, 0, 0x3A, 0, 0, 0x41, 11, 0x41, 0xE9, 0, 0x3A, 0, 0,
            0x42, 0x7F, 0x42, 10, 0x10, 0};
        Account tiny = sandbox.deployWasm("tiny.test.near", new TinyModule()
                .importFunction("env", "log_utf8", 1).function("run", body).bytes());
        assertEquals(java.util.List.of("hi"), alice.call(tiny.id(), "run", "{}").logs());
    }
}
