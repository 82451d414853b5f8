package io.jnear.cli.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void replacesEachPlaceholderWithItsValue() {
        Template t = new Template("t", "package ${package};\nclass ${name} extends ${name}Base {}");
        assertEquals("package a.b;\nclass X extends XBase {}", t.render(Map.of("package", "a.b", "name", "X")));
    }

    @Test
    void doubledDollarKeepsAPlaceholderForMaven() {
        Template t = new Template("t", "<version>$${jnear.version}</version> ${v}");
        assertEquals("<version>${jnear.version}</version> 1", t.render(Map.of("v", "1")));
    }

    @Test
    void valuesAreInsertedLiterally() {
        Template t = new Template("t", "${v}");
        assertEquals("$1 \\ ${x}", t.render(Map.of("v", "$1 \\ ${x}")));
    }

    @Test
    void aPlaceholderWithoutAValueIsAnError() {
        Template t = new Template("pom", "${missing}");
        var e = assertThrows(IllegalStateException.class, () -> t.render(Map.of()));
        assertEquals("template pom uses ${missing}, which has no value", e.getMessage());
    }
}
