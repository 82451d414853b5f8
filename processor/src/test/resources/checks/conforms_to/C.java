package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;

// @ConformsTo holds a contract to what `implements` would, results compared by the value they resolve to.
@Contract
@ConformsTo(TokenReceiver.class) //- //! ERROR jnear/interface-mismatch "Contract C declares @ConformsTo(TokenReceiver.class) but exports no method \"receiver_name\""
@ConformsTo(TokenReceiver.class) //+
public class C {
    public PromiseOrValue<U128> ftOnTransfer(String senderId, U128 amount, String msg) {
        return PromiseOrValue.value(U128.ZERO);
    }

    public Promise<String> receiverName() { //+
        return CStub.self().withStaticGas(Gas.tgas(5)).localName(); //+
    } //+

    public String localName() {
        return "c";
    }

    public PromiseOrValue<Integer> fee(long amount) { //- //! ERROR jnear/interface-mismatch "Method fee implements TokenReceiver.fee but resolves to java.lang.Integer, not java.lang.Long"
    public PromiseOrValue<Long> fee(long amount) { //+
        return PromiseOrValue.value(0); //-
        return PromiseOrValue.value(0L); //+
    }
}
