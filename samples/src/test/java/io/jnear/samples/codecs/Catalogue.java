package io.jnear.samples.codecs;

import io.jnear.annotations.Contract;
import io.jnear.annotations.Tuple;
import io.jnear.annotations.View;
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
import io.jnear.sdk.collections.IterableMap;
import io.jnear.sdk.collections.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A contract whose arguments, results and state hold every kind of type the generated codecs handle, so
 * that {@link GeneratedCodecsPropertiesTest} can run the codecs the processor wrote for it.
 */
@Contract
public class Catalogue {
    /** An enum: its constants' names in JSON, its ordinal in Borsh. */
    public enum Shelf { TOP, MIDDLE, BOTTOM }

    /** A {@code @Tuple} record: a JSON array, as serde maps a Rust tuple struct. */
    @Tuple
    public record Slot(Shelf shelf, short row, Optional<String> label) {
    }

    /** A record with a component of each scalar, value and container type. */
    public record Item(String name, boolean fragile, byte code, short size, int count, long serial, float weight,
            double price, char grade, U8 u8, U16 u16, U32 u32, U64 u64, U64Number u64Number, U128 u128,
            NearToken deposit, Gas gas, AccountId owner, PublicKey key, Optional<String> note, List<Integer> sizes,
            Map<String, Long> stock, TreeMap<Integer, Shelf> placed, Slot slot, List<Optional<Slot>> history) {
    }

    /** A class: its non-private fields, read and written directly by the generated codec. */
    public static class Crate {
        String label;
        List<Item> items = new ArrayList<>();
        Optional<Slot> slot = Optional.empty();
        Map<AccountId, Shelf> owners = new TreeMap<>();

        public Crate() {
        }
    }

    // the state: Borsh, in field order
    String title = "catalogue";
    List<Item> items = new ArrayList<>();
    Optional<Slot> spare = Optional.empty();
    TreeMap<String, Slot> slots = new TreeMap<>();
    Shelf shelf = Shelf.TOP;
    U128 total = U128.ZERO;
    byte[] seal = new byte[0];
    Vector<Slot> placements = new Vector<>("p");          // codecs from the type arguments
    IterableMap<String, U64Number> batches = new IterableMap<>("b");

    public Catalogue() {
    }

    public Item add(Item item, Slot slot, Optional<U64Number> batch, Shelf shelf) {
        items.add(item);
        slots.put(item.name(), slot);
        total = item.u128(); // the last item's: a sum of U128.MAX would overflow
        placements.push(slot);
        batch.ifPresent(b -> batches.insert(item.name(), b));
        return item;
    }

    public Crate pack(Crate crate) {
        return crate;
    }

    @View
    public List<Item> items() {
        return items;
    }

    /** The numbers as serde_json reads them, written back as it writes them. */
    @View
    public List<Double> doubles(List<Double> values) {
        return values;
    }

    /** The same as {@code f32}s. */
    @View
    public List<Float> floats(List<Float> values) {
        return values;
    }

    @View
    public List<Slot> placements() {
        List<Slot> all = new ArrayList<>();
        placements.forEach(all::add);
        return all;
    }

    @View
    public Map<String, U64Number> batches() {
        Map<String, U64Number> all = new java.util.LinkedHashMap<>();
        batches.forEach(e -> all.put(e.getKey(), e.getValue()));
        return all;
    }
}
