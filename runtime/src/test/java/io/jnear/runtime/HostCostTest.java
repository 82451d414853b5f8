package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.fees.ExtCost;
import io.jnear.runtime.fees.HostCosts;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.sdk.NearToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What host calls cost through the JVM binding: NEAR's base and function costs plus the Wasm ABI traffic
 * of the equivalent near-sdk call. Each figure is the difference between two calls that differ only in
 * the host call measured (the same method, arguments of the same length).
 */
class HostCostTest {
    private static final HostCosts C = ProtocolConfig.protocol86().hostCosts();

    private Sandbox sandbox;
    private Account alice;
    private Account probe;

    @BeforeEach
    void setUp() {
        sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
        probe = sandbox.deploy("probe.test.near", TestContracts.probe(), null);
    }

    private long burnt(String method, String message, int skip) {
        ExecutionResult<String> r = alice.call(probe.id(), method,
                "{\"m\":\"" + message + "\",\"skip\":" + skip + "}");
        assertTrue(r.isSuccess(), r::toTree);
        return r.receiptOutcomes().get(0).gasBurnt();
    }

    private static long c(ExtCost cost) {
        return C.gas(cost);
    }

    @Test
    void aFortyByteLogCosts21_87Ggas() {
        String message = "x".repeat(40);
        long logGas = burnt("log", message, 0) - burnt("log", message, 1);
        // base + read_memory(40) + utf8_decoding(40) + log(40)
        long expected = c(ExtCost.BASE)
                + c(ExtCost.READ_MEMORY_BASE) + 40 * c(ExtCost.READ_MEMORY_BYTE)
                + c(ExtCost.UTF8_DECODING_BASE) + 40 * c(ExtCost.UTF8_DECODING_BYTE)
                + c(ExtCost.LOG_BASE) + 40 * c(ExtCost.LOG_BYTE);
        assertEquals(21_872_947_542L, expected);
        assertEquals(expected, logGas);
    }

    @Test
    void logsAreChargedPerUtf8Byte() {
        String twoByteChars = "é".repeat(20); // 20 characters, 40 UTF-8 bytes
        String ascii = "e".repeat(20);
        long perExtraByte = c(ExtCost.READ_MEMORY_BYTE) + c(ExtCost.UTF8_DECODING_BYTE) + c(ExtCost.LOG_BYTE);
        long accented = burnt("log", twoByteChars, 0) - burnt("log", twoByteChars, 1);
        long plain = burnt("log", ascii, 0) - burnt("log", ascii, 1);
        assertEquals(20 * perExtraByte, accented - plain);
    }

    /**
     * What near-sdk's {@code env::input()} costs: the {@code input} host call ({@code base}, and only
     * {@code write_register_base}: nearcore shares the input rather than copying it, since protocol 82), then
     * {@code register_len} and {@code read_register} (a {@code base} each) copying the bytes into memory.
     */
    static long inputRead(long bytes) {
        return 3 * c(ExtCost.BASE) + c(ExtCost.WRITE_REGISTER_BASE)
                + c(ExtCost.READ_REGISTER_BASE) + bytes * c(ExtCost.READ_REGISTER_BYTE)
                + c(ExtCost.WRITE_MEMORY_BASE) + bytes * c(ExtCost.WRITE_MEMORY_BYTE);
    }

    private long burntWithArgs(String method, String args) {
        ExecutionResult<String> r = alice.call(probe.id(), method, args);
        assertTrue(r.isSuccess(), r::toTree);
        return r.receiptOutcomes().get(0).gasBurnt();
    }

    @Test
    void readingTheInputChargesNoWriteRegisterBytes() {
        for (int n : new int[] {2, 1000}) {
            String args = "\"" + "a".repeat(n - 2) + "\"";
            assertEquals(inputRead(n), burntWithArgs("in", args) - burntWithArgs("no", args), "input of " + n);
        }
    }

    @Test
    void readingAPromiseResultChargesNoWriteRegisterBytes() {
        for (int n : new int[] {0, 1000}) {
            assertEquals(inputRead(n), callbackGas("cb_read", n) - callbackGas("cb_skip", n), "result of " + n);
        }
    }

    private long callbackGas(String callback, int resultBytes) {
        ExecutionResult<String> r = alice.call(probe.id(), "result_then",
                "{\"n\":" + resultBytes + ",\"callback\":\"" + callback + "\"}");
        assertTrue(r.isSuccess(), r::toTree);
        return r.receiptOutcomes().stream().filter(o -> o.calls(callback)).findFirst().orElseThrow().gasBurnt();
    }

    @Test
    void sha256ChargesNoBase() {
        String data = "y".repeat(10);
        long hashGas = burnt("hash", data, 0) - burnt("hash", data, 1);
        // read_memory(10) + sha256(10), then the 32-byte digest through a register: write_register(32),
        // register_len and read_register (a base each), read_register(32) and write_memory(32)
        long expected = c(ExtCost.READ_MEMORY_BASE) + 10 * c(ExtCost.READ_MEMORY_BYTE)
                + c(ExtCost.SHA256_BASE) + 10 * c(ExtCost.SHA256_BYTE)
                + c(ExtCost.WRITE_REGISTER_BASE) + 32 * c(ExtCost.WRITE_REGISTER_BYTE)
                + 2 * c(ExtCost.BASE)
                + c(ExtCost.READ_REGISTER_BASE) + 32 * c(ExtCost.READ_REGISTER_BYTE)
                + c(ExtCost.WRITE_MEMORY_BASE) + 32 * c(ExtCost.WRITE_MEMORY_BYTE);
        assertEquals(expected, hashGas);
    }

    /** read_memory of {@code bytes}: nearcore's {@code get_memory_or_register} for an argument. */
    private static long readMemory(long bytes) {
        return c(ExtCost.READ_MEMORY_BASE) + bytes * c(ExtCost.READ_MEMORY_BYTE);
    }

    @Test
    void creatingAPromiseReadsAndDecodesTheReceiverIdAndBurnsTheSendFees() {
        sandbox.createAccount("bob.test.near", NearToken.near(1));
        String receiver = "bob.test.near"; // 13 bytes, not the contract itself: "send other" fees
        long promiseGas = burnt("promise", receiver, 0) - burnt("promise", receiver, 1);
        var fees = ProtocolConfig.protocol86().fees();
        // promise_batch_create: base + read_memory(13) + utf8_decoding(13) + action_receipt_creation.send;
        // promise_batch_action_transfer: base + read_memory(16, the u128 amount) + transfer.send
        long expected = c(ExtCost.BASE) + readMemory(13)
                + c(ExtCost.UTF8_DECODING_BASE) + 13 * c(ExtCost.UTF8_DECODING_BYTE)
                + fees.fee(io.jnear.runtime.fees.ActionCost.NEW_ACTION_RECEIPT).send(false)
                + c(ExtCost.BASE) + readMemory(16)
                + fees.fee(io.jnear.runtime.fees.ActionCost.TRANSFER).send(false);
        assertEquals(expected, promiseGas);
    }

    @Test
    void aThenDependencyBurnsADataReceiptsCreationFees() {
        long thenGas = burnt("chain", "", 0) - burnt("chain", "", 1);
        var dataReceipt = ProtocolConfig.protocol86().fees().fee(io.jnear.runtime.fees.ActionCost.NEW_DATA_RECEIPT_BASE);
        // the same two promises, the second waiting for the first: data_receipt_creation_base's send (to the
        // contract itself) and execution fees, both burnt, 2 × 36,486,732,312
        assertEquals(dataReceipt.send(true) + dataReceipt.execution(), thenGas);
        assertEquals(72_973_464_624L, thenGas);
    }

    @Test
    void returningAValueToAWaitingCallbackBurnsItsDataReceiptsPerByteFees() {
        var perByte = ProtocolConfig.protocol86().fees().fee(io.jnear.runtime.fees.ActionCost.NEW_DATA_RECEIPT_BYTE);
        // 1000 more bytes returned (arguments of one length, so nothing else differs): read from memory, and,
        // with the callback waiting on this contract, data_receipt_creation_per_byte's send and execution fees
        long direct = burntWithArgs("return_big", "{\"n\":2000}") - burntWithArgs("return_big", "{\"n\":1000}");
        assertEquals(1000 * c(ExtCost.READ_MEMORY_BYTE), direct);
        long toCallback = returnedGas(2000) - returnedGas(1000);
        assertEquals(1000 * (c(ExtCost.READ_MEMORY_BYTE) + perByte.send(true) + perByte.execution()), toCallback);
    }

    /** Gas burnt by {@code return_big} returning {@code n} bytes to a callback that waits for them. */
    private long returnedGas(int n) {
        ExecutionResult<String> r = alice.call(probe.id(), "result_then",
                "{\"n\":" + n + ",\"callback\":\"cb_skip\"}");
        assertTrue(r.isSuccess(), r::toTree);
        return r.receiptOutcomes().stream().filter(o -> o.calls("return_big")).findFirst().orElseThrow().gasBurnt();
    }

    @Test
    void aJoinOfTwoPromisesCostsPromiseAndPerByteOfItsIndexArray() {
        long joinGas = burnt("and", "", 0) - burnt("and", "", 1);
        // base + promise_and_base + promise_and_per_promise × 16 (two u64 indices) + read_memory(16)
        long expected = c(ExtCost.BASE) + c(ExtCost.PROMISE_AND_BASE) + 16 * c(ExtCost.PROMISE_AND_PER_PROMISE)
                + readMemory(16);
        assertEquals(2 * 43_617_408L, 16 * c(ExtCost.PROMISE_AND_PER_PROMISE), "43,617,408 per promise joined");
        assertEquals(expected, joinGas);
    }

    @Test
    void anAccountIdComesThroughARegisterAndAU128IsWrittenToMemory() {
        long idGas = burnt("me", "", 0) - burnt("me", "", 1);
        long id = "probe.test.near".length();
        // current_account_id: base + write_register(15); near-sdk then calls register_len and read_register
        // (a base each), which read the register (15) and write memory (15)
        assertEquals(c(ExtCost.BASE) + c(ExtCost.WRITE_REGISTER_BASE) + id * c(ExtCost.WRITE_REGISTER_BYTE)
                + 2 * c(ExtCost.BASE) + c(ExtCost.READ_REGISTER_BASE) + id * c(ExtCost.READ_REGISTER_BYTE)
                + c(ExtCost.WRITE_MEMORY_BASE) + id * c(ExtCost.WRITE_MEMORY_BYTE), idGas);

        long depositGas = burnt("deposit", "", 0) - burnt("deposit", "", 1);
        // attached_deposit: base + write_memory(16)
        assertEquals(c(ExtCost.BASE) + c(ExtCost.WRITE_MEMORY_BASE) + 16 * c(ExtCost.WRITE_MEMORY_BYTE), depositGas);
    }

    @Test
    void hasKeyChargesItsBaseAndKeyBytesAndTouchesNoTrieNode() {
        String key = "k".repeat(7);
        long hasGas = burnt("has", key, 0) - burnt("has", key, 1);
        // base + storage_has_key_base + 7 × storage_has_key_byte + read_memory(7); flat storage: no trie node
        assertEquals(c(ExtCost.BASE) + c(ExtCost.STORAGE_HAS_KEY_BASE) + 7 * c(ExtCost.STORAGE_HAS_KEY_BYTE)
                + readMemory(7), hasGas);
    }

    @Test
    void aWriteTouchesTrieNodesUnlessTheKeyChangedEarlierInTheBlockAndReadsTouchNone() {
        Account store = sandbox.deploy("store.test.near", TestContracts.store(), null);
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(10));
        // two writes of one key whose receipts run in the same block
        SubmittedTransaction<String> first = alice.submit(io.jnear.sdk.Promise.create(store.id())
                .functionCall("set", "{\"key\":\"k\",\"value\":\"1\"}", NearToken.ZERO, io.jnear.sdk.Gas.tgas(10))
                .returning(b -> ""));
        SubmittedTransaction<String> second = bob.submit(io.jnear.sdk.Promise.create(store.id())
                .functionCall("set", "{\"key\":\"k\",\"value\":\"2\"}", NearToken.ZERO, io.jnear.sdk.Gas.tgas(10))
                .returning(b -> ""));
        ExecutionOutcome a = first.await().receiptOutcomes().get(0);
        ExecutionOutcome b = second.await().receiptOutcomes().get(0);
        assertEquals(a.blockHeight(), b.blockHeight());

        long touched = a.profiledGas("TOUCHING_TRIE_NODE");
        assertTrue(touched > 0 && touched % c(ExtCost.TOUCHING_TRIE_NODE) == 0, "whole nodes: " + touched);
        assertEquals(0, b.profiledGas("TOUCHING_TRIE_NODE"), "the chunk overlay already holds the key");
        assertEquals(c(ExtCost.STORAGE_WRITE_BASE), a.profiledGas("STORAGE_WRITE_BASE"));
        assertEquals(c(ExtCost.STORAGE_WRITE_KEY_BYTE), a.profiledGas("STORAGE_WRITE_KEY_BYTE"));
        assertEquals(c(ExtCost.STORAGE_WRITE_EVICTED_BYTE), b.profiledGas("STORAGE_WRITE_EVICTED_BYTE"),
                "the second write displaced one byte");
        assertEquals(c(ExtCost.CONTRACT_LOADING_BASE), a.profiledGas("CONTRACT_LOADING_BASE"));

        ExecutionOutcome read = alice.call(store.id(), "get", "{\"key\":\"k\"}").receiptOutcomes().get(0);
        assertEquals(0, read.profiledGas("TOUCHING_TRIE_NODE"), "reads go through flat storage");
        assertEquals(c(ExtCost.STORAGE_READ_VALUE_BYTE), read.profiledGas("STORAGE_READ_VALUE_BYTE"));

        ExecutionOutcome rewrite = alice.call(store.id(), "set", "{\"key\":\"k\",\"value\":\"3\"}")
                .receiptOutcomes().get(0);
        assertEquals(touched + c(ExtCost.TOUCHING_TRIE_NODE), rewrite.profiledGas("TOUCHING_TRIE_NODE"),
                "in a later block: the path again, and the old value");
        long profiled = rewrite.gasProfile().stream().mapToLong(e -> e.gasUsed()).sum();
        assertTrue(profiled < rewrite.gasBurnt(), "the profile covers the call, not the receipt's own fees");
    }

    @Test
    void readingAValueOver4000BytesCostsTheLargeReadOverhead() {
        for (int n : new int[] {4000, 4001}) {
            alice.call(probe.id(), "write_value", "{\"n\":" + n + "}");
            ExecutionOutcome read = alice.call(probe.id(), "read_value", "{}").receiptOutcomes().get(0);
            long overhead = read.profiledGas("STORAGE_LARGE_READ_OVERHEAD_BASE")
                    + read.profiledGas("STORAGE_LARGE_READ_OVERHEAD_BYTE");
            // one gas for the base and one per byte, only above nearcore's 4000-byte inline threshold
            assertEquals(n > 4000 ? 1 + n : 0, overhead, "value of " + n + " bytes");
        }
    }
}
