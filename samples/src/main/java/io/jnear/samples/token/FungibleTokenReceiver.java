package io.jnear.samples.token;

import io.jnear.annotations.CrossContractCall;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.U128;

/**
 * The method a contract implements to accept tokens through {@code ft_transfer_call} (NEP-141). The
 * token has already credited {@code amount} to the receiver when it calls; the receiver answers with
 * the part it did not use, which the token sends back to {@code senderId}.
 */
@CrossContractCall
public interface FungibleTokenReceiver {
    /** Exported as {@code ft_on_transfer}; returns the unused amount, between 0 and {@code amount}. */
    U128 ftOnTransfer(AccountId senderId, U128 amount, String msg);
}
