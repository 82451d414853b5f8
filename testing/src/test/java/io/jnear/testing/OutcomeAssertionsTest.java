package io.jnear.testing;

import static io.jnear.testing.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.testing.guestbook.Guestbook;
import io.jnear.testing.guestbook.GuestbookStub;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

@JnearTest
class OutcomeAssertionsTest {
    @TestAccount(id = "alice.test.near")
    Account alice;
    @Deployed(id = "book.test.near", contract = Guestbook.class, init = "new", args = "{\"owner\":\"alice.test.near\"}")
    Account book;

    @Test
    void aRefusedSignatureReadsAsAFailureOfItsReceipt() {
        ExecutionResult<Void> r = alice.transact(GuestbookStub.on(book.id()).sign(""));

        assertThat(r).failed()
                .failedWith("Smart contract panicked: An empty message is not a signature")
                .hasLogs()
                .changedBalanceOf(book.id(), r.gasRewardOf(book.id()).asYocto())
                .receipt(book.id(), "sign")
                .ranInBlock(r.blockHeight() + 1)
                .failedWith("Smart contract panicked: An empty message is not a signature");
    }

    @Test
    void aWrongExpectationSaysWhatHappenedAndShowsTheTree() {
        ExecutionResult<Void> r = alice.transact(GuestbookStub.on(book.id()).sign(""));

        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> assertThat(r).failedWith("Smart contract panicked: something else"));
        assertTrue(e.getMessage().startsWith("Expected the failure 'Smart contract panicked: something else' but it "
                + "was 'Smart contract panicked: An empty message is not a signature'\n"), e.getMessage());
        assertTrue(e.getMessage().contains(r.toTree()), e.getMessage());
        assertEquals("Smart contract panicked: An empty message is not a signature", e.getActual().getValue());
    }

    @Test
    void aMissingReceiptOrABalanceThatDidNotMoveFails() {
        ExecutionResult<Void> r = alice.transact(GuestbookStub.on(book.id()).sign("hello"));

        assertThat(r).succeeded().hasValue(null).hasEvent("guestbook", "signed");
        AssertionFailedError missing = assertThrows(AssertionFailedError.class,
                () -> assertThat(r).receipt(alice.id(), "sign"));
        assertTrue(missing.getMessage().startsWith("0 receipts ran sign on alice.test.near, not one\n"),
                missing.getMessage());
        AssertionFailedError balance = assertThrows(AssertionFailedError.class,
                () -> assertThat(r).changedBalanceOf(book.id(), BigInteger.ZERO));
        assertTrue(balance.getMessage().startsWith("Expected book.test.near's balance to change by 0 yocto but it "
                + "changed by " + r.gasRewardOf(book.id()).asYocto()), balance.getMessage());
    }
}
