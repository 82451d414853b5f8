package io.jnear.sdk.collections;

import io.jnear.sdk.borsh.BorshCodec;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import io.jnear.sdk.Env;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * A set whose members live in contract storage, one storage entry per member. It cannot be iterated.
 *
 * <p>Member {@code m} is stored under {@code prefix + encode(m)} with an empty value, where
 * {@code encode} is the raw UTF-8 of {@code String} and {@link io.jnear.sdk.AccountId} members and the
 * JSON of any other member. Members may not be null. In the contract's state the set is stored as its
 * prefix only; declare the field with a concrete type argument so it can be read back.
 *
 * @param <T> the member type
 */
public final class LookupSet<T> extends PrefixedCollection {
    private static final byte[] PRESENT = new byte[0];

    private final Codec<T> members;

    /**
     * A set under the UTF-8 bytes of {@code prefix} whose codec the processor wires from the field's
     * declared type argument: {@code LookupSet<AccountId> admins = new LookupSet<>("s");} as a contract's
     * field, created when the contract is. A set made this way anywhere else has no codec and fails when
     * used.
     */
    public LookupSet(String prefix) {
        super(utf8(prefix));
        this.members = Codec.ofField(FieldCollections.next(this), 0, "LookupSet");
    }

    /** A set under {@code prefix} whose members {@code codec} reads and writes: no reflection at all. */
    public LookupSet(byte[] prefix, BorshCodec<T> codec) {
        super(prefix);
        this.members = Codec.of(codec);
    }

    /** A set under the UTF-8 bytes of {@code prefix} whose members {@code codec} reads and writes. */
    public LookupSet(String prefix, BorshCodec<T> codec) {
        this(utf8(prefix), codec);
    }

    /** A set under the UTF-8 bytes of {@code prefix}, with members of {@code type}. */
    public LookupSet(String prefix, Class<T> type) {
        this(utf8(prefix), javaType(type));
    }

    /** A set under {@code prefix}, with members of {@code type}. */
    public LookupSet(byte[] prefix, Class<T> type) {
        this(prefix, javaType(type));
    }

    /** A set with a generic member type. */
    public LookupSet(String prefix, TypeReference<T> type) {
        this(utf8(prefix), javaType(type));
    }

    /** A set under {@code prefix} with a generic member type. */
    public LookupSet(byte[] prefix, TypeReference<T> type) {
        this(prefix, javaType(type));
    }

    /** A set whose member type is given as a reflection type (for framework code). */
    public LookupSet(String prefix, Type type) {
        this(utf8(prefix), javaType(type));
    }

    /** A set under {@code prefix} whose member type is given as a reflection type. */
    public LookupSet(byte[] prefix, Type type) {
        this(prefix, javaType(type));
    }

    LookupSet(byte[] prefix, JavaType type) {
        super(prefix);
        this.members = Codec.forKey(type);
    }

    /** True if {@code member} is in the set. */
    public boolean contains(T member) {
        return Env.storageHasKey(memberKey(member));
    }

    /** Adds {@code member}; returns true if it was not in the set before. */
    public boolean insert(T member) {
        return !Env.storageWrite(memberKey(member), PRESENT);
    }

    /** Removes {@code member}; returns true if it was in the set. */
    public boolean remove(T member) {
        return Env.storageRemove(memberKey(member));
    }

    private byte[] memberKey(T member) {
        return key(members.encode(Objects.requireNonNull(member, "member")));
    }
}
