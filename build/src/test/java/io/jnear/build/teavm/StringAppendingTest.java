package io.jnear.build.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** {@link StringAppending} against the JDK's {@code StringBuilder}: the same text, whatever the starting capacity. */
class StringAppendingTest {
    @Property(tries = 500)
    void appendsAsTheJdkBuilder(@ForAll @Size(max = 8) List<String> parts, @ForAll("capacity") int capacity) {
        char[] buffer = new char[capacity];
        int length = 0;
        StringBuilder expected = new StringBuilder();
        for (String part : parts) {
            buffer = StringAppending.append(buffer, length, part);
            length += part.length();
            expected.append(part);
        }
        assertEquals(expected.toString(), new String(buffer, 0, length));
    }

    @Provide
    Arbitrary<Integer> capacity() {
        return Arbitraries.integers().between(0, 20);
    }

    @Test
    void aStringThatFitsGoesIntoTheSameBuffer() {
        char[] buffer = {'a', 'b', 0, 0, 0};
        char[] after = StringAppending.append(buffer, 2, "cde");
        assertSame(buffer, after);
        assertEquals("abcde", new String(after));
    }

    @Test
    void aStringThatDoesNotFitGrowsTheBufferAtLeastTwofold() {
        char[] after = StringAppending.append(new char[] {'a', 'b'}, 2, "c");
        assertEquals(6, after.length);
        assertEquals("abc", new String(after, 0, 3));
    }
}
