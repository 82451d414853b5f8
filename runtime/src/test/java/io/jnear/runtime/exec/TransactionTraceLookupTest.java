package io.jnear.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.runtime.outcome.GasProfile;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.U128;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A trace finds a receipt's outcome by id however many it holds: a short trace is searched in place, a
 * longer one through an index built as it is asked; and its rewards stay with their receipts.
 */
class TransactionTraceLookupTest {
    private static final AccountId ALICE = AccountId.of("alice.test.near");
    private static final AccountId BOB = AccountId.of("bob.test.near");
    private static final CryptoHash TX = CryptoHash.of("a transaction");

    private static ExecutionOutcome outcome(CryptoHash id, AccountId executor) {
        return new ExecutionOutcome(id, false, 1, TX, ALICE, executor, List.of(), new ExecutionStatus.SuccessValue(
                new byte[0]), List.of(), List.of(), 0, NearToken.ZERO, GasProfile.EMPTY);
    }

    private static TransactionTrace trace() {
        return new TransactionTrace(TX, ALICE, BOB, List.of(), null, 1);
    }

    @Test
    void everyRecordedOutcomeIsFoundByItsIdAsTheTraceGrowsPastTheShortSearch() {
        TransactionTrace trace = trace();
        List<ExecutionOutcome> recorded = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ExecutionOutcome o = outcome(CryptoHash.derive(TX, "receipt", i), BOB);
            trace.record(o, U128.ZERO);
            recorded.add(o);
            // asked after every record, so the index is built in steps and must catch up each time
            for (ExecutionOutcome earlier : recorded) {
                assertSame(earlier, trace.outcome(earlier.id()));
            }
            assertNull(trace.outcome(CryptoHash.derive(TX, "receipt", 1000 + i)));
        }
        assertEquals(recorded, trace.receiptOutcomes());
    }

    @Test
    void aForkedTraceFindsTheOutcomesItWasCopiedWithAndOnlyItsOwnLaterOnes() {
        TransactionTrace trace = trace();
        for (int i = 0; i < 10; i++) {
            trace.record(outcome(CryptoHash.derive(TX, "receipt", i), BOB), U128.ZERO);
        }
        CryptoHash fifth = CryptoHash.derive(TX, "receipt", 4);
        assertEquals(fifth, trace.outcome(fifth).id()); // indexes the original before the copy
        TransactionTrace copy = trace.copy();
        CryptoHash later = CryptoHash.derive(TX, "receipt", 10);
        copy.record(outcome(later, BOB), U128.ZERO);
        assertEquals(later, copy.outcome(later).id());
        assertEquals(fifth, copy.outcome(fifth).id());
        assertNull(trace.outcome(later));
    }

    @Test
    void gasRewardsAreSummedForTheReceiptsTheAccountExecuted() {
        TransactionTrace trace = trace();
        trace.record(outcome(CryptoHash.derive(TX, "receipt", 0), BOB), U128.of(30));
        trace.record(outcome(CryptoHash.derive(TX, "receipt", 1), ALICE), U128.of(7));
        trace.record(outcome(CryptoHash.derive(TX, "receipt", 2), BOB), U128.ZERO);
        trace.record(outcome(CryptoHash.derive(TX, "receipt", 3), BOB), U128.of(12));
        assertEquals(NearToken.ofYocto(42), trace.gasRewardOf(BOB));
        assertEquals(NearToken.ofYocto(7), trace.gasRewardOf(ALICE));
        assertEquals(NearToken.ZERO, trace.gasRewardOf(AccountId.of("carol.test.near")));
        assertEquals(NearToken.ofYocto(42), trace.copy().gasRewardOf(BOB));
    }
}
