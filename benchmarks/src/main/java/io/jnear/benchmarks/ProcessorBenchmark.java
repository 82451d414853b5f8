package io.jnear.benchmarks;

import io.jnear.processor.JnearProcessor;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.annotation.processing.Processor;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * javac on 100 contracts generated on the fly (each with state, a view, a payable call, a cross-contract
 * call and its private callback), with the jnear processor and without it (the contracts' own stub
 * references removed so they compile alone): the ratio is what the processor adds.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class ProcessorBenchmark {
    static final int CONTRACTS = 100;

    List<JavaFileObject> withStubs;
    List<JavaFileObject> plain;
    private JavaCompiler javac;
    private StandardJavaFileManager files;

    @Setup(Level.Trial)
    public void setUp() {
        javac = ToolProvider.getSystemJavaCompiler();
        files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        withStubs = new ArrayList<>();
        plain = new ArrayList<>();
        for (int i = 0; i < CONTRACTS; i++) {
            withStubs.add(source("bench.Counter" + i, contract(i, true)));
            plain.add(source("bench.Counter" + i, contract(i, false)));
        }
    }

    static String contract(int i, boolean useStubs) {
        String call = useStubs
                ? "return Counter" + i + "Stub.on(other).getCount().then(Counter" + i + "Stub.self().onCount());"
                : "return null;";
        return """
                package bench;

                import io.jnear.annotations.*;
                import io.jnear.sdk.*;

                @Contract
                public class Counter%1$d {
                    long count;
                    String owner = "owner";

                    @View
                    public long getCount() {
                        return count;
                    }

                    @Payable
                    public void increment(long by, String memo) {
                        count += by;
                        Env.log(memo);
                    }

                    public Promise<Long> readOther(AccountId other) {
                        %2$s
                    }

                    @Private
                    public long onCount(@CallbackResult PromiseResult<Long> result) {
                        return result.isSuccess() ? result.value() : -1;
                    }
                }
                """.formatted(i, call);
    }

    private static JavaFileObject source(String name, String code) {
        return new SimpleJavaFileObject(URI.create("string:///" + name.replace('.', '/') + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    private boolean compile(List<JavaFileObject> sources, List<Processor> processors, String... options) {
        return compileAgainst(System.getProperty("java.class.path"), sources, processors, options);
    }

    /** javac on {@code sources} against {@code classpath}, its output kept in memory. */
    boolean compileAgainst(String classpath, List<JavaFileObject> sources, List<Processor> processors,
            String... options) {
        List<String> args = new ArrayList<>(List.of("-classpath", classpath));
        args.addAll(List.of(options));
        // class files and generated sources go to memory: the benchmark measures javac, not the disk
        var inMemory = new ForwardingJavaFileManager<>(files) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
                        kind) {
                    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

                    @Override
                    public OutputStream openOutputStream() {
                        return bytes;
                    }

                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return bytes.toString(StandardCharsets.UTF_8);
                    }

                    @Override
                    public java.io.Writer openWriter() {
                        return new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                    }
                };
            }

            @Override
            public FileObject getFileForOutput(Location location, String packageName, String relativeName,
                    FileObject sibling) {
                return getJavaFileForOutput(location, packageName + "." + relativeName, JavaFileObject.Kind.OTHER,
                        sibling);
            }
        };
        JavaCompiler.CompilationTask task = javac.getTask(null, inMemory, null, args, null, sources);
        if (!processors.isEmpty()) {
            task.setProcessors(processors);
        }
        boolean ok = task.call();
        if (!ok) {
            throw new IllegalStateException("the benchmark's contracts did not compile");
        }
        return ok;
    }

    @Benchmark
    public boolean javacWithProcessor() {
        return compile(withStubs, List.of(new JnearProcessor()));
    }

    @Benchmark
    public boolean javacWithoutProcessor() {
        return compile(plain, List.of(), "-proc:none");
    }
}
