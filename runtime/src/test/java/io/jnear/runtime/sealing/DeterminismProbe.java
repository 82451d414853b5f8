package io.jnear.runtime.sealing;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.NearToken;
import java.util.List;
import java.util.Locale;

/**
 * Runs recursions of several depths and the determinism fixtures (hash-set order, identity hash codes,
 * Set.of order, Math, records over identity-hashed components) in a fresh sandbox and prints each outcome and the state digest; run in JVMs with
 * different stack sizes, JIT modes or versions, which must print the same.
 */
public final class DeterminismProbe {
    static final int[] DEPTHS = {10, 500, 998, 999, 1_000, 5_000, 100_000};

    private DeterminismProbe() {
    }

    static String outcomes() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account contract = sandbox.deploy("deep.test.near", Fixtures.named("Recursion"));
        StringBuilder out = new StringBuilder();
        for (int depth : DEPTHS) {
            ExecutionResult<String> r = alice.call(contract.id(), "run", Integer.toString(depth));
            out.append(depth).append(": ").append(r.isFailure() ? r.failureText() : r.value()).append('\n');
        }
        for (String fixture : List.of("HashSetOrder", "IdentityHashCode", "SetOfOrder", "MathIsStrict",
                "RecordIdentityHash", "CollectionIdentityText", "MethodRefIdentity",
                "JdkTextOfIdentity", "WrappedIdentityText")) {
            Account other = sandbox.deploy(fixture.toLowerCase(Locale.ROOT) + ".test.near", Fixtures.named(fixture));
            out.append(fixture).append(": ").append(alice.call(other.id(), "run", "").value()).append('\n');
        }
        return out.append(sandbox.stateDigest()).toString();
    }

    public static void main(String[] args) {
        System.out.print(outcomes());
    }
}
