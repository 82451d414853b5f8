package io.jnear.runtime;

import io.jnear.runtime.state.AccountState;
import io.jnear.runtime.state.ChainState;
import io.jnear.sdk.AccountId;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The spendable balance of every account at one moment, so a transaction can report what it changed. */
final class BalanceSnapshot {
    private final Map<AccountId, BigInteger> amounts;

    private BalanceSnapshot(Map<AccountId, BigInteger> amounts) {
        this.amounts = amounts;
    }

    static BalanceSnapshot of(ChainState state) {
        Map<AccountId, BigInteger> amounts = new HashMap<>(state.accountCount() * 2);
        for (AccountState a : state.accounts()) {
            amounts.put(a.id(), a.amount());
        }
        return new BalanceSnapshot(amounts);
    }

    /** Signed changes from {@code before} to this snapshot, by account; accounts that did not change are left out. */
    SortedMap<AccountId, BigInteger> changesSince(BalanceSnapshot before) {
        // a sorted map, so the changes print and iterate in one order whatever the hash order
        SortedMap<AccountId, BigInteger> changes = new TreeMap<>();
        for (Map.Entry<AccountId, BigInteger> e : amounts.entrySet()) {
            BigInteger delta = e.getValue().subtract(before.amounts.getOrDefault(e.getKey(), BigInteger.ZERO));
            if (delta.signum() != 0) {
                changes.put(e.getKey(), delta);
            }
        }
        for (Map.Entry<AccountId, BigInteger> e : before.amounts.entrySet()) {
            if (!amounts.containsKey(e.getKey()) && e.getValue().signum() != 0) {
                changes.put(e.getKey(), e.getValue().negate());
            }
        }
        return changes;
    }
}
