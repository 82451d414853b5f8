package io.jnear.wasm.contracts;

import io.jnear.annotations.Contract;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Env;
import io.jnear.sdk.U128;

/**
 * A Java contract that receives tokens from the real (Wasm) token's {@code ft_transfer_call}: it keeps
 * them on {@code accept}, hands {@code n} back on {@code return:<n>}, and refuses them on anything else.
 */
@Contract
public class JavaTokenReceiver {
    public U128 ftOnTransfer(AccountId senderId, U128 amount, String msg) {
        Env.log("Java received " + amount + " from " + senderId + " with msg " + msg);
        if (msg.equals("accept")) {
            return U128.ZERO;
        }
        if (msg.startsWith("return:")) {
            return U128.parse(msg.substring("return:".length()));
        }
        throw Env.panic("The Java receiver refuses the tokens");
    }
}
