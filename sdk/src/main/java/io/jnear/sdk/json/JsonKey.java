package io.jnear.sdk.json;

import io.jnear.sdk.AccountId;
import java.util.HashMap;
import java.util.Map;

/**
 * How a map key of one Java type is written as a JSON object key and read back. serde_json writes
 * integer keys as their decimal text ({@code {"7": …}}) and reads them back strictly; strings and
 * account ids are themselves; enum keys are the constant's name.
 *
 * @param <K> the key type
 */
public abstract class JsonKey<K> {
    private JsonKey() {
    }

    /** Reads the next member's name, and its colon, as a key. */
    abstract K read(JsonReader in);

    abstract String format(K key);

    public static final JsonKey<String> STRING = new TextKey<>() {
        @Override
        String parse(JsonReader in, String text) {
            return text;
        }

        @Override
        String format(String key) {
            return key;
        }
    };

    public static final JsonKey<AccountId> ACCOUNT_ID = new TextKey<>() {
        @Override
        AccountId parse(JsonReader in, String text) {
            try {
                return AccountId.of(text);
            } catch (IllegalArgumentException e) {
                throw in.error("invalid value: string \"" + text + "\", expected an account id");
            }
        }

        @Override
        String format(AccountId key) {
            return key.toString();
        }
    };

    public static final JsonKey<Integer> I32 = integer("i32", Integer.MIN_VALUE, Integer.MAX_VALUE, v -> (int) v);
    public static final JsonKey<Long> I64 = integer("i64", Long.MIN_VALUE, Long.MAX_VALUE, v -> v);

    private static <N extends Number> JsonKey<N> integer(String type, long min, long max,
            java.util.function.LongFunction<N> box) {
        return new JsonKey<>() {
            @Override
            N read(JsonReader in) {
                return box.apply(in.nextIntegerName(type, min, max));
            }

            @Override
            String format(N key) {
                return key.toString();
            }
        };
    }

    /** Keys that are an enum's constants, by name; {@code constants} is {@code E.values()}. */
    public static <E extends Enum<E>> JsonKey<E> enumeration(E[] constants) {
        Map<String, E> byName = new HashMap<>();
        for (E e : constants) {
            byName.put(e.name(), e);
        }
        return new TextKey<>() {
            @Override
            E parse(JsonReader in, String text) {
                E e = byName.get(text);
                if (e == null) {
                    throw in.error("unknown variant `" + text + "`");
                }
                return e;
            }

            @Override
            String format(E key) {
                return key.name();
            }
        };
    }

    /** A key that is its member's name, decoded as a string. */
    private abstract static class TextKey<K> extends JsonKey<K> {
        @Override
        final K read(JsonReader in) {
            return parse(in, in.nextName());
        }

        /** The key {@code text} stands for; {@code in} reports the error if it stands for none. */
        abstract K parse(JsonReader in, String text);
    }
}
