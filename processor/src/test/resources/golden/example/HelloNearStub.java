package example;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.spi.Json;
import io.jnear.sdk.spi.ResultDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Builds typed calls of {@link example.HelloNear}'s exported methods on one account.
 */
@Generated("io.jnear.processor.JnearProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class HelloNearStub {
    private static final ResultDecoder<String> GET_GREETING_RESULT = Json.decoder(String.class);

    private static final ResultDecoder<Void> SET_GREETING_RESULT = ResultDecoder.none();

    private final AccountId account;

    private final Gas staticGas;

    private final NearToken attachedDeposit;

    private final long unusedGasWeight;

    private HelloNearStub(AccountId account, Gas staticGas, NearToken attachedDeposit,
            long unusedGasWeight) {
        this.account = Objects.requireNonNull(account, "account");
        this.staticGas = Objects.requireNonNull(staticGas, "staticGas");
        this.attachedDeposit = Objects.requireNonNull(attachedDeposit, "attachedDeposit");
        if (unusedGasWeight < 0) {
            throw new IllegalArgumentException("unused gas weight may not be negative: " + unusedGasWeight);
        }
        this.unusedGasWeight = unusedGasWeight;
    }

    /**
     * Calls on {@code account}; static gas 0, no deposit, unused gas weight 1.
     */
    public static HelloNearStub on(AccountId account) {
        return new HelloNearStub(account, Gas.ZERO, NearToken.ZERO, 1L);
    }

    public static HelloNearStub on(String account) {
        return on(AccountId.of(account));
    }

    /**
     * Calls on the contract that is running (for callbacks).
     */
    public static HelloNearStub self() {
        return on(Env.currentAccountId());
    }

    public HelloNearStub withStaticGas(Gas gas) {
        return new HelloNearStub(account, gas, attachedDeposit, unusedGasWeight);
    }

    public HelloNearStub withAttachedDeposit(NearToken deposit) {
        return new HelloNearStub(account, staticGas, deposit, unusedGasWeight);
    }

    public HelloNearStub withUnusedGasWeight(long weight) {
        return new HelloNearStub(account, staticGas, attachedDeposit, weight);
    }

    /**
     * Calls {@code get_greeting}.
     */
    public Promise<String> getGreeting() {
        return Promise.functionCall(this.account, call("get_greeting", "{}".getBytes(StandardCharsets.UTF_8)), GET_GREETING_RESULT);
    }

    /**
     * Calls {@code set_greeting}.
     */
    public Promise<Void> setGreeting(String greeting) {
        return Promise.functionCall(this.account, call("set_greeting", Json.toBytes(new SetGreetingArgs(greeting))), SET_GREETING_RESULT);
    }

    private Action.FunctionCall call(String method, byte[] args) {
        return new Action.FunctionCall(method, args, staticGas, attachedDeposit, unusedGasWeight);
    }

    record SetGreetingArgs(@JsonProperty("greeting") String greeting) {
    }
}
