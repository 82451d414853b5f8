package io.jnear.sdk.collections;

import static io.jnear.sdk.collections.LookupMapTest.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.sdk.borsh.BorshCodec;
import io.jnear.sdk.borsh.BorshCodecs;
import io.jnear.sdk.borsh.BorshReader;
import io.jnear.sdk.borsh.BorshWriter;
import io.jnear.sdk.testing.FakeHost;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LazyOptionTest {
    @RegisterExtension
    final FakeHost host = new FakeHost();

    record Metadata(String name, String symbol, int decimals) {
    }

    /** A record's Borsh codec, written by hand as the processor generates one: its fields in order. */
    static final BorshCodec<Metadata> METADATA = new BorshCodec<>() {
        @Override
        public Metadata read(BorshReader in) {
            return new Metadata(in.string(), in.string(), in.u8());
        }

        @Override
        public void write(BorshWriter out, Metadata value) {
            out.string(value.name()).string(value.symbol()).u8(value.decimals());
        }
    };

    @Test
    void startsEmpty() {
        LazyOption<Metadata> option = new LazyOption<>("m", METADATA);

        assertNull(option.get());
        assertFalse(option.isSome());
    }

    @Test
    void storesItsValueAsBorshUnderExactlyThePrefix() {
        LazyOption<Metadata> option = new LazyOption<>("m", METADATA);

        option.set(new Metadata("Wrapped NEAR", "wNEAR", 24));

        assertEquals(List.of("m=" + str("Wrapped NEAR") + str("wNEAR") + "\\x18"), host.dump());
        assertTrue(option.isSome());
        assertEquals(new Metadata("Wrapped NEAR", "wNEAR", 24), option.get());
    }

    @Test
    void setReplacesTheValue() {
        LazyOption<String> option = new LazyOption<>("g", BorshCodecs.STRING);
        option.set("hello");

        option.set("bye");

        assertEquals("bye", option.get());
        assertEquals(List.of("g=" + str("bye")), host.dump());
    }

    @Test
    void removeClearsTheValueAndReportsWhetherThereWasOne() {
        LazyOption<String> option = new LazyOption<>("g", BorshCodecs.STRING);
        option.set("hello");

        assertTrue(option.remove());
        assertFalse(option.remove());
        assertNull(option.get());
        assertTrue(host.storage().isEmpty());
    }

    @Test
    void nullIsNotAValue() {
        LazyOption<String> option = new LazyOption<>("g", BorshCodecs.STRING);

        assertThrows(NullPointerException.class, () -> option.set(null));
    }
}
