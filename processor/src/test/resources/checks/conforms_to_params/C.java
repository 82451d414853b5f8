package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;

@Contract
@ConformsTo(TokenReceiver.class)
public class C {
    public U128 ftOnTransfer(String sender, U128 amount, String msg) { //- //! ERROR jnear/interface-mismatch "its argument key is \"sender\", not \"sender_id\""
    public U128 ftOnTransfer(String senderId, U128 amount, String msg) { //+
        return U128.ZERO;
    }

    public String receiverName() {
        return "c";
    }

    public long fee(int amount) { //- //! ERROR jnear/interface-mismatch "parameter amount is a java.lang.Integer, not a java.lang.Long"
    public long fee(long amount) { //+
        return 0;
    }
}
