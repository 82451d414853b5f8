package example;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.json.JsonCodecs;
import io.jnear.sdk.spi.ResultDecoder;
import io.jnear.sdk.spi.StubSupport;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Generated;

/**
 * Builds typed calls of {@link example.HelloNear}'s exported methods on one account.
 */
@Generated("io.jnear.processor.JnearProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class HelloNearStub extends StubSupport<HelloNearStub> {
    private static final ResultDecoder<String> GET_GREETING_RESULT = ResultDecoder.json(JsonCodecs.STRING);

    private static final ResultDecoder<Void> SET_GREETING_RESULT = ResultDecoder.none();

    private HelloNearStub(AccountId account, Gas staticGas, NearToken attachedDeposit,
            long unusedGasWeight) {
        super(account, staticGas, attachedDeposit, unusedGasWeight);
    }

    @Override
    protected HelloNearStub rebuild(AccountId account, Gas staticGas, NearToken attachedDeposit,
            long unusedGasWeight) {
        return new HelloNearStub(account, staticGas, attachedDeposit, unusedGasWeight);
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

    /**
     * Calls {@code get_greeting}.
     */
    public Promise<String> getGreeting() {
        return call("get_greeting", "{}".getBytes(StandardCharsets.UTF_8), GET_GREETING_RESULT);
    }

    /**
     * Calls {@code set_greeting}.
     */
    public Promise<Void> setGreeting(String greeting) {
        return call("set_greeting", HelloNearCodecs.SetGreetingArgsCodec.INSTANCE.encode(new SetGreetingArgs(greeting)), SET_GREETING_RESULT);
    }

    record SetGreetingArgs(String greeting) {
    }
}
