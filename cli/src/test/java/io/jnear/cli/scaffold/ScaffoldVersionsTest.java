package io.jnear.cli.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScaffoldVersionsTest {

    @Test
    void versionsComeFromThisBuild() {
        ScaffoldVersions v = ScaffoldVersions.ofThisBuild();
        // Surefire passes the project version in (see cli/pom.xml); outside Maven, check the shape only.
        String expected = System.getProperty("jnear.expectedVersion");
        if (expected != null) {
            assertEquals(expected, v.jnear());
        }
        assertTrue(v.jnear().matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?"), v.jnear());
        assertTrue(v.junit().startsWith("5."), v.junit());
        assertEquals("17", v.javaRelease());
        assertTrue(v.compilerPlugin().matches("\\d+\\.\\d+\\.\\d+"), v.compilerPlugin());
        assertTrue(v.surefirePlugin().matches("\\d+\\.\\d+\\.\\d+"), v.surefirePlugin());
        assertTrue(v.resourcesPlugin().matches("\\d+\\.\\d+\\.\\d+"), v.resourcesPlugin());
        assertTrue(v.jarPlugin().matches("\\d+\\.\\d+\\.\\d+"), v.jarPlugin());
    }
}
