package io.jnear.benchmarks;

import io.jnear.runtime.Sandbox;
import io.jnear.runtime.SandboxConfig;

/**
 * Sandboxes as benchmarks use them: the defaults (the conservation check after every block included),
 * metered or not.
 */
final class BenchmarkSandboxes {
    private BenchmarkSandboxes() {
    }

    static Sandbox create(boolean metered) {
        return Sandbox.create(SandboxConfig.builder().meterContracts(metered).build());
    }
}
