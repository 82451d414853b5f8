package io.jnear.sdk.collections;

import io.jnear.sdk.borsh.BorshCodec;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import io.jnear.sdk.Env;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * One optional value kept in its own storage entry instead of in the contract's state, so a large value
 * (metadata, a blob) is read only by the calls that use it.
 *
 * <p>The value is stored as JSON under exactly the prefix. In the contract's state the option is stored
 * as its prefix only; declare the field with a concrete type argument so it can be read back.
 *
 * @param <T> the value type
 */
public final class LazyOption<T> extends PrefixedCollection {
    private final Codec<T> values;
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

    /** An option under {@code prefix} whose value {@code codec} reads and writes: no reflection at all. */
    public LazyOption(byte[] prefix, BorshCodec<T> codec) {
        this(prefix, Codec.of(codec), false);
    }

    /** An option under the UTF-8 bytes of {@code prefix} whose value {@code codec} reads and writes. */
    public LazyOption(String prefix, BorshCodec<T> codec) {
        this(utf8(prefix), Codec.of(codec), false);
    }

    private LazyOption(byte[] prefix, Codec<T> codec, boolean fromField) {
        super(prefix);
        this.values = fromField ? Codec.ofField(FieldCollections.next(this), 0, "LazyOption") : codec;
        this.storageKey = prefix();
    }

    /** An option stored under the UTF-8 bytes of {@code prefix}, holding a value of {@code type}. */
    public LazyOption(String prefix, Class<T> type) {
        this(utf8(prefix), javaType(type));
    }

    /** An option stored under {@code prefix}, holding a value of {@code type}. */
    public LazyOption(byte[] prefix, Class<T> type) {
        this(prefix, javaType(type));
    }

    /** An option with a generic value type. */
    public LazyOption(String prefix, TypeReference<T> type) {
        this(utf8(prefix), javaType(type));
    }

    /** An option stored under {@code prefix} with a generic value type. */
    public LazyOption(byte[] prefix, TypeReference<T> type) {
        this(prefix, javaType(type));
    }

    /** An option whose value type is given as a reflection type (for framework code). */
    public LazyOption(String prefix, Type type) {
        this(utf8(prefix), javaType(type));
    }

    /** An option stored under {@code prefix} whose value type is given as a reflection type. */
    public LazyOption(byte[] prefix, Type type) {
        this(prefix, javaType(type));
    }

    LazyOption(byte[] prefix, JavaType type) {
        super(prefix);
        this.values = Codec.forValue(type);
        this.storageKey = prefix();
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
