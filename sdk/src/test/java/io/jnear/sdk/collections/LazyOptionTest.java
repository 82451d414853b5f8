package io.jnear.sdk.collections;

import static io.jnear.sdk.collections.LookupMapTest.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.sdk.testing.FakeHost;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LazyOptionTest {
    @RegisterExtension
    final FakeHost host = new FakeHost();

    record Metadata(String name, String symbol, int decimals) {
    }

    @Test
    void startsEmpty() {
        LazyOption<Metadata> option = new LazyOption<>("m", Metadata.class);

        assertNull(option.get());
        assertFalse(option.isSome());
    }

    @Test
    void storesItsValueAsJsonUnderExactlyThePrefix() {
        LazyOption<Metadata> option = new LazyOption<>("m", Metadata.class);

        option.set(new Metadata("Wrapped NEAR", "wNEAR", 24));

        assertEquals(List.of("m={\"name\":\"Wrapped NEAR\",\"symbol\":\"wNEAR\",\"decimals\":24}"), host.dump());
        assertTrue(option.isSome());
        assertEquals(new Metadata("Wrapped NEAR", "wNEAR", 24), option.get());
    }

    @Test
    void setReplacesTheValue() {
        LazyOption<String> option = new LazyOption<>("g", String.class);
        option.set("hello");

        option.set("bye");

        assertEquals("bye", option.get());
        assertEquals(List.of("g=" + str("bye")), host.dump());
    }

    @Test
    void removeClearsTheValueAndReportsWhetherThereWasOne() {
        LazyOption<String> option = new LazyOption<>("g", String.class);
        option.set("hello");

        assertTrue(option.remove());
        assertFalse(option.remove());
        assertNull(option.get());
        assertTrue(host.storage().isEmpty());
    }

    @Test
    void nullIsNotAValue() {
        LazyOption<String> option = new LazyOption<>("g", String.class);

        assertThrows(NullPointerException.class, () -> option.set(null));
    }
}
