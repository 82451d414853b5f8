package io.jnear.benchmarks;

import io.jnear.runtime.Sandbox;
import io.jnear.runtime.SandboxConfig;

/** Sandboxes as benchmarks use them: the per-block conservation check (a scan of all accounts) is off. */
final class BenchmarkSandboxes {
    private BenchmarkSandboxes() {
    }

    static Sandbox create(boolean metered) {
        return Sandbox.create(SandboxConfig.builder().checkConservation(false).meterContracts(metered).build());
    }
}
