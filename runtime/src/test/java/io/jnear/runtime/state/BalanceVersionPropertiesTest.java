package io.jnear.runtime.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.U128;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link ChainState#balanceVersion()} lets a sandbox keep one copy of every balance while the version does not
 * change: so within one state, a version read twice must mean every account had the same spendable balance
 * both times — through creations, deletions, balance and stake changes, rollbacks and commits, and in each
 * of two forks going their own ways. The model is every balance as read after each step.
 */
class BalanceVersionPropertiesTest {
    @Property
    void anUnchangedVersionMeansUnchangedBalances(
            @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 999) Integer> steps) {
        StateScript script = new StateScript();
        // per state: the balances seen at each version
        List<Map<Long, SortedMap<AccountId, U128>>> seen = new ArrayList<>(List.of(new HashMap<>()));
        for (int step : steps) {
            int which = script.stateOf(step);
            ChainState state = script.states.get(which);
            U128 amount = U128.of(step % 3); // few values: setting a balance to what it was is common
            if (script.apply(step, (step / 3) % 8, amount, amount)) {
                seen.add(new HashMap<>(seen.get(which)));
            }
            SortedMap<AccountId, U128> balances = balances(state);
            SortedMap<AccountId, U128> before = seen.get(which).putIfAbsent(state.balanceVersion(), balances);
            if (before != null) {
                assertEquals(before, balances, "version " + state.balanceVersion() + " after step " + step);
            }
        }
    }

    private static SortedMap<AccountId, U128> balances(ChainState state) {
        SortedMap<AccountId, U128> balances = new TreeMap<>();
        for (AccountState a : state.accounts()) {
            balances.put(a.id(), a.amountU128());
        }
        return balances;
    }
}
