package io.jnear.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void demoWithoutANameListsEveryScenario() {
        assertEquals(0, run("demo"));
        for (Scenario s : Scenarios.all()) {
            assertTrue(out().contains(s.name()), out());
        }
    }

    @Test
    void transferDemoPrintsTheReceiptTreeWithBlocksGasAndBalances() {
        assertEquals(0, run("demo", "transfer", "--no-color"));
        String text = out();
        assertTrue(text.contains("Transaction alice.test.near -> bob.test.near  [block 5]"), text);
        assertTrue(text.contains("gas burnt 0.2231825625 Tgas, tokens burnt 0.00002231825625 NEAR"), text);
        assertTrue(text.contains("└─ block 6  bob.test.near  transfer 1 NEAR  <- alice.test.near"), text);
        assertTrue(text.contains("bob: 11 NEAR"), text);
        assertTrue(!text.contains("\u001b["), "no colour codes when colour is off");
    }

    @Test
    void greeterDemoShowsTheCalleeAndThenTheCallbackOneBlockLater() {
        assertEquals(0, run("demo", "greeter", "--no-color"));
        String text = out();
        assertContainsInOrder(text,
                "Transaction alice.test.near -> greeter.test.near  [block 8]",
                "└─ block 9  greeter.test.near  query_greeting({})  <- alice.test.near",
                "   => returned a promise",
                "   ├─ block 10  hello.test.near  get_greeting({})  <- greeter.test.near",
                "   │  => \"Hello\"",
                "   └─ block 11  greeter.test.near  query_greeting_callback({})  <- greeter.test.near",
                "      => \"Hello\"",
                "Transaction alice.test.near -> greeter.test.near  [block 13]",
                "└─ block 14  greeter.test.near  change_greeting({\"greeting\":\"Howdy\"})  <- alice.test.near",
                "   ├─ block 15  hello.test.near  set_greeting({\"greeting\":\"Howdy\"})  <- greeter.test.near",
                "   │  log: Saving greeting Howdy",
                "   └─ block 16  greeter.test.near  change_greeting_callback({})  <- greeter.test.near",
                "      => true",
                "      log: Greeting changed",
                "Hello NEAR's greeting is now: Howdy",
                "   ├─ block 23  nobody.test.near  get_greeting({})  <- greeter2.test.near",
                "   │  FAILED: Can't complete the action because account nobody.test.near doesn't exist",
                "   └─ block 24  greeter2.test.near  query_greeting_callback({})  <- greeter2.test.near",
                "      => \"\"",
                "      log: There was an error contacting Hello NEAR");
    }

    @Test
    void windowDemoShowsTheDoubleWithdrawalAndTheFixedVaultRefusingIt() {
        assertEquals(0, run("demo", "window", "--no-color"));
        String text = out();
        assertContainsInOrder(text,
                "block 15: the 1 NEAR reaches mallory; the second withdraw runs, checking books of 1 NEAR",
                "└─ block 15  leaky-vault.test.near  withdraw({\"amount\":\"1000000000000000000000000\"})",
                "   ├─ block 16  mallory.test.near  transfer 1 NEAR  <- leaky-vault.test.near",
                "FAILED: Smart contract panicked: java.lang.ArithmeticException",
                "(2 NEAR paid out, less gas); the books still owe bob 10 NEAR",
                "checking books of 0 NEAR before the first callback has run",
                "FAILED: Smart contract panicked: Not enough balance",
                "(1 NEAR paid out, less gas)");
    }

    private static void assertContainsInOrder(String text, String... lines) {
        int from = 0;
        for (String line : lines) {
            int at = text.indexOf(line, from);
            assertTrue(at >= 0, "missing, or out of order: " + line + "\n" + text);
            from = at + line.length();
        }
    }

    @Test
    void everyScenarioRunsAndEndsInAReceiptTree() {
        for (Scenario s : Scenarios.all()) {
            out.reset();
            assertEquals(0, run("demo", s.name(), "--no-color"), s.name() + ": " + err());
            assertTrue(out().contains("Transaction "), s.name());
        }
    }

    @Test
    void jsonOutputIsAnArrayOfRpcShapedOutcomes() throws Exception {
        assertEquals(0, run("demo", "transfer", "--json"));
        var json = io.jnear.sdk.spi.Json.mapper().readTree(out());
        assertTrue(json.isArray());
        assertEquals("bob.test.near", json.at("/0/transaction/receiver_id").asText());
    }

    @Test
    void unknownScenarioIsOneLineAndExitCodeTwo() {
        assertEquals(2, run("demo", "nope"));
        assertEquals("jnear: unknown scenario 'nope'; the scenarios are " + Scenarios.names()
                + " (run 'jnear help' for usage)\n", err());
    }

    @Test
    void unknownOptionAndCommandAreUsageErrors() {
        assertEquals(2, run("demo", "transfer", "--fast"));
        assertTrue(err().startsWith("jnear: unknown option '--fast'"), err());
        err.reset();
        assertEquals(2, run("deploy"));
        assertTrue(err().startsWith("jnear: unknown command 'deploy'"), err());
    }

    @Test
    void abiOfAClassWithoutOneIsAClearError() {
        assertEquals(2, run("abi", "java.lang.String"));
        assertTrue(err().contains("has no generated ABI"), err());
        err.reset();
        assertEquals(2, run("abi", "no.such.Type"));
        assertTrue(err().contains("no class 'no.such.Type' on the class path"), err());
    }
}
