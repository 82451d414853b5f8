package io.jnear.runtime.isolation;

import java.util.List;

/**
 * JDK APIs contract code may not use at run time, because they would make execution differ between
 * machines or let a contract escape the sandbox: clocks, randomness, threads, files, the network,
 * reflection, the process. Each entry names the owner (internal name), the member ({@code *} for all),
 * and what to use instead. The processor warns about the same calls at compile time.
 */
final class ProhibitedApis {
    private record Rule(String owner, String member, String reason) {
        boolean matches(String o, String m) {
            return o.equals(owner) && (member.equals("*") || member.equals(m));
        }
    }

    private static final String CLOCK = "clocks differ between nodes; use Env.blockTimestamp()";
    private static final String RANDOM = "randomness differs between nodes; use Env.randomSeed()";
    private static final String THREADS = "contracts run on one thread; threads would make execution non-deterministic";
    private static final String FILES = "contracts have no file system; use Env.storageRead/Write or collections";
    private static final String NETWORK = "contracts have no network; call other contracts with promises";
    private static final String PROCESS = "contracts cannot reach the process or its environment";
    private static final String REFLECTION = "reflection could reach into the runtime";
    private static final String CONSOLE = "contracts have no console; use Env.log()";

    private static final List<Rule> RULES = List.of(
            new Rule("java/lang/System", "currentTimeMillis", CLOCK),
            new Rule("java/lang/System", "nanoTime", CLOCK),
            new Rule("java/lang/System", "exit", PROCESS),
            new Rule("java/lang/System", "getenv", PROCESS),
            new Rule("java/lang/System", "getProperty", PROCESS),
            new Rule("java/lang/System", "getProperties", PROCESS),
            new Rule("java/lang/System", "setProperty", PROCESS),
            new Rule("java/lang/System", "identityHashCode", "identity hash codes differ between runs"),
            new Rule("java/lang/System", "load", PROCESS),
            new Rule("java/lang/System", "loadLibrary", PROCESS),
            new Rule("java/lang/System", "out", CONSOLE),
            new Rule("java/lang/System", "err", CONSOLE),
            new Rule("java/lang/System", "in", CONSOLE),
            new Rule("java/lang/Runtime", "*", PROCESS),
            new Rule("java/lang/ProcessBuilder", "*", PROCESS),
            new Rule("java/lang/Math", "random", RANDOM),
            new Rule("java/lang/StrictMath", "random", RANDOM),
            new Rule("java/util/Random", "<init>()", RANDOM),
            new Rule("java/security/SecureRandom", "*", RANDOM),
            new Rule("java/util/concurrent/ThreadLocalRandom", "*", RANDOM),
            new Rule("java/util/UUID", "randomUUID", RANDOM),
            new Rule("java/lang/Thread", "*", THREADS),
            new Rule("java/util/concurrent/Executors", "*", THREADS),
            new Rule("java/util/concurrent/ForkJoinPool", "*", THREADS),
            new Rule("java/util/concurrent/CompletableFuture", "*", THREADS),
            new Rule("java/util/Timer", "*", THREADS),
            new Rule("java/time/Instant", "now", CLOCK),
            new Rule("java/time/LocalDate", "now", CLOCK),
            new Rule("java/time/LocalDateTime", "now", CLOCK),
            new Rule("java/time/LocalTime", "now", CLOCK),
            new Rule("java/time/ZonedDateTime", "now", CLOCK),
            new Rule("java/time/OffsetDateTime", "now", CLOCK),
            new Rule("java/time/Clock", "*", CLOCK),
            new Rule("java/util/Date", "<init>()", CLOCK),
            new Rule("java/util/Calendar", "getInstance", CLOCK),
            new Rule("java/io/File", "*", FILES),
            new Rule("java/io/FileInputStream", "*", FILES),
            new Rule("java/io/FileOutputStream", "*", FILES),
            new Rule("java/io/FileReader", "*", FILES),
            new Rule("java/io/FileWriter", "*", FILES),
            new Rule("java/io/RandomAccessFile", "*", FILES),
            new Rule("java/nio/file/Files", "*", FILES),
            new Rule("java/nio/file/Paths", "*", FILES),
            new Rule("java/nio/file/Path", "of", FILES),
            new Rule("java/nio/file/FileSystems", "*", FILES),
            new Rule("java/net/Socket", "*", NETWORK),
            new Rule("java/net/ServerSocket", "*", NETWORK),
            new Rule("java/net/DatagramSocket", "*", NETWORK),
            new Rule("java/net/URL", "*", NETWORK),
            new Rule("java/net/URI", "toURL", NETWORK),
            new Rule("java/net/InetAddress", "*", NETWORK),
            new Rule("java/net/http/HttpClient", "*", NETWORK),
            new Rule("java/lang/Class", "forName", REFLECTION),
            new Rule("java/lang/Class", "getDeclaredField", REFLECTION),
            new Rule("java/lang/Class", "getDeclaredFields", REFLECTION),
            new Rule("java/lang/Class", "getDeclaredMethod", REFLECTION),
            new Rule("java/lang/Class", "getDeclaredMethods", REFLECTION),
            new Rule("java/lang/Class", "getDeclaredConstructor", REFLECTION),
            new Rule("java/lang/Class", "getDeclaredConstructors", REFLECTION),
            new Rule("java/lang/Class", "getClassLoader", REFLECTION),
            new Rule("java/lang/Class", "newInstance", REFLECTION),
            new Rule("java/lang/ClassLoader", "*", REFLECTION),
            new Rule("java/lang/reflect/Method", "invoke", REFLECTION),
            new Rule("java/lang/reflect/Field", "*", REFLECTION),
            new Rule("java/lang/reflect/Constructor", "newInstance", REFLECTION),
            new Rule("java/lang/reflect/AccessibleObject", "setAccessible", REFLECTION),
            new Rule("java/lang/invoke/MethodHandles", "privateLookupIn", REFLECTION));

    private ProhibitedApis() {
    }

    /**
     * Why a call of {@code owner.name} with descriptor {@code descriptor} is prohibited, or null if it
     * is allowed. Constructors match {@code <init>} with their parameter list, so {@code new Random(seed)}
     * stays allowed while {@code new Random()} does not.
     */
    static String reason(String owner, String name, String descriptor) {
        String member = name.equals("<init>") ? "<init>" + descriptor.substring(0, descriptor.indexOf(')') + 1) : name;
        for (Rule rule : RULES) {
            if (rule.matches(owner, member) || (rule.member.equals("*") && rule.owner.equals(owner))) {
                return rule.reason;
            }
        }
        return null;
    }

    /** The Java name users read, such as {@code System.currentTimeMillis}. */
    static String display(String owner, String name) {
        String simple = owner.substring(owner.lastIndexOf('/') + 1).replace('$', '.');
        return name.equals("<init>") ? "new " + simple : simple + "." + name;
    }
}
