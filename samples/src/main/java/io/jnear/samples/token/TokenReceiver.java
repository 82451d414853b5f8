package io.jnear.samples.token;

import io.jnear.annotations.Contract;
import io.jnear.annotations.Private;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.U128;
import java.nio.charset.StandardCharsets;

/**
 * A contract that receives tokens through {@code ft_transfer_call} and answers as {@code msg} tells it:
 * <ul>
 *   <li>{@code accept}: keeps everything (answers 0 unused);</li>
 *   <li>{@code return:<n>}: answers that {@code n} were not used;</li>
 *   <li>{@code panic}: fails, so the token refunds everything;</li>
 *   <li>{@code nonsense}: answers something that is not an amount, which the token treats as "nothing used";</li>
 *   <li>{@code self-call}: asks itself first ({@code keep_half}, a block later) and answers with that
 *       promise, so the token sees the value at the end of the chain: half the amount unused.</li>
 * </ul>
 *
 * <p>A well-behaved receiver would return {@code PromiseOrValue<U128>} (a value now, or a promise's value).
 * This one must also answer something that is not a U128 at all ({@code nonsense}), which no typed result
 * can, so the method is {@code void} and sets its raw result itself with {@link Env#valueReturn} or
 * {@link Env#promiseReturn}; the token calls it through the typed {@link FungibleTokenReceiver} interface,
 * which declares the U128 it answers.
 */
@Contract
public class TokenReceiver {
    private static final Gas GAS_FOR_KEEP_HALF = Gas.tgas(10);

    /** The receiver side of NEP-141's {@code ft_transfer_call}. */
    public void ftOnTransfer(AccountId senderId, U128 amount, String msg) {
        Env.log("Received " + amount + " from " + senderId + " with msg " + msg);
        if (msg.equals("accept")) {
            answer(U128.ZERO);
        } else if (msg.startsWith("return:")) {
            answer(U128.parse(msg.substring("return:".length())));
        } else if (msg.equals("panic")) {
            throw Env.panic("The receiver refuses the tokens");
        } else if (msg.equals("nonsense")) {
            Env.valueReturn("{\"unused\":\"many\"}".getBytes(StandardCharsets.UTF_8));
        } else if (msg.equals("self-call")) {
            Env.promiseReturn(TokenReceiverStub.self().withStaticGas(GAS_FOR_KEEP_HALF).keepHalf(amount));
        } else {
            throw Env.panic("Unknown msg " + msg);
        }
    }

    /** Decides, a block after the tokens arrived, to give half of them back. */
    @Private
    public U128 keepHalf(U128 amount) {
        return amount.dividedBy(2);
    }

    private static void answer(U128 unused) {
        // a U128 travels as a JSON string
        Env.valueReturn(("\"" + unused + "\"").getBytes(StandardCharsets.UTF_8));
    }
}
