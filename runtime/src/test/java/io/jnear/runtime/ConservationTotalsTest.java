package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.fees.ActionCost;
import io.jnear.runtime.fees.ActionFees;
import io.jnear.runtime.state.AccountKind;
import io.jnear.runtime.state.AccountState;
import io.jnear.runtime.state.ChainState;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.U128;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The totals the conservation check after every block reads are kept as receipts run, not summed again: the
 * value in flight agrees with a recount after every block, also in forks, and sums past 2^128 fail the check
 * with their exact values instead of wrapping.
 */
class ConservationTotalsTest {
    private static final ActionFees FEES = ProtocolConfig.protocol86().fees();

    @Test
    void theValueInFlightIsWhatTheQueuedReceiptCarries() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account store = sandbox.deploy("store.test.near", TestContracts.store(), null);
        Action transfer = new Action.Transfer(NearToken.near(2));
        sandbox.submitActions(alice.id(), store.id(), List.of(transfer));

        sandbox.produceBlock(); // converted: the receipt runs in the next block

        long prepaidGas = FEES.fee(ActionCost.NEW_ACTION_RECEIPT).execution()
                + FEES.execution(transfer, AccountKind.of(store.id()));
        BigInteger expected = NearToken.near(2).asYocto()
                .add(BigInteger.valueOf(prepaidGas).multiply(BigInteger.valueOf(sandbox.config().gasPurchasePrice())));
        assertEquals(expected, sandbox.chain().valueInFlight());
        sandbox.checkConservation();
        sandbox.runUntilIdle();
        assertEquals(BigInteger.ZERO, sandbox.chain().valueInFlight());
        sandbox.checkConservation();
    }

    @Test
    void theRunningValueInFlightMatchesTheReceiptsAfterEveryBlockAndInForks() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
        Account caller = sandbox.deploy("caller.test.near", TestContracts.caller(), null);
        Account store = sandbox.deploy("store.test.near", TestContracts.store(), null);
        // a failing call with a deposit (refunds), a join (a callback postponed for two results), a returned promise
        sandbox.submitActions(alice.id(), caller.id(), List.of(call("call",
                "{\"target\":\"store.test.near\",\"method\":\"fail\",\"deposit\":\"5\"}", NearToken.near(1))));
        sandbox.submitActions(alice.id(), caller.id(), List.of(call("join", "{\"calls\":[{\"target\":"
                + "\"store.test.near\",\"method\":\"echo\",\"args\":\"{\\\"value\\\":\\\"a\\\"}\"},"
                + "{\"target\":\"store.test.near\",\"method\":\"fail\"}]}", NearToken.ZERO)));
        sandbox.submitActions(alice.id(), caller.id(), List.of(call("forward", "{\"target\":\"store.test.near\","
                + "\"method\":\"echo\",\"args\":\"{\\\"value\\\":\\\"v\\\"}\"}", NearToken.ZERO)));
        sandbox.submitActions(alice.id(), store.id(), List.of(new Action.Transfer(NearToken.near(2))));

        Sandbox fork = null;
        int blocksWithValueInFlight = 0;
        while (!sandbox.isIdle()) {
            sandbox.produceBlock();
            sandbox.checkConservation(); // recounts the balances and the receipts in flight, and compares
            if (sandbox.chain().valueInFlight().signum() > 0) {
                blocksWithValueInFlight++;
                if (fork == null && blocksWithValueInFlight == 2) {
                    fork = sandbox.fork();
                }
            }
        }
        assertTrue(blocksWithValueInFlight >= 3, "receipts were in flight for " + blocksWithValueInFlight + " blocks");
        assertEquals(BigInteger.ZERO, sandbox.chain().valueInFlight());

        // the fork keeps its own running totals, and goes another way: the echo calls due next fail
        assertTrue(fork.chain().valueInFlight().signum() > 0);
        fork.failCallsDueNext(store.id(), "echo");
        while (!fork.isIdle()) {
            fork.produceBlock();
            fork.checkConservation();
        }
        assertEquals(BigInteger.ZERO, fork.chain().valueInFlight());
        sandbox.checkConservation();
    }

    @Test
    void balancesAddingUpPastTwoTo128FailTheCheckWithTheirExactSum() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(1));
        ChainState state = sandbox.chain().state();
        AccountState a = state.get(alice.id());
        state.setAmount(a, U128.MAX);
        state.commit(0);

        BigInteger balances = BigInteger.ZERO;
        for (AccountState each : state.accounts()) {
            balances = balances.add(each.amount()).add(each.locked());
        }
        assertTrue(balances.bitLength() > 128);
        BigInteger appeared = U128.MAX.asBigInteger().subtract(NearToken.near(1).asYocto());
        long height = sandbox.blockHeight();
        IllegalStateException e = assertThrows(IllegalStateException.class, sandbox::checkConservation);
        assertTrue(e.getMessage().startsWith("NEAR is not conserved at block " + height + ": balances " + balances
                + " + in flight 0 + burnt "), e.getMessage());
        assertTrue(e.getMessage().endsWith("(difference " + appeared + ")"), e.getMessage());

        // the check after every block sees it too, from the kept total
        IllegalStateException inBlock = assertThrows(IllegalStateException.class, sandbox::produceBlock);
        assertTrue(inBlock.getMessage().startsWith("NEAR is not conserved at block " + (height + 1) + ": balances "
                + balances), inBlock.getMessage());
        assertTrue(inBlock.getMessage().endsWith("(difference " + appeared + ")"), inBlock.getMessage());
    }

    private static Action.FunctionCall call(String method, String args, NearToken deposit) {
        return new Action.FunctionCall(method, args.getBytes(StandardCharsets.UTF_8), Gas.tgas(100), deposit, 0);
    }
}
