package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.exec.InvalidTransactionException;
import io.jnear.runtime.fees.ActionCost;
import io.jnear.runtime.fees.ExtCost;
import io.jnear.runtime.outcome.ActionsValidationError;
import io.jnear.runtime.outcome.InvalidTxError;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One place holds every protocol number; 87 differs from 86 only in the contract reward. */
class ProtocolConfigTest {

    @Test
    void protocol86HoldsNearcoresNumbers() {
        ProtocolConfig p = ProtocolConfig.protocol86();
        assertEquals(86, p.version());
        assertEquals(1_000_000_000L, p.minGasPurchasePrice());
        assertEquals(100_000_000L, p.minGasPrice());
        assertEquals(new BigInteger("7000000000000000000000"), p.accountCreationCharge());
        assertEquals(1_000_000_000_000_000L, p.limits().maxTotalPrepaidGas());
        assertEquals(2048, p.limits().maxLengthStorageKey());
        assertEquals(1_572_864, p.limits().maxTransactionSize());
        assertEquals(10, p.limits().maxDeployActionsPerReceipt());
        assertEquals(264_768_111L, p.hostCosts().gas(ExtCost.BASE));
        assertEquals(7_200_000_000_000L, p.fees().fee(ActionCost.CREATE_ACCOUNT).execution());
        assertEquals(3, p.burntGasRewardNumerator());
        assertEquals(10, p.burntGasRewardDenominator());
        assertEquals(1_000_000_000L, p.purchasePrice(100_000_000L), "max(gas price, min purchase price)");
        assertEquals(2_000_000_000L, p.purchasePrice(2_000_000_000L));
    }

    @Test
    void protocol87DropsTheRewardAndRejectsEmptyMethodNames() {
        ProtocolConfig p86 = ProtocolConfig.protocol86();
        ProtocolConfig p87 = ProtocolConfig.of(87);
        assertEquals(0, p87.burntGasRewardNumerator());
        assertFalse(p86.rejectsEmptyMethodNames());
        assertTrue(p87.rejectsEmptyMethodNames());
        assertEquals(p86.limits(), p87.limits());
        assertEquals(p86.accountCreationCharge(), p87.accountCreationCharge());
        assertThrows(IllegalArgumentException.class, () -> ProtocolConfig.of(85));
    }

    @Test
    void theGasMaximumIsASetting() {
        long tgas300 = Gas.tgas(300).asGas();
        Sandbox sandbox = Sandbox.create(SandboxConfig.builder().maxGasBurnt(tgas300).build());
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));

        InvalidTransactionException e = assertThrows(InvalidTransactionException.class,
                () -> sandbox.submitActions(alice.id(), alice.id(), List.of(new Action.FunctionCall("m", new byte[0],
                        Gas.of(tgas300 + 1), NearToken.ZERO, 0))));

        InvalidTxError.ActionsValidation error = assertInstanceOf(InvalidTxError.ActionsValidation.class, e.error());
        assertEquals(new ActionsValidationError.TotalPrepaidGasExceeded(tgas300 + 1, tgas300), error.error());
        assertEquals(tgas300, sandbox.config().maxGasBurnt());
    }
}
