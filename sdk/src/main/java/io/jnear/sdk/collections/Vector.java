package io.jnear.sdk.collections;

import io.jnear.sdk.ContractPanic;
import io.jnear.sdk.Env;
import io.jnear.sdk.borsh.BorshCodec;
import io.jnear.sdk.borsh.BorshReader;
import io.jnear.sdk.borsh.BorshWriter;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A growable array whose elements live in contract storage, one storage entry per element, laid out as
 * near-sdk-rs's {@code store::Vector}.
 *
 * <p>Element {@code i} is stored as Borsh under {@code prefix + borsh(i as u32)} (4 bytes, little-endian).
 * The length is not in storage: like near-sdk-rs's, it is part of the state that holds the vector, which
 * stores the vector as its length ({@code u32}) and then its prefix ({@link #writeState}), so an empty vector
 * occupies no storage of its own and a vector that is not part of the contract's state forgets its length
 * when the call ends. Elements may not be null; a vector holds at most 2^32 - 1 of them. Declare the field
 * with a concrete type argument so it can be read back.
 *
 * @param <T> the element type
 */
public final class Vector<T> extends PrefixedCollection implements Iterable<T> {
    private static final long MAX_LEN = 0xFFFF_FFFFL;

    private final BorshCodec<T> elements;
    /** The number of elements, 0 .. 2^32 - 1; saved with the state that holds the vector. */
    private long len;

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
    }

    /**
     * The vector a state stored with {@link #writeState}: its length, then its prefix. Generated state
     * codecs call it; contract code has no need to.
     */
    public static <T> Vector<T> readState(BorshReader in, BorshCodec<T> codec) {
        long len = in.u32() & MAX_LEN;
        Vector<T> vector = new Vector<>(in.bytes(), required(codec), false);
        vector.len = len;
        return vector;
    }

    /** Writes the vector as the state that holds it stores it: its length ({@code u32}), then its prefix. */
    @Override
    public void writeState(BorshWriter out) {
        out.u32((int) len);
        super.writeState(out);
    }

    /** The number of elements. */
    public long len() {
        return len;
    }

    /** True if the vector has no elements. */
    public boolean isEmpty() {
        return len == 0;
    }

    /** The element at {@code index}, or null if {@code index} is not in {@code 0 .. len()-1}. */
    public T get(long index) {
        byte[] raw = getRaw(index);
        return raw == null ? null : elements.decode(raw);
    }

    /** Appends {@code element}. */
    public void push(T element) {
        appendRaw(elements.encode(Objects.requireNonNull(element, "element")));
    }

    /** Removes and returns the last element, or returns null if the vector is empty. */
    public T pop() {
        if (len == 0) {
            return null;
        }
        byte[] elementKey = elementKey(len - 1);
        byte[] raw = Env.storageRead(elementKey);
        Env.storageRemove(elementKey);
        len--;
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
        removeBySwap(index);
        return elements.decode(removed);
    }

    /** Removes every element: afterwards the vector occupies no storage. */
    public void clear() {
        for (long i = 0; i < len; i++) {
            Env.storageRemove(elementKey(i));
        }
        len = 0;
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
        return index < 0 || index >= len ? null : Env.storageRead(elementKey(index));
    }

    /** Appends an encoded element. */
    void appendRaw(byte[] raw) {
        if (len == MAX_LEN) {
            throw new ContractPanic("Vector is full: it holds at most 4294967295 elements");
        }
        Env.storageWrite(elementKey(len), raw);
        len++;
    }

    /**
     * Moves the last element into {@code index} and shortens the vector, without reading the element
     * being removed. Returns the encoded element now at {@code index}, or null if {@code index} was the last.
     */
    byte[] removeBySwap(long index) {
        long last = len - 1;
        byte[] lastKey = elementKey(last);
        byte[] moved = null;
        if (index != last) {
            moved = Env.storageRead(lastKey);
            Env.storageWrite(elementKey(index), moved);
        }
        Env.storageRemove(lastKey);
        len = last;
        return moved;
    }

    Iterator<byte[]> rawIterator() {
        long len = this.len;
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

    /** {@code prefix + borsh(index as u32)}, as near-sdk-rs's {@code IndexMap} keys an element. */
    private byte[] elementKey(long index) {
        return key(new byte[] {(byte) index, (byte) (index >>> 8), (byte) (index >>> 16), (byte) (index >>> 24)});
    }

    private static ContractPanic outOfBounds(long index) {
        return new ContractPanic("Vector index " + index + " is out of bounds");
    }
}
