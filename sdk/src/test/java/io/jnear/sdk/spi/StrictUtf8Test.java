package io.jnear.sdk.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link StrictUtf8} accepts exactly what the JDK's reporting UTF-8 decoder accepts, with the same text. */
class StrictUtf8Test {
    private static String jdk(byte[] bytes, int from, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Well-formed UTF-8 of any text, or bytes damaged, cut or random. */
    @Provide
    Arbitrary<byte[]> utf8ish() {
        Arbitrary<byte[]> wellFormed = Arbitraries.strings().ofMaxLength(12).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> damaged = wellFormed.flatMap(b -> Arbitraries.integers().between(0, 255).map(x -> {
            byte[] copy = b.clone();
            if (copy.length > 0) {
                copy[x % copy.length] ^= (byte) x.intValue();
            }
            return copy;
        }));
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(8);
        return Arbitraries.oneOf(wellFormed, damaged, random);
    }

    @Property(tries = 2000)
    void acceptsWhatTheJdkAccepts(@ForAll("utf8ish") byte[] bytes) {
        assertEquals(jdk(bytes, 0, bytes.length), StrictUtf8.decode(bytes, 0, bytes.length));
        if (bytes.length > 2) {
            assertEquals(jdk(bytes, 1, bytes.length - 2), StrictUtf8.decode(bytes, 1, bytes.length - 2));
        }
    }

    @Test
    void refusesOverlongFormsSurrogatesAndCutSequences() {
        assertNull(StrictUtf8.decode(new byte[] {(byte) 0xC0, (byte) 0xAF}, 0, 2));
        assertNull(StrictUtf8.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3));
        assertNull(StrictUtf8.decode(new byte[] {(byte) 0xE2, (byte) 0x82}, 0, 2));
        assertEquals("\uFFFD", StrictUtf8.decode(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD}, 0, 3));
        assertEquals("é€😀", StrictUtf8.decode("é€😀".getBytes(StandardCharsets.UTF_8), 0, 9));
    }
}
