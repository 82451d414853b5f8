package io.jnear.sdk.collections;

import io.jnear.sdk.Env;
import io.jnear.sdk.borsh.BorshCodec;
import io.jnear.sdk.borsh.BorshReader;
import java.util.Objects;

/**
 * A map whose entries live in contract storage, one storage entry per key, so reading or writing one
 * entry costs the same whether the map holds ten entries or a million. It cannot be iterated; use
 * {@link IterableMap} when you need that.
 *
 * <p>Entry {@code k} is stored under {@code prefix + borsh(k)} with the value {@code borsh(v)}, as
 * near-sdk-rs stores it. Keys and values may not be null; {@link #get} returns null for a missing key.
 *
 * <p>Declare it as a field of the contract with concrete type arguments, for example
 * {@code LookupMap<AccountId, U128> balances = new LookupMap<>("b");}. In the contract's state it is
 * stored as its prefix only; the type arguments of the field give the generated code its codecs.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class LookupMap<K, V> extends PrefixedCollection {
    private final BorshCodec<K> keys;
    private final BorshCodec<V> values;

    /**
     * A map under the UTF-8 bytes of {@code prefix} whose codecs the processor wires from the field's
     * declared type arguments: {@code LookupMap<AccountId, U128> accounts = new LookupMap<>("a");} as a
     * contract's field, created when the contract is (by its {@code @Init}, or by its no-argument
     * constructor on the first call of a contract without one). A map made this way anywhere else has no
     * codecs and fails when used.
     */
    public LookupMap(String prefix) {
        super(utf8(prefix));
        BorshCodec<?>[] codecs = FieldCollections.next(this);
        this.keys = FieldCollections.codec(codecs, 0, "LookupMap");
        this.values = FieldCollections.codec(codecs, 1, "LookupMap");
    }

    /**
     * The collection a contract's state stored with {@link #writeState}: its prefix. Generated state codecs
     * call it; contract code has no need to.
     */
    public static <K, V> LookupMap<K, V> readState(BorshReader in, BorshCodec<K> keyCodec, BorshCodec<V> valueCodec) {
        return new LookupMap<>(in.bytes(), keyCodec, valueCodec);
    }

    /**
     * A map under {@code prefix} whose keys and values the given Borsh codecs read and write: the
     * reflection-free form the processor generates when it restores a contract's Borsh state.
     */
    public LookupMap(byte[] prefix, BorshCodec<K> keyCodec, BorshCodec<V> valueCodec) {
        super(prefix);
        this.keys = required(keyCodec);
        this.values = required(valueCodec);
    }

    /**
     * A map under the UTF-8 bytes of {@code prefix} with Borsh codecs, such as
     * {@code new LookupMap<>("a", BorshCodecs.ACCOUNT_ID, BorshCodecs.U128_VALUE)}: no reflection at all.
     */
    public LookupMap(String prefix, BorshCodec<K> keyCodec, BorshCodec<V> valueCodec) {
        this(utf8(prefix), keyCodec, valueCodec);
    }

    /** The value stored for {@code key}, or null if there is none. */
    public V get(K key) {
        byte[] raw = Env.storageRead(entryKey(key));
        return raw == null ? null : values.decode(raw);
    }

    /** True if a value is stored for {@code key}. */
    public boolean containsKey(K key) {
        return Env.storageHasKey(entryKey(key));
    }

    /** Stores {@code value} for {@code key} and returns the value it replaced, or null. */
    public V insert(K key, V value) {
        Objects.requireNonNull(value, "value");
        byte[] previous = Env.storageReplace(entryKey(key), values.encode(value));
        return previous == null ? null : values.decode(previous);
    }

    /** Stores {@code value} for {@code key}, like {@link #insert} without decoding the value it replaces. */
    public void set(K key, V value) {
        Objects.requireNonNull(value, "value");
        Env.storageWrite(entryKey(key), values.encode(value));
    }

    /** Removes the entry for {@code key} and returns its value, or null if there was none. */
    public V remove(K key) {
        byte[] storageKey = entryKey(key);
        byte[] previous = Env.storageRead(storageKey);
        if (previous == null) {
            return null;
        }
        Env.storageRemove(storageKey);
        return values.decode(previous);
    }

    private byte[] entryKey(K key) {
        return key(keys, Objects.requireNonNull(key, "key"));
    }
}
