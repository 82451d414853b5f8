package io.jnear.sdk.collections;

import io.jnear.sdk.borsh.BorshCodec;
import io.jnear.sdk.Env;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * A map in contract storage that can also be iterated, in a deterministic order: keys come in insertion
 * order, except that removing a key moves the last key into its slot (a swap-remove keeps removal O(1)).
 * Reading one entry costs one storage read however large the map is; iterating reads every entry.
 *
 * <p>The map stores
 * <ul>
 *   <li>the Borsh of the value of {@code k} under {@code prefix + 'v' + borsh(k)};</li>
 *   <li>the position of {@code k} as a decimal number under {@code prefix + 'i' + borsh(k)};</li>
 *   <li>the keys in order as a {@link Vector} under {@code prefix + 'k'}: {@code borsh(k)} under
 *       {@code prefix + 'k' + position} (8 bytes big-endian) and the count under
 *       {@code prefix + 'k' + "len"}.</li>
 * </ul>
 * Keys and values may not be null. In the contract's state the map is stored as its prefix only; declare
 * the field with concrete type arguments so it can be read back.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class IterableMap<K, V> extends PrefixedCollection implements Iterable<Map.Entry<K, V>> {
    private static final byte[] NO_SUFFIX = new byte[0];

    private final BorshCodec<K> keyCodec;
    private final BorshCodec<V> values;
    private final Vector<K> order;

    /**
     * A map under the UTF-8 bytes of {@code prefix} whose codecs the processor wires from the field's
     * declared type arguments: {@code IterableMap<AccountId, U128> owners = new IterableMap<>("o");} as a
     * contract's field, created when the contract is. A map made this way anywhere else has no codecs and
     * fails when used.
     */
    public IterableMap(String prefix) {
        this(utf8(prefix), null, null, true);
    }

    /** A map under {@code prefix} whose keys and values the Borsh codecs read and write: no reflection at all. */
    public IterableMap(byte[] prefix, BorshCodec<K> keyCodec, BorshCodec<V> valueCodec) {
        this(prefix, required(keyCodec), required(valueCodec), false);
    }

    /** A map under the UTF-8 bytes of {@code prefix} whose keys and values the Borsh codecs read and write. */
    public IterableMap(String prefix, BorshCodec<K> keyCodec, BorshCodec<V> valueCodec) {
        this(utf8(prefix), required(keyCodec), required(valueCodec), false);
    }

    /** {@code fromField}: the codecs are the field's, from {@link FieldCollections}. */
    private IterableMap(byte[] prefix, BorshCodec<K> keyCodec, BorshCodec<V> valueCodec, boolean fromField) {
        super(prefix);
        BorshCodec<?>[] field = fromField ? FieldCollections.next(this) : null;
        this.keyCodec = fromField ? FieldCollections.codec(field, 0, "IterableMap") : keyCodec;
        this.values = fromField ? FieldCollections.codec(field, 1, "IterableMap") : valueCodec;
        this.order = new Vector<>(key('k', NO_SUFFIX), this.keyCodec);
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
        byte[] raw = Env.storageRead(key('v', encodeKey(key)));
        return raw == null ? null : values.decode(raw);
    }

    /** True if a value is stored for {@code key}. */
    public boolean containsKey(K key) {
        return Env.storageHasKey(key('v', encodeKey(key)));
    }

    /**
     * Stores {@code value} for {@code key} and returns the value it replaced, or null. A new key goes
     * to the end of the iteration order; replacing a value keeps the key where it is.
     */
    public V insert(K key, V value) {
        Objects.requireNonNull(value, "value");
        byte[] encodedKey = encodeKey(key);
        byte[] valueKey = key('v', encodedKey);
        byte[] previous = Env.storageReplace(valueKey, values.encode(value));
        if (previous != null) {
            return values.decode(previous);
        }
        long position = order.len();
        order.appendRaw(position, encodedKey);
        Env.storageWrite(key('i', encodedKey), number(position));
        return null;
    }

    /**
     * Removes the entry for {@code key} and returns its value, or null if there was none. The last key
     * in the iteration order takes the removed key's place.
     */
    public V remove(K key) {
        byte[] encodedKey = encodeKey(key);
        byte[] valueKey = key('v', encodedKey);
        byte[] previous = Env.storageRead(valueKey);
        if (previous == null) {
            return null;
        }
        Env.storageRemove(valueKey);
        byte[] positionKey = key('i', encodedKey);
        long position = Long.parseLong(new String(Env.storageRead(positionKey), StandardCharsets.US_ASCII));
        Env.storageRemove(positionKey);
        byte[] moved = order.removeBySwap(position, order.len());
        if (moved != null) {
            Env.storageWrite(key('i', moved), number(position));
        }
        return values.decode(previous);
    }

    /** Removes every entry; afterwards the map occupies no storage. */
    public void clear() {
        for (Iterator<byte[]> it = order.rawIterator(); it.hasNext(); ) {
            byte[] encodedKey = it.next();
            Env.storageRemove(key('v', encodedKey));
            Env.storageRemove(key('i', encodedKey));
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
                    return values.decode(Env.storageRead(key('v', keys.next())));
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
                V value = values.decode(Env.storageRead(key('v', encodedKey)));
                return new AbstractMap.SimpleImmutableEntry<>(keyCodec.decode(encodedKey), value);
            }
        };
    }

    private byte[] encodeKey(K key) {
        return keyCodec.encode(Objects.requireNonNull(key, "key"));
    }

    private static byte[] number(long n) {
        return Long.toString(n).getBytes(StandardCharsets.US_ASCII);
    }
}
