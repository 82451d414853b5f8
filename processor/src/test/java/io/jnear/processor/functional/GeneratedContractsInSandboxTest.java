package io.jnear.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contracts compiled by the processor, deployed in the sandbox: the generated code runs as specified. */
class GeneratedContractsInSandboxTest {
    @TempDir
    static Path classes;

    private static CompiledContracts contracts;

    private Sandbox sandbox;
    private Account alice;
    private Account hello;
    private Account greeter;

    @BeforeAll
    static void compile() {
        contracts = CompiledContracts.compile("functional", classes);
    }

    @BeforeEach
    void deploy() {
        sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        hello = sandbox.deploy("hello.test.near", contracts.type("fn.HelloNear"));
        Action.FunctionCall init = contracts.callStatic("fn.CrossGreeterStub", "init", hello.id().toString());
        greeter = sandbox.deploy("greeter.test.near", contracts.type("fn.CrossGreeter"), init);
    }

    private Object greeterStub() {
        return contracts.callStatic("fn.CrossGreeterStub", "on", greeter.id());
    }

    private Object helloStub() {
        return contracts.callStatic("fn.HelloNearStub", "on", hello.id());
    }

    @Test
    void typedCrossContractCallReturnsTheCalleesValueThroughTheCallback() {
        Promise<String> query = CompiledContracts.call(greeterStub(), "queryGreeting");
        ExecutionResult<String> r = alice.transact(query);
        assertTrue(r.isSuccess(), r::toTree);
        assertEquals("Hello", r.value());
        Promise<Integer> callbacks = CompiledContracts.call(greeterStub(), "callbacks");
        assertEquals(1, sandbox.view(callbacks));
    }

    @Test
    void changeGreetingWritesTheCalleeAndTheCallbackSeesSuccess() {
        Promise<Boolean> change = CompiledContracts.call(greeterStub(), "changeGreeting", "Howdy");
        ExecutionResult<Boolean> r = alice.transact(change);
        assertTrue(r.value(), r::toTree);
        assertEquals(List.of("Saving greeting Howdy", "Greeting changed"), r.logs());
        Promise<String> get = CompiledContracts.call(helloStub(), "getGreeting");
        assertEquals("Howdy", sandbox.view(get));
    }

    @Test
    void promiseOrValueAnswersNowOrWithTheChainsValue() {
        Promise<String> now = CompiledContracts.call(greeterStub(), "greetingOrAsk", false);
        ExecutionResult<String> answered = alice.transact(now);
        assertEquals("cached", answered.value());
        assertEquals(1, answered.receiptOutcomes().stream().filter(o -> !o.isRefund()).count());

        Promise<String> ask = CompiledContracts.call(greeterStub(), "greetingOrAsk", true);
        ExecutionResult<String> asked = alice.transact(ask);
        assertEquals("Hello", asked.value(), asked::toTree);
        assertEquals(2, asked.receiptOutcomes().stream().filter(o -> !o.isRefund()).count());
    }

    @Test
    void privateCallbackCalledByAStrangerFails() {
        ExecutionResult<String> r = alice.call(greeter.id(), "query_greeting_callback", "{}");
        assertTrue(r.isFailure());
        assertEquals("Smart contract panicked: Method query_greeting_callback is private", r.failureText());
    }

    @Test
    void depositOnANonPayableMethodFailsAndIsRefunded() {
        NearToken before = alice.balance();
        Object stub = CompiledContracts.call(helloStub(), "withAttachedDeposit", NearToken.near(1));
        Promise<Void> set = CompiledContracts.call(stub, "setGreeting", "Paid");
        ExecutionResult<Void> r = alice.transact(set);
        assertEquals("Smart contract panicked: Method set_greeting doesn't accept deposit", r.failureText());
        NearToken spent = before.minus(alice.balance());
        assertTrue(spent.isLessThan(NearToken.milliNear(10)), "only gas is spent, the deposit came back: " + spent);
        Promise<String> get = CompiledContracts.call(helloStub(), "getGreeting");
        assertEquals("Hello", sandbox.view(get));
    }

    @Test
    void initTwiceFails() {
        Action.FunctionCall init = contracts.callStatic("fn.CrossGreeterStub", "init", "other.test.near");
        ExecutionResult<Void> r = alice.transact(Promise.create(greeter.id()).add(init));
        assertEquals("Smart contract panicked: The contract has already been initialized", r.failureText());
    }

    @Test
    void callBeforeInitFails() {
        Account bare = sandbox.deploy("bare.test.near", contracts.type("fn.CrossGreeter"));
        Promise<String> query = CompiledContracts.call(
                contracts.callStatic("fn.CrossGreeterStub", "on", bare.id()), "queryGreeting");
        assertEquals("Smart contract panicked: The contract is not initialized", alice.transact(query).failureText());
    }

    @Test
    void joinDeliversBothTypedResultsInOrder() {
        Account other = sandbox.deploy("other.test.near", contracts.type("fn.HelloNear"));
        Object otherStub = contracts.callStatic("fn.HelloNearStub", "on", other.id());
        alice.transact(CompiledContracts.<Promise<Void>>call(otherStub, "setGreeting", "Hi"));
        Promise<String> compare = CompiledContracts.call(greeterStub(), "compare", other.id().toString());
        ExecutionResult<String> r = alice.transact(compare);
        assertEquals("Hello / Hi", r.value(), r::toTree);
    }

    @Test
    void joinAllCountsOnlySuccessfulResults() {
        Promise<Integer> count = CompiledContracts.call(greeterStub(), "countGreetings",
                List.of(hello.id().toString(), "nobody.test.near", hello.id().toString()));
        ExecutionResult<Integer> r = alice.transact(count);
        assertEquals(2, r.value(), r::toTree);
    }

    @Test
    void unwrappedCallbackPanicsWhenTheCalleeFailed() {
        Promise<String> strict = CompiledContracts.call(greeterStub(), "strictQuery", "nobody.test.near");
        assertEquals("Smart contract panicked: Callback computation 0 was not successful",
                alice.transact(strict).failureText());
    }

    @Test
    void badJsonArgumentsFailWithTheDeserializeMessage() {
        ExecutionResult<String> r = alice.call(hello.id(), "set_greeting", "not json");
        assertEquals("Smart contract panicked: Failed to deserialize input from JSON.", r.failureText());
    }

    @Test
    void unknownMethodIsMethodNotFound() {
        ExecutionResult<String> r = alice.call(hello.id(), "no_such_method", "{}");
        assertTrue(r.failureText().contains("MethodNotFound"), r.failureText());
    }

    @Test
    void abiResourceIsWrittenNextToTheClasses() {
        assertTrue(java.nio.file.Files.exists(classes.resolve("META-INF/jnear/abi/fn.CrossGreeter.json")));
        assertEquals(AccountId.of("hello.test.near"), hello.id());
    }

    @Test
    void aContractCanHaveSeveralNamedInitializersAndAPrivateOne() {
        Account registry = sandbox.deploy("registry.test.near", contracts.type("fn.Registry"));

        ExecutionResult<String> outsider = alice.call(registry.id(), "new_self_owned", "{}");
        assertEquals("Smart contract panicked: Method new_self_owned is private", outsider.failureText());
        assertEquals(List.of(), outsider.logs(), "the check runs before the constructor, which logs");
        assertEquals("Smart contract panicked: The contract is not initialized",
                alice.call(registry.id(), "owner", "{}").failureText());

        ExecutionResult<String> init = registry.call(registry.id(), "new_self_owned", "{}");
        assertTrue(init.isSuccess(), init::toTree);
        assertEquals(List.of("initialising"), init.logs());
        assertEquals("\"registry.test.near\"", sandbox.viewJson(registry.id(), "owner", "{}"));
        assertEquals("Smart contract panicked: The contract has already been initialized",
                alice.call(registry.id(), "new", "{\"owner\":\"alice.test.near\"}").failureText());
    }

    @Test
    void aRecordWhoseConstructorRefusesTheValuesIsRefusedInput() {
        Account registry = sandbox.deploy("registry.test.near", contracts.type("fn.Registry"),
                contracts.callStatic("fn.RegistryStub", "init", "alice.test.near"));

        assertEquals("Smart contract panicked: Failed to deserialize input from JSON.",
                alice.call(registry.id(), "rename", "{\"name\":{\"value\":\"\"}}").failureText());
        assertTrue(alice.call(registry.id(), "rename", "{\"name\":[\"bob\"]}").isSuccess());
        assertEquals("\"bob\"", sandbox.viewJson(registry.id(), "owner", "{}"));
    }

    @Test
    void theStubHasOneInitCallPerInitializer() {
        Account other = sandbox.deploy("other.test.near", contracts.type("fn.Registry"),
                contracts.callStatic("fn.RegistryStub", "init", "alice.test.near"));
        assertEquals("\"alice.test.near\"", sandbox.viewJson(other.id(), "owner", "{}"));
        Action.FunctionCall selfOwned = contracts.callStatic("fn.RegistryStub", "initNewSelfOwned");
        assertEquals("new_self_owned", selfOwned.methodName());
    }

    @Test
    void stateOfNonPrivateFieldsIsBorshInDeclarationOrder() {
        Account tally = sandbox.deploy("tally.test.near", contracts.type("fn.Tally"));

        assertTrue(alice.call(tally.id(), "add", "{\"who\":\"bob\"}").isSuccess());

        byte[] state = sandbox.storageValue(tally.id(), "STATE".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00" // count: u64 1
                + "\\x01\\x03\\x00\\x00\\x00bob" // last: Some("bob")
                + "\\x06\\x00\\x00\\x00nobody", render(state)); // owner
        assertEquals("1", sandbox.viewJson(tally.id(), "count", "{}"));
        assertEquals("Smart contract panicked: State field owner is null; Borsh state has no null: declare it Optional",
                alice.call(tally.id(), "clear_owner", "{}").failureText());
    }

    @Test
    void collectionsCreatedWithoutCodecsStoreRecordsAsBorsh() {
        Account ledger = sandbox.deploy("ledger.test.near", contracts.type("fn.Ledger"));

        ExecutionResult<?> first = alice.call(ledger.id(), "record", "{\"memo\":\"rent\",\"amount\":\"5\"}");
        assertTrue(first.isSuccess(), first::toTree);
        ExecutionResult<?> second = alice.call(ledger.id(), "record", "[\"rent\",\"7\"]");
        assertTrue(second.isSuccess(), second::toTree);

        String entry = "\\x04\\x00\\x00\\x00rent\\x07" + "\\x00".repeat(15); // ("rent", 7)
        assertEquals(entry, render(sandbox.storageValue(ledger.id(),
                bytes("e" + (char) 15 + "\0\0\0alice.test.near"))));
        assertEquals(entry, render(sandbox.storageValue(ledger.id(), bytes("l"))));
        // each collection as near-sdk-rs serialises it: a prefix; a Vector's length before its prefix; an
        // IterableMap's key vector (length, prefix + 'v') and then its values' prefix (prefix + 'm')
        assertEquals("\\x01\\x00\\x00\\x00e" + "\\x01\\x00\\x00\\x00m" + "\\x02\\x00\\x00\\x00\\x01\\x00\\x00\\x00h"
                + "\\x01\\x00\\x00\\x00\\x02\\x00\\x00\\x00cv\\x02\\x00\\x00\\x00cm" + "\\x01\\x00\\x00\\x00l",
                render(sandbox.storageValue(ledger.id(), bytes("STATE"))));
        // the vector's elements under prefix + borsh(index as u32), the map's keys likewise under "cv"
        assertEquals("\\x04\\x00\\x00\\x00rent\\x05" + "\\x00".repeat(15),
                render(sandbox.storageValue(ledger.id(), bytes("h\0\0\0\0"))));
        assertEquals(entry, render(sandbox.storageValue(ledger.id(), bytes("h\1\0\0\0"))));
        assertEquals("\\x04\\x00\\x00\\x00rent", render(sandbox.storageValue(ledger.id(), bytes("cv\0\0\0\0"))));
        assertEquals("[{\"memo\":\"rent\",\"amount\":\"5\"},{\"memo\":\"rent\",\"amount\":\"7\"}]",
                sandbox.viewJson(ledger.id(), "history", "{}"));
        assertEquals("true", sandbox.viewJson(ledger.id(), "seen", "{\"memo\":\"rent\"}"));
        assertEquals("2", sandbox.viewJson(ledger.id(), "count", "{\"memo\":\"rent\"}"));
        assertEquals("{\"memo\":\"rent\",\"amount\":\"7\"}", sandbox.viewJson(ledger.id(), "latest", "{}"));
        assertEquals("Smart contract panicked: java.lang.IllegalArgumentException: empty memo",
                alice.call(ledger.id(), "record", "{\"memo\":\"\",\"amount\":\"1\"}").failureText());
        assertEquals("2", sandbox.viewJson(ledger.id(), "count", "{\"memo\":\"rent\"}")); // nothing changed
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String render(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        return out.toString();
    }
}
