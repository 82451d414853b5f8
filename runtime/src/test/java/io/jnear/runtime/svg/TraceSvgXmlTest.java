package io.jnear.runtime.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TraceSvgXmlTest {
    @Test
    void xmlEscapesMarkupAndReplacesCharactersXmlCannotCarry() {
        assertEquals("a&lt;b&gt;&amp;&quot;&apos;\n\uFFFD\uFFFD\uD83D\uDE00",
                TraceSvg.xml("a<b>&\"'\n\u0000\uD800\uD83D\uDE00"));
    }
}
