package io.jnear.sdk.borsh;

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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Borsh codecs of the JDK's and the SDK's types, as near-sdk-rs writes the matching Rust types:
 * {@code boolean} as {@code bool}, {@code byte}…{@code long} as {@code i8}…{@code i64}, {@code float}/
 * {@code double} as {@code f32}/{@code f64} (NaN refused, as Borsh does), {@code char} as Rust's
 * {@code char} ({@code u32}), {@code String} and {@link AccountId} as strings, {@link U128} and
 * {@link NearToken} as {@code u128}, {@link U64} and {@link Gas} as {@code u64}, {@link U8}, {@link U16},
 * {@link U32} as {@code u8}, {@code u16}, {@code u32}, {@link PublicKey} as its curve byte and
 * key bytes, {@code byte[]} as {@code Vec<u8>}, {@code Optional} as {@code Option}, lists as {@code Vec}
 * and maps as {@code u32} count and then key, value pairs in iteration order.
 */
public final class BorshCodecs {
    private BorshCodecs() {
    }

    public static final BorshCodec<Boolean> BOOLEAN = of(BorshReader::bool, BorshWriter::bool);
    public static final BorshCodec<Byte> I8 = of(in -> (byte) in.u8(), (out, v) -> out.u8(v));
    public static final BorshCodec<Short> I16 = of(in -> (short) in.u16(), (out, v) -> out.u16(v));
    public static final BorshCodec<Integer> I32 = of(BorshReader::u32, BorshWriter::u32);
    public static final BorshCodec<Long> I64 = new I64Codec();
    public static final BorshCodec<Float> F32 = of(in -> notNaN(Float.intBitsToFloat(in.u32())),
            (out, v) -> out.u32(Float.floatToIntBits(notNaN(v))));
    public static final BorshCodec<Double> F64 = of(in -> notNaN(Double.longBitsToDouble(in.u64())),
            (out, v) -> out.u64(Double.doubleToLongBits(notNaN(v))));
    public static final BorshCodec<Character> CHAR = of(BorshCodecs::readChar, (out, v) -> out.u32(v));
    public static final BorshCodec<String> STRING = new StringCodec();
    public static final BorshCodec<byte[]> BYTES = of(BorshReader::bytes, BorshWriter::bytes);
    public static final BorshCodec<AccountId> ACCOUNT_ID = new AccountIdCodec();
    public static final BorshCodec<U128> U128_VALUE = new U128Codec();
    public static final BorshCodec<U8> U8_VALUE = of(in -> U8.of(in.u8()), (out, v) -> out.u8((int) v.value()));
    public static final BorshCodec<U16> U16_VALUE = of(in -> U16.of(in.u16()), (out, v) -> out.u16((int) v.value()));
    public static final BorshCodec<U32> U32_VALUE = of(in -> U32.of(in.u32() & 0xFFFF_FFFFL), // TeaVM lacks Integer.toUnsignedLong
            (out, v) -> out.u32((int) v.value()));
    public static final BorshCodec<U64> U64_VALUE = of(in -> U64.ofBits(in.u64()), (out, v) -> out.u64(v.bits()));
    public static final BorshCodec<U64Number> U64_NUMBER = of(in -> U64Number.ofBits(in.u64()),
            (out, v) -> out.u64(v.bits()));
    public static final BorshCodec<NearToken> NEAR_TOKEN = of(in -> NearToken.ofYocto(in.u128Value()),
            (out, v) -> out.u128(v.asU128()));
    public static final BorshCodec<Gas> GAS = of(in -> gas(in.u64()), (out, v) -> out.u64(v.asGas()));
    /** near-sdk's {@code PublicKey}: its data as a {@code Vec<u8>}, the curve's byte (0, ed25519) and then the key. */
    public static final BorshCodec<PublicKey> PUBLIC_KEY = of(BorshCodecs::readKey,
            (out, v) -> out.bytes(keyData(v)));

    /** {@code Option<T>}: {@code 0}, or {@code 1} and the value. */
    public static <T> BorshCodec<Optional<T>> optional(BorshCodec<T> element) {
        return new OptionalCodec<>(element);
    }

    /** {@code Vec<T>} as an {@code ArrayList}. */
    public static <T> BorshCodec<List<T>> list(BorshCodec<T> element) {
        return collectionOf(element, ArrayList::new);
    }

    /**
     * {@code Vec<T>} (or a set: {@code BTreeSet}/{@code HashSet}) as the collection {@code create} makes,
     * for a declared concrete type such as {@code ArrayList} or {@code TreeSet}: a {@code u32} count and
     * the elements in the collection's iteration order (sorted for a {@code TreeSet}, insertion order for
     * a {@code LinkedHashSet}).
     */
    public static <T, C extends Collection<T>> BorshCodec<C> collectionOf(BorshCodec<T> element,
            Supplier<C> create) {
        return of(in -> {
            int count = in.length();
            C collection = create.get();
            for (int i = 0; i < count; i++) {
                collection.add(element.read(in));
            }
            return collection;
        }, (out, collection) -> {
            out.u32(collection.size());
            for (T t : collection) {
                element.write(out, t);
            }
        });
    }

    /**
     * A map as the map {@code create} makes, for a declared concrete type such as {@code TreeMap} (entries
     * in key order, as Borsh writes a {@code BTreeMap}) or {@code LinkedHashMap} (insertion order): a
     * {@code u32} count, then each key and its value.
     */
    public static <K, V, M extends Map<K, V>> BorshCodec<M> mapOf(BorshCodec<K> key, BorshCodec<V> value,
            Supplier<M> create) {
        return of(in -> {
            int count = in.length();
            M map = create.get();
            for (int i = 0; i < count; i++) {
                map.put(key.read(in), value.read(in));
            }
            return map;
        }, (out, map) -> {
            out.u32(map.size());
            for (Map.Entry<K, V> e : map.entrySet()) {
                key.write(out, e.getKey());
                value.write(out, e.getValue());
            }
        });
    }

    /** A map as a {@code LinkedHashMap}, entries in the order written. */
    public static <K, V> BorshCodec<Map<K, V>> map(BorshCodec<K> key, BorshCodec<V> value) {
        return mapOf(key, value, LinkedHashMap::new);
    }

    /** An enum as the {@code u8} index of its constant; {@code constants} is {@code E.values()}. */
    public static <E extends Enum<E>> BorshCodec<E> enumeration(E[] constants) {
        E[] copy = constants.clone();
        return of(in -> {
            int index = in.u8();
            if (index >= copy.length) {
                throw new BorshException("Unexpected variant index: " + index);
            }
            return copy[index];
        }, (out, v) -> out.u8(v.ordinal()));
    }

    private interface Write<T> {
        void write(BorshWriter out, T value);
    }

    private static <T> BorshCodec<T> of(Function<BorshReader, T> read, Write<T> write) {
        return new BorshCodec<>() {
            @Override
            public T read(BorshReader in) {
                return read.apply(in);
            }

            @Override
            public void write(BorshWriter out, T value) {
                write.write(out, java.util.Objects.requireNonNull(value, "Borsh has no null"));
            }
        };
    }

    /*
     * The codecs contract state and collection keys use most have classes of their own rather than lambdas
     * in of(): a call through of()'s shared class reaches every codec's lambda from one call site, which the
     * JIT cannot inline, and these run several times in every call.
     */

    private static final class I64Codec implements BorshCodec<Long> {
        @Override
        public Long read(BorshReader in) {
            return in.u64();
        }

        @Override
        public void write(BorshWriter out, Long value) {
            out.u64(java.util.Objects.requireNonNull(value, "Borsh has no null"));
        }
    }

    private static final class StringCodec implements BorshCodec<String> {
        @Override
        public String read(BorshReader in) {
            return in.string();
        }

        @Override
        public void write(BorshWriter out, String value) {
            out.string(java.util.Objects.requireNonNull(value, "Borsh has no null"));
        }
    }

    private static final class AccountIdCodec implements BorshCodec<AccountId> {
        @Override
        public AccountId read(BorshReader in) {
            return accountId(in.string());
        }

        @Override
        public void write(BorshWriter out, AccountId value) {
            out.string(java.util.Objects.requireNonNull(value, "Borsh has no null").toString());
        }
    }

    private static final class U128Codec implements BorshCodec<U128> {
        @Override
        public U128 read(BorshReader in) {
            return in.u128Value();
        }

        @Override
        public void write(BorshWriter out, U128 value) {
            out.u128(java.util.Objects.requireNonNull(value, "Borsh has no null"));
        }

        @Override
        public byte[] encode(U128 value) {
            BorshWriter out = new BorshWriter(16); // a token balance, written into exactly its room
            write(out, value);
            return out.toBytes();
        }
    }

    private static final class OptionalCodec<T> implements BorshCodec<Optional<T>> {
        private final BorshCodec<T> element;

        OptionalCodec(BorshCodec<T> element) {
            this.element = element;
        }

        @Override
        public Optional<T> read(BorshReader in) {
            return in.bool() ? Optional.of(element.read(in)) : Optional.empty();
        }

        @Override
        public void write(BorshWriter out, Optional<T> value) {
            java.util.Objects.requireNonNull(value, "Borsh has no null");
            out.bool(value.isPresent());
            if (value.isPresent()) {
                element.write(out, value.get());
            }
        }
    }

    private static <N extends Number> N notNaN(N value) {
        if (Double.isNaN(value.doubleValue())) {
            throw new BorshException("NaN is not allowed in Borsh");
        }
        return value;
    }

    private static char readChar(BorshReader in) {
        int code = in.u32();
        if (code < 0 || code > Character.MAX_VALUE) {
            throw new BorshException("Not a char of one UTF-16 unit: " + Integer.toUnsignedString(code));
        }
        return (char) code;
    }

    private static AccountId accountId(String text) {
        try {
            return AccountId.of(text);
        } catch (IllegalArgumentException e) {
            throw new BorshException("Invalid account id: " + text);
        }
    }

    private static Gas gas(long value) {
        if (value < 0) {
            throw new BorshException("Gas beyond what this SDK holds: " + Long.toUnsignedString(value));
        }
        return Gas.of(value);
    }

    private static PublicKey readKey(BorshReader in) {
        byte[] data = in.bytes();
        if (data.length == 0 || data[0] != 0) {
            throw new BorshException("Unsupported key curve: " + (data.length == 0 ? "none" : data[0] & 0xFF));
        }
        if (data.length != 33) {
            throw new BorshException("An ed25519 key has 32 bytes, not " + (data.length - 1));
        }
        return PublicKey.ed25519(java.util.Arrays.copyOfRange(data, 1, 33));
    }

    private static byte[] keyData(PublicKey key) {
        byte[] data = new byte[33];
        System.arraycopy(key.bytes(), 0, data, 1, 32);
        return data;
    }
}
