package io.jnear.sdk.collections;

import io.jnear.sdk.ContractPanic;
import io.jnear.sdk.borsh.BorshCodec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Gives a collection created without codecs ({@code new LookupMap<>("a")}) the codecs of the field it is
 * created for. The generated dispatcher of a contract with Borsh state knows its collection fields and
 * their type arguments; around the {@code @Init} constructor it hands their codecs over in field order
 * ({@link #begin}), each codec-less collection created meanwhile takes the next, and afterwards
 * ({@link #end}) it checks that the collections created without codecs are those fields, in that order,
 * so a collection can never get another field's codecs. The same happens around the no-argument
 * constructor when a contract without an initializer runs for the first time. Outside an initializer a codec-less collection
 * has no codecs and says so when used. Generated code calls these; contract code does not.
 */
public final class FieldCollections {
    // one call runs at a time on a sandbox's thread, and every use is between begin and reset
    private static Deque<BorshCodec<?>[]> pending;
    private static List<Object> created;

    private FieldCollections() {
    }

    /** Starts an initializer: the key and value codecs of each collection field, in field order. */
    public static void begin(BorshCodec<?>[]... codecsInFieldOrder) {
        pending = new ArrayDeque<>(List.of(codecsInFieldOrder));
        created = new ArrayList<>();
    }

    /**
     * Panics unless the collections created without codecs since {@link #begin} are the first of
     * {@code fields}, in order (collections created with codecs take none, so they may only follow).
     */
    public static void end(Object... fields) {
        List<Object> made = created == null ? List.of() : created;
        boolean same = made.size() <= fields.length;
        for (int i = 0; same && i < made.size(); i++) {
            same = made.get(i) == fields[i];
        }
        if (!same) {
            throw new ContractPanic("Collections created without codecs must be the contract's collection "
                    + "fields, created once each in field order, before any collection field created with "
                    + "codecs; pass codecs otherwise");
        }
    }

    /** Ends an initializer, however it ended. */
    public static void reset() {
        pending = null;
        created = null;
    }

    /** The codecs for {@code collection}, created now without codecs; null outside an initializer. */
    static BorshCodec<?>[] next(Object collection) {
        if (pending == null) {
            return null;
        }
        created.add(collection);
        return pending.poll();
    }

    /**
     * The codec at {@code index} of {@code codecs} (from {@link #next}), or one that fails when used if
     * there are none.
     */
    @SuppressWarnings("unchecked")
    static <T> BorshCodec<T> codec(BorshCodec<?>[] codecs, int index, String collection) {
        return codecs == null ? new MissingCodec<>(collection) : (BorshCodec<T>) codecs[index];
    }
}
