package io.jnear.runtime.sealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnear.runtime.Sandbox;
import io.jnear.runtime.isolation.ContractRejectedException;
import io.jnear.sdk.AccountId;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way out of the sandbox found so far, as a contract: each is refused when deployed, before any of
 * its code runs, with the API it reached for and why, and no account is created for it.
 */
class EscapesAreRefusedAtDeployTest {
    private static final String PROCESS = "contracts cannot reach the process or its environment";
    private static final String HANDLES = "method handles could reach into the runtime; use lambdas";
    private static final String HOST = "the sandbox's own machinery is not callable from contract code";
    private static final String THREADS = "contracts run on one thread; threads would make execution non-deterministic";
    private static final String FILES = "contracts have no file system; use Env.storageRead/Write or collections";
    private static final String UNMETERED =
            "its work grows faster with its input than the sandbox can charge for it";
    private static final String ORDER =
            "its iteration order differs between JVMs; use LinkedHashSet/LinkedHashMap or TreeSet/TreeMap";

    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("ExitByMethodReference", "System.exit", PROCESS),
                Arguments.of("ExecThroughMethodHandles", "MethodHandles.lookup", HANDLES),
                Arguments.of("PrivateLookupIntoHost", "MethodHandles.lookup", HANDLES),
                Arguments.of("DefinesClass", "MethodHandles.lookup", HANDLES),
                Arguments.of("ForgedNegativeCharge", "Meter.charge", HOST),
                Arguments.of("HostBindingExit", "HostBinding.chargeOps", HOST),
                Arguments.of("SmuggledIntoSdk", "io.jnear.sdk.Smuggled", HOST),
                Arguments.of("UnsafeIntegerCache", "sun.misc.Unsafe",
                        "JDK internals could reach into the runtime or the memory of the JVM"),
                Arguments.of("ReflectionIntoRuntime", "Class.forName", "reflection could reach into the runtime"),
                Arguments.of("JsonMapperToUrl", "com.fasterxml.jackson.databind.ObjectMapper",
                        "it is not part of jnear's contract API (see META-INF/jnear/contract-api.txt)"),
                Arguments.of("StartsThread", "java.lang.Thread", THREADS),
                Arguments.of("ThreadPool", "java.util.concurrent.ThreadPoolExecutor", THREADS),
                Arguments.of("WaitsOnMonitor", "Object.wait", THREADS),
                Arguments.of("ParallelStream", "Collection.parallelStream", THREADS),
                Arguments.of("WritesHostFile", "java.io.FileNotFoundException", FILES),
                Arguments.of("ConnectsOut", "java.net.InetSocketAddress",
                        "contracts have no network; call other contracts with promises"),
                Arguments.of("ReadsProperty", "System.getProperty", PROCESS),
                Arguments.of("ReadsClock", "Instant.now", "clocks differ between nodes; use Env.blockTimestamp()"),
                Arguments.of("HelperInAnotherPackage", "Runtime.getRuntime", PROCESS),
                Arguments.of("ChangesLocale", "Locale.setDefault",
                        "the default locale differs between nodes; pass Locale.ROOT"),
                Arguments.of("HashSetCollector", "Collectors.toSet", ORDER),
                Arguments.of("ShufflesWithoutSeed", "Collections.shuffle",
                        "randomness differs between nodes; use Env.randomSeed()"),
                Arguments.of("IdentityHash", "System.identityHashCode",
                        "identity hash codes differ between runs; give the class hashCode/equals"),
                Arguments.of("RegexBacktracking", "String.matches",
                        "regular expressions can backtrack for exponential time and are not metered"),
                Arguments.of("RandomIntsStream", "Random.ints", UNMETERED),
                Arguments.of("MimeSeparator", "Base64.getMimeEncoder", UNMETERED),
                Arguments.of("JoinerGrowth", "java.util.StringJoiner",
                        "what it holds cannot be counted toward the call's memory limit (it has no size)"),
                Arguments.of("LyingList", "extending java.util.ArrayList", "its inherited methods are priced and"
                        + " counted by what the object says about itself, which a subclass could misreport;"
                        + " keep one in a field instead"),
                Arguments.of("LyingSize", "implementing java.util.List", "the JDK prices its work on such an object"
                        + " by the size or length the object reports, which an implementation could misreport;"
                        + " keep a JDK one in a field instead"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void refusedWithTheApiAndWhy(String fixture, String api, String why) {
        Sandbox sandbox = Sandbox.create();
        ContractRejectedException e = assertThrows(ContractRejectedException.class,
                () -> sandbox.deploy("attacker.test.near", Fixtures.named(fixture)));
        assertEquals(api + " is not allowed in contract code: " + why, e.getMessage());
        assertFalse(sandbox.exists(AccountId.of("attacker.test.near")));
    }
}
