package io.jnear.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** Test sources under {@code src/test/resources/fixtures}, compiled with the processor. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path resource(String path) {
        try {
            var url = Fixtures.class.getClassLoader().getResource(path);
            if (url == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every .java file under {@code fixtures/<dir>}, named by its package and file name. */
    public static List<JavaFileObject> sources(String dir) {
        Path root = resource("fixtures/" + dir);
        List<JavaFileObject> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                out.add(source(f, Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A source named {@code <package>.<file name>}, as javac expects for a public class. */
    public static JavaFileObject source(Path file, String text) {
        String simple = file.getFileName().toString().replace(".java", "");
        String pkg = text.lines().filter(l -> l.startsWith("package ")).findFirst()
                .map(l -> l.substring("package ".length(), l.indexOf(';')).trim() + ".").orElse("");
        return JavaFileObjects.forSourceString(pkg + simple, text);
    }

    public static Compilation compile(List<JavaFileObject> sources, String... options) {
        return javac().withProcessors(new JnearProcessor()).withOptions((Object[]) options).compile(sources);
    }
}
