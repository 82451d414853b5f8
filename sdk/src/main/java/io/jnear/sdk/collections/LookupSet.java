package io.jnear.sdk.collections;

import io.jnear.sdk.borsh.BorshCodec;
import io.jnear.sdk.borsh.BorshReader;
import io.jnear.sdk.Env;
import java.util.Objects;

/**
 * A set whose members live in contract storage, one storage entry per member. It cannot be iterated.
 *
 * <p>Member {@code m} is stored under {@code prefix + borsh(m)} with an empty value, as
 * near-sdk-rs stores it. Members may not be null. In the contract's state the set is stored as its
 * prefix only; declare the field with a concrete type argument so it can be read back.
 *
 * @param <T> the member type
 */
public final class LookupSet<T> extends PrefixedCollection {
    private static final byte[] PRESENT = new byte[0];

    private final BorshCodec<T> members;

    /**
     * A set under the UTF-8 bytes of {@code prefix} whose codec the processor wires from the field's
     * declared type argument: {@code LookupSet<AccountId> admins = new LookupSet<>("s");} as a contract's
     * field, created when the contract is. A set made this way anywhere else has no codec and fails when
     * used.
     */
    public LookupSet(String prefix) {
        super(utf8(prefix));
        this.members = FieldCollections.codec(FieldCollections.next(this), 0, "LookupSet");
    }

    /**
     * The collection a contract's state stored with {@link #writeState}: its prefix. Generated state codecs
     * call it; contract code has no need to.
     */
    public static <T> LookupSet<T> readState(BorshReader in, BorshCodec<T> codec) {
        return new LookupSet<>(in.bytes(), codec);
    }

    /** A set under {@code prefix} whose members {@code codec} reads and writes: no reflection at all. */
    public LookupSet(byte[] prefix, BorshCodec<T> codec) {
        super(prefix);
        this.members = required(codec);
    }

    /** A set under the UTF-8 bytes of {@code prefix} whose members {@code codec} reads and writes. */
    public LookupSet(String prefix, BorshCodec<T> codec) {
        this(utf8(prefix), codec);
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
        return key(members, Objects.requireNonNull(member, "member"));
    }
}
