package io.jnear.sdk.events;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.Env;
import io.jnear.sdk.U128;
import io.jnear.sdk.json.JsonWriter;
import java.util.List;
import java.util.Objects;

/**
 * The NEP-141 (fungible token) events, standard {@code nep141} version {@code 1.0.0}: {@code ft_mint},
 * {@code ft_burn} and {@code ft_transfer}. Each event's data is an array of entries; amounts are decimal
 * strings and a null memo is left out. The single-entry methods cover the usual case; the list methods
 * report several movements in one line.
 */
public final class FtEvents {
    /** The standard name in NEP-141 events. */
    public static final String STANDARD = "nep141";
    /** The version of NEP-141 events these helpers write. */
    public static final String VERSION = "1.0.0";

    private FtEvents() {
    }

    /** Logs {@code ft_mint}: {@code amount} new tokens credited to {@code owner}. */
    public static void mint(AccountId owner, U128 amount, String memo) {
        emit(Event.MINT, new Mint(owner, amount, memo));
    }

    /** Logs one {@code ft_mint} line with several entries. */
    public static void mint(List<Mint> entries) {
        emit(Event.MINT, entries);
    }

    /** Logs {@code ft_burn}: {@code amount} tokens of {@code owner} destroyed. */
    public static void burn(AccountId owner, U128 amount, String memo) {
        emit(Event.BURN, new Burn(owner, amount, memo));
    }

    /** Logs one {@code ft_burn} line with several entries. */
    public static void burn(List<Burn> entries) {
        emit(Event.BURN, entries);
    }

    /** Logs {@code ft_transfer}: {@code amount} tokens moved from {@code oldOwner} to {@code newOwner}. */
    public static void transfer(AccountId oldOwner, AccountId newOwner, U128 amount, String memo) {
        emit(Event.TRANSFER, new Transfer(oldOwner, newOwner, amount, memo));
    }

    /** Logs one {@code ft_transfer} line with several entries. */
    public static void transfer(List<Transfer> entries) {
        emit(Event.TRANSFER, entries);
    }

    private static void emit(Event event, List<? extends Entry> entries) {
        JsonWriter data = new JsonWriter().beginArray();
        for (Entry e : List.copyOf(entries)) {
            write(data, e);
        }
        log(event, data);
    }

    // one movement, the usual event: written as the list form writes it, without the list
    private static void emit(Event event, Entry entry) {
        log(event, write(new JsonWriter().beginArray(), entry));
    }

    private static JsonWriter write(JsonWriter data, Entry entry) {
        entry.writeTo(data.beginObject());
        return data.endObject();
    }

    /** Logs the event's line: its start, made once per kind, then {@code data}'s array, then the closing brace. */
    private static void log(Event event, JsonWriter data) {
        Env.log(event.lineBeforeData() + data.endArray() + "}");
    }

    /** The three events, each with its log line up to the data: only the data differs between two of a kind. */
    private enum Event {
        MINT("ft_mint"), BURN("ft_burn"), TRANSFER("ft_transfer");

        private final String name;
        // made at first use, not in the class initialiser: a contract compiled to Wasm initialises this
        // class afresh in every call, which would then pay for all three
        private String lineBeforeData;

        Event(String name) {
            this.name = name;
        }

        String lineBeforeData() {
            String line = lineBeforeData;
            if (line == null) {
                line = Nep297.lineBeforeData(STANDARD, VERSION, name);
                lineBeforeData = line; // a race makes the same string twice, harmlessly
            }
            return line;
        }
    }

    /** One entry of an event's data. */
    public sealed interface Entry permits Mint, Burn, Transfer {
        /** Writes the entry's fields, in NEP-141's order, into the object being written. */
        void writeTo(JsonWriter out);
    }

    private static void writeMemo(JsonWriter out, String memo) {
        if (memo != null) {
            out.name("memo").value(memo);
        }
    }

    /** One entry of {@code ft_mint} data: {@code {"owner_id","amount","memo"?}}. */
    public record Mint(AccountId ownerId, U128 amount, String memo) implements Entry {
        /** Checks that owner and amount are present. */
        public Mint {
            Objects.requireNonNull(ownerId, "ownerId");
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public void writeTo(JsonWriter out) {
            out.name("owner_id").value(ownerId.toString()).name("amount").value(amount.toString());
            writeMemo(out, memo);
        }
    }

    /** One entry of {@code ft_burn} data: {@code {"owner_id","amount","memo"?}}. */
    public record Burn(AccountId ownerId, U128 amount, String memo) implements Entry {
        /** Checks that owner and amount are present. */
        public Burn {
            Objects.requireNonNull(ownerId, "ownerId");
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public void writeTo(JsonWriter out) {
            out.name("owner_id").value(ownerId.toString()).name("amount").value(amount.toString());
            writeMemo(out, memo);
        }
    }

    /** One entry of {@code ft_transfer} data: {@code {"old_owner_id","new_owner_id","amount","memo"?}}. */
    public record Transfer(AccountId oldOwnerId, AccountId newOwnerId, U128 amount, String memo)
            implements Entry {
        /** Checks that both owners and the amount are present. */
        public Transfer {
            Objects.requireNonNull(oldOwnerId, "oldOwnerId");
            Objects.requireNonNull(newOwnerId, "newOwnerId");
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public void writeTo(JsonWriter out) {
            out.name("old_owner_id").value(oldOwnerId.toString()).name("new_owner_id").value(newOwnerId.toString())
                    .name("amount").value(amount.toString());
            writeMemo(out, memo);
        }
    }
}
