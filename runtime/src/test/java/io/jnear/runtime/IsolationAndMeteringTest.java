package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.isolated.Compute;
import io.jnear.runtime.isolated.GasProbe;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IsolationAndMeteringTest {
    private Sandbox sandbox;
    private Account alice;
    private Account compute;

    @BeforeEach
    void setUp() {
        sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
        compute = sandbox.deploy("compute.test.near", Compute.class);
    }

    private ExecutionResult<String> call(String method, String args, Gas gas) {
        return alice.call(compute.id(), method, args, NearToken.ZERO, gas);
    }

    private void sandboxStillWorks() {
        ExecutionResult<String> next = call("sum", "10", Gas.tgas(10));
        assertEquals("24", next.value(), "the next transaction runs normally");
    }

    @Test
    void anInfiniteLoopRunsOutOfGasAndOnlyItsReceiptFails() {
        ExecutionResult<String> r = call("loop_forever", "", Gas.tgas(30));
        assertEquals("Exceeded the prepaid gas.", r.failureText());
        sandboxStillWorks();
    }

    @Test
    void catchingThrowableDoesNotSwallowRunningOutOfGas() {
        ExecutionResult<String> r = call("swallow_everything", "", Gas.tgas(30));
        assertEquals("Exceeded the prepaid gas.", r.failureText());
        sandboxStillWorks();
    }

    @Test
    void unboundedRecursionFailsOnlyItsReceipt() {
        ExecutionResult<String> r = call("recurse", "", Gas.tgas(300));
        assertEquals("Exceeded the maximum call depth: contract methods nested more than 1000 deep",
                r.failureText());
        sandboxStillWorks();
    }

    @Test
    void aGiantAllocationFailsWithTheMemoryLimit() {
        ExecutionResult<String> r = call("allocate", "", Gas.tgas(30));
        assertEquals("Exceeded the memory limit: contract code allocated more than 64 MiB in one call",
                r.failureText());
        ExecutionResult<String> steps = call("allocate_in_steps", "", Gas.tgas(300));
        assertEquals("Exceeded the memory limit: contract code allocated more than 64 MiB in one call",
                steps.failureText());
        sandboxStillWorks();
    }

    @Test
    void moreWorkBurnsProportionallyMoreGas() {
        long small = call("sum", "10000", Gas.tgas(300)).receiptOutcomes().get(0).gasBurnt();
        long large = call("sum", "100000", Gas.tgas(300)).receiptOutcomes().get(0).gasBurnt();
        long base = call("sum", "0", Gas.tgas(300)).receiptOutcomes().get(0).gasBurnt();
        double ratio = (double) (large - base) / (small - base);
        assertTrue(ratio > 9.9 && ratio < 10.1, "ten times the iterations, ten times the gas: " + ratio);

        ExecutionResult<String> tooLittle = call("sum", "1000000", Gas.tgas(5));
        assertEquals("Exceeded the prepaid gas.", tooLittle.failureText());
    }

    @Test
    void gasOfAComputationIsIdenticalAcrossRunsAndJvms() throws Exception {
        long here = GasProbe.gasOfSum(50_000);
        assertEquals(here, GasProbe.gasOfSum(50_000));
        // another JVM, interpreted only: no JIT, different timing, same gas
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(List.of(java, "-Xint", "-cp", System.getProperty("java.class.path"),
                GasProbe.class.getName(), "50000")).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the probe JVM finished");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(Long.toString(here), out);
    }

    @Test
    void twoAccountsRunningTheSameClassKeepSeparateStaticState() {
        Account other = sandbox.deploy("other.test.near", Compute.class);
        assertEquals("1", call("bump_static", "", Gas.tgas(10)).value());
        assertEquals("2", call("bump_static", "", Gas.tgas(10)).value());
        assertEquals("1", alice.call(other.id(), "bump_static", "").value());
    }
}
