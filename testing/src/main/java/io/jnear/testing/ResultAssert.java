package io.jnear.testing;

import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.outcome.Nep297Event;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;

/**
 * Fluent assertions on a transaction's result; each returns this assertion so they chain.
 *
 * @param <T> the type of the transaction's value
 */
public final class ResultAssert<T> {
    private final ExecutionResult<T> result;

    ResultAssert(ExecutionResult<T> result) {
        this.result = Objects.requireNonNull(result, "result");
    }

    /** The transaction ended with a value. */
    public ResultAssert<T> succeeded() {
        if (!result.isSuccess()) {
            throw fail("Expected the transaction to succeed, but its status is " + result.status().json(), null, null);
        }
        return this;
    }

    /** The transaction succeeded with {@code expected} as its decoded value. */
    public ResultAssert<T> hasValue(T expected) {
        succeeded();
        T actual = result.value();
        if (!Objects.equals(expected, actual)) {
            throw fail("Expected the value " + expected + " but it was " + actual, expected, actual);
        }
        return this;
    }

    /** The transaction failed, whatever the reason. */
    public ResultAssert<T> failed() {
        if (!result.isFailure()) {
            throw fail("Expected the transaction to fail, but it succeeded", null, null);
        }
        return this;
    }

    /** The transaction failed with exactly {@code message} (such as {@code Smart contract panicked: boom}). */
    public ResultAssert<T> failedWith(String message) {
        String actual = result.failureMessage();
        if (!message.equals(actual)) {
            throw fail("Expected the failure '" + message + "' but " + (actual == null ? "there was none" : "it was '"
                    + actual + "'"), message, actual);
        }
        return this;
    }

    /** Every receipt's logs, in execution order, are exactly {@code lines}. */
    public ResultAssert<T> hasLogs(String... lines) {
        List<String> expected = List.of(lines);
        if (!expected.equals(result.logs())) {
            throw fail("Expected the logs " + expected + " but they were " + result.logs(), expected, result.logs());
        }
        return this;
    }

    /** Some receipt logged the NEP-297 event {@code event} of {@code standard}. */
    public ResultAssert<T> hasEvent(String standard, String event) {
        for (Nep297Event e : result.events()) {
            if (e.standard().equals(standard) && e.event().equals(event)) {
                return this;
            }
        }
        throw fail("Expected a " + standard + " " + event + " event among " + result.events(), null, null);
    }

    /** {@code account}'s spendable balance changed by exactly {@code yocto} (signed). */
    public ResultAssert<T> changedBalanceOf(AccountId account, BigInteger yocto) {
        BigInteger actual = result.balanceChange(account);
        if (!actual.equals(yocto)) {
            throw fail("Expected " + account + "'s balance to change by " + yocto + " yocto but it changed by "
                    + actual, yocto, actual);
        }
        return this;
    }

    /** {@code account} received exactly {@code amount} back in refund receipts. */
    public ResultAssert<T> refunded(AccountId account, NearToken amount) {
        List<NearToken> refunds = result.refundAmountsTo(account);
        if (!refunds.contains(amount)) {
            throw fail("Expected a refund of " + amount + " to " + account + " among " + refunds, amount, refunds);
        }
        return this;
    }

    /** Assertions on the one receipt that ran {@code method} on {@code receiver}. */
    public ReceiptAssert receipt(AccountId receiver, String method) {
        try {
            return new ReceiptAssert(result.receipt(receiver, method), "\n" + result.toTree());
        } catch (IllegalStateException e) {
            throw new AssertionFailedError(e.getMessage());
        }
    }

    private AssertionFailedError fail(String message, Object expected, Object actual) {
        return new AssertionFailedError(message + "\n" + result.toTree(), expected, actual);
    }
}
