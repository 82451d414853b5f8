package io.jnear.runtime.isolated;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.NearToken;

/** Prints the gas one metered computation burns; run in a separate JVM to compare JVMs and JIT modes. */
public final class GasProbe {
    private GasProbe() {
    }

    public static long gasOfSum(int n) {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account compute = sandbox.deploy("compute.test.near", Compute.class);
        ExecutionResult<String> r = alice.call(compute.id(), "sum", Integer.toString(n));
        if (r.isFailure()) {
            throw new IllegalStateException(r.failureText());
        }
        return r.receiptOutcomes().get(0).gasBurnt();
    }

    public static void main(String[] args) {
        System.out.println(gasOfSum(Integer.parseInt(args[0])));
    }
}
