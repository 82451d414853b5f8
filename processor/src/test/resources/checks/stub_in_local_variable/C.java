package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

// Stubs and promises kept in local variables are read through the variables' initialisers.
@Contract
public class C {
    long failures;

    @View
    public String title() {
        return "c";
    }

    public Promise<Void> withdraw(String bank) {
        var teller = BankStub.on(bank).withStaticGas(Gas.tgas(5));
        var paying = teller.withAttachedDeposit(NearToken.ONE_YOCTO); //- //! ERROR jnear/deposit-not-payable "Call of Bank.withdraw attaches a deposit, but withdraw is not @Payable"
        var paying = teller; //+
        var call = paying.withdraw("1");
        var check = CStub.self().withStaticGas(Gas.tgas(5)).onWithdrawn();
        return call.then(check);
    }

    @Private
    public void onWithdrawn(@CallbackResult PromiseResult<Void> result) {
        if (result.isFailure()) {
            failures++;
        }
    }

    public Promise<String> ask(String other) {
        var stub = CStub.on(other).withUnusedGasWeight(0); //- //! ERROR jnear/no-gas "Call of C.title has no static gas and unused gas weight 0"
        var stub = CStub.on(other).withStaticGas(Gas.tgas(5)).withUnusedGasWeight(0); //+
        return stub.title();
    }

    public Promise<String> askD() {
        var me = DStub.self(); //- //! ERROR jnear/foreign-self "DStub.self() calls D.name on this contract's own account, but C exports no method \"name\""
        var me = DStub.on("d.near"); //+
        return me.withStaticGas(Gas.tgas(5)).name();
    }

    public Promise<String> reassigned(String other, boolean loud) {
        var stub = CStub.on(other).withUnusedGasWeight(0);
        if (loud) {
            stub = stub.withStaticGas(Gas.tgas(5));
        }
        return stub.withStaticGas(Gas.tgas(5)).title();
    }
}
