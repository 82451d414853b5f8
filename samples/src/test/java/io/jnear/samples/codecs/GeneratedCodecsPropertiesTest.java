package io.jnear.samples.codecs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.samples.codecs.Catalogue.Crate;
import io.jnear.samples.codecs.Catalogue.Item;
import io.jnear.samples.codecs.Catalogue.Shelf;
import io.jnear.samples.codecs.Catalogue.Slot;
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
import io.jnear.sdk.json.JsonCodec;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The codecs the processor generated for {@link Catalogue}: for records, a {@code @Tuple} record, a class,
 * an enum, a method's arguments and the contract's Borsh state, encoding then decoding gives back the
 * value; and the positional form of the arguments decodes to what the object form does.
 */
class GeneratedCodecsPropertiesTest {
    private static Arbitrary<String> texts() {
        // any text without lone surrogates: JSON and Borsh carry Unicode scalar values, as Rust's String
        return Arbitraries.strings().ofMaxLength(12).filter(s -> s.codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE));
    }

    /**
     * Decimals of at most {@code digits} significant digits whose last digit's exponent is within -22..0 or
     * 16..22: as floats and doubles, the values serde_json reads back exactly as it writes them (others may come
     * back a unit in the last place apart, in Rust too; see the SDK's {@code SerdeNumbersTest}).
     */
    private static Arbitrary<String> decimals(int digits) {
        long max = (long) Math.pow(10, digits) - 1;
        return Combinators.combine(Arbitraries.longs().between(1, max).filter(m -> m % 10 != 0),
                Arbitraries.oneOf(Arbitraries.integers().between(-22, 0), Arbitraries.integers().between(16, 22)),
                Arbitraries.of("", "-")).as((m, e, sign) -> sign + m + "e" + e);
    }

    private static Arbitrary<AccountId> accounts() {
        return Arbitraries.strings().withChars("abcxyz019").ofMinLength(2).ofMaxLength(20)
                .map(s -> AccountId.of(s + ".near"));
    }

    private static Arbitrary<U128> u128s() {
        return Arbitraries.bigIntegers().between(BigInteger.ZERO, U128.MAX.asBigInteger()).map(U128::of);
    }

    @Provide
    static Arbitrary<Slot> slots() {
        return Combinators.combine(Arbitraries.of(Shelf.class), Arbitraries.shorts(), texts().optional())
                .as(Slot::new);
    }

    @SuppressWarnings("unchecked")
    @Provide
    static Arbitrary<Item> items() {
        List<Arbitrary<Object>> parts = List.of(
                texts().map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.bytes().map(Object.class::cast),
                Arbitraries.shorts().map(Object.class::cast),
                Arbitraries.integers().map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast),
                decimals(6).map(d -> (Object) Float.parseFloat(d)),
                decimals(15).map(d -> (Object) Double.parseDouble(d)),
                Arbitraries.chars().filter(c -> !Character.isSurrogate(c)).map(Object.class::cast),
                Arbitraries.integers().between(0, 255).map(v -> (Object) U8.of(v)),
                Arbitraries.integers().between(0, 65_535).map(v -> (Object) U16.of(v)),
                Arbitraries.longs().between(0, 4_294_967_295L).map(v -> (Object) U32.of(v)),
                Arbitraries.longs().map(bits -> (Object) U64.ofBits(bits)),
                Arbitraries.longs().map(bits -> (Object) U64Number.ofBits(bits)),
                u128s().map(Object.class::cast),
                u128s().map(v -> (Object) NearToken.ofYocto(v.asBigInteger())),
                Arbitraries.longs().between(0, Long.MAX_VALUE).map(v -> (Object) Gas.of(v)),
                accounts().map(Object.class::cast),
                Arbitraries.bytes().array(byte[].class).ofSize(32).map(b -> (Object) PublicKey.ed25519(b)),
                texts().optional().map(Object.class::cast),
                Arbitraries.integers().list().ofMaxSize(4).map(Object.class::cast),
                Arbitraries.maps(texts(), Arbitraries.longs()).ofMaxSize(3).map(Object.class::cast),
                Arbitraries.maps(Arbitraries.integers(), Arbitraries.of(Shelf.class)).ofMaxSize(3)
                        .map(m -> (Object) new TreeMap<>(m)),
                slots().map(Object.class::cast),
                slots().optional().list().ofMaxSize(3).map(Object.class::cast));
        return Combinators.combine(parts).as(v -> new Item((String) v.get(0), (boolean) v.get(1), (byte) v.get(2),
                (short) v.get(3), (int) v.get(4), (long) v.get(5), (float) v.get(6), (double) v.get(7),
                (char) v.get(8), (U8) v.get(9), (U16) v.get(10), (U32) v.get(11), (U64) v.get(12), (U64Number) v.get(13),
                (U128) v.get(14), (NearToken) v.get(15), (Gas) v.get(16), (AccountId) v.get(17), (PublicKey) v.get(18),
                (Optional<String>) v.get(19), (List<Integer>) v.get(20), (java.util.Map<String, Long>) v.get(21),
                (TreeMap<Integer, Shelf>) v.get(22), (Slot) v.get(23), (List<Optional<Slot>>) v.get(24)));
    }

    private static <T> T jsonRoundTrip(JsonCodec<T> codec, T value) {
        return codec.decode(codec.encode(value));
    }

    @Property(tries = 300)
    void aRecordReadsBackFromItsJson(@ForAll("items") Item item) {
        assertEquals(item, jsonRoundTrip(CatalogueCodecs.ItemCodec.INSTANCE, item));
    }

    @Property(tries = 300)
    void aRecordReadsBackFromItsBorsh(@ForAll("items") Item item) {
        var codec = CatalogueCodecs.ItemBorshCodec.INSTANCE;
        assertEquals(item, codec.decode(codec.encode(item)));
    }

    @Property
    void aTupleRecordIsAnArrayAndReadsBack(@ForAll("slots") Slot slot) {
        byte[] json = CatalogueCodecs.SlotCodec.INSTANCE.encode(slot);
        assertEquals('[', json[0]);
        assertEquals(slot, CatalogueCodecs.SlotCodec.INSTANCE.decode(json));
        assertEquals(slot, CatalogueCodecs.SlotBorshCodec.INSTANCE.decode(CatalogueCodecs.SlotBorshCodec.INSTANCE.encode(slot)));
    }

    @Property
    void anEnumReadsBackFromItsJson(@ForAll Shelf shelf) {
        assertEquals(shelf, jsonRoundTrip(CatalogueCodecs.ShelfCodec.INSTANCE, shelf));
    }

    @Property(tries = 200)
    void aClassReadsBackFromItsJson(@ForAll("items") Item item, @ForAll("slots") Slot slot,
            @ForAll Optional<String> label) {
        Crate crate = new Crate();
        crate.label = label.orElse("crate");
        crate.items = new ArrayList<>(List.of(item, item));
        crate.slot = Optional.of(slot);
        crate.owners.put(item.owner(), slot.shelf());

        Crate back = jsonRoundTrip(CatalogueCodecs.CrateCodec.INSTANCE, crate);

        assertEquals(crate.label, back.label);
        assertEquals(crate.items, back.items);
        assertEquals(crate.slot, back.slot);
        assertEquals(crate.owners, back.owners);
    }

    @Property(tries = 200)
    void argumentsReadBackAndTheirPositionalFormReadsTheSame(@ForAll("items") Item item, @ForAll("slots") Slot slot,
            @ForAll Optional<Long> batch, @ForAll Shelf shelf) {
        var codec = CatalogueCodecs.AddArgsCodec.INSTANCE;
        var args = new CatalogueStub.AddArgs(item, slot, batch.map(U64Number::ofBits), shelf);

        assertEquals(args, jsonRoundTrip(codec, args));
        // the same values as an array in declaration order, as near-sdk-rs contracts send them
        String positional = "[" + json(CatalogueCodecs.ItemCodec.INSTANCE, item) + ","
                + json(CatalogueCodecs.SlotCodec.INSTANCE, slot) + ","
                + batch.map(Long::toUnsignedString).orElse("null") + ","
                + json(CatalogueCodecs.ShelfCodec.INSTANCE, shelf) + "]";
        assertEquals(args, codec.decode(positional.getBytes(StandardCharsets.UTF_8)));
    }

    private static <T> String json(JsonCodec<T> codec, T value) {
        return new String(codec.encode(value), StandardCharsets.UTF_8);
    }

    @Property(tries = 200)
    void theContractStateReadsBackFromItsBorsh(@ForAll("items") Item item, @ForAll("slots") Slot slot,
            @ForAll Optional<String> title, @ForAll byte[] seal) {
        Catalogue catalogue = new Catalogue();
        catalogue.title = title.orElse("");
        catalogue.items.add(item);
        catalogue.spare = Optional.of(slot);
        catalogue.slots.put(item.name(), slot);
        catalogue.shelf = slot.shelf();
        catalogue.total = item.u128();
        catalogue.seal = seal;
        var codec = CatalogueCodecs.StateCodec.INSTANCE;

        Catalogue back = codec.decode(codec.encode(catalogue));

        assertEquals(catalogue.title, back.title);
        assertEquals(catalogue.items, back.items);
        assertEquals(catalogue.spare, back.spare);
        assertEquals(catalogue.slots, back.slots);
        assertEquals(TreeMap.class, back.slots.getClass());
        assertEquals(catalogue.shelf, back.shelf);
        assertEquals(catalogue.total, back.total);
        assertArrayEquals(catalogue.seal, back.seal);
    }
}
