package io.jnear.samples.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.samples.testing.BuildMode;
import io.jnear.samples.testing.WasmBuilds;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.borsh.BorshWriter;
import io.jnear.wasm.ReferenceContracts;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java token compiled to Wasm next to near-sdk-rs's own {@code fungible_token.wasm}, in the same engine:
 * the same calls give the same results, logs and token balances. The gas and the Wasm instructions of
 * {@code ft_transfer} are printed for the benchmarks README (not asserted: they are what is being measured).
 */
class TokenAgainstNearSdkRsTest {
    private static final String INIT = "{\"owner_id\":\"alice.test.near\",\"total_supply\":\"1000000\"}";

    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
    private final Account bob = sandbox.createAccount("bob.test.near", NearToken.near(10));

    @Test
    void javaTokenInWasmAnswersAsNearSdkRsToken() {
        Account rust = sandbox.deployWasm("rust.test.near", ReferenceContracts.read("fungible_token.wasm"),
                call("new_default_meta", INIT));
        Account java = BuildMode.WASM.deploy(sandbox, "java.test.near", FungibleToken.class,
                call("new_default_meta", INIT));
        long[] instructions = new long[2];
        long[] gas = new long[2];
        int i = 0;
        for (Account token : List.of(rust, java)) {
            ExecutionResult<String> deposit = bob.call(token.id(), "storage_deposit", "{}",
                    NearToken.ofYocto(new BigInteger("1250000000000000000000")), Gas.tgas(30));
            assertTrue(deposit.isSuccess(), deposit::toTree);
            ExecutionResult<String> transfer = alice.call(token.id(), "ft_transfer",
                    "{\"receiver_id\":\"bob.test.near\",\"amount\":\"10\"}", NearToken.ONE_YOCTO, Gas.tgas(30));
            assertTrue(transfer.isSuccess(), transfer::toTree);
            assertEquals(List.of("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_transfer\","
                    + "\"data\":[{\"old_owner_id\":\"alice.test.near\",\"new_owner_id\":\"bob.test.near\","
                    + "\"amount\":\"10\"}]}"), transfer.logs());
            ExecutionOutcome receipt = transfer.receipt(token.id(), "ft_transfer");
            instructions[i] = receipt.profiledGas("WASM_INSTRUCTION") / 822_756;
            gas[i] = receipt.gasBurnt();
            i++;
        }
        for (String view : List.of("{\"account_id\":\"bob.test.near\"}", "{\"account_id\":\"alice.test.near\"}")) {
            assertEquals(sandbox.viewJson(rust.id(), "ft_balance_of", view), sandbox.viewJson(java.id(), "ft_balance_of", view));
        }
        assertEquals("\"10\"", sandbox.viewJson(java.id(), "ft_balance_of", "{\"account_id\":\"bob.test.near\"}"));
        assertEquals(sandbox.viewJson(rust.id(), "ft_total_supply", "{}"), sandbox.viewJson(java.id(), "ft_total_supply", "{}"));
        System.out.printf("ft_transfer receipt: near-sdk-rs %,d gas, %,d Wasm instructions; Java (Wasm) %,d gas,"
                + " %,d Wasm instructions; code %,d vs %,d bytes%n", gas[0], instructions[0], gas[1], instructions[1],
                ReferenceContracts.read("fungible_token.wasm").length, WasmBuilds.of(FungibleToken.class).length);
    }

    @Test
    void javaTokenLaysOutItsStateAsNearSdkRsTokenWithItsOwnPrefixes() {
        Account rust = sandbox.deployWasm("rust.test.near", ReferenceContracts.read("fungible_token.wasm"),
                call("new_default_meta", INIT));
        Account java = BuildMode.JVM.deploy(sandbox, "java.test.near", FungibleToken.class,
                call("new_default_meta", INIT));
        byte[] key = "STATE".getBytes(StandardCharsets.UTF_8);

        // near-sdk-rs's example names its prefixes by a BorshStorageKey enum (variants 0 and 1); the
        // Java token by the letters "a" and "m": one byte each, so every entry has the same size
        assertArrayEquals(tokenState(0, 1), sandbox.storageValue(rust.id(), key));
        assertArrayEquals(tokenState('a', 'm'), sandbox.storageValue(java.id(), key));
    }

    /** accounts (a LookupMap: its prefix), total supply, the largest account entry's bytes, metadata (a LazyOption: its prefix). */
    private static byte[] tokenState(int accountsPrefix, int metadataPrefix) {
        return new BorshWriter().bytes(new byte[] {(byte) accountsPrefix}).u128(BigInteger.valueOf(1_000_000))
                .u64(125).bytes(new byte[] {(byte) metadataPrefix}).toBytes();
    }

    @Test
    void nearSdkRsTokenPaysTheJavaReceiverInWasmWhichHandsPartBackThroughAPromise() {
        Account rust = sandbox.deployWasm("rust.test.near", ReferenceContracts.read("fungible_token.wasm"),
                call("new_default_meta", INIT));
        Account receiver = BuildMode.WASM.deploy(sandbox, "receiver.test.near", TokenReceiver.class, null);
        ExecutionResult<String> deposit = receiver.call(rust.id(), "storage_deposit", "{}",
                NearToken.ofYocto(new BigInteger("1250000000000000000000")), Gas.tgas(30));
        assertTrue(deposit.isSuccess(), deposit::toTree);

        // self-call: the Java receiver calls its own keep_half a block later and answers with that promise
        ExecutionResult<String> r = alice.call(rust.id(), "ft_transfer_call",
                "{\"receiver_id\":\"receiver.test.near\",\"amount\":\"100\",\"msg\":\"self-call\"}",
                NearToken.ONE_YOCTO, Gas.tgas(300));

        assertTrue(r.isSuccess(), r::toTree);
        assertTrue(r.logs().contains("Received 100 from alice.test.near with msg self-call"), r::toTree);
        assertEquals("\"50\"", r.json(), r::toTree);
        assertEquals("\"50\"", sandbox.viewJson(rust.id(), "ft_balance_of", "{\"account_id\":\"receiver.test.near\"}"));
        assertEquals("\"999950\"", sandbox.viewJson(rust.id(), "ft_balance_of", "{\"account_id\":\"alice.test.near\"}"));
    }

    private static Action.FunctionCall call(String method, String json) {
        return new Action.FunctionCall(method, json.getBytes(StandardCharsets.UTF_8), Gas.tgas(30), NearToken.ZERO, 0);
    }
}
