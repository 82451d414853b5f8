package io.jnear.benchmarks.contracts;

import io.jnear.annotations.CallbackResult;
import io.jnear.annotations.Contract;
import io.jnear.annotations.Init;
import io.jnear.annotations.Private;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PromiseResult;
import java.util.Optional;

/** The caller of the round trip: calls {@link Echo}, and its callback records the answer. */
@Contract
public class Pinger {
    // package-private with a no-argument constructor: the state is generated Borsh, as a near-sdk-rs struct
    AccountId echo;
    long answers;
    Optional<String> last = Optional.empty();

    Pinger() {
    }

    @Init
    public Pinger(AccountId echo) {
        this.echo = echo;
    }

    public Promise<String> ping(String message) {
        return EchoStub.on(echo).withStaticGas(Gas.tgas(5)).echo(message)
                .then(PingerStub.self().withStaticGas(Gas.tgas(5)).onEcho());
    }

    @Private
    public String onEcho(@CallbackResult PromiseResult<String> answer) {
        answers++;
        last = Optional.of(answer.valueOr(""));
        return last.get();
    }

    /** The call the floor benchmark makes directly, without a promise: what {@link #ping} runs besides it. */
    public long answers() {
        return answers;
    }
}
