package io.jnear.testing;

import static io.jnear.testing.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import io.jnear.testing.guestbook.Guestbook;
import io.jnear.testing.guestbook.GuestbookStub;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

class JnearExtensionTest {

    @Test
    void fieldsAndParametersReceiveTheirAccountsAndContracts() {
        Events tests = run(Declarations.class);

        assertEquals(2, tests.succeeded().count(), () -> failures(tests));
    }

    @Test
    void eachTestGetsAFreshSandbox() {
        FreshSandboxes.seen.clear();
        Events tests = run(FreshSandboxes.class);

        assertEquals(2, tests.succeeded().count(), () -> failures(tests));
        assertEquals(2, FreshSandboxes.seen.size());
        assertNotSame(FreshSandboxes.seen.get(0), FreshSandboxes.seen.get(1));
    }

    @Test
    void aFailedTestCarriesTheReceiptTreesOfItsTransactions() {
        Events tests = run(FailingTransaction.class);

        Throwable failure = tests.failed().stream().findFirst().orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow();
        assertEquals(1, failure.getSuppressed().length);
        String trees = failure.getSuppressed()[0].getMessage();
        assertTrue(trees.startsWith("Transactions of the test:\n"), trees);
        assertTrue(trees.contains("guestbook.test.near"), trees);
        assertTrue(trees.contains("sign"), trees);
        assertTrue(trees.contains("Smart contract panicked: An empty message is not a signature"), trees);
        assertTrue(!trees.contains("new"), "the setup transactions are left out:\n" + trees);
    }

    @Test
    void aContractIsInitialisedByATypedStubCallFromTheTestClass() {
        Events tests = run(TypedInit.class);

        assertEquals(1, tests.succeeded().count(), () -> failures(tests));
    }

    @Test
    void anInitMethodThatDoesNotExistIsReported() {
        Events tests = run(MissingInit.class);

        String message = tests.failed().stream().findFirst().orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow().getMessage();
        assertEquals("@Deployed(initBy = \"missing\") names no method missing() returning Action.FunctionCall in "
                + MissingInit.class.getName(), message);
    }

    @Test
    void eachTestsTransactionsAreDrawnWhenTheClassAsksForPictures() throws Exception {
        java.nio.file.Path svg = java.nio.file.Path.of("target/jnear-svg-test/Drawn.signsOnce.svg");
        java.nio.file.Files.deleteIfExists(svg);

        Events tests = run(Drawn.class);

        assertEquals(1, tests.succeeded().count(), () -> failures(tests));
        String picture = java.nio.file.Files.readString(svg);
        assertTrue(picture.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), picture);
        assertTrue(picture.contains("data-account=\"drawer.test.near\""), picture);
        assertTrue(picture.contains("data-account=\"drawn-book.test.near\""), picture);
        assertTrue(picture.contains("sign"), picture);
        assertTrue(!picture.contains(">new"), "the setup transactions are left out");
    }

    @Test
    void aParameterWithoutAnIdNeedsItsName() {
        Events tests = run(UnnamedParameter.class);

        assertEquals(1, tests.failed().count());
        String message = tests.failed().stream().findFirst().orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow().getMessage();
        assertTrue(message.contains("give its annotation an id, or compile the tests with -parameters"), message);
    }

    private static Events run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
    }

    private static String failures(Events tests) {
        List<String> out = new ArrayList<>();
        for (Event e : tests.failed().list()) {
            out.add(e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                    .getThrowable().map(Throwable::toString).orElse("?"));
        }
        return String.join("\n", out);
    }

    @JnearTest
    static class Declarations {
        Sandbox sandbox;
        @TestAccount(id = "owner.test.near", balance = "25 NEAR")
        Account owner;
        @Deployed(contract = Guestbook.class, init = "new", args = "{\"owner\":\"owner.test.near\"}")
        Account guestbook;
        // no initialiser: no code runs, so no gas reward adds to the balance
        @Deployed(contract = Guestbook.class, balance = "40 NEAR")
        Account blank;

        @Test
        void declaredAccountsExistWithTheirBalances(@TestAccount(id = "owner.test.near") Account sameOwner,
                @TestAccount(id = "bob.test.near", balance = "3 NEAR") Account bob, Sandbox injected) {
            assertSame(sandbox, injected);
            assertEquals(owner.id(), sameOwner.id());
            assertEquals(NearToken.near(25), owner.balance());
            assertEquals(NearToken.near(3), bob.balance());
            assertEquals(NearToken.near(40), blank.balance());
            assertEquals("blank.test.near", blank.id().toString());
            assertEquals("owner.test.near", sandbox.view(GuestbookStub.on(guestbook.id()).getOwner()));
        }

        @Test
        void contractsCanBeDeclaredOnParameters(@TestAccount(id = "carol.test.near") Account carol,
                @Deployed(id = "other.test.near", contract = Guestbook.class, init = "new",
                        args = "{\"owner\":\"carol.test.near\"}") Account other) {
            assertThat(carol.transact(GuestbookStub.on(other.id()).sign("hi")))
                    .succeeded()
                    .hasLogs("carol.test.near signed: hi", "EVENT_JSON:{\"standard\":\"guestbook\",\"version\":\"1.0.0\",\"event\":\"signed\"}")
                    .hasEvent("guestbook", "signed");
            assertEquals(1L, sandbox.view(GuestbookStub.on(other.id()).getSignatures()));
        }
    }

    @JnearTest
    static class FreshSandboxes {
        static final List<Sandbox> seen = new ArrayList<>();
        Sandbox sandbox;

        @Test
        void first() {
            seen.add(sandbox);
        }

        @Test
        void second() {
            seen.add(sandbox);
        }
    }

    @JnearTest
    static class FailingTransaction {
        @TestAccount(id = "alice.test.near")
        Account alice;
        @Deployed(id = "guestbook.test.near", contract = Guestbook.class, init = "new",
                args = "{\"owner\":\"alice.test.near\"}")
        Account guestbook;

        @Test
        void signsWithNothing() {
            assertThat(alice.transact(GuestbookStub.on(guestbook.id()).sign(""))).succeeded();
        }
    }

    @JnearTest
    static class TypedInit {
        Sandbox sandbox;
        @TestAccount
        Account dana;
        @Deployed(contract = Guestbook.class, initBy = "openedByDana")
        Account book;

        Action.FunctionCall openedByDana() {
            return GuestbookStub.init(dana.id().toString());
        }

        @Test
        void theOwnerIsTheAccountTheInitialiserWasGiven() {
            assertEquals("dana.test.near", sandbox.view(GuestbookStub.on(book.id()).getOwner()));
        }
    }

    @JnearTest
    static class MissingInit {
        @Deployed(contract = Guestbook.class, initBy = "missing")
        Account book;

        @Test
        void neverRuns() {
        }
    }

    @JnearTest(svgDirectory = "target/jnear-svg-test")
    static class Drawn {
        @TestAccount(id = "drawer.test.near")
        Account drawer;
        @Deployed(id = "drawn-book.test.near", contract = Guestbook.class, init = "new",
                args = "{\"owner\":\"drawer.test.near\"}")
        Account book;

        @Test
        void signsOnce() {
            assertThat(drawer.transact(GuestbookStub.on(book.id()).sign("drawn"))).succeeded();
        }
    }

    @JnearTest
    static class UnnamedParameter {
        @Test
        void usesAnUnnamedAccount(@TestAccount Account arg0) {
        }
    }
}
