package io.jnear.sdk.collections;

import io.jnear.sdk.borsh.BorshCodec;
import io.jnear.sdk.ContractPanic;
import io.jnear.sdk.Env;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A growable array whose elements live in contract storage, one storage entry per element.
 *
 * <p>Element {@code i} is stored as Borsh under {@code prefix + i}, with {@code i} as 8 bytes big-endian;
 * the length is stored as a JSON number under {@code prefix + "len"} (3 bytes, so it never meets an
 * element key) and is absent while the vector is empty, so an empty vector occupies no storage.
 * Elements may not be null. In the contract's state the vector is stored as its prefix only; declare
 * the field with a concrete type argument so it can be read back.
 *
 * @param <T> the element type
 */
public final class Vector<T> extends PrefixedCollection implements Iterable<T> {
    private static final byte[] LEN_SUFFIX = "len".getBytes(StandardCharsets.US_ASCII);

    private final BorshCodec<T> elements;
    private final byte[] lenKey;

    /**
     * A vector under the UTF-8 bytes of {@code prefix} whose codec the processor wires from the field's
     * declared type argument: {@code Vector<String> notes = new Vector<>("v");} as a contract's field,
     * created when the contract is. A vector made this way anywhere else has no codec and fails when used.
     */
    public Vector(String prefix) {
        this(utf8(prefix), null, true);
    }

    /** A vector under {@code prefix} whose elements {@code codec} reads and writes: no reflection at all. */
    public Vector(byte[] prefix, BorshCodec<T> codec) {
        this(prefix, required(codec), false);
    }

    /** A vector under the UTF-8 bytes of {@code prefix} whose elements {@code codec} reads and writes. */
    public Vector(String prefix, BorshCodec<T> codec) {
        this(utf8(prefix), required(codec), false);
    }

    private Vector(byte[] prefix, BorshCodec<T> elements, boolean fromField) {
        super(prefix);
        this.elements = fromField ? FieldCollections.codec(FieldCollections.next(this), 0, "Vector") : elements;
        this.lenKey = key(LEN_SUFFIX);
    }

    /** The number of elements. */
    public long len() {
        byte[] raw = Env.storageRead(lenKey);
        return raw == null ? 0 : Long.parseLong(new String(raw, StandardCharsets.US_ASCII));
    }

    /** True if the vector has no elements. */
    public boolean isEmpty() {
        return !Env.storageHasKey(lenKey);
    }

    /** The element at {@code index}, or null if {@code index} is not in {@code 0 .. len()-1}. */
    public T get(long index) {
        byte[] raw = getRaw(index);
        return raw == null ? null : elements.decode(raw);
    }

    /** Appends {@code element}. */
    public void push(T element) {
        appendRaw(len(), elements.encode(Objects.requireNonNull(element, "element")));
    }

    /** Removes and returns the last element, or returns null if the vector is empty. */
    public T pop() {
        long len = len();
        if (len == 0) {
            return null;
        }
        byte[] elementKey = elementKey(len - 1);
        byte[] raw = Env.storageRead(elementKey);
        Env.storageRemove(elementKey);
        writeLen(len - 1);
        return elements.decode(raw);
    }

    /**
     * Replaces the element at {@code index} and returns the one it replaced.
     *
     * @throws ContractPanic if {@code index} is not in {@code 0 .. len()-1}
     */
    public T set(long index, T element) {
        Objects.requireNonNull(element, "element");
        byte[] previous = getRaw(index);
        if (previous == null) {
            throw outOfBounds(index);
        }
        Env.storageWrite(elementKey(index), elements.encode(element));
        return elements.decode(previous);
    }

    /**
     * Removes the element at {@code index} and returns it, moving the last element into its place: O(1),
     * but it changes the order of the remaining elements.
     *
     * @throws ContractPanic if {@code index} is not in {@code 0 .. len()-1}
     */
    public T swapRemove(long index) {
        byte[] removed = getRaw(index);
        if (removed == null) {
            throw outOfBounds(index);
        }
        removeBySwap(index, len());
        return elements.decode(removed);
    }

    /** Removes every element and the stored length: afterwards the vector occupies no storage. */
    public void clear() {
        long len = len();
        for (long i = 0; i < len; i++) {
            Env.storageRemove(elementKey(i));
        }
        Env.storageRemove(lenKey);
    }

    /**
     * The elements in index order. The iterator reads the length once when created and each element
     * when it is reached; do not change the vector while iterating.
     */
    @Override
    public Iterator<T> iterator() {
        Iterator<byte[]> raw = rawIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return raw.hasNext();
            }

            @Override
            public T next() {
                return elements.decode(raw.next());
            }
        };
    }

    byte[] getRaw(long index) {
        return index < 0 ? null : Env.storageRead(elementKey(index));
    }

    /** Appends an encoded element to a vector known to hold {@code len} elements. */
    void appendRaw(long len, byte[] raw) {
        Env.storageWrite(elementKey(len), raw);
        writeLen(len + 1);
    }

    /**
     * Moves the last of {@code len} elements into {@code index} and shortens the vector, without reading
     * the element being removed. Returns the encoded element now at {@code index}, or null if
     * {@code index} was the last.
     */
    byte[] removeBySwap(long index, long len) {
        long last = len - 1;
        byte[] lastKey = elementKey(last);
        byte[] moved = null;
        if (index != last) {
            moved = Env.storageRead(lastKey);
            Env.storageWrite(elementKey(index), moved);
        }
        Env.storageRemove(lastKey);
        writeLen(last);
        return moved;
    }

    Iterator<byte[]> rawIterator() {
        long len = len();
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < len;
            }

            @Override
            public byte[] next() {
                if (next >= len) {
                    throw new NoSuchElementException();
                }
                byte[] raw = Env.storageRead(elementKey(next));
                if (raw == null) {
                    throw new IllegalStateException("Vector changed while it was being iterated");
                }
                next++;
                return raw;
            }
        };
    }

    private void writeLen(long len) {
        if (len == 0) {
            Env.storageRemove(lenKey);
        } else {
            Env.storageWrite(lenKey, Long.toString(len).getBytes(StandardCharsets.US_ASCII));
        }
    }

    private byte[] elementKey(long index) {
        byte[] suffix = new byte[Long.BYTES];
        for (int i = Long.BYTES - 1; i >= 0; i--) {
            suffix[i] = (byte) index;
            index >>>= 8;
        }
        return key(suffix);
    }

    private static ContractPanic outOfBounds(long index) {
        return new ContractPanic("Vector index " + index + " is out of bounds");
    }
}
