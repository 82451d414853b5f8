package io.jnear.processor.validation;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import io.jnear.processor.Diagnostics;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Every node replays a call and must reach the same result, so contract code may not read clocks,
 * machine randomness, threads, files, the network or the environment. Calls are found in method and
 * constructor bodies through the compiler Trees API; the check is skipped where that API is unavailable.
 */
final class DeterminismCheck implements Check {
    private record Hazard(String why, String instead) {
    }

    private static final Hazard CLOCK = new Hazard("it reads the machine's clock", "Env.blockTimestamp()");
    private static final Hazard RANDOM = new Hazard("it draws the machine's randomness", "Env.randomSeed()");
    private static final Hazard THREAD = new Hazard("it runs code on another thread",
            "plain sequential code, or a Promise to another contract");
    private static final Hazard FILE = new Hazard("it touches the machine's file system",
            "contract state (fields or storage collections)");
    private static final Hazard NETWORK = new Hazard("it uses the network", "a cross-contract call (Promise)");
    private static final Hazard ENVIRONMENT = new Hazard("it reads the machine's environment",
            "method arguments or contract state");

    /** Static or instance methods, by {@code owner#name}; {@code owner#*} matches every method. */
    private static final Map<String, Hazard> METHODS = Map.ofEntries(
            Map.entry("java.lang.System#currentTimeMillis", CLOCK),
            Map.entry("java.lang.System#nanoTime", CLOCK),
            Map.entry("java.time.Instant#now", CLOCK),
            Map.entry("java.time.LocalDateTime#now", CLOCK),
            Map.entry("java.time.LocalDate#now", CLOCK),
            Map.entry("java.time.LocalTime#now", CLOCK),
            Map.entry("java.time.ZonedDateTime#now", CLOCK),
            Map.entry("java.time.OffsetDateTime#now", CLOCK),
            Map.entry("java.time.Clock#systemUTC", CLOCK),
            Map.entry("java.time.Clock#systemDefaultZone", CLOCK),
            Map.entry("java.lang.Math#random", RANDOM),
            Map.entry("java.lang.StrictMath#random", RANDOM),
            Map.entry("java.util.UUID#randomUUID", RANDOM),
            Map.entry("java.util.concurrent.ThreadLocalRandom#current", RANDOM),
            Map.entry("java.lang.Thread#start", THREAD),
            Map.entry("java.lang.Thread#startVirtualThread", THREAD),
            Map.entry("java.lang.Thread#ofVirtual", THREAD),
            Map.entry("java.lang.Thread#ofPlatform", THREAD),
            Map.entry("java.util.concurrent.Executors#*", THREAD),
            Map.entry("java.util.concurrent.CompletableFuture#supplyAsync", THREAD),
            Map.entry("java.util.concurrent.CompletableFuture#runAsync", THREAD),
            Map.entry("java.nio.file.Files#*", FILE),
            Map.entry("java.nio.file.Paths#get", FILE),
            Map.entry("java.nio.file.Path#of", FILE),
            Map.entry("java.net.URL#openConnection", NETWORK),
            Map.entry("java.net.URL#openStream", NETWORK),
            Map.entry("java.net.http.HttpClient#newHttpClient", NETWORK),
            Map.entry("java.net.http.HttpClient#newBuilder", NETWORK),
            Map.entry("java.lang.System#getenv", ENVIRONMENT),
            Map.entry("java.lang.System#getProperty", ENVIRONMENT));

    /** Constructed types. */
    private static final Map<String, Hazard> CONSTRUCTORS = Map.ofEntries(
            Map.entry("java.util.Random", RANDOM),
            Map.entry("java.security.SecureRandom", RANDOM),
            Map.entry("java.util.Date", CLOCK),
            Map.entry("java.lang.Thread", THREAD),
            Map.entry("java.io.File", FILE),
            Map.entry("java.io.FileInputStream", FILE),
            Map.entry("java.io.FileOutputStream", FILE),
            Map.entry("java.io.FileReader", FILE),
            Map.entry("java.io.FileWriter", FILE),
            Map.entry("java.io.RandomAccessFile", FILE),
            Map.entry("java.io.PrintWriter", FILE),
            Map.entry("java.net.Socket", NETWORK),
            Map.entry("java.net.ServerSocket", NETWORK),
            Map.entry("java.net.DatagramSocket", NETWORK),
            Map.entry("java.net.URL", NETWORK));

    // new Date(millis) is deterministic; only the no-argument form reads the clock
    private static final Set<String> ONLY_NO_ARG = Set.of("java.util.Date", "java.util.Random");

    @Override
    public void check(TypeElement type, CheckContext ctx) {
        if (ctx.trees() == null) {
            return;
        }
        for (Element e : type.getEnclosedElements()) {
            if (e.getKind() != ElementKind.METHOD && e.getKind() != ElementKind.CONSTRUCTOR) {
                continue;
            }
            TreePath path = ctx.trees().getPath(e);
            if (path == null) {
                continue;
            }
            new Scanner(ctx, e, path.getCompilationUnit()).scan(path, null);
        }
    }

    private static final class Scanner extends TreePathScanner<Void, Void> {
        private final CheckContext ctx;
        private final Element method;
        private final CompilationUnitTree unit;

        Scanner(CheckContext ctx, Element method, CompilationUnitTree unit) {
            this.ctx = ctx;
            this.method = method;
            this.unit = unit;
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
            if (ctx.trees().getElement(getCurrentPath()) instanceof ExecutableElement m
                    && m.getEnclosingElement() instanceof TypeElement owner) {
                String ownerName = owner.getQualifiedName().toString();
                Hazard h = METHODS.get(ownerName + "#" + m.getSimpleName());
                if (h == null) {
                    h = METHODS.get(ownerName + "#*");
                }
                if (h != null) {
                    report(tree, owner.getSimpleName() + "." + m.getSimpleName() + "()", h);
                }
            }
            return super.visitMethodInvocation(tree, unused);
        }

        @Override
        public Void visitNewClass(NewClassTree tree, Void unused) {
            if (ctx.trees().getElement(getCurrentPath()) instanceof ExecutableElement c
                    && c.getEnclosingElement() instanceof TypeElement owner) {
                String ownerName = owner.getQualifiedName().toString();
                Hazard h = CONSTRUCTORS.get(ownerName);
                boolean seeded = ONLY_NO_ARG.contains(ownerName) && !tree.getArguments().isEmpty();
                if (h != null && !seeded) {
                    report(tree, "new " + owner.getSimpleName() + "(..)", h);
                }
            }
            return super.visitNewClass(tree, unused);
        }

        private void report(Tree tree, String call, Hazard h) {
            ctx.reporter().reportAt(Diagnostics.NON_DETERMINISTIC, method, tree, unit, call, h.why(), h.instead());
        }
    }
}
