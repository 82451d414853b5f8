package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.isolated.Compute;
import io.jnear.runtime.isolation.ContractClasses;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.spi.ContractCode;
import org.junit.jupiter.api.Test;

/**
 * {@code ContractCode.of(Class)} only names a contract class (the SDK reflects on nothing); the sandbox
 * resolves the name into the class files and dispatcher wherever a deployment reaches it.
 */
class ContractClassResolutionTest {
    @Test
    void aNamedContractClassHasNoCodeUntilTheSandboxResolvesIt() {
        ContractCode named = ContractCode.of(Compute.class);

        assertFalse(named.isResolved());
        assertEquals(Compute.class, named.contractClass());
        IllegalStateException e = assertThrows(IllegalStateException.class, named::bytes);
        assertEquals("ContractCode.of(io.jnear.runtime.isolated.Compute) only names the contract; the sandbox "
                + "resolves it into its classes when the deployment reaches it", e.getMessage());
        assertThrows(IllegalStateException.class, named::newDispatcher);

        ContractCode code = ContractClasses.resolve(named);
        assertTrue(code.isResolved());
        assertTrue(code.classNames().contains("io/jnear/runtime/isolated/Compute"));
        assertTrue(code.classNames().contains("io/jnear/runtime/isolated/ComputeDispatcher"));
        assertEquals(code, ContractClasses.of(Compute.class), "resolved once per class");
    }

    @Test
    void aTransactionDeployingAClassDeploysItsClasses() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
        AccountId compute = AccountId.of("compute.alice.test.near");

        ExecutionResult<Void> deployed = alice.transact(Promise.create(compute)
                .createAccount().transfer(NearToken.near(10)).deployContract(Compute.class));
        assertTrue(deployed.isSuccess(), deployed.failureText());

        ContractCode code = sandbox.chain().state().get(compute).code();
        assertArrayEquals(ContractClasses.of(Compute.class).hash(), code.hash());
        assertEquals("24", alice.call(compute, "sum", "10", NearToken.ZERO, Gas.tgas(10)).value());
    }
}
