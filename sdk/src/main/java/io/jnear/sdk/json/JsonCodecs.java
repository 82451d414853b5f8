package io.jnear.sdk.json;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.U128;
import io.jnear.sdk.U16;
import io.jnear.sdk.U32;
import io.jnear.sdk.U64;
import io.jnear.sdk.U64Number;
import io.jnear.sdk.U8;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The codecs of the JDK's and the SDK's types, and of containers of other codecs' types, as serde_json
 * and near-sdk read and write them:
 *
 * <ul>
 *   <li>{@code boolean}: {@code true}/{@code false} only;</li>
 *   <li>{@code byte}, {@code short}, {@code int}, {@code long}: integer literals within the type's range
 *       ({@code 1.0}, {@code "1"} and {@code 1e3} are refused, as serde refuses them for {@code i32});
 *       {@link U8}, {@link U16}, {@link U32}, {@link U64Number}: the same for Rust's {@code u8}, {@code u16},
 *       {@code u32}, {@code u64} (negatives refused);</li>
 *   <li>{@code double}: any number literal that is finite, read to the double serde_json reads
 *       ({@link SerdeNumbers}); {@code float}: that double narrowed (so beyond the {@code float} range it is an
 *       infinity, as serde has it);
 *       integers refuse {@code -0}, which serde_json reads as a float;</li>
 *   <li>{@code char}: a string of one UTF-16 unit; {@code String}: a string;</li>
 *   <li>{@link U128}, {@link U64}, {@link NearToken} (yocto), {@link Gas}: decimal strings only, as
 *       near-sdk's {@code U128}, {@code U64}, {@code NearToken} and {@code Gas}; {@link AccountId} and {@link PublicKey}:
 *       strings, validated;</li>
 *   <li>{@code BigInteger} and {@code BigDecimal}: see {@link BigNumberCodecs}, kept apart so that a contract
 *       compiled to Wasm without them carries none of their code;</li>
 *   <li>{@code byte[]}: a base64 string with padding (near-sdk's {@code Base64VecU8});</li>
 *   <li>{@code Optional<T>}: {@code null} or a {@code T}; {@code Void}: {@code null};</li>
 *   <li>lists, sets and arrays: JSON arrays; maps: JSON objects with string, account, enum or integer
 *       keys (an integer key is the bare number between the quotes); enums: the constant's name as a string
 *       (or, as serde also reads a unit variant, {@code {"NAME":null}}).</li>
 * </ul>
 *
 * A {@code null} that is not an {@code Optional}'s is refused on reading.
 */
public final class JsonCodecs {
    private JsonCodecs() {
    }

    public static final JsonCodec<Boolean> BOOLEAN = new NonNull<>() {
        @Override
        public Boolean read(JsonReader in) {
            return in.nextBoolean();
        }

        @Override
        void writeValue(JsonWriter out, Boolean value) {
            out.value((boolean) value);
        }
    };

    public static final JsonCodec<Byte> I8 = integer("i8", Byte.MIN_VALUE, Byte.MAX_VALUE, v -> (byte) v);
    public static final JsonCodec<Short> I16 = integer("i16", Short.MIN_VALUE, Short.MAX_VALUE, v -> (short) v);
    public static final JsonCodec<Integer> I32 = integer("i32", Integer.MIN_VALUE, Integer.MAX_VALUE, v -> (int) v);
    public static final JsonCodec<Long> I64 = integer("i64", Long.MIN_VALUE, Long.MAX_VALUE, v -> v);

    public static final JsonCodec<U8> U8_NUMBER = unsigned("u8", 0xFFL, U8::of, U8::value);
    public static final JsonCodec<U16> U16_NUMBER = unsigned("u16", 0xFFFFL, U16::of, U16::value);
    public static final JsonCodec<U32> U32_NUMBER = unsigned("u32", 0xFFFF_FFFFL, U32::of, U32::value);
    /** (2^64 - 1) / 10: an unsigned 64-bit value above it cannot take another digit. */
    private static final long U64_TENTH = 1844674407370955161L;

    public static final JsonCodec<U64Number> U64_NUMBER = new NonNull<>() {
        @Override
        public U64Number read(JsonReader in) {
            String text = in.nextNumber("u64");
            if (!in.lastNumberIntegral() || text.equals("-0")) {
                throw in.error("invalid type: floating point `" + text + "`, expected u64");
            }
            long bits = 0;
            boolean fits = text.charAt(0) != '-' && text.length() <= 20;
            // digit by digit, as TeaVM's class library has no Long.parseUnsignedLong
            for (int i = 0; fits && i < text.length(); i++) {
                int digit = text.charAt(i) - '0';
                fits = Long.compareUnsigned(bits, U64_TENTH) < 0 || bits == U64_TENTH && digit <= 5;
                bits = bits * 10 + digit;
            }
            if (!fits) {
                throw in.error("invalid value: integer `" + text + "`, expected u64");
            }
            return U64Number.ofBits(bits);
        }

        @Override
        void writeValue(JsonWriter out, U64Number value) {
            out.unsignedValue(value.bits());
        }
    };

    public static final JsonCodec<Double> F64 = new NonNull<>() {
        @Override
        public Double read(JsonReader in) {
            double value = SerdeNumbers.f64(in.nextNumber("f64"));
            if (Double.isNaN(value)) {
                throw in.error("number out of range");
            }
            return value;
        }

        @Override
        void writeValue(JsonWriter out, Double value) {
            out.value((double) value);
        }
    };

    /**
     * As serde reads an {@code f32}: the number as serde_json's {@code f64}, which must be finite, then
     * narrowed (an integer literal converted directly), so a number beyond the {@code f32} range becomes an
     * infinity (written back as {@code null}).
     */
    public static final JsonCodec<Float> F32 = new NonNull<>() {
        @Override
        public Float read(JsonReader in) {
            float value = SerdeNumbers.f32(in.nextNumber("f32"));
            if (Float.isNaN(value)) {
                throw in.error("number out of range");
            }
            return value;
        }

        @Override
        void writeValue(JsonWriter out, Float value) {
            out.value((float) value);
        }
    };

    public static final JsonCodec<String> STRING = new NonNull<>() {
        @Override
        public String read(JsonReader in) {
            return in.nextString();
        }

        @Override
        void writeValue(JsonWriter out, String value) {
            out.value(value);
        }
    };

    public static final JsonCodec<Character> CHAR = new NonNull<>() {
        @Override
        public Character read(JsonReader in) {
            String text = in.nextString();
            if (text.length() != 1) {
                throw in.error("invalid value: string \"" + text + "\", expected a character");
            }
            return text.charAt(0);
        }

        @Override
        void writeValue(JsonWriter out, Character value) {
            out.value(String.valueOf(value));
        }
    };

    /** {@code null}, the JSON of a method that returns nothing ({@code ()} in Rust). */
    public static final JsonCodec<Void> VOID = new JsonCodec<>() {
        @Override
        public Void read(JsonReader in) {
            in.nextNull();
            return null;
        }

        @Override
        public void write(JsonWriter out, Void value) {
            out.nullValue();
        }
    };

    public static final JsonCodec<AccountId> ACCOUNT_ID = new AccountIdCodec();
    public static final JsonCodec<PublicKey> PUBLIC_KEY = text("a public key", PublicKey::parse, PublicKey::toString);
    public static final JsonCodec<U128> U128_STRING = new U128Codec();
    public static final JsonCodec<U64> U64_STRING = decimal("a string with a u64", 64, v -> U64.ofBits(v.lowBits()),
            U64::toString);
    public static final JsonCodec<NearToken> NEAR_TOKEN = decimal("a string with an amount of yoctoNEAR", 128,
            NearToken::ofYocto, NearToken::toYoctoString);
    public static final JsonCodec<Gas> GAS = decimal("a string with an amount of gas", 63, v -> Gas.of(v.lowBits()),
            g -> Long.toString(g.asGas()));

    public static final JsonCodec<byte[]> BASE64 = text("a base64 string", JsonCodecs::base64,
            b -> Base64.getEncoder().encodeToString(b));

    // near-sdk's Base64VecU8 decodes with base64's STANDARD engine: padding required and the last symbol's
    // unused bits zero. The shape is checked here first, so the JDK's decoder (and TeaVM's, in the Wasm build,
    // which fails differently on malformed text) only sees well-formed input; then only text that encodes
    // back unchanged passes, which refuses the lenient rest.
    private static byte[] base64(String text) {
        if (text.length() % 4 != 0) {
            throw new IllegalArgumentException("base64 comes in groups of four symbols");
        }
        int padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
        for (int i = 0; i < text.length() - padding; i++) {
            char c = text.charAt(i);
            boolean symbol = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/';
            if (!symbol) {
                throw new IllegalArgumentException("not a base64 symbol: " + c);
            }
        }
        byte[] bytes = Base64.getDecoder().decode(text);
        if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException("not canonical base64 with padding");
        }
        return bytes;
    }

    /** {@code null} as {@link Optional#empty()}, anything else as {@code element} reads it. */
    public static <T> JsonCodec<Optional<T>> optional(JsonCodec<T> element) {
        return new JsonCodec<>() {
            @Override
            public Optional<T> read(JsonReader in) {
                return in.nextIfNull() ? Optional.empty() : Optional.of(element.read(in));
            }

            @Override
            public void write(JsonWriter out, Optional<T> value) {
                if (value == null || value.isEmpty()) {
                    out.nullValue();
                } else {
                    element.write(out, value.get());
                }
            }
        };
    }

    /** A JSON array as an {@code ArrayList}. */
    public static <T> JsonCodec<List<T>> list(JsonCodec<T> element) {
        return collection(element, ArrayList::new);
    }

    /** A JSON array as an {@code ArrayList}, for a declared {@code Collection}. */
    public static <T> JsonCodec<Collection<T>> collection(JsonCodec<T> element) {
        return collection(element, ArrayList::new);
    }

    /** A JSON array as a {@code LinkedHashSet} (a repeated element is kept once, as serde's sets do). */
    public static <T> JsonCodec<Set<T>> set(JsonCodec<T> element) {
        return collection(element, n -> new LinkedHashSet<>());
    }

    /** A JSON array as a {@code TreeSet}. */
    public static <T> JsonCodec<SortedSet<T>> sortedSet(JsonCodec<T> element) {
        return collection(element, n -> new TreeSet<>());
    }

    /**
     * A JSON array as the collection {@code create} makes, for a declared concrete type such as
     * {@code ArrayList} or {@code TreeSet}; written in the collection's own iteration order.
     */
    public static <T, C extends Collection<T>> JsonCodec<C> collectionOf(JsonCodec<T> element,
            java.util.function.Supplier<C> create) {
        return collection(element, n -> create.get());
    }

    /** A JSON array as a Java array, made by {@code newArray}. */
    public static <T> JsonCodec<T[]> array(JsonCodec<T> element, IntFunction<T[]> newArray) {
        JsonCodec<List<T>> list = list(element);
        return new NonNull<>() {
            @Override
            public T[] read(JsonReader in) {
                return list.read(in).toArray(newArray);
            }

            @Override
            void writeValue(JsonWriter out, T[] value) {
                list.write(out, java.util.Arrays.asList(value));
            }
        };
    }

    /** A JSON object as a {@code LinkedHashMap}, in the object's order; a repeated key keeps its last value. */
    public static <K, V> JsonCodec<Map<K, V>> map(JsonKey<K> key, JsonCodec<V> value) {
        return mapOf(key, value, () -> new LinkedHashMap<>());
    }

    /** A JSON object as a {@code TreeMap}. */
    public static <K, V> JsonCodec<SortedMap<K, V>> sortedMap(JsonKey<K> key, JsonCodec<V> value) {
        return mapOf(key, value, TreeMap::new);
    }

    /** An enum as its constants' names; {@code constants} is {@code E.values()}. */
    public static <E extends Enum<E>> JsonCodec<E> enumeration(String name, E[] constants) {
        Map<String, E> byName = new HashMap<>();
        for (E e : constants) {
            byName.put(e.name(), e);
        }
        return new NonNull<>() {
            @Override
            public E read(JsonReader in) {
                JsonReader.Kind kind = in.peek();
                if (kind == JsonReader.Kind.OBJECT) {
                    return readTagged(in);
                }
                if (kind != JsonReader.Kind.STRING) {
                    throw in.typeError(kind, "enum " + name);
                }
                return constant(in, in.nextString());
            }

            // serde also reads a unit variant in its externally tagged form, {"GREEN":null}
            private E readTagged(JsonReader in) {
                in.beginObject();
                if (!in.hasNext()) {
                    throw in.error("expected value");
                }
                E e = constant(in, in.nextName());
                in.nextNull();
                if (in.hasNext()) {
                    throw in.error("expected value");
                }
                in.endObject();
                return e;
            }

            private E constant(JsonReader in, String text) {
                E e = byName.get(text);
                if (e == null) {
                    throw in.error("unknown variant `" + text + "`");
                }
                return e;
            }

            @Override
            void writeValue(JsonWriter out, E value) {
                out.value(value.name());
            }
        };
    }

    private static <T, C extends Collection<T>> JsonCodec<C> collection(JsonCodec<T> element,
            IntFunction<C> create) {
        return new NonNull<>() {
            @Override
            public C read(JsonReader in) {
                C out = create.apply(8);
                in.beginArray();
                while (in.hasNext()) {
                    out.add(element.read(in));
                }
                in.endArray();
                return out;
            }

            @Override
            void writeValue(JsonWriter out, C value) {
                out.beginArray();
                for (T t : value) {
                    element.write(out, t);
                }
                out.endArray();
            }
        };
    }

    /**
     * A JSON object as the map {@code create} makes, for a declared concrete type such as {@code TreeMap}
     * or {@code LinkedHashMap}; written in the map's own iteration order.
     */
    public static <K, V, M extends Map<K, V>> JsonCodec<M> mapOf(JsonKey<K> key, JsonCodec<V> value,
            java.util.function.Supplier<M> create) {
        return new NonNull<>() {
            @Override
            public M read(JsonReader in) {
                M out = create.get();
                in.beginObject();
                while (in.hasNext()) {
                    K k = key.read(in);
                    out.put(k, value.read(in));
                }
                in.endObject();
                return out;
            }

            @Override
            void writeValue(JsonWriter out, M map) {
                out.beginObject();
                for (Map.Entry<K, V> e : map.entrySet()) {
                    value.write(out.name(key.format(e.getKey())), e.getValue());
                }
                out.endObject();
            }
        };
    }

    private interface LongTo<T> {
        T apply(long value);
    }

    private static <T extends Number> JsonCodec<T> integer(String type, long min, long max, LongTo<T> box) {
        return new NonNull<>() {
            @Override
            public T read(JsonReader in) {
                return box.apply(readInteger(in, type, min, max));
            }

            @Override
            void writeValue(JsonWriter out, T value) {
                out.value(value.longValue());
            }
        };
    }

    private static <T> JsonCodec<T> unsigned(String type, long max, java.util.function.LongFunction<T> of,
            java.util.function.ToLongFunction<T> value) {
        return new NonNull<>() {
            @Override
            public T read(JsonReader in) {
                return of.apply(readInteger(in, type, 0, max));
            }

            @Override
            void writeValue(JsonWriter out, T v) {
                out.value(value.applyAsLong(v));
            }
        };
    }

    /** The next value as an integer literal in {@code min..max}; {@code type} names it in errors. */
    static long readInteger(JsonReader in, String type, long min, long max) {
        String text = in.nextNumber(type);
        // serde_json reads -0 as the float -0.0, which no integer type takes
        if (!in.lastNumberIntegral() || text.equals("-0")) {
            throw in.error("invalid type: floating point `" + text + "`, expected " + type);
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw in.error("invalid value: integer `" + text + "`, expected " + type);
        }
        if (value < min || value > max) {
            throw in.error("invalid value: integer `" + text + "`, expected " + type);
        }
        return value;
    }

    private static <T> JsonCodec<T> text(String expected, java.util.function.Function<String, T> parse,
            java.util.function.Function<T, String> format) {
        return new NonNull<>() {
            @Override
            public T read(JsonReader in) {
                String text = textOf(in, expected);
                try {
                    return parse.apply(text);
                } catch (IllegalArgumentException e) {
                    throw badText(in, text, expected);
                }
            }

            @Override
            void writeValue(JsonWriter out, T value) {
                out.value(format.apply(value));
            }
        };
    }

    private static String textOf(JsonReader in, String expected) {
        JsonReader.Kind kind = in.peek();
        if (kind != JsonReader.Kind.STRING) {
            throw in.typeError(kind, expected);
        }
        return in.nextString();
    }

    private static JsonException badText(JsonReader in, String text, String expected) {
        return in.error("invalid value: string \"" + text + "\", expected " + expected);
    }

    private static <T> JsonCodec<T> decimal(String expected, int bits,
            java.util.function.Function<U128, T> of, java.util.function.Function<T, String> format) {
        return new NonNull<>() {
            @Override
            public T read(JsonReader in) {
                return of.apply(decimalOf(in, expected, bits));
            }

            @Override
            void writeValue(JsonWriter out, T v) {
                out.value(format.apply(v));
            }
        };
    }

    // Rust's u128::from_str: an optional '+', then at least one ASCII digit; nothing else, no spaces
    private static U128 decimalOf(JsonReader in, String expected, int bits) {
        String text = textOf(in, expected);
        int start = text.startsWith("+") ? 1 : 0;
        boolean digits = text.length() > start;
        for (int i = start; i < text.length() && digits; i++) {
            digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        U128 number = null;
        if (digits) {
            try {
                number = U128.parse(text);
            } catch (IllegalArgumentException | ArithmeticException e) {
                number = null; // more than 39 digits, or past 2^128 - 1
            }
        }
        if (number == null || number.bitLength() > bits) {
            throw badText(in, text, expected);
        }
        return number;
    }

    /*
     * Account IDs and U128 amounts, in nearly every call's arguments, have classes of their own rather than
     * text() or decimal() with lambdas: a call through those shared classes reaches every type's lambda from
     * one call site, which the JIT cannot inline.
     */

    private static final class AccountIdCodec implements JsonCodec<AccountId> {
        private static final String EXPECTED = "an account id";

        @Override
        public AccountId read(JsonReader in) {
            String text = textOf(in, EXPECTED);
            try {
                return AccountId.of(text);
            } catch (IllegalArgumentException e) {
                throw badText(in, text, EXPECTED);
            }
        }

        @Override
        public void write(JsonWriter out, AccountId value) {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.toString());
            }
        }
    }

    private static final class U128Codec implements JsonCodec<U128> {
        private static final String EXPECTED = "a string with a u128";

        @Override
        public U128 read(JsonReader in) {
            return decimalOf(in, EXPECTED, 128);
        }

        @Override
        public void write(JsonWriter out, U128 value) {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.toString());
            }
        }
    }

    /** A codec whose values are never null: null is refused on reading and written as {@code null}. */
    abstract static class NonNull<T> implements JsonCodec<T> {
        @Override
        public final void write(JsonWriter out, T value) {
            if (value == null) {
                out.nullValue();
            } else {
                writeValue(out, value);
            }
        }

        abstract void writeValue(JsonWriter out, T value);
    }
}
