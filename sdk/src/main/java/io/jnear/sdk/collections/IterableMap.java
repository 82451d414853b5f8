package io.jnear.sdk.collections;

import io.jnear.sdk.Env;
import io.jnear.sdk.borsh.BorshCodec;
import io.jnear.sdk.borsh.BorshException;
import io.jnear.sdk.borsh.BorshReader;
import io.jnear.sdk.borsh.BorshWriter;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * A map in contract storage that can also be iterated, in a deterministic order: keys come in insertion
 * order, except that removing a key moves the last key into its slot (a swap-remove keeps removal O(1)).
 * Reading one entry costs one storage read however large the map is; iterating reads every entry.
 *
 * <p>The map is laid out as near-sdk-rs's {@code store::IterableMap} with its default hasher:
 * <ul>
 *   <li>the keys in order as a {@link Vector} under {@code prefix + 'v'}: {@code borsh(k)} under
 *       {@code prefix + 'v' + borsh(position as u32)};</li>
 *   <li>each value, and its key's position, under {@code prefix + 'm' + sha256(borsh(k))}: {@code borsh(v)}
 *       followed by the position as a {@code u32}.</li>
 * </ul>
 * In the contract's state the map is its key vector ({@code u32} count and prefix) and then the prefix of its
 * values ({@link #writeState}), so, as near-sdk-rs's, a map that is not part of the contract's state forgets
 * its count when the call ends. Keys and values may not be null. Declare the field with concrete type
 * arguments so it can be read back.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class IterableMap<K, V> extends PrefixedCollection implements Iterable<Map.Entry<K, V>> {
    private static final byte[] NO_SUFFIX = new byte[0];

    private final BorshCodec<K> keyCodec;
    private final BorshCodec<V> values;
    private final Vector<K> order;
    private final byte[] valuesPrefix;

    /**
     * A map under the UTF-8 bytes of {@code prefix} whose codecs the processor wires from the field's
     * declared type arguments: {@code IterableMap<AccountId, U128> owners = new IterableMap<>("o");} as a
     * contract's field, created when the contract is. A map made this way anywhere else has no codecs and
     * fails when used.
     */
    public IterableMap(String prefix) {
        this(utf8(prefix), null, null, true, null);
    }

    /** A map under {@code prefix} whose keys and values the Borsh codecs read and write: no reflection at all. */
    public IterableMap(byte[] prefix, BorshCodec<K> keyCodec, BorshCodec<V> valueCodec) {
        this(prefix, required(keyCodec), required(valueCodec), false, null);
    }

    /** A map under the UTF-8 bytes of {@code prefix} whose keys and values the Borsh codecs read and write. */
    public IterableMap(String prefix, BorshCodec<K> keyCodec, BorshCodec<V> valueCodec) {
        this(utf8(prefix), required(keyCodec), required(valueCodec), false, null);
    }

    /** {@code fromField}: the codecs are the field's, from {@link FieldCollections}; {@code order}: as stored. */
    private IterableMap(byte[] prefix, BorshCodec<K> keyCodec, BorshCodec<V> valueCodec, boolean fromField,
            Vector<K> order) {
        super(prefix);
        BorshCodec<?>[] field = fromField ? FieldCollections.next(this) : null;
        this.keyCodec = fromField ? FieldCollections.codec(field, 0, "IterableMap") : keyCodec;
        this.values = fromField ? FieldCollections.codec(field, 1, "IterableMap") : valueCodec;
        this.order = order != null ? order : new Vector<>(key('v', NO_SUFFIX), this.keyCodec);
        this.valuesPrefix = key('m', NO_SUFFIX);
    }

    /**
     * The map a contract's state stored with {@link #writeState}: its key vector, then its values' prefix
     * (which must be the map's prefix followed by {@code 'm'}, as the key vector's is by {@code 'v'}).
     * Generated state codecs call it; contract code has no need to.
     */
    public static <K, V> IterableMap<K, V> readState(BorshReader in, BorshCodec<K> keyCodec,
            BorshCodec<V> valueCodec) {
        Vector<K> order = Vector.readState(in, required(keyCodec));
        byte[] keysPrefix = order.storagePrefix();
        byte[] valuesPrefix = in.bytes();
        int length = keysPrefix.length - 1;
        boolean laidOut = length > 0 && keysPrefix[length] == 'v' && valuesPrefix.length == keysPrefix.length
                && valuesPrefix[length] == 'm'
                && Arrays.equals(keysPrefix, 0, length, valuesPrefix, 0, length);
        if (!laidOut) {
            throw new BorshException("An IterableMap's key and value prefixes are its prefix with 'v' and 'm'");
        }
        return new IterableMap<>(Arrays.copyOf(keysPrefix, length), keyCodec, required(valueCodec), false,
                order);
    }

    /** Writes the map as the contract's state stores it: its key vector, then its values' prefix. */
    @Override
    public void writeState(BorshWriter out) {
        order.writeState(out);
        out.bytes(valuesPrefix);
    }

    /** The number of entries. */
    public long len() {
        return order.len();
    }

    /** True if the map has no entries. */
    public boolean isEmpty() {
        return order.isEmpty();
    }

    /** The value stored for {@code key}, or null if there is none. */
    public V get(K key) {
        byte[] raw = Env.storageRead(valueKey(encodeKey(key)));
        return raw == null ? null : values.read(BorshReader.of(raw));
    }

    /** True if a value is stored for {@code key}. */
    public boolean containsKey(K key) {
        return Env.storageHasKey(valueKey(encodeKey(key)));
    }

    /**
     * Stores {@code value} for {@code key} and returns the value it replaced, or null. A new key goes
     * to the end of the iteration order; replacing a value keeps the key where it is.
     */
    public V insert(K key, V value) {
        Objects.requireNonNull(value, "value");
        byte[] encodedKey = encodeKey(key);
        byte[] valueKey = valueKey(encodedKey);
        byte[] previous = Env.storageRead(valueKey);
        if (previous != null) {
            BorshReader stored = BorshReader.of(previous);
            V replaced = values.read(stored);
            Env.storageWrite(valueKey, entry(value, stored.u32()));
            return replaced;
        }
        int position = (int) order.len();
        order.appendRaw(encodedKey);
        Env.storageWrite(valueKey, entry(value, position));
        return null;
    }

    /**
     * Removes the entry for {@code key} and returns its value, or null if there was none. The last key
     * in the iteration order takes the removed key's place.
     */
    public V remove(K key) {
        byte[] valueKey = valueKey(encodeKey(key));
        byte[] previous = Env.storageRead(valueKey);
        if (previous == null) {
            return null;
        }
        Env.storageRemove(valueKey);
        BorshReader stored = BorshReader.of(previous);
        V removed = values.read(stored);
        int position = stored.u32();
        byte[] moved = order.removeBySwap(position & 0xFFFF_FFFFL);
        if (moved != null) {
            // the key moved into the removed one's slot: its entry now names that position
            byte[] movedKey = valueKey(moved);
            BorshReader movedEntry = BorshReader.of(Env.storageRead(movedKey));
            Env.storageWrite(movedKey, entry(values.read(movedEntry), position));
        }
        return removed;
    }

    /** Removes every entry; afterwards the map occupies no storage. */
    public void clear() {
        for (Iterator<byte[]> it = order.rawIterator(); it.hasNext(); ) {
            Env.storageRemove(valueKey(it.next()));
        }
        order.clear();
    }

    /** The keys in iteration order. Do not change the map while iterating. */
    public Iterable<K> keys() {
        return order::iterator; // not the Vector itself: changing it directly would corrupt the map
    }

    /** The values in the keys' iteration order. Do not change the map while iterating. */
    public Iterable<V> values() {
        return () -> {
            Iterator<byte[]> keys = order.rawIterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return keys.hasNext();
                }

                @Override
                public V next() {
                    return values.read(BorshReader.of(Env.storageRead(valueKey(keys.next()))));
                }
            };
        };
    }

    /** The entries in iteration order; the same as {@link #iterator()}. */
    public Iterable<Map.Entry<K, V>> entries() {
        return this;
    }

    /** The entries (immutable snapshots) in iteration order. Do not change the map while iterating. */
    @Override
    public Iterator<Map.Entry<K, V>> iterator() {
        Iterator<byte[]> keys = order.rawIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return keys.hasNext();
            }

            @Override
            public Map.Entry<K, V> next() {
                byte[] encodedKey = keys.next();
                V value = values.read(BorshReader.of(Env.storageRead(valueKey(encodedKey))));
                return new AbstractMap.SimpleImmutableEntry<>(keyCodec.decode(encodedKey), value);
            }
        };
    }

    private byte[] encodeKey(K key) {
        return keyCodec.encode(Objects.requireNonNull(key, "key"));
    }

    /** {@code prefix + 'm' + sha256(borsh(k))}: where the value of the key encoded as {@code encodedKey} lives. */
    private byte[] valueKey(byte[] encodedKey) {
        return key('m', Env.sha256(encodedKey));
    }

    /** {@code borsh(value)} then {@code position} as a u32: near-sdk-rs's {@code ValueAndIndex}. */
    private byte[] entry(V value, int position) {
        BorshWriter out = new BorshWriter(32);
        values.write(out, value);
        return out.u32(position).toBytes();
    }
}
