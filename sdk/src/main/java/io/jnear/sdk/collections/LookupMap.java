package io.jnear.sdk.collections;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import io.jnear.sdk.Env;
import io.jnear.sdk.borsh.BorshCodec;
import java.lang.reflect.Type;
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
    private final Codec<K> keys;
    private final Codec<V> values;

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
        this.keys = Codec.ofField(codecs, 0, "LookupMap");
        this.values = Codec.ofField(codecs, 1, "LookupMap");
    }

    /** A map under the UTF-8 bytes of {@code prefix}, with keys and values of the given classes. */
    public LookupMap(String prefix, Class<K> keyType, Class<V> valueType) {
        this(utf8(prefix), javaType(keyType), javaType(valueType));
    }

    /** A map under {@code prefix}, with keys and values of the given classes. */
    public LookupMap(byte[] prefix, Class<K> keyType, Class<V> valueType) {
        this(prefix, javaType(keyType), javaType(valueType));
    }

    /**
     * A map with a generic value type, such as
     * {@code new LookupMap<>("o", AccountId.class, new TypeReference<List<U128>>() {})}.
     */
    public LookupMap(String prefix, Class<K> keyType, TypeReference<V> valueType) {
        this(utf8(prefix), javaType(keyType), javaType(valueType));
    }

    /** A map under {@code prefix} with a generic value type. */
    public LookupMap(byte[] prefix, Class<K> keyType, TypeReference<V> valueType) {
        this(prefix, javaType(keyType), javaType(valueType));
    }

    /** A map whose key and value types are given as reflection types (for framework code). */
    public LookupMap(String prefix, Type keyType, Type valueType) {
        this(utf8(prefix), javaType(keyType), javaType(valueType));
    }

    /** A map under {@code prefix} whose key and value types are given as reflection types. */
    public LookupMap(byte[] prefix, Type keyType, Type valueType) {
        this(prefix, javaType(keyType), javaType(valueType));
    }

    /**
     * A map under {@code prefix} whose keys and values the given Borsh codecs read and write: the
     * reflection-free form the processor generates when it restores a contract's Borsh state.
     */
    public LookupMap(byte[] prefix, BorshCodec<K> keyCodec, BorshCodec<V> valueCodec) {
        this(prefix, keyCodec, valueCodec, true);
    }

    /**
     * A map under the UTF-8 bytes of {@code prefix} with Borsh codecs, such as
     * {@code new LookupMap<>("a", BorshCodecs.ACCOUNT_ID, BorshCodecs.U128_VALUE)}: no reflection at all.
     */
    public LookupMap(String prefix, BorshCodec<K> keyCodec, BorshCodec<V> valueCodec) {
        this(utf8(prefix), keyCodec, valueCodec, true);
    }

    private LookupMap(byte[] prefix, BorshCodec<K> keyCodec, BorshCodec<V> valueCodec, boolean borsh) {
        super(prefix);
        this.keys = Codec.of(keyCodec);
        this.values = Codec.of(valueCodec);
    }

    LookupMap(byte[] prefix, JavaType keyType, JavaType valueType) {
        super(prefix);
        this.keys = Codec.forKey(keyType);
        this.values = Codec.forValue(valueType);
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
        return key(keys.encode(Objects.requireNonNull(key, "key")));
    }
}
