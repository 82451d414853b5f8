package io.jnear.runtime.state;

import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.U128;
import io.jnear.sdk.spi.ContractCode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All accounts and their storage, and the one place state changes go through.
 *
 * <p>Every mutation records how to undo it in a journal, before it mutates: a JVM error half-way (a stack
 * overflow in host code) then leaves nothing the rollback cannot undo. The executor takes a {@link #checkpoint()}
 * before a receipt and either {@link #commit(int)}s or {@link #rollback(int)}s to it, so a failed
 * receipt's writes, balance changes, created accounts and keys all vanish by construction, not by each
 * caller's care.
 */
public final class ChainState {
    /** Bytes an account record takes in state. */
    private final long accountBytes;
    /** Bytes of overhead per stored entry (data or key) on top of its key and value. */
    private final long entryOverheadBytes;

    private final Map<AccountId, AccountState> accounts;
    private final List<Runnable> journal = new ArrayList<>();
    /**
     * This state's generation: it changes account records it owns in place and copies any other before
     * the first change. {@link #fork()} gives both sides a new generation, so the records they share stay
     * frozen and a fork costs the accounts it touches, not the whole state.
     */
    private Object generation = new Object();
    /**
     * The sum of every account's amount and locked balance, kept with each balance change, creation and
     * deletion, and with each undo: the conservation check after every block reads it without visiting an
     * account. Changed in place, so a balance change costs a few additions and no allocation.
     */
    private final YoctoTally balanceTotal;
    /**
     * Counts changes to spendable balances and to the set of accounts (undos included), so a copy of every
     * balance can be known to be still current without comparing it: see {@link #balanceVersion()}.
     */
    private long balanceVersion;

    /**
     * An empty state that counts storage as the protocol does: {@code accountBytes} per account record
     * and {@code entryOverheadBytes} per data entry or access key beyond its own bytes.
     */
    public ChainState(long accountBytes, long entryOverheadBytes) {
        this.accountBytes = accountBytes;
        this.entryOverheadBytes = entryOverheadBytes;
        this.accounts = new HashMap<>();
        this.balanceTotal = new YoctoTally();
    }

    private ChainState(ChainState parent) {
        this.accountBytes = parent.accountBytes;
        this.entryOverheadBytes = parent.entryOverheadBytes;
        this.accounts = new HashMap<>(parent.accounts);
        this.balanceTotal = parent.balanceTotal.copy();
        this.balanceVersion = parent.balanceVersion;
    }

    /**
     * A copy-on-write copy of this state: the two evolve independently from here, and each copies an
     * account's record (with its keys and storage map) only when it first reaches it through
     * {@link #get}. Only between receipts: a fork in the middle of one would share its journal.
     *
     * @throws IllegalStateException if a receipt's changes are not yet committed or rolled back
     */
    public ChainState fork() {
        if (!journal.isEmpty()) {
            throw new IllegalStateException("Cannot fork the state while a receipt's changes are pending");
        }
        generation = new Object();
        return new ChainState(this);
    }

    /** The account's record, ready to be changed through this state; null if it does not exist. */
    public AccountState get(AccountId id) {
        AccountState a = accounts.get(id);
        if (a != null && a.owner != generation) {
            a = a.copyFor(generation);
            accounts.put(id, a);
        }
        return a;
    }

    public boolean exists(AccountId id) {
        return accounts.containsKey(id);
    }

    public Collection<AccountState> accounts() {
        return accounts.values();
    }

    public int accountCount() {
        return accounts.size();
    }

    /**
     * A number that changes whenever an account's spendable balance changes or an account is created or
     * deleted (and when such a change is undone): two equal readings mean every account had the same balance
     * at both.
     */
    public long balanceVersion() {
        return balanceVersion;
    }

    /** Amounts plus locked balances of all accounts, as kept with every change. */
    public YoctoSum balanceTotal() {
        return balanceTotal.sum();
    }

    /** Amounts plus locked balances of all accounts, summed account by account. */
    public YoctoSum recountBalances() {
        YoctoSum total = YoctoSum.ZERO;
        for (AccountState a : accounts.values()) {
            total = total.plus(a.amount).plus(a.locked);
        }
        return total;
    }

    public int checkpoint() {
        return journal.size();
    }

    public void commit(int checkpoint) {
        if (checkpoint == 0) {
            journal.clear();
        }
    }

    public void rollback(int checkpoint) {
        for (int i = journal.size() - 1; i >= checkpoint; i--) {
            journal.remove(i).run();
        }
    }

    public AccountState createAccount(AccountId id) {
        AccountState account = new AccountState(id);
        account.owner = generation;
        account.storageUsage = accountBytes;
        journal.add(() -> {
            // its balance changes were undone before this (the journal runs backwards): it holds nothing
            accounts.remove(id);
            balanceVersion++;
        });
        accounts.put(id, account);
        balanceVersion++;
        return account;
    }

    public void deleteAccount(AccountId id) {
        AccountState removed = get(id); // this state's own record, whose balances this state counts
        if (removed != null) {
            journal.add(() -> {
                balanceTotal.add(removed.amount).add(removed.locked);
                accounts.put(id, removed);
                balanceVersion++;
            });
            accounts.remove(id);
            balanceVersion++;
            balanceTotal.subtract(removed.amount).subtract(removed.locked);
        }
    }

    /**
     * Sets the spendable balance, for callers outside the executor.
     *
     * @throws IllegalStateException if {@code amount} is negative
     * @throws ArithmeticException if {@code amount} does not fit 128 bits
     */
    public void setAmount(AccountState a, BigInteger amount) {
        if (amount.signum() < 0) {
            throw new IllegalStateException("negative balance for " + a.id);
        }
        setAmount(a, U128.of(amount));
    }

    public void setAmount(AccountState a, U128 amount) {
        U128 old = a.amount;
        journal.add(() -> {
            balanceTotal.subtract(a.amount).add(old);
            a.amount = old;
            balanceVersion++;
        });
        a.amount = amount;
        balanceVersion++;
        balanceTotal.subtract(old).add(amount);
    }

    /**
     * Sets the staked balance, for callers outside the executor.
     *
     * @throws ArithmeticException if {@code locked} is negative or does not fit 128 bits
     */
    public void setLocked(AccountState a, BigInteger locked) {
        setLocked(a, U128.of(locked));
    }

    public void setLocked(AccountState a, U128 locked) {
        U128 old = a.locked;
        journal.add(() -> {
            balanceTotal.subtract(a.locked).add(old);
            a.locked = old;
        });
        a.locked = locked;
        balanceTotal.subtract(old).add(locked);
    }

    public void addStorageUsage(AccountState a, long delta) {
        if (delta == 0) {
            return;
        }
        long old = a.storageUsage;
        journal.add(() -> a.storageUsage = old);
        a.storageUsage = old + delta;
    }

    public void setCode(AccountState a, ContractCode code) {
        ContractCode old = a.code;
        var oldLoaded = a.loaded;
        journal.add(() -> {
            a.code = old;
            a.loaded = oldLoaded;
        });
        a.code = code;
        a.loaded = new AccountState.LoadedCode();
        addStorageUsage(a, (code == null ? 0 : code.size()) - (old == null ? 0 : old.size()));
    }

    /** Writes a storage entry, adjusting storage usage; returns the value it replaced or null. */
    public byte[] write(AccountState a, StorageKey key, byte[] value) {
        DataUndo undo = new DataUndo(a, key);
        journal.add(undo);
        // one lookup, which with a million entries is a cache miss: the put tells what it replaced
        byte[] old = a.data.put(key, value);
        undo.old = old; // fields, not a call: no stack overflow can come between the change and its record
        undo.happened = true;
        a.storageUsage += old == null
                ? key.length() + value.length + entryOverheadBytes
                : (long) value.length - old.length;
        return old;
    }

    /** Removes a storage entry, adjusting storage usage; returns the removed value or null. */
    public byte[] remove(AccountState a, StorageKey key) {
        DataUndo undo = new DataUndo(a, key);
        journal.add(undo);
        byte[] old = a.data.remove(key);
        undo.old = old;
        undo.happened = true;
        if (old != null) {
            a.storageUsage -= key.length() + old.length + entryOverheadBytes;
        }
        return old;
    }

    /**
     * Puts one storage entry and the account's storage usage back as they were before a write or remove.
     * It is journalled before the change, and learns the old value after, from the one lookup the change
     * makes; when the change never happened (a stack overflow on the way in), it undoes nothing. An entry
     * that did not exist is removed, which after a remove that found nothing is no change.
     */
    private static final class DataUndo implements Runnable {
        private final AccountState account;
        private final StorageKey key;
        private final long storageUsage;
        private boolean happened;
        private byte[] old;

        DataUndo(AccountState account, StorageKey key) {
            this.account = account;
            this.key = key;
            this.storageUsage = account.storageUsage;
        }

        @Override
        public void run() {
            if (!happened) {
                return;
            }
            if (old == null) {
                account.data.remove(key);
            } else {
                account.data.put(key, old);
            }
            account.storageUsage = storageUsage;
        }
    }

    public void addKey(AccountState a, PublicKey publicKey, AccessKey key) {
        AccessKey old = a.keys.get(publicKey);
        journal.add(old == null ? () -> a.keys.remove(publicKey) : () -> a.keys.put(publicKey, old));
        a.keys.put(publicKey, key);
        addStorageUsage(a, keyBytes(publicKey, key));
    }

    public void removeKey(AccountState a, PublicKey publicKey) {
        AccessKey old = a.keys.get(publicKey);
        if (old != null) {
            journal.add(() -> a.keys.put(publicKey, old));
            a.keys.remove(publicKey);
            addStorageUsage(a, -keyBytes(publicKey, old));
        }
    }

    /** Updates a key's nonce in place (it does not change the key's storage size). */
    public void setNonce(AccountState a, PublicKey publicKey, long nonce) {
        AccessKey old = a.keys.get(publicKey);
        journal.add(() -> a.keys.put(publicKey, old));
        a.keys.put(publicKey, new AccessKey(nonce, old.permission()));
    }

    /**
     * Replaces the allowance of a function-call key (its record keeps its size: a limited allowance stays
     * limited), as converting a transaction signed with it and a gas refund to it do.
     */
    public void setAllowance(AccountState a, PublicKey publicKey, NearToken allowance) {
        AccessKey old = a.keys.get(publicKey);
        AccessKey.FunctionCallPermission p = (AccessKey.FunctionCallPermission) old.permission();
        if (p.allowance() == null) {
            throw new IllegalArgumentException("The key " + publicKey + " has an unlimited allowance");
        }
        journal.add(() -> a.keys.put(publicKey, old));
        a.keys.put(publicKey, new AccessKey(old.nonce(),
                new AccessKey.FunctionCallPermission(allowance, p.receiverId(), p.methodNames())));
    }

    private long keyBytes(PublicKey publicKey, AccessKey key) {
        return publicKey.storageLength() + borshLength(key) + entryOverheadBytes;
    }

    /**
     * Bytes of state an access key's record takes, as nearcore counts it (its Borsh form): nonce,
     * permission tag, and for a function-call key the allowance, the receiver and the method names, in
     * UTF-8 bytes.
     */
    private static long borshLength(AccessKey key) {
        long length = 8 + 1;
        if (key.permission() instanceof AccessKey.FunctionCallPermission f) {
            length += f.allowance() == null ? 1 : 17;
            length += 4 + f.receiverId().toString().length();
            length += 4;
            for (String m : f.methodNames()) {
                length += 4 + m.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }
        }
        return length;
    }
}
