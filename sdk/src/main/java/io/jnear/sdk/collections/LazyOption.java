package io.jnear.sdk.collections;

import io.jnear.sdk.borsh.BorshCodec;
import io.jnear.sdk.borsh.BorshReader;
import io.jnear.sdk.Env;
import java.util.Objects;

/**
 * One optional value kept in its own storage entry instead of in the contract's state, so a large value
 * (metadata, a blob) is read only by the calls that use it.
 *
 * <p>The value is stored as Borsh under exactly the prefix. In the contract's state the option is stored
 * as its prefix only; declare the field with a concrete type argument so it can be read back.
 *
 * @param <T> the value type
 */
public final class LazyOption<T> extends PrefixedCollection {
    private final BorshCodec<T> values;
    private final byte[] storageKey;

    /**
     * An option under the UTF-8 bytes of {@code prefix} whose codec the processor wires from the field's
     * declared type argument: {@code LazyOption<Metadata> metadata = new LazyOption<>("m");} as a contract's
     * field, created when the contract is. An option made this way anywhere else has no codec and fails
     * when used.
     */
    public LazyOption(String prefix) {
        this(utf8(prefix), null, true);
    }

    /**
     * The collection a contract's state stored with {@link #writeState}: its prefix. Generated state codecs
     * call it; contract code has no need to.
     */
    public static <T> LazyOption<T> readState(BorshReader in, BorshCodec<T> codec) {
        return new LazyOption<>(in.bytes(), codec);
    }

    /** An option under {@code prefix} whose value {@code codec} reads and writes: no reflection at all. */
    public LazyOption(byte[] prefix, BorshCodec<T> codec) {
        this(prefix, required(codec), false);
    }

    /** An option under the UTF-8 bytes of {@code prefix} whose value {@code codec} reads and writes. */
    public LazyOption(String prefix, BorshCodec<T> codec) {
        this(utf8(prefix), required(codec), false);
    }

    private LazyOption(byte[] prefix, BorshCodec<T> codec, boolean fromField) {
        super(prefix);
        this.values = fromField ? FieldCollections.codec(FieldCollections.next(this), 0, "LazyOption") : codec;
        this.storageKey = storagePrefix();
    }

    /** The stored value, or null if there is none. */
    public T get() {
        byte[] raw = Env.storageRead(storageKey);
        return raw == null ? null : values.decode(raw);
    }

    /** True if a value is stored. */
    public boolean isSome() {
        return Env.storageHasKey(storageKey);
    }

    /** Stores {@code value}, replacing any earlier one. Use {@link #remove()} to clear the option. */
    public void set(T value) {
        Env.storageWrite(storageKey, values.encode(Objects.requireNonNull(value, "value")));
    }

    /** Removes the value; returns true if there was one. */
    public boolean remove() {
        return Env.storageRemove(storageKey);
    }
}
