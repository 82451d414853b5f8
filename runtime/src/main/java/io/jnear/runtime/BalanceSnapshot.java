package io.jnear.runtime;

import io.jnear.runtime.state.AccountState;
import io.jnear.runtime.state.ChainState;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.U128;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The spendable balance of every account at one moment, so a transaction can report what it changed.
 *
 * <p>Taken for every transaction but read only when someone asks for its balance changes: so taking one copies
 * two arrays, and the lookups wait for {@link #changesSince}.
 */
final class BalanceSnapshot {
    private final AccountId[] ids;
    private final U128[] amounts;

    private BalanceSnapshot(AccountId[] ids, U128[] amounts) {
        this.ids = ids;
        this.amounts = amounts;
    }

    static BalanceSnapshot of(ChainState state) {
        AccountId[] ids = new AccountId[state.accountCount()];
        U128[] amounts = new U128[ids.length];
        int i = 0;
        for (AccountState a : state.accounts()) {
            ids[i] = a.id();
            amounts[i] = a.amountU128();
            i++;
        }
        return new BalanceSnapshot(ids, amounts);
    }

    /** Signed changes from {@code before} to this snapshot, by account; accounts that did not change are left out. */
    SortedMap<AccountId, BigInteger> changesSince(BalanceSnapshot before) {
        Map<AccountId, U128> earlier = new HashMap<>(before.ids.length * 2);
        for (int i = 0; i < before.ids.length; i++) {
            earlier.put(before.ids[i], before.amounts[i]);
        }
        // a sorted map, so the changes print and iterate in one order whatever the hash order
        SortedMap<AccountId, BigInteger> changes = new TreeMap<>();
        for (int i = 0; i < ids.length; i++) {
            U128 was = earlier.remove(ids[i]); // null for an account created since
            U128 then = was == null ? U128.ZERO : was;
            if (!amounts[i].equals(then)) {
                changes.put(ids[i], amounts[i].asBigInteger().subtract(then.asBigInteger()));
            }
        }
        // what is left was deleted since: its whole balance went
        for (Map.Entry<AccountId, U128> e : earlier.entrySet()) {
            if (!e.getValue().isZero()) {
                changes.put(e.getKey(), e.getValue().asBigInteger().negate());
            }
        }
        return changes;
    }
}
