package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;

@CrossContractCall
public interface TokenReceiver {
    U128 ftOnTransfer(String senderId, U128 amount, String msg);

    String receiverName();

    long fee(long amount);
}
