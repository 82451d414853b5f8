package io.jnear.samples.interop;

import io.jnear.annotations.CrossContractCall;
import io.jnear.sdk.AccountId;
import java.util.Optional;

/**
 * near-sdk-rs's {@code status_message} example (a Rust contract, deployed as Wasm): one status per account.
 * The stub sends the same JSON a Rust or JavaScript caller would.
 */
@CrossContractCall
public interface StatusMessage {
    /** Stores {@code message} as the status of the transaction's signer, and logs it. */
    void setStatus(String message);

    /** The status of {@code accountId}; empty (JSON {@code null}) if it never set one. */
    Optional<String> getStatus(AccountId accountId);
}
