package io.jnear.explorer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Sandbox;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles a counterexample's replay snippet, as a user would paste it into a test, and hands back the method. */
final class SnippetCompiler {
    private SnippetCompiler() {
    }

    /** Compiles {@code snippet} as the body of {@code replay(Sandbox sandbox)}, with the imports its header names. */
    static Method compile(Path classes, String snippet) throws Exception {
        String header = snippet.lines().filter(l -> l.startsWith("// Needs: ")).findFirst().orElseThrow();
        String source = "package replay;\n" + header.substring("// Needs: ".length()) + "\n"
                + "public final class Snippet {\n"
                + "    public static void replay(io.jnear.runtime.Sandbox sandbox) {\n" + snippet + "    }\n}\n";
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///replay/Snippet.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        StringWriter diagnostics = new StringWriter();
        boolean ok = javac.getTask(diagnostics, null, null, List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path")), null, List.of(file)).call();
        assertTrue(ok, () -> diagnostics + "\n" + source);
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                SnippetCompiler.class.getClassLoader());
        return loader.loadClass("replay.Snippet").getMethod("replay", Sandbox.class);
    }
}
