package io.jnear.runtime.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.U128;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The balance total the conservation check reads, kept with every change and undo, always equals the
 * sum over all accounts: through creations, deletions, balance and stake changes, receipts rolled back
 * (also after the total was read in between), and forks that go their own ways.
 */
class BalanceTotalPropertiesTest {
    private static final int ACCOUNTS = 4;

    @Property
    void theTotalIsTheSumOfAllBalances(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 999) Integer> steps) {
        StateScript script = new StateScript();
        for (int step : steps) {
            ChainState state = script.states.get(script.stateOf(step));
            BigInteger amount = BigInteger.TEN.pow(20 + step % 9).add(BigInteger.valueOf(step));
            int op = (step / 3) % 9;
            if (op == 7) {
                state.balanceTotal(); // read mid-receipt: a later rollback must still be counted
            } else {
                script.apply(step, op, U128.of(amount), U128.of(amount.shiftRight(3)));
            }
            if (step % 5 == 0) { // not after every step: changes pile up between reads of the total
                assertEquals(state.recountBalances(), state.balanceTotal(), "after step " + step);
            }
        }
        for (ChainState state : script.states) {
            assertEquals(state.recountBalances(), state.balanceTotal());
        }
    }

    /**
     * Balances near 2^128 (a sandbox may set any u128): the kept total and the recount are the exact sum,
     * past 2^128, through changes, rollbacks and deletions.
     */
    @Property
    void theTotalStaysExactPastTwoTo128(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 999) Integer> script) {
        ChainState state = new ChainState(100, 40);
        int checkpoint = 0;
        for (int step : script) {
            AccountId id = AccountId.of("a" + step % ACCOUNTS + ".near");
            AccountState a = state.get(id);
            U128 amount = U128.MAX.minus(U128.of(step));
            switch ((step / ACCOUNTS) % 6) {
                case 0 -> {
                    if (a == null) {
                        state.createAccount(id);
                    }
                }
                case 1 -> state.deleteAccount(id);
                case 2 -> {
                    if (a != null) {
                        state.setAmount(a, amount);
                    }
                }
                case 3 -> {
                    if (a != null) {
                        state.setLocked(a, amount);
                    }
                }
                case 4 -> {
                    state.rollback(Math.min(checkpoint, state.checkpoint()));
                    checkpoint = state.checkpoint();
                }
                default -> {
                    state.commit(0);
                    checkpoint = 0;
                }
            }
            BigInteger exact = BigInteger.ZERO;
            for (AccountState each : state.accounts()) {
                exact = exact.add(each.amount()).add(each.locked());
            }
            assertEquals(exact, state.balanceTotal().asBigInteger(), "after step " + step);
            assertEquals(exact, state.recountBalances().asBigInteger());
        }
    }
}
