package io.jnear.build.teavm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8} against the JDK's UTF-8 on the JVM: the same bytes and characters for well-formed text and
 * for every kind of damage (unpaired surrogates, bytes changed, sequences cut short, random bytes). Other
 * charsets go to the charset itself (here the JDK's).
 */
class Utf8Test {
    @Property(tries = 3000)
    void encodesAsTheJdk(@ForAll("text") String s) {
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Utf8.encode(s.toCharArray(), StandardCharsets.UTF_8));
    }

    @Property(tries = 3000)
    void decodesAsTheJdk(@ForAll("utf8ish") byte[] bytes) {
        assertArrayEquals(new String(bytes, StandardCharsets.UTF_8).toCharArray(),
                Utf8.decode(bytes, 0, bytes.length, StandardCharsets.UTF_8));
    }

    @Property(tries = 1000)
    void decodesASliceAsTheJdk(@ForAll("utf8ish") byte[] bytes, @ForAll int a, @ForAll int b) {
        int from = Math.floorMod(a, bytes.length + 1);
        int length = Math.floorMod(b, bytes.length - from + 1);
        assertArrayEquals(new String(bytes, from, length, StandardCharsets.UTF_8).toCharArray(),
                Utf8.decode(bytes, from, length, StandardCharsets.UTF_8));
    }

    @Property(tries = 500)
    void singleByteCharsetsAsTheJdk(@ForAll("text") String s, @ForAll("utf8ish") byte[] bytes) {
        for (var charset : java.util.List.of(StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII)) {
            assertArrayEquals(s.getBytes(charset), Utf8.encode(s.toCharArray(), charset), charset.name());
            assertArrayEquals(new String(bytes, charset).toCharArray(), Utf8.decode(bytes, 0, bytes.length, charset),
                    charset.name());
        }
    }

    @Test
    void otherCharsetsAreRefusedWithTheOnesThatWork() {
        UnsupportedOperationException e = assertThrows(
                UnsupportedOperationException.class, () -> Utf8.encode("a".toCharArray(), StandardCharsets.UTF_16LE));
        assertEquals("Strings in UTF-16LE in a contract compiled to Wasm: jnear's"
                + " Wasm build converts UTF-8, ISO-8859-1 and US-ASCII only", e.getMessage());
        assertThrows(UnsupportedOperationException.class,
                () -> Utf8.decode(new byte[2], 0, 2, StandardCharsets.UTF_16));
    }

    /** Strings of ASCII, Latin, CJK, emoji and lone surrogates mixed. */
    @Provide
    Arbitrary<String> text() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.chars().range(' ', '~')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u0080', '\u07ff')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u0800', '\ud7ff')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\ud800', '\udfff')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\ue000', '\uffff')));
        Arbitrary<String> emoji = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
        return Arbitraries.oneOf(chars.map(String::valueOf), emoji).list().ofMaxSize(24)
                .map(parts -> String.join("", parts));
    }

    /** Well-formed UTF-8 of {@link #text()}, sometimes with bytes changed, cut or inserted. */
    @Provide
    Arbitrary<byte[]> utf8ish() {
        Arbitrary<byte[]> wellFormed = text().map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> damaged = net.jqwik.api.Combinators.combine(wellFormed, Arbitraries.integers(),
                Arbitraries.bytes()).as((bytes, at, b) -> {
                    if (bytes.length == 0) {
                        return new byte[] {b};
                    }
                    byte[] copy = bytes.clone();
                    copy[Math.floorMod(at, copy.length)] = b;
                    return copy;
                });
        Arbitrary<byte[]> cut = wellFormed.map(bytes -> java.util.Arrays.copyOf(bytes, Math.max(0, bytes.length - 1)));
        return Arbitraries.oneOf(wellFormed, damaged, cut, Arbitraries.bytes().array(byte[].class).ofMaxSize(12));
    }
}
