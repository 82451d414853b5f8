package io.jnear.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Traps read as nearcore's texts, and the same Wasm story gives the same outcomes, gas and state every time. */
class TrapsAndDeterminismTest {
    @Test
    void trapsFailTheCallWithNearcoresTexts() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        // i32.const 65536 * 1024; i32.const 1; i32.store: one past NEAR's 1,024 pages
        int[] pastMemory = {0x41, 0x80, 0x80, 0x80, 0x20, 0x41, 1, 0x36, 2, 0};
        // i32.const 1; i32.const 0; i32.div_u; drop
        int[] divideByZero = {0x41, 1, 0x41, 0, 0x6E, 0x1A};
        Account tiny = sandbox.deployWasm("tiny.test.near", new TinyModule().function("past_memory", pastMemory)
                .function("divide_by_zero", divideByZero).function("unreachable", 0x00).bytes());
        assertEquals("WebAssembly trap: Memory out of bounds trap.", alice.call(tiny.id(), "past_memory", "{}").failureText());
        assertEquals("WebAssembly trap: An arithmetic exception, e.g. divided by zero.",
                alice.call(tiny.id(), "divide_by_zero", "{}").failureText());
        assertEquals("WebAssembly trap: An `unreachable` opcode was executed.",
                alice.call(tiny.id(), "unreachable", "{}").failureText());
    }

    /** Token, Java receiver and factorial chain in a fresh sandbox: every outcome as JSON, then the state digest. */
    private static List<String> story() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(50));
        Account token = sandbox.deployWasm("ft.test.near", RealContracts.fungibleToken(),
                RealContracts.jsonCall("new_default_meta", "{\"owner_id\":\"alice.test.near\",\"total_supply\":\"1000\"}"));
        Account receiver = sandbox.deploy("receiver.test.near", io.jnear.wasm.contracts.JavaTokenReceiver.class);
        Account math = sandbox.deployWasm("math.test.near", RealContracts.crossContractLowLevel());
        List<String> outcomes = new ArrayList<>();
        outcomes.add(alice.call(token.id(), "storage_deposit", "{\"account_id\":\"receiver.test.near\"}",
                NearToken.milliNear(10), Gas.tgas(30)).toJson());
        outcomes.add(alice.call(token.id(), "ft_transfer_call", "{\"receiver_id\":\"" + receiver.id()
                + "\",\"amount\":\"10\",\"msg\":\"return:4\"}", NearToken.ONE_YOCTO, Gas.tgas(100)).toJson());
        outcomes.add(alice.call(math.id(), "factorial", "{\"n\":5}", NearToken.ZERO, Gas.tgas(300)).toJson());
        outcomes.add(sandbox.stateDigest());
        return outcomes;
    }

    @Test
    void twoRunsOfTheSameWasmStoryAreIdentical() {
        assertEquals(story(), story());
    }
}
