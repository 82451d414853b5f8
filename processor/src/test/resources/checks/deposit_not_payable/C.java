package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    @Payable //+
    public void take() {
    }

    public void free() {
    }

    public Promise<Void> give(String other) {
        return CStub.on(other).withStaticGas(Gas.tgas(5)).withAttachedDeposit(NearToken.near(1)).take(); //! ERROR jnear/deposit-not-payable "Method take doesn't accept deposit"
    }

    public Promise<Void> withdraw(String bank) {
        return BankStub.on(bank).withStaticGas(Gas.tgas(5)).withAttachedDeposit(NearToken.ONE_YOCTO).withdraw("1"); //- //! ERROR jnear/deposit-not-payable "Call of Bank.withdraw attaches a deposit, but withdraw is not @Payable"
        return BankStub.on(bank).withStaticGas(Gas.tgas(5)).withdraw("1"); //+
    }

    public Promise<Void> pay(String bank) {
        return BankStub.on(bank).withStaticGas(Gas.tgas(5)).withAttachedDeposit(NearToken.ONE_YOCTO).deposit();
    }

    public Promise<Void> record(String ledger) {
        // the interface marks no method @Payable, so it says nothing about deposits
        return LedgerStub.on(ledger).withStaticGas(Gas.tgas(5)).withAttachedDeposit(NearToken.ONE_YOCTO).record("x");
    }

    public Promise<Void> giveNothing(String other) {
        return CStub.on(other).withAttachedDeposit(NearToken.ZERO).withStaticGas(Gas.tgas(5)).free();
    }
}
