package io.jnear.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertTrue(text.contains("Transaction alice.test.near -> bob.test.near  [block 7]"), text);
        assertTrue(text.contains("gas burnt 0.2231825625 Tgas, tokens burnt 0.00002231825625 NEAR"), text);
        assertTrue(text.contains("└─ block 8  bob.test.near  transfer 1 NEAR  <- alice.test.near"), text);
        // the gas refund: (purchase price 10^9 − gas price 10^8) × 223,182,562,500 gas burnt
        assertTrue(text.contains("└─ block 9  refund 0.00020086430625 NEAR to alice.test.near"), text);
        assertTrue(text.contains("bob: 11 NEAR"), text);
        assertTrue(!text.contains("\u001b["), "no colour codes when colour is off");
    }

    @Test
    void greeterDemoShowsTheCalleeAndThenTheCallbackOneBlockLater() {
        assertEquals(0, run("demo", "greeter", "--no-color"));
        String text = out();
        assertContainsInOrder(text,
                "Transaction alice.test.near -> greeter.test.near  [block 10]",
                "└─ block 11  greeter.test.near  query_greeting({})  <- alice.test.near",
                "   => returned a promise",
                "   ├─ block 12  hello.test.near  get_greeting({})  <- greeter.test.near",
                "   │  => \"Hello\"",
                "   ├─ block 13  greeter.test.near  query_greeting_callback({})  <- greeter.test.near",
                "   │  => \"Hello\"",
                "Transaction alice.test.near -> greeter.test.near  [block 15]",
                "└─ block 16  greeter.test.near  change_greeting({\"greeting\":\"Howdy\"})  <- alice.test.near",
                "   ├─ block 17  hello.test.near  set_greeting({\"greeting\":\"Howdy\"})  <- greeter.test.near",
                "   │  log: Saving greeting Howdy",
                "   ├─ block 18  greeter.test.near  change_greeting_callback({})  <- greeter.test.near",
                "   │  => true",
                "   │  log: Greeting changed",
                "Hello NEAR's greeting is now: Howdy",
                "   ├─ block 25  nobody.test.near  get_greeting({})  <- greeter2.test.near",
                "   │  FAILED: Can't complete the action because account \"nobody.test.near\" doesn't exist",
                "   ├─ block 26  greeter2.test.near  query_greeting_callback({})  <- greeter2.test.near",
                "   │  => \"\"",
                "   │  log: There was an error contacting Hello NEAR",
                "   └─ block 25  refund ");
    }

    @Test
    void accountsDemoChargesTheAccountCreationChargeOutOfTheRefund() {
        assertEquals(0, run("demo", "accounts", "--no-color"));
        String text = out();
        // execution: action_receipt_creation 108,059,500,000 + create_account 7,200,000,000,000
        // + transfer 115,123,062,500 + add_full_access_key 101,765,125,000 = 7,524,947,687,500 gas;
        // tokens burnt = that × 10^8 + (7·10^21 − 7.2·10^12 × 10^8) = 0.00703249476875 NEAR;
        // refund = (10^9 − 10^8) × 7,524,947,687,500 − 6.28·10^21 = 0.00049245291875 NEAR
        assertContainsInOrder(text,
                "└─ block 5  sub.alice.test.near  CreateAccount, transfer 1 NEAR, AddKey  <- alice.test.near",
                "   ok  gas 7.5249476875 Tgas, burnt 0.00703249476875 NEAR",
                "   └─ block 6  refund 0.00049245291875 NEAR to alice.test.near",
                // a transfer to a NEAR-implicit ID pays the same fees, and the same charge
                "transfer 1 NEAR  <- alice.test.near",
                "   ok  gas 7.5249476875 Tgas, burnt 0.00703249476875 NEAR",
                "   └─ block 9  refund 0.00049245291875 NEAR to alice.test.near",
                // ETH-implicit: no key, so 101,765,125,000 gas less
                "   ok  gas 7.4231825625 Tgas, burnt 0.00702231825625 NEAR",
                "FAILED: CreateAccount action is called on hex-characters account of length 64 abab");
    }

    @Test
    void greeterDemoRefundsTheFailedCallAsNearcoreComputesIt() {
        assertEquals(0, run("demo", "greeter", "--no-color"));
        String text = out();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "nobody\\.test\\.near  get_greeting\\(\\{}\\)  <- greeter2\\.test\\.near  \\(attached ([0-9.]+) Tgas\\)\n"
                + ".*FAILED: .*  gas ([0-9.]+) Tgas, .*\n.*refund ([0-9.]+) NEAR to alice\\.test\\.near").matcher(text);
        assertTrue(m.find(), text);
        java.math.BigInteger attached = new java.math.BigDecimal(m.group(1)).movePointRight(12).toBigIntegerExact();
        java.math.BigInteger burnt = new java.math.BigDecimal(m.group(2)).movePointRight(12).toBigIntegerExact();
        // nothing ran, so only the execution fees were burnt: receipt 108,059,500,000 + function call
        // 780,000,000,000 + 2,235,934 per byte of "get_greeting" and "{}"
        assertEquals(java.math.BigInteger.valueOf(108_059_500_000L + 780_000_000_000L + 2_235_934L * 14), burnt);
        // refund = unused × P + (P − B) × burnt, unused = attached + fees − burnt = attached
        java.math.BigInteger p = java.math.BigInteger.valueOf(1_000_000_000L);
        java.math.BigInteger b = java.math.BigInteger.valueOf(100_000_000L);
        java.math.BigInteger refund = attached.multiply(p).add(p.subtract(b).multiply(burnt));
        assertEquals(new java.math.BigDecimal(refund).movePointLeft(24).stripTrailingZeros(),
                new java.math.BigDecimal(m.group(3)).stripTrailingZeros());
    }

    @Test
    void windowDemoShowsTheDoubleWithdrawalAndTheFixedVaultRefusingIt() {
        assertEquals(0, run("demo", "window", "--no-color"));
        String text = out();
        assertContainsInOrder(text,
                "block 18: the 1 NEAR reaches mallory; the second withdraw runs, checking books of 1 NEAR",
                "└─ block 18  leaky-vault.test.near  withdraw({\"amount\":\"1000000000000000000000000\"})",
                "   ├─ block 19  mallory.test.near  transfer 1 NEAR  <- leaky-vault.test.near",
                "FAILED: Smart contract panicked: java.lang.ArithmeticException",
                "(2 NEAR paid out, less gas); the books still owe bob 10 NEAR",
                "checking books of 0 NEAR before the first callback has run",
                "FAILED: Smart contract panicked: Not enough balance",
                "(1 NEAR paid out, less gas)");
    }

    @Test
    void exploreWindowFindsTheLeakyVaultsDoubleSpendAndProvesTheSafeVaultInTheBound(@TempDir Path dir)
            throws Exception {
        Path svg = dir.resolve("counterexample.svg");
        assertEquals(0, run("explore", "window", "--svg", svg.toString()), err());
        java.util.regex.Matcher first = java.util.regex.Pattern
                .compile("block (\\d+): mallory.test.near sends 'withdraw 1 NEAR'\n").matcher(out());
        assertTrue(first.find(), out());
        long n = Long.parseLong(first.group(1));
        assertContainsInOrder(out(),
                "Exploring the leaky vault",
                "invariant (at rest): the vault holds what its books owe",
                "COUNTEREXAMPLE, minimised to 2 transaction(s):",
                "block " + n + ": mallory.test.near sends 'withdraw 1 NEAR'",
                "block " + (n + 1) + ": mallory.test.near sends 'withdraw 1 NEAR again'",
                "at rest after block " + (n + 5) + ": 'the vault holds what its books owe' does not hold: the vault "
                        + "paid out ",
                "Receipt trees:",
                "FAILED: Smart contract panicked: java.lang.ArithmeticException",
                "Replay as a sandbox test:",
                "sandbox.produceBlock(); // block " + (n + 1),
                "Exploring the safe vault",
                "actor mallory.test.near: maybe 'delete her account'",
                "may fail: vault.test.near.withdraw_callback (tried PANIC, PANIC_AFTER_WRITES, OUT_OF_GAS, "
                        + "MISSING_ACCOUNT and succeeding, in every block it is due in)",
                " as duplicates (",
                "HOLDS: every schedule in the bound keeps the invariants",
                "Counterexample picture: " + svg);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertTrue(Files.readString(svg).contains("withdraw_callback"));
    }

    @Test
    void exploreRefusesAnSvgPathItCannotWriteBeforeSearching(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-dir").resolve("x.svg");
        assertEquals(2, run("explore", "window", "--svg", missing.toString()));
        assertEquals("", out(), "nothing was explored");
        assertTrue(err().startsWith("jnear: cannot write " + missing + ": directory "), err());
    }

    @Test
    void exploreListsTheExplorationsAndRefusesAnUnknownOne() {
        assertEquals(0, run("explore"));
        assertTrue(out().contains("window") && out().contains("token"), out());
        assertEquals(2, run("explore", "nothing"));
        assertEquals("jnear: unknown exploration 'nothing'; the explorations are [window, token] (run 'jnear help' "
                + "for usage)\n", err().replace("\r\n", "\n"));
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
        var json = io.jnear.runtime.json.Json.mapper().readTree(out());
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

    @Test
    void svgOptionWritesAWellFormedPictureBesideTheTextTree(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("trace.svg");
        assertEquals(0, run("demo", "transfer", "--no-color", "--svg", svg.toString()), err());
        assertTrue(out().contains("Transaction alice.test.near -> bob.test.near"), out());
        assertTrue(out().contains("Trace picture: " + svg), out());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void svgWithJsonKeepsStdoutPureJson(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("trace.svg");
        assertEquals(0, run("demo", "transfer", "--json", "--svg=" + svg), err());
        assertTrue(io.jnear.runtime.json.Json.mapper().readTree(out()).isArray());
        assertTrue(Files.readString(svg).contains("<svg"));
    }

    @Test
    void svgWithoutAPathIsAUsageError() {
        assertEquals(2, run("demo", "transfer", "--svg"));
        assertEquals("jnear: --svg needs a file path, such as --svg trace.svg (run 'jnear help' for usage)\n", err());
        err.reset();
        assertEquals(2, run("demo", "transfer", "--svg", "--json"));
        assertTrue(err().startsWith("jnear: --svg needs a file path"), err());
        assertEquals("", out(), "nothing runs when the command line is wrong");
    }

    @Test
    void svgIntoADirectoryOrAMissingDirectoryIsRefusedBeforeRunning(@TempDir Path dir) throws Exception {
        assertEquals(2, run("demo", "transfer", "--svg", dir.toString()));
        assertTrue(err().startsWith("jnear: --svg " + dir + " is a directory"), err());
        err.reset();
        Path missing = dir.resolve("no/such/dir/trace.svg");
        assertEquals(2, run("demo", "transfer", "--svg", missing.toString()));
        assertTrue(err().contains("does not exist"), err());
        assertEquals(1, err().lines().count(), err());
        assertEquals("", out());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    @Test
    void svgIntoAReadOnlyDirectoryIsRefused(@TempDir Path dir) throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        assertTrue(readOnly.toFile().setWritable(false));
        try {
            // root ignores permissions; the check means nothing there
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(readOnly), "running as root");
            assertEquals(2, run("demo", "transfer", "--svg", readOnly.resolve("trace.svg").toString()));
            assertTrue(err().contains("permission denied"), err());
        } finally {
            readOnly.toFile().setWritable(true);
        }
    }

    @Test
    void newCreatesAProjectAndSaysWhatToRunNext(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("hello-near");
        assertEquals(0, run("new", project.toString(), "--package", "com.acme"), err());
        assertTrue(Files.isRegularFile(project.resolve("src/main/java/com/acme/HelloNear.java")));
        assertTrue(out().startsWith("Created " + project + " with the contract com.acme.HelloNear:"), out());
        assertTrue(out().contains("  " + project.resolve("pom.xml")), out());
        assertTrue(out().contains("cd " + project + " && mvn verify"), out());
        assertEquals("", err());
    }

    @Test
    void newTakesTheClassNameFromNameOption(@TempDir Path dir) {
        assertEquals(0, run("new", dir.resolve("x").toString(), "--name=Counter", "--package=io.example"), err());
        assertTrue(Files.isRegularFile(dir.resolve("x/src/test/java/io/example/CounterTest.java")));
    }

    @Test
    void newRefusalsAreOneLineWithExitCodeTwoAndWriteNothing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        List<String[]> bad = List.of(
                new String[] {"new"},
                new String[] {"new", "a", "b"},
                new String[] {"new", dir.toString()},
                new String[] {"new", dir.resolve("p").toString(), "--package", "io.class"},
                new String[] {"new", dir.resolve("p").toString(), "--name", "my-contract"},
                new String[] {"new", dir.resolve("p").toString(), "--name"},
                new String[] {"new", dir.resolve("p").toString(), "--force"});
        for (String[] args : bad) {
            err.reset();
            assertEquals(2, run(args), String.join(" ", args));
            assertEquals(1, err().lines().count(), err());
            assertTrue(err().startsWith("jnear: "), err());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("keep.txt")), files.toList());
        }
    }
}
