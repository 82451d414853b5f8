package io.jnear.samples.greeter;

import io.jnear.annotations.CallbackResult;
import io.jnear.annotations.Contract;
import io.jnear.annotations.Init;
import io.jnear.annotations.Private;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PromiseResult;

/**
 * The cross-contract greeter: reads and changes the greeting of a Hello NEAR contract. Each call is
 * followed by a private callback that runs one block after Hello NEAR did, whether Hello NEAR
 * succeeded or not, and turns a failure into a log line and an empty or {@code false} result.
 */
@Contract
public class CrossGreeter {
    String helloAccount;

    /** For the generated state codec, which creates the contract and then reads its fields. */
    CrossGreeter() {
    }

    @Init
    public CrossGreeter(String helloAccount) {
        this.helloAccount = helloAccount;
    }

    public Promise<String> queryGreeting() {
        return HelloNearApiStub.on(helloAccount).withStaticGas(Gas.tgas(5))
                .getGreeting()
                .then(CrossGreeterStub.self().withStaticGas(Gas.tgas(5)).queryGreetingCallback());
    }

    @Private
    public String queryGreetingCallback(@CallbackResult PromiseResult<String> result) {
        if (result.isFailure()) {
            Env.log("There was an error contacting Hello NEAR");
            return "";
        }
        return result.value();
    }

    public Promise<Boolean> changeGreeting(String greeting) {
        return HelloNearApiStub.on(helloAccount).withStaticGas(Gas.tgas(5))
                .setGreeting(greeting)
                .then(CrossGreeterStub.self().changeGreetingCallback());
    }

    @Private
    public boolean changeGreetingCallback(@CallbackResult PromiseResult<Void> result) {
        Env.log(result.isSuccess() ? "Greeting changed" : "Failed to change the greeting");
        return result.isSuccess();
    }
}
