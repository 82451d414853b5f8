package io.jnear.samples.interop;

import io.jnear.annotations.CrossContractCall;
import io.jnear.sdk.AccountId;

/**
 * near-sdk-rs's {@code status_message} example (a Rust contract, deployed as Wasm): one status per account.
 * The stub sends the same JSON a Rust or JavaScript caller would.
 */
@CrossContractCall
public interface StatusMessage {
    /** Stores {@code message} as the status of the transaction's signer, and logs it. */
    void setStatus(String message);

    /** The status of {@code accountId}, or null if it never set one. */
    String getStatus(AccountId accountId);
}
