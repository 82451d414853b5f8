package io.jnear.cli.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions a scaffolded project pins: jnear's own (so the project uses the jnear this CLI was built
 * from) and the JUnit, Java release and plugin versions jnear itself is built and tested with. Maven
 * writes them into {@code versions.properties} when it builds the CLI, so none is typed twice.
 *
 * @param jnear the version of jnear's artifacts, such as {@code 0.1.0-SNAPSHOT}
 * @param junit the JUnit 5 version
 * @param javaRelease the {@code maven.compiler.release}
 * @param compilerPlugin the maven-compiler-plugin version
 * @param surefirePlugin the maven-surefire-plugin version
 * @param resourcesPlugin the maven-resources-plugin version
 * @param jarPlugin the maven-jar-plugin version
 * @param teavm the TeaVM version whose interop annotations the Wasm build needs
 */
public record ScaffoldVersions(String jnear, String junit, String javaRelease, String compilerPlugin,
        String surefirePlugin, String resourcesPlugin, String jarPlugin, String teavm) {
    private static final String RESOURCE = "versions.properties";

    /** The versions this build of the CLI carries. */
    public static ScaffoldVersions ofThisBuild() {
        Properties p = new Properties();
        try (InputStream in = ScaffoldVersions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jnear CLI was built without " + RESOURCE);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ScaffoldVersions(value(p, "jnear.version"), value(p, "junit.version"), value(p, "java.release"),
                value(p, "maven-compiler-plugin.version"), value(p, "maven-surefire-plugin.version"),
                value(p, "maven-resources-plugin.version"), value(p, "maven-jar-plugin.version"),
                value(p, "teavm.version"));
    }

    private static String value(Properties p, String key) {
        String v = p.getProperty(key);
        // An unfiltered "${...}" means the resource was copied without Maven's filtering: a build bug.
        if (v == null || v.isBlank() || v.contains("${")) {
            throw new IllegalStateException("the jnear CLI was built without a value for " + key + " in "
                    + RESOURCE + " (got " + v + ")");
        }
        return v.trim();
    }
}
