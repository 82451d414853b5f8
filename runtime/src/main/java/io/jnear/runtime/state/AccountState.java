package io.jnear.runtime.state;

import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.U128;
import io.jnear.sdk.spi.ContractCode;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One account: balances in yocto, storage usage, code, access keys and contract storage. Mutated only
 * through {@link ChainState}, which journals every change so a failed receipt can be undone.
 */
public final class AccountState {
    final AccountId id;
    // u128s, not BigIntegers: the executor adds and compares balances with every receipt
    U128 amount = U128.ZERO;
    U128 locked = U128.ZERO;
    long storageUsage;
    ContractCode code;
    LoadedCode loaded = new LoadedCode();
    // Access keys keep insertion order: the first full-access key signs the sandbox's transactions.
    final Map<PublicKey, AccessKey> keys = new LinkedHashMap<>();
    // Never iterated where order shows: dumps sort by key.
    final StorageMap data;
    /** The {@link ChainState} generation that may change this record in place; any other copies it first. */
    Object owner;

    AccountState(AccountId id) {
        this.id = id;
        this.data = new StorageMap();
    }

    /** A copy for another state of a fork: its own maps, sharing the values, which are never changed in place. */
    private AccountState(AccountState source, Object owner) {
        this.id = source.id;
        this.amount = source.amount;
        this.locked = source.locked;
        this.storageUsage = source.storageUsage;
        this.code = source.code;
        this.loaded = source.loaded;
        this.keys.putAll(source.keys);
        this.data = source.data.copy();
        this.owner = owner;
    }

    AccountState copyFor(Object newOwner) {
        return new AccountState(this, newOwner);
    }

    public AccountId id() {
        return id;
    }

    /** The spendable balance in yocto, as a {@link BigInteger} for callers outside the executor. */
    public BigInteger amount() {
        return amount.asBigInteger();
    }

    /** The staked balance in yocto, as a {@link BigInteger} for callers outside the executor. */
    public BigInteger locked() {
        return locked.asBigInteger();
    }

    /** The spendable balance in yocto. */
    public U128 amountU128() {
        return amount;
    }

    /** The staked balance in yocto. */
    public U128 lockedU128() {
        return locked;
    }

    public long storageUsage() {
        return storageUsage;
    }

    public ContractCode code() {
        return code;
    }

    /** The deployed code loaded for this account (its own classes), loaded at first use. */
    public io.jnear.runtime.isolation.Deployment deployment(boolean metered) {
        if (loaded.deployment == null && code != null) {
            loaded.deployment = io.jnear.runtime.isolation.Deployment.of(code, metered);
        }
        return loaded.deployment;
    }

    /**
     * The code as loaded, shared by the forks of this record until one deploys other code: loading a
     * contract's classes costs far more than running a call, and forks of one chain run the same code.
     */
    static final class LoadedCode {
        io.jnear.runtime.isolation.Deployment deployment;
    }

    public AccessKey key(PublicKey publicKey) {
        return keys.get(publicKey);
    }

    public Map<PublicKey, AccessKey> keys() {
        return java.util.Collections.unmodifiableMap(keys);
    }

    /** The first full-access key in insertion order (the one the sandbox signs with), or null. */
    public PublicKey firstFullAccessKey() {
        for (Map.Entry<PublicKey, AccessKey> e : keys.entrySet()) {
            if (e.getValue().permission() instanceof AccessKey.FullAccess) {
                return e.getKey();
            }
        }
        return null;
    }

    public byte[] read(StorageKey key) {
        return data.get(key);
    }

    public int dataSize() {
        return data.size();
    }

    /** Contract storage, sorted by key. */
    public java.util.SortedMap<StorageKey, byte[]> dataSorted() {
        java.util.SortedMap<StorageKey, byte[]> sorted = new java.util.TreeMap<>();
        data.forEach((key, value) -> sorted.put(new StorageKey(key), value));
        return sorted;
    }
}
