package io.jnear.runtime.sealing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.isolated.Compute;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.spi.ContractCode;
import io.jnear.sdk.spi.Meter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Contracts the sandbox accepts but that try to hang it, outgrow it or cheat its gas: each fails only its
 * own receipt, with NEAR's error, and the next transaction runs normally.
 */
@Timeout(120)
class SandboxSurvivesHostileCodeTest {
    private static final String OUT_OF_GAS = "Exceeded the prepaid gas.";
    private static final String MEMORY =
            "Exceeded the memory limit: contract code allocated more than 64 MiB in one call";

    private Sandbox sandbox;
    private Account alice;
    private Account compute;

    @BeforeEach
    void setUp() {
        sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
        compute = sandbox.deploy("compute.test.near", Compute.class);
    }

    private ExecutionResult<String> run(String fixture) {
        Account contract = sandbox.deploy("hostile.test.near", Fixtures.named(fixture));
        return alice.call(contract.id(), "run", "", NearToken.ZERO, Gas.tgas(200));
    }

    private void sandboxStillWorks() {
        assertEquals("24", alice.call(compute.id(), "sum", "10", NearToken.ZERO, Gas.tgas(10)).value());
        sandbox.checkConservation();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LoopInFinally", "LoopInTryFinally", "LoopInSynchronized", "LoopInTryWithResources",
        "LoopInNestedHandlers", "HelperSpins"})
    void aLoopInAnyHandlerShapeRunsOutOfGasInsteadOfHanging(String fixture) {
        assertEquals(OUT_OF_GAS, run(fixture).failureText());
        sandboxStillWorks();
    }

    @Test
    void catchingThrowableDoesNotSurviveTheCallDepthLimit() {
        assertEquals("Exceeded the maximum call depth: contract methods nested more than 1000 deep",
                run("CatchesDepthFailure").failureText());
        sandboxStillWorks();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MultiArray", "CopyOfPastLimit", "RepeatPastLimit", "ConcatDoubling", "CapacityPastLimit",
        "BuilderDoubling", "ListGrowth", "MapGrowth", "BuilderGrowth", "ConcatDoublingInJdk", "StreamCollect",
        "NodeChain"})
    void everyAllocationPathCountsTowardTheMemoryLimit(String fixture) {
        assertEquals(MEMORY, run(fixture).failureText());
        sandboxStillWorks();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "repeat      | " + MEMORY,
        "join        | " + MEMORY,
        "concat      | " + MEMORY,
        "toCharArray | " + MEMORY,
        "numbers     | " + MEMORY,
        "buffer      | " + MEMORY,
        // each byte would take the 20-million-character delimiter: priced beyond any call before it is counted
        "hex         | Exceeded the maximum amount of gas allowed to burn per contract."})
    void aHugeResultIsRefusedBeforeTheJdkAllocatesIt(String call, String error) {
        // most of these are beyond what the JVM can allocate at all: counted after, they would fail otherwise
        Account contract = sandbox.deploy("hostile.test.near", Fixtures.named("HugeResults"));
        assertEquals(error, alice.call(contract.id(), "run", call, NearToken.ZERO, Gas.tgas(200)).failureText());
        sandboxStillWorks();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SortMillions | Exceeded the prepaid gas.",
        "LongRange    | Exceeded the prepaid gas.",
        "IndexOfLoop       | Exceeded the prepaid gas.",
        "StringEqualsLoop  | Exceeded the prepaid gas.",
        "ListContainsLoop  | Exceeded the prepaid gas.",
        "ArrayCopyLoop     | Exceeded the prepaid gas.",
        "ArraysEqualsLoop  | Exceeded the prepaid gas.",
        "BigAddLoop        | Exceeded the prepaid gas.",
        "FrequencyLoop     | Exceeded the prepaid gas.",
        "BuilderInsertLoop | Exceeded the prepaid gas.",
        "MethodRefSearchLoop | Exceeded the prepaid gas.",
        "HexFormatLoop     | Exceeded the prepaid gas.",
        "Base64Loop        | Exceeded the prepaid gas.",
        "Base64DecodeLoop  | Exceeded the prepaid gas.",
        "LeadingZerosLoop  | Exceeded the prepaid gas.",
        "GetCharsLoop      | Exceeded the prepaid gas.",
        "DeepExceptions    | Exceeded the prepaid gas.",
        "LinkedWalkLoop    | Exceeded the prepaid gas.",
        "SubListClearLoop  | Exceeded the prepaid gas.",
        "RangeSizeLoop     | Exceeded the prepaid gas.",
        "SetRangeSizeLoop  | Exceeded the prepaid gas.",
        "ClearRefillLoop   | Exceeded the prepaid gas.",
        "WrappedClearRefillLoop | Exceeded the prepaid gas.",
        // charged at once for more than any call may burn
        "BigPow       | Exceeded the maximum amount of gas allowed to burn per contract.",
        "BigParse     | Exceeded the maximum amount of gas allowed to burn per contract."})
    void jdkWorkThatGrowsWithItsInputIsChargedForIt(String fixture, String error) {
        assertEquals(error, run(fixture).failureText());
        sandboxStillWorks();
    }

    @Test
    void aJoinWalksItsElementsOnceAndJoinsWhatItCounted() {
        // the iterable is empty on its first walk and 3 billion characters on the next: only one walk happens
        assertEquals("\"0\"", run("JoinTwoFaces").value());
        sandboxStillWorks();
    }

    @Test
    void rangeViewsCountAndCollectionsClearAsTheyDid() {
        assertEquals("\"[50, 50, 10, 10, 100, 100, 100, 5, 100, 100, 10, 30, 10, 5]\"", run("HonestRangesAndClears").value());
        sandboxStillWorks();
    }

    @Test
    void exceptionsRecordsAndEnumsMayStillBeExtended() {
        assertEquals("\"sum 5 of 4\"", run("HonestSubclasses").value());
        sandboxStillWorks();
    }

    @Test
    void aContractInTheUnnamedPackageIsMeteredAndKeepsItsOwnStatics() {
        Class<?> unnamed = Fixtures.named("UnnamedSpin");
        Account one = sandbox.deploy("one.test.near", unnamed);
        Account two = sandbox.deploy("two.test.near", unnamed);
        assertEquals(OUT_OF_GAS, alice.call(one.id(), "spin", "", NearToken.ZERO, Gas.tgas(30)).failureText());
        assertEquals("\"1\"", alice.call(two.id(), "calls", "").value());
        sandboxStillWorks();
    }

    @Test
    void theMeterRefusesNegativeCharges() {
        // even code the sandbox trusts (a hand-written dispatcher) cannot bank gas with a negative charge
        ContractCode banker = ContractCode.of("banker", "banker".getBytes(StandardCharsets.UTF_8), () -> method -> {
            Meter.charge(-1_000_000_000);
            return true;
        });
        Account contract = sandbox.deploy("banker.test.near", banker, null);
        assertEquals("Gas charges cannot be negative",
                alice.call(contract.id(), "bank", "", NearToken.ZERO, Gas.tgas(10)).failureText());
        sandboxStillWorks();
    }
}
