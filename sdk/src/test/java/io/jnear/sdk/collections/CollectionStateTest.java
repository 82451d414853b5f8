package io.jnear.sdk.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.U128;
import io.jnear.sdk.spi.Json;
import io.jnear.sdk.testing.FakeHost;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Collections as fields of a contract's state, written and read with {@link Json#stateMapper()}. */
class CollectionStateTest {
    private static final ObjectMapper STATE = Json.stateMapper();

    @RegisterExtension
    final FakeHost host = new FakeHost();

    record Metadata(String name, int decimals) {
    }

    /** A token-like contract state: plain fields next to one collection of each kind. */
    static class TokenState {
        private String ownerId = "owner.near";
        private LookupMap<AccountId, U128> balances = new LookupMap<>("b", AccountId.class, U128.class);
        private IterableMap<String, List<U128>> history =
                new IterableMap<>("h", String.class, new TypeReference<List<U128>>() {});
        private Vector<String> notes = new Vector<>("n", String.class);
        private LookupSet<AccountId> admins = new LookupSet<>("a", AccountId.class);
        private LazyOption<Metadata> metadata = new LazyOption<>("m", Metadata.class);
    }

    @Test
    void collectionsAreWrittenAsTheirPrefixOnly() throws Exception {
        TokenState state = new TokenState();
        state.balances.insert(AccountId.of("alice.near"), U128.of(5));
        state.notes.push("minted");

        String json = STATE.writeValueAsString(state);

        assertEquals(STATE.readTree("{\"owner_id\":\"owner.near\",\"balances\":{\"prefix\":\"Yg==\"},"
                + "\"history\":{\"prefix\":\"aA==\"},\"notes\":{\"prefix\":\"bg==\"},"
                + "\"admins\":{\"prefix\":\"YQ==\"},\"metadata\":{\"prefix\":\"bQ==\"}}"), STATE.readTree(json));
    }

    @Test
    void readValueRebuildsWorkingCollectionsFromTheFieldTypes() throws Exception {
        TokenState original = new TokenState();
        original.balances.insert(AccountId.of("alice.near"), U128.of(5));
        original.history.insert("alice.near", List.of(U128.of(1), U128.of(4)));
        original.notes.push("minted");
        original.admins.insert(AccountId.of("owner.near"));
        original.metadata.set(new Metadata("Token", 18));
        byte[] json = STATE.writeValueAsBytes(original);

        TokenState restored = STATE.readValue(json, TokenState.class);

        assertEquals(U128.of(5), restored.balances.get(AccountId.of("alice.near")));
        assertEquals(List.of(Map.entry("alice.near", List.of(U128.of(1), U128.of(4)))), list(restored.history));
        assertEquals("minted", restored.notes.get(0));
        assertTrue(restored.admins.contains(AccountId.of("owner.near")));
        assertEquals(new Metadata("Token", 18), restored.metadata.get());
    }

    @Test
    void restoredCollectionsWriteWhereTheOriginalsRead() throws Exception {
        TokenState original = new TokenState();
        TokenState restored = STATE.readValue(STATE.writeValueAsBytes(original), TokenState.class);

        restored.balances.insert(AccountId.of("bob.near"), U128.of(9));
        restored.history.insert("bob.near", List.of(U128.of(9)));

        assertEquals(U128.of(9), original.balances.get(AccountId.of("bob.near")));
        assertEquals(List.of("bob.near"), list(original.history.keys()));
    }

    @Test
    void readerForUpdatingFillsAStateWhoseFieldsWereNeverInitialised() throws Exception {
        TokenState original = new TokenState();
        original.balances.insert(AccountId.of("alice.near"), U128.of(5));
        byte[] json = STATE.writeValueAsBytes(original);
        TokenState blank = new TokenState();
        blank.ownerId = null;
        blank.balances = null;
        blank.history = null;

        STATE.readerForUpdating(blank).readValue(json);

        assertEquals("owner.near", blank.ownerId);
        assertEquals(U128.of(5), blank.balances.get(AccountId.of("alice.near")));
        assertTrue(blank.history.isEmpty());
    }

    @Test
    void aTypedRootValueRoundTripsToo() throws Exception {
        LookupMap<String, U128> map = new LookupMap<>("r", String.class, U128.class);
        map.insert("x", U128.of(3));

        LookupMap<String, U128> restored =
                STATE.readValue(STATE.writeValueAsBytes(map), new TypeReference<LookupMap<String, U128>>() {});

        assertEquals(U128.of(3), restored.get("x"));
        assertNull(restored.get("y"));
    }

    @SuppressWarnings("rawtypes")
    static class RawState {
        private LookupMap balances = new LookupMap<>("b", String.class, U128.class);
    }

    @Test
    void aFieldWithoutTypeArgumentsCannotBeRestored() throws Exception {
        byte[] json = STATE.writeValueAsBytes(new RawState());

        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> STATE.readValue(json, RawState.class));

        assertTrue(e.getMessage().startsWith("Cannot restore the LookupMap in 'balances' from state without "
                + "its element types: declare it with concrete type arguments"), e.getMessage());
    }

    static class OverlappingState {
        private LookupMap<String, U128> balances = new LookupMap<>("b", String.class, U128.class);
        private Vector<String> backups = new Vector<>("bk", String.class);
    }

    @Test
    void overlappingPrefixesAreRefusedWhenStateIsWritten() {
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> STATE.writeValueAsBytes(new OverlappingState()));

        assertTrue(e.getMessage().startsWith("Two collections in one state use overlapping storage prefixes "
                + "(base64 Yg== and base64 Yms=)"), e.getMessage());
    }

    @Test
    void overlappingPrefixesAreRefusedWhenStateIsRead() {
        String json = "{\"balances\":{\"prefix\":\"Yg==\"},\"backups\":{\"prefix\":\"Yg==\"}}";

        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> STATE.readValue(json, OverlappingState.class));

        assertTrue(e.getMessage().startsWith("Two collections in one state use overlapping storage prefixes"),
                e.getMessage());
    }

    @Test
    void separateWritesAndReadsOfTheSameStateDoNotClashWithEachOther() throws Exception {
        TokenState state = new TokenState();

        byte[] first = STATE.writeValueAsBytes(state);
        byte[] second = STATE.writeValueAsBytes(state);

        assertEquals(new String(first), new String(second));
        STATE.readValue(first, TokenState.class);
        TokenState again = STATE.readValue(second, TokenState.class);
        assertTrue(again.notes.isEmpty());
    }

    private static <T> List<T> list(Iterable<T> items) {
        List<T> out = new ArrayList<>();
        items.forEach(out::add);
        return out;
    }
}
