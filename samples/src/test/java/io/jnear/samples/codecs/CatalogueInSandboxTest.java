package io.jnear.samples.codecs;

import static io.jnear.testing.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.samples.codecs.Catalogue.Item;
import io.jnear.samples.codecs.Catalogue.Shelf;
import io.jnear.samples.codecs.Catalogue.Slot;
import io.jnear.samples.testing.BuildMode;
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
import io.jnear.testing.JnearTest;
import io.jnear.testing.TestAccount;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Catalogue} deployed and called with raw JSON, as a near-sdk-rs contract would call it: positional
 * arguments of every kind of type go in, the values come back out as serde writes them, and input serde
 * would refuse fails with near-sdk's message and stores nothing.
 */
@JnearTest
class CatalogueInSandboxTest {
    private static final String BAD_INPUT = "Smart contract panicked: Failed to deserialize input from JSON.";
    static final Slot SLOT = new Slot(Shelf.BOTTOM, (short) -3, Optional.of("left"));
    static final Item ITEM = new Item("lamp \u00e9\ud83d\udca1", true, (byte) -128, (short) 32767, -7, Long.MIN_VALUE,
            0.1f, 1e20, '\u00e9', U8.MAX, U16.MAX, U32.MAX, U64.MAX, U64Number.ofBits(Long.MIN_VALUE), U128.MAX,
            NearToken.near(1), Gas.tgas(5), AccountId.of("owner.near"), PublicKey.ed25519(new byte[32]),
            Optional.empty(), List.of(1, -2), Map.of("k", 9L), new TreeMap<>(Map.of(2, Shelf.TOP, 1, Shelf.MIDDLE)),
            SLOT, List.of(Optional.empty(), Optional.of(SLOT)));
    static final String ITEM_JSON = new String(CatalogueCodecs.ItemCodec.INSTANCE.encode(ITEM), StandardCharsets.UTF_8);
    static final String SLOT_JSON = "[\"BOTTOM\",-3,\"left\"]";

    Sandbox sandbox;
    @TestAccount
    Account alice;
    Account catalogue;

    /** The build the contract runs in; the {@code …WasmTest} twin runs the same tests on the Wasm build. */
    BuildMode mode() {
        return BuildMode.JVM;
    }

    @BeforeEach
    void deploy() {
        catalogue = mode().deploy(sandbox, "catalogue.test.near", Catalogue.class, null);
    }

    /**
     * The text serde_json 1.0.150 writes for the same value of the Rust twin of {@link Item} (a
     * {@code #[derive(Serialize, Deserialize)]} struct of the same fields: {@code i8} … {@code u64}, {@code f32},
     * {@code char}, near-sdk's string types, {@code Option}, {@code Vec}, {@code BTreeMap}, a tuple struct for
     * {@link Slot}): it reads this text and writes it back unchanged.
     */
    @Test
    void itemsWrittenAsSerdeWritesThem() {
        assertEquals("{\"name\":\"lamp \u00e9\ud83d\udca1\",\"fragile\":true,\"code\":-128,\"size\":32767,\"count\":-7,"
                + "\"serial\":-9223372036854775808,\"weight\":0.1,\"price\":1e+20,\"grade\":\"\u00e9\",\"u8\":255,"
                + "\"u16\":65535,\"u32\":4294967295,\"u64\":\"18446744073709551615\",\"u64_number\":9223372036854775808,"
                + "\"u128\":\"340282366920938463463374607431768211455\",\"deposit\":\"1000000000000000000000000\","
                + "\"gas\":\"5000000000000\",\"owner\":\"owner.near\","
                + "\"key\":\"ed25519:11111111111111111111111111111111\",\"note\":null,\"sizes\":[1,-2],"
                + "\"stock\":{\"k\":9},\"placed\":{\"1\":\"MIDDLE\",\"2\":\"TOP\"},\"slot\":" + SLOT_JSON + ","
                + "\"history\":[null," + SLOT_JSON + "]}", ITEM_JSON);
    }

    /**
     * The Borsh borsh-rs 1.7.0 writes for the Rust twin of {@link #ITEM}, field by field as a derived
     * {@code BorshSerialize} writes them, with near-sdk's {@code U128}, {@code U64}, {@code NearToken} and
     * {@code Gas} as their integers and its {@code PublicKey} as the {@code Vec<u8>} of curve and key. (borsh-rs
     * has no {@code char}; the twin writes the {@code u32} jnear writes.)
     */
    private static final String ITEM_BORSH =
            "0b0000006c616d7020c3a9f09f92a10180ff7ff9ffffff0000000000000080cdcccc3d408cb5781daf1544e9000000ff" +
            "ffffffffffffffffffffffffffff0000000000000080ffffffffffffffffffffffffffffffff000000a1edccce1bc2d3" +
            "000000000000005039278c0400000a0000006f776e65722e6e6561722100000000000000000000000000000000000000" +
            "0000000000000000000000000000000000000200000001000000feffffff01000000010000006b090000000000000002" +
            "0000000100000001020000000002fdff01040000006c65667402000000000102fdff01040000006c656674";

    @Test
    void itemsStoredAsBorshRsStoresThem() {
        assertEquals(ITEM_BORSH, HexFormat.of().formatHex(CatalogueCodecs.ItemBorshCodec.INSTANCE.encode(ITEM)));
        assertEquals(ITEM, CatalogueCodecs.ItemBorshCodec.INSTANCE.decode(HexFormat.of().parseHex(ITEM_BORSH)));
    }

    @Test
    void positionalArgumentsOfEveryKindGoInAndComeBackOut() {
        ExecutionResult<String> added = alice.call(catalogue.id(), "add",
                "[" + ITEM_JSON + "," + SLOT_JSON + ",18446744073709551615,\"MIDDLE\"]");

        assertThat(added).succeeded();
        assertEquals(ITEM_JSON, added.json());
        assertEquals("[" + ITEM_JSON + "]", sandbox.viewJson(catalogue.id(), "items", ""));
    }

    @Test
    void aVectorAndAnIterableMapKeepTheirEntriesFromCallToCall() {
        for (String batch : List.of("7", "null", "18446744073709551615")) {
            assertThat(alice.call(catalogue.id(), "add", "[" + ITEM_JSON.replace("lamp", "lamp" + batch) + ","
                    + SLOT_JSON + "," + batch + ",\"TOP\"]")).succeeded();
        }

        assertEquals("[" + SLOT_JSON + "," + SLOT_JSON + "," + SLOT_JSON + "]",
                sandbox.viewJson(catalogue.id(), "placements", ""));
        assertEquals("{\"lamp7 \u00e9\ud83d\udca1\":7,\"lamp18446744073709551615 \u00e9\ud83d\udca1\":18446744073709551615}",
                sandbox.viewJson(catalogue.id(), "batches", ""));
        // near-sdk-rs's layout: the vector's third element under "p" + borsh(2 as u32), as Borsh
        assertArrayEquals(CatalogueCodecs.SlotBorshCodec.INSTANCE.encode(SLOT),
                sandbox.storageValue(catalogue.id(), new byte[] {'p', 2, 0, 0, 0}));
        assertNull(sandbox.storageValue(catalogue.id(), new byte[] {'p', 3, 0, 0, 0}));
    }

    @Test
    void floatsComeInAndGoOutAsSerdeJsonReadsAndWritesThem() {
        // serde_json 1.0.150's own answers: its reading is not always the nearest double (3e210), and its
        // text is the shortest that reads back (5e-324, which Java 17 writes 4.9E-324)
        String numbers = "[5e-324,1.7976931348623157e308,3e210,90071992547410.03,8.361631922900489e-11,"
                + "2.6018159083e-292,0.1,-0.0]";
        assertEquals("[5e-324,1.7976931348623157e+308,2.9999999999999996e+210,90071992547410.05,"
                + "8.361631922900488e-11,2.6018159082999997e-292,0.1,-0.0]",
                sandbox.viewJson(catalogue.id(), "doubles", "[" + numbers + "]"));
        assertEquals("[0.0,null,null,9.007199e+13,8.361632e-11,0.0,0.1,-0.0]",
                sandbox.viewJson(catalogue.id(), "floats", "[" + numbers + "]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "18446744073709551616",    // past u64
        "-1",                      // u64 is unsigned
        "-0",                      // a float to serde_json
        "1.0",
        "\"5\"",                   // a number, not a string
    })
    void aBatchSerdeRefusesStoresNothing(String batch) {
        ExecutionResult<String> r = alice.call(catalogue.id(), "add",
                "[" + ITEM_JSON + "," + SLOT_JSON + "," + batch + ",\"MIDDLE\"]");

        assertEquals(BAD_INPUT, r.failureText(), batch);
        assertEquals("[]", sandbox.viewJson(catalogue.id(), "items", ""));
    }

    @Test
    void aTupleIsNotAnObjectAndAnItemMayNotLoseAField() {
        String slotObject = "{\"shelf\":\"TOP\",\"row\":1,\"label\":null}";
        assertEquals(BAD_INPUT, alice.call(catalogue.id(), "add",
                "[" + ITEM_JSON + "," + slotObject + ",null,\"TOP\"]").failureText());
        assertEquals(BAD_INPUT, alice.call(catalogue.id(), "add",
                "[" + ITEM_JSON.replace("\"fragile\":true,", "") + "," + SLOT_JSON + ",null,\"TOP\"]").failureText());
        assertEquals("[]", sandbox.viewJson(catalogue.id(), "items", ""));
    }
}
