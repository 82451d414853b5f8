package io.jnear.explorer.junit;

import static io.jnear.explorer.junit.ExplorationAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.jnear.explorer.Actor;
import io.jnear.explorer.CounterexampleFound;
import io.jnear.explorer.Explorer;
import io.jnear.explorer.Invariant;
import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.samples.window.LeakyVault;
import io.jnear.samples.window.LeakyVaultStub;
import io.jnear.samples.window.SafeVault;
import io.jnear.samples.window.SafeVaultStub;
import io.jnear.sdk.NearToken;
import io.jnear.testing.Deployed;
import io.jnear.testing.JnearTest;
import io.jnear.testing.TestAccount;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;

/**
 * The explorer from JUnit: {@link ExplorationAssert} in {@code @JnearTest} classes, and {@link ExploreTest}
 * saving a failing test's counterexample. The classes nested here are run through the JUnit engine.
 */
class ExploreTestTest {
    private static final Path DIRECTORY = Path.of("target/explore-test-test");

    @Test
    void aSafeVaultExploredInAJnearTestPasses() {
        Events tests = run(SafeVaultExplored.class);

        assertEquals(1, tests.succeeded().count(), () -> failureOf(tests).toString());
    }

    @Test
    void aLeakyVaultsTestFailsWithTheCounterexampleReportAndSavesItsPictureAndReplay() throws Exception {
        Path svg = DIRECTORY.resolve("LeakyVaultExplored.staysSolvent.svg");
        Path replay = DIRECTORY.resolve("LeakyVaultExplored.staysSolvent.replay.java");
        Files.deleteIfExists(svg);
        Files.deleteIfExists(replay);

        Throwable failure = failureOf(run(LeakyVaultExplored.class));

        CounterexampleFound found = assertInstanceOf(CounterexampleFound.class, failure);
        String report = found.counterexample().report();
        assertEquals(report, failure.getMessage());
        assertTrue(report.startsWith("Counterexample (2 transaction(s), 2 block(s) of choices):\n"
                + "block 10: mallory.test.near sends 'withdraw 1 NEAR'\n"
                + "block 11: mallory.test.near sends 'withdraw 1 NEAR again'\n"
                + "at rest after block 15: 'the vault holds what its books owe' does not hold: does not hold\n"), report);
        assertTrue(report.contains("\nReceipt trees:\n"), report);
        assertTrue(report.contains("withdraw_callback("), "the receipt trees show the callbacks:\n" + report);
        assertTrue(report.contains("\nReplay as a sandbox test:\n// Start from the sandbox"), report);
        // @ExploreTest's note, then @JnearTest's (the deposit the test sent on its own sandbox)
        assertEquals(2, failure.getSuppressed().length);
        assertEquals("Counterexample drawn in " + svg + ", its replay in " + replay,
                failure.getSuppressed()[0].getMessage());
        assertTrue(failure.getSuppressed()[1].getMessage().startsWith("Transactions of the test:\n"),
                failure.getSuppressed()[1]::getMessage);
        assertEquals(found.counterexample().javaSnippet(), Files.readString(replay, StandardCharsets.UTF_8));
        String picture = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(picture.startsWith("<?xml") && picture.contains("<svg") && picture.contains("vault.test.near")
                && picture.contains("withdraw_callback"), picture);
    }

    @Test
    void fluentAssertionsOnTheCounterexamplePassWhenItIsTheExpectedOne() {
        Events tests = run(LeakyVaultCounterexampleExpected.class);

        assertEquals(1, tests.succeeded().count(), () -> failureOf(tests).toString());
    }

    @Test
    void anUnexpectedCounterexampleFailsNamingWhatDifferedAndCarryingTheReport() {
        Throwable failure = failureOf(run(LeakyVaultWrongExpectation.class));

        AssertionFailedError e = assertInstanceOf(AssertionFailedError.class, failure);
        assertTrue(e.getMessage().startsWith("Expected transactions in the minimised schedule to be <1> but was <2>"
                + "\n\nCounterexample (2 transaction(s)"), e.getMessage());
        assertEquals(1, e.getExpected().getValue());
        assertEquals(2, e.getActual().getValue());
        assertEquals(1, failure.getSuppressed().length, "only @JnearTest's note: a counterexample is saved only "
                + "where none was expected");
        assertTrue(failure.getSuppressed()[0].getMessage().startsWith("Transactions of the test:\n"));
    }

    @Test
    void expectingACounterexampleWhereEveryScheduleHoldsFails() {
        Throwable failure = failureOf(run(SafeVaultCounterexampleExpected.class));

        assertEquals(AssertionError.class, failure.getClass());
        assertTrue(failure.getMessage().startsWith("Expected a schedule that breaks an invariant, but none did: "),
                failure.getMessage());
        assertTrue(failure.getMessage().endsWith(" as duplicates: every schedule in the bound keeps the invariants"),
                failure.getMessage());
    }

    @Test
    void aBoundTooSmallForTheScheduleCountAsked() {
        AssertionError e = assertThrows(AssertionError.class, () -> {
            SafeVaultExplored test = new SafeVaultExplored();
            Sandbox sandbox = Sandbox.create();
            test.mallory = sandbox.createAccount("mallory.test.near", NearToken.near(10));
            test.vault = sandbox.deploy("vault.test.near", SafeVault.class);
            assertThat(test.explorer(sandbox, SafeVaultStub.on(test.vault.id()).withdraw(NearToken.near(1)),
                    s -> s.view(SafeVaultStub.on(test.vault.id()).balanceOf(test.mallory.id())).asYocto()))
                    .holds().checkedAtLeast(1_000_000);
        });
        assertTrue(e.getMessage().startsWith("Expected at least 1000000 schedules checked, but: "), e.getMessage());
    }

    private static Events run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
    }

    private static Throwable failureOf(Events tests) {
        return tests.failed().stream().findFirst()
                .flatMap(e -> e.getPayload(TestExecutionResult.class))
                .flatMap(TestExecutionResult::getThrowable)
                .orElseThrow(() -> new AssertionError("no test failed"));
    }

    /** Mallory has 1 NEAR in the vault; she withdraws it twice, each landing where the explorer picks. */
    abstract static class VaultExploration {
        @TestAccount(balance = "10 NEAR") Account mallory;

        Explorer explorer(Sandbox sandbox, io.jnear.sdk.Promise<Void> withdrawal,
                java.util.function.Function<Sandbox, BigInteger> books) {
            Account vault = vault();
            BigInteger start = sandbox.balance(vault.id()).asYocto().subtract(books.apply(sandbox));
            return Explorer.from(sandbox)
                    .actor(Actor.signedBy(mallory.id()).then("withdraw 1 NEAR", withdrawal)
                            .then("withdraw 1 NEAR again", withdrawal))
                    .invariant(Invariant.atRest("the vault holds what its books owe",
                            s -> s.balance(vault.id()).asYocto().subtract(books.apply(s)).compareTo(start) >= 0))
                    .maxBlocks(4);
        }

        abstract Account vault();
    }

    @JnearTest
    static class SafeVaultExplored extends VaultExploration {
        @Deployed(contract = SafeVault.class, id = "vault.test.near") Account vault;

        @Override
        Account vault() {
            return vault;
        }

        Explorer explorer(Sandbox sandbox) {
            SafeVaultStub stub = SafeVaultStub.on(vault.id());
            mallory.transact(stub.withAttachedDeposit(NearToken.near(1)).deposit()).value();
            return explorer(sandbox, stub.withdraw(NearToken.near(1)), s -> s.view(stub.balanceOf(mallory.id())).asYocto());
        }

        @ExploreTest(directory = "target/explore-test-test")
        void staysSolvent(Sandbox sandbox) {
            assertThat(explorer(sandbox)).holds().checkedAtLeast(4);
        }
    }

    @JnearTest
    static class SafeVaultCounterexampleExpected extends SafeVaultExplored {
        @Override
        @ExploreTest(directory = "target/explore-test-test")
        void staysSolvent(Sandbox sandbox) {
            assertThat(explorer(sandbox)).findsCounterexample();
        }
    }

    @JnearTest
    static class LeakyVaultExplored extends VaultExploration {
        @Deployed(contract = LeakyVault.class, id = "vault.test.near") Account vault;

        @Override
        Account vault() {
            return vault;
        }

        Explorer explorer(Sandbox sandbox) {
            LeakyVaultStub stub = LeakyVaultStub.on(vault.id());
            mallory.transact(stub.withAttachedDeposit(NearToken.near(1)).deposit()).value();
            return explorer(sandbox, stub.withdraw(NearToken.near(1)), s -> s.view(stub.balanceOf(mallory.id())).asYocto());
        }

        @ExploreTest(directory = "target/explore-test-test")
        void staysSolvent(Sandbox sandbox) {
            assertThat(explorer(sandbox)).holds();
        }
    }

    @JnearTest
    static class LeakyVaultCounterexampleExpected extends LeakyVaultExplored {
        @Override
        @ExploreTest(directory = "target/explore-test-test")
        void staysSolvent(Sandbox sandbox) {
            assertThat(explorer(sandbox)).findsCounterexample()
                    .breaking("the vault holds what its books owe")
                    .withTransactions(2)
                    .withReceiptTreesContaining("Smart contract panicked: java.lang.ArithmeticException: NEAR amount "
                            + "out of the unsigned 128-bit range: -1000000000000000000000000");
        }
    }

    @JnearTest
    static class LeakyVaultWrongExpectation extends LeakyVaultExplored {
        @Override
        @ExploreTest(directory = "target/explore-test-test")
        void staysSolvent(Sandbox sandbox) {
            assertThat(explorer(sandbox)).findsCounterexample().withTransactions(1);
        }
    }
}
