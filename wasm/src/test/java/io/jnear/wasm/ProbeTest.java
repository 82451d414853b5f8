package io.jnear.wasm;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void probe() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account cc = sandbox.deployWasm("cc.test.near", RealContracts.crossContractLowLevel());
        var r = alice.call(cc.id(), "factorial", "{\"n\":10}", NearToken.ZERO, Gas.tgas(300));
        System.out.println(r.toTree());
        Account tc = sandbox.deployWasm("tc.test.near", RealContracts.testContract());
        System.out.println(alice.call(tc.id(), "new", "{}").toTree());
        System.out.println(alice.call(tc.id(), "new", "{}").toTree());
        System.out.println(alice.call(tc.id(), "test_panic_macro", "{}").toTree());
        Account ft = sandbox.deployWasm("ft.test.near", RealContracts.fungibleToken());
        System.out.println(alice.call(ft.id(), "new_default_meta", "{\"owner_id\":\"alice.test.near\",\"total_supply\":\"1000000\"}").toTree());
        System.out.println(sandbox.viewJson(ft.id(), "storage_balance_bounds", "{}"));
        System.out.println(sandbox.viewJson(ft.id(), "ft_balance_of", "{\"account_id\":\"alice.test.near\"}"));
        Account fac = sandbox.deployWasm("factory.test.near", RealContracts.factory());
        System.out.println(alice.call(fac.id(), "deploy_status_message", "{\"account_id\":\"sm.factory.test.near\",\"amount\":\"5000000000000000000000000\"}", NearToken.ZERO, Gas.tgas(300)).toTree());
        System.out.println(alice.call(fac.id(), "complex_call", "{\"account_id\":\"sm.factory.test.near\",\"message\":\"hi\"}", NearToken.ZERO, Gas.tgas(300)).toTree());
    }
}
