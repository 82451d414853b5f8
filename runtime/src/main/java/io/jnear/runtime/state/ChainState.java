package io.jnear.runtime.state;

import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.PublicKey;
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
 * <p>Every mutation records how to undo it in a journal. The executor takes a {@link #checkpoint()}
 * before a receipt and either {@link #commit(int)}s or {@link #rollback(int)}s to it, so a failed
 * receipt's writes, balance changes, created accounts and keys all vanish by construction, not by each
 * caller's care.
 */
public final class ChainState {
    /** Bytes an account record takes in state. */
    public static final long ACCOUNT_BYTES = 100;
    /** Bytes of overhead per stored entry (data or key) on top of its key and value. */
    public static final long ENTRY_OVERHEAD_BYTES = 40;

    private final Map<AccountId, AccountState> accounts;
    private final List<Runnable> journal = new ArrayList<>();
    /**
     * This state's generation: it changes account records it owns in place and copies any other before
     * the first change. {@link #fork()} gives both sides a new generation, so the records they share stay
     * frozen and a fork costs the accounts it touches, not the whole state.
     */
    private Object generation = new Object();

    public ChainState() {
        this.accounts = new HashMap<>();
    }

    private ChainState(Map<AccountId, AccountState> accounts) {
        this.accounts = accounts;
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
        return new ChainState(new HashMap<>(accounts));
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
        account.storageUsage = ACCOUNT_BYTES;
        accounts.put(id, account);
        journal.add(() -> accounts.remove(id));
        return account;
    }

    public void deleteAccount(AccountId id) {
        AccountState removed = accounts.remove(id);
        if (removed != null) {
            journal.add(() -> accounts.put(id, removed));
        }
    }

    public void setAmount(AccountState a, BigInteger amount) {
        if (amount.signum() < 0) {
            throw new IllegalStateException("negative balance for " + a.id);
        }
        BigInteger old = a.amount;
        a.amount = amount;
        journal.add(() -> a.amount = old);
    }

    public void setLocked(AccountState a, BigInteger locked) {
        BigInteger old = a.locked;
        a.locked = locked;
        journal.add(() -> a.locked = old);
    }

    public void addStorageUsage(AccountState a, long delta) {
        if (delta == 0) {
            return;
        }
        long old = a.storageUsage;
        a.storageUsage = old + delta;
        journal.add(() -> a.storageUsage = old);
    }

    public void setCode(AccountState a, ContractCode code) {
        ContractCode old = a.code;
        var oldLoaded = a.loaded;
        a.code = code;
        a.loaded = new AccountState.LoadedCode();
        addStorageUsage(a, (code == null ? 0 : code.size()) - (old == null ? 0 : old.size()));
        journal.add(() -> {
            a.code = old;
            a.loaded = oldLoaded;
        });
    }

    /** Writes a storage entry, adjusting storage usage; returns the value it replaced or null. */
    public byte[] write(AccountState a, StorageKey key, byte[] value) {
        byte[] old = a.data.put(key, value);
        addStorageUsage(a, old == null
                ? key.length() + value.length + ENTRY_OVERHEAD_BYTES
                : (long) value.length - old.length);
        journal.add(old == null ? () -> a.data.remove(key) : () -> a.data.put(key, old));
        return old;
    }

    /** Removes a storage entry, adjusting storage usage; returns the removed value or null. */
    public byte[] remove(AccountState a, StorageKey key) {
        byte[] old = a.data.remove(key);
        if (old != null) {
            addStorageUsage(a, -(key.length() + old.length + ENTRY_OVERHEAD_BYTES));
            journal.add(() -> a.data.put(key, old));
        }
        return old;
    }

    public void addKey(AccountState a, PublicKey publicKey, AccessKey key) {
        a.keys.put(publicKey, key);
        addStorageUsage(a, keyBytes(publicKey, key));
        journal.add(() -> a.keys.remove(publicKey));
    }

    public void removeKey(AccountState a, PublicKey publicKey) {
        AccessKey old = a.keys.remove(publicKey);
        if (old != null) {
            addStorageUsage(a, -keyBytes(publicKey, old));
            journal.add(() -> a.keys.put(publicKey, old));
        }
    }

    /** Updates a key's nonce in place (it does not change the key's storage size). */
    public void setNonce(AccountState a, PublicKey publicKey, long nonce) {
        AccessKey old = a.keys.get(publicKey);
        a.keys.put(publicKey, new AccessKey(nonce, old.permission()));
        journal.add(() -> a.keys.put(publicKey, old));
    }

    private static long keyBytes(PublicKey publicKey, AccessKey key) {
        return publicKey.storageLength() + key.storageLength() + ENTRY_OVERHEAD_BYTES;
    }
}
