package io.jnear.sdk.collections;

import static io.jnear.sdk.collections.LookupMapTest.le;
import static io.jnear.sdk.collections.LookupMapTest.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.sdk.ContractPanic;
import io.jnear.sdk.borsh.BorshCodecs;
import io.jnear.sdk.borsh.BorshReader;
import io.jnear.sdk.borsh.BorshWriter;
import io.jnear.sdk.testing.FakeHost;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VectorTest {
    @RegisterExtension
    final FakeHost host = new FakeHost();

    private static Vector<String> vectorOf(String... elements) {
        Vector<String> vector = new Vector<>("v", BorshCodecs.STRING);
        for (String element : elements) {
            vector.push(element);
        }
        return vector;
    }

    private static List<String> contents(Vector<String> vector) {
        List<String> out = new ArrayList<>();
        vector.forEach(out::add);
        return out;
    }

    @Test
    void elementsAreStoredUnderLittleEndianU32IndexKeysAsNearSdkRsStoresThem() {
        vectorOf("a", "b");

        // near-sdk-rs's store::Vector: prefix + borsh(index as u32) -> borsh(element); the length is not stored
        assertEquals(List.of(
                "v\\x00\\x00\\x00\\x00=" + str("a"),
                "v\\x01\\x00\\x00\\x00=" + str("b")), host.dump());
    }

    @Test
    void indicesAboveOneByteUseTheHigherKeyBytes() {
        Vector<Integer> vector = new Vector<>("v", BorshCodecs.I32);
        for (int i = 0; i <= 256; i++) {
            vector.push(i);
        }

        assertEquals(257, vector.len());
        assertEquals(256, vector.get(256));
        assertEquals(le(256, 4), FakeHost.render(host.storage().get(new byte[] {'v', 0, 1, 0, 0})));
    }

    @Test
    void theStateHoldingAVectorStoresItsLengthThenItsPrefix() {
        Vector<String> vector = vectorOf("a", "b");
        BorshWriter out = new BorshWriter();

        vector.writeState(out);

        // near-sdk-rs's Borsh of a store::Vector: len as u32, then the prefix as a Vec<u8>
        assertEquals(le(2, 4) + le(1, 4) + "v", FakeHost.render(out.toBytes()));
        Vector<String> back = Vector.readState(BorshReader.of(out.toBytes()), BorshCodecs.STRING);
        assertEquals(List.of("a", "b"), contents(back));
        back.push("c");
        assertEquals(3, back.len());
        assertEquals(2, vector.len(), "each vector object keeps its own length, as the state that holds it does");
    }

    @Test
    void emptyVectorHasNoLengthAndNoElements() {
        Vector<String> vector = vectorOf();

        assertEquals(0, vector.len());
        assertTrue(vector.isEmpty());
        assertNull(vector.get(0));
        assertNull(vector.pop());
        assertFalse(vector.iterator().hasNext());
        assertTrue(host.storage().isEmpty());
    }

    @Test
    void getReturnsNullOutsideTheRange() {
        Vector<String> vector = vectorOf("a", "b");

        assertEquals("b", vector.get(1));
        assertNull(vector.get(2));
        assertNull(vector.get(-1));
    }

    @Test
    void popRemovesTheLastElement() {
        Vector<String> vector = vectorOf("a", "b");

        assertEquals("b", vector.pop());

        assertEquals(1, vector.len());
        assertEquals(List.of("v\\x00\\x00\\x00\\x00=" + str("a")), host.dump());
    }

    @Test
    void poppingTheLastElementLeavesNoStorage() {
        Vector<String> vector = vectorOf("a");

        assertEquals("a", vector.pop());

        assertTrue(vector.isEmpty());
        assertTrue(host.storage().isEmpty());
    }

    @Test
    void setReplacesAnElementAndReturnsTheOldOne() {
        Vector<String> vector = vectorOf("a", "b", "c");

        assertEquals("b", vector.set(1, "B"));

        assertEquals(List.of("a", "B", "c"), contents(vector));
        assertEquals(3, vector.len());
    }

    @Test
    void setOutsideTheRangePanics() {
        Vector<String> vector = vectorOf("a");

        ContractPanic panic = assertThrows(ContractPanic.class, () -> vector.set(1, "x"));

        assertEquals("Vector index 1 is out of bounds", panic.getMessage());
        assertEquals(List.of("a"), contents(vector));
    }

    @Test
    void swapRemoveMovesTheLastElementIntoTheGap() {
        Vector<String> vector = vectorOf("a", "b", "c", "d");

        assertEquals("b", vector.swapRemove(1));

        assertEquals(List.of("a", "d", "c"), contents(vector));
        assertEquals(3, vector.len());
        assertNull(vector.get(3));
        assertEquals(3, host.storage().size()); // three elements
    }

    @Test
    void swapRemoveOfTheLastElementJustShortens() {
        Vector<String> vector = vectorOf("a", "b");

        assertEquals("b", vector.swapRemove(1));

        assertEquals(List.of("a"), contents(vector));
    }

    @Test
    void swapRemoveOutsideTheRangePanics() {
        Vector<String> vector = vectorOf("a");

        ContractPanic panic = assertThrows(ContractPanic.class, () -> vector.swapRemove(5));

        assertEquals("Vector index 5 is out of bounds", panic.getMessage());
    }

    @Test
    void iterationFollowsIndexOrder() {
        Vector<String> vector = vectorOf("z", "a", "m");

        assertEquals(List.of("z", "a", "m"), contents(vector));
    }

    @Test
    void clearRemovesEveryKeyItOwned() {
        Vector<String> vector = vectorOf("a", "b", "c");
        LazyOption<String> neighbour = new LazyOption<>("w", BorshCodecs.STRING);
        neighbour.set("kept");

        vector.clear();

        assertEquals(0, vector.len());
        assertEquals(List.of("w=" + str("kept")), host.dump());
        vector.push("again");
        assertEquals(List.of("again"), contents(vector));
    }
}
