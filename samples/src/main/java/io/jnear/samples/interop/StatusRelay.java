package io.jnear.samples.interop;

import io.jnear.annotations.CallbackResult;
import io.jnear.annotations.Contract;
import io.jnear.annotations.Init;
import io.jnear.annotations.Private;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PromiseResult;
import java.util.Optional;

/**
 * A Java contract that uses a Rust one: it sets and reads statuses on near-sdk-rs's {@code status_message}
 * (Wasm), and its callbacks run a block after the Rust contract answered, whether it succeeded or not.
 */
@Contract
public class StatusRelay {
    String statusAccount;

    /** For the generated state codec, which creates the contract and then reads its fields. */
    StatusRelay() {
    }

    @Init
    public StatusRelay(String statusAccount) {
        this.statusAccount = statusAccount;
    }

    /** Sets the signer's status on the Rust contract, giving that call exactly {@code gas}. */
    public Promise<Boolean> relay(String message, long gas) {
        return StatusMessageStub.on(statusAccount).withStaticGas(Gas.of(gas)).withUnusedGasWeight(0)
                .setStatus(message)
                .then(StatusRelayStub.self().withStaticGas(Gas.tgas(5)).relayed());
    }

    @Private
    public boolean relayed(@CallbackResult PromiseResult<Void> result) {
        Env.log(result.isSuccess() ? "The Rust contract stored the status" : "The Rust contract failed");
        return result.isSuccess();
    }

    /** Reads {@code accountId}'s status from the Rust contract; "" when it has none or the call failed. */
    public Promise<String> statusOf(AccountId accountId) {
        return StatusMessageStub.on(statusAccount).withStaticGas(Gas.tgas(10))
                .getStatus(accountId)
                .then(StatusRelayStub.self().withStaticGas(Gas.tgas(5)).statusRead());
    }

    @Private
    public String statusRead(@CallbackResult PromiseResult<Optional<String>> result) {
        return result.isFailure() ? "" : result.value().orElse("");
    }
}
