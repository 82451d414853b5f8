package example;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Callback;
import io.jnear.sdk.Callback2;
import io.jnear.sdk.CallbackAll;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.json.JsonCodecs;
import io.jnear.sdk.json.JsonKey;
import io.jnear.sdk.spi.ResultDecoder;
import io.jnear.sdk.spi.StubSupport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Builds typed calls of {@link example.CrossGreeter}'s exported methods on one account.
 */
@Generated("io.jnear.processor.JnearProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class CrossGreeterStub extends StubSupport<CrossGreeterStub> {
    private static final ResultDecoder<String> QUERY_GREETING_RESULT = ResultDecoder.json(JsonCodecs.STRING);

    private static final ResultDecoder<String> QUERY_GREETING_CALLBACK_RESULT = ResultDecoder.json(JsonCodecs.STRING);

    private static final ResultDecoder<Boolean> CHANGE_GREETING_RESULT = ResultDecoder.json(JsonCodecs.BOOLEAN);

    private static final ResultDecoder<Boolean> CHANGE_GREETING_CALLBACK_RESULT = ResultDecoder.json(JsonCodecs.BOOLEAN);

    private static final ResultDecoder<String> COMPARE_GREETINGS_RESULT = ResultDecoder.json(JsonCodecs.STRING);

    private static final ResultDecoder<String> COMPARE_CALLBACK_RESULT = ResultDecoder.json(JsonCodecs.STRING);

    private static final ResultDecoder<Integer> COUNT_GREETINGS_RESULT = ResultDecoder.json(JsonCodecs.I32);

    private static final ResultDecoder<Integer> COUNT_CALLBACK_RESULT = ResultDecoder.json(JsonCodecs.I32);

    private static final ResultDecoder<Void> DONATE_RESULT = ResultDecoder.none();

    private static final ResultDecoder<List<CrossGreeter.Donation>> DONATIONS_BY_RESULT = ResultDecoder.json(JsonCodecs.list(CrossGreeterCodecs.DonationCodec.INSTANCE));

    private static final ResultDecoder<Map<String, CrossGreeter.Mood>> MOODS_RESULT = ResultDecoder.json(JsonCodecs.map(JsonKey.STRING, CrossGreeterCodecs.MoodCodec.INSTANCE));

    private static final ResultDecoder<Void> SET_MOOD_RESULT = ResultDecoder.none();

    private CrossGreeterStub(AccountId account, Gas staticGas, NearToken attachedDeposit,
            long unusedGasWeight) {
        super(account, staticGas, attachedDeposit, unusedGasWeight);
    }

    @Override
    protected CrossGreeterStub rebuild(AccountId account, Gas staticGas, NearToken attachedDeposit,
            long unusedGasWeight) {
        return new CrossGreeterStub(account, staticGas, attachedDeposit, unusedGasWeight);
    }

    /**
     * Calls on {@code account}; static gas 0, no deposit, unused gas weight 1.
     */
    public static CrossGreeterStub on(AccountId account) {
        return new CrossGreeterStub(account, Gas.ZERO, NearToken.ZERO, 1L);
    }

    public static CrossGreeterStub on(String account) {
        return on(AccountId.of(account));
    }

    /**
     * Calls on the contract that is running (for callbacks).
     */
    public static CrossGreeterStub self() {
        return on(Env.currentAccountId());
    }

    /**
     * The call of the @Init constructor (method {@code new}) for deploy-and-init; add gas or a deposit with {@code withGas}/{@code withDeposit}.
     */
    public static Action.FunctionCall init(String helloAccount) {
        return new Action.FunctionCall("new", CrossGreeterCodecs.NewArgsCodec.INSTANCE.encode(new NewArgs(helloAccount)), Gas.ZERO, NearToken.ZERO, 0L);
    }

    /**
     * Calls {@code query_greeting}.
     */
    public Promise<String> queryGreeting() {
        return call("query_greeting", "{}".getBytes(StandardCharsets.UTF_8), QUERY_GREETING_RESULT);
    }

    /**
     * Calls callback {@code query_greeting_callback}; chain it with {@code then} after the promise(s) whose results it takes.
     */
    public Callback<String, String> queryGreetingCallback() {
        return Callback.of(call("query_greeting_callback", "{}".getBytes(StandardCharsets.UTF_8), QUERY_GREETING_CALLBACK_RESULT));
    }

    /**
     * Calls {@code change_greeting}.
     */
    public Promise<Boolean> changeGreeting(String newGreeting) {
        return call("change_greeting", CrossGreeterCodecs.ChangeGreetingArgsCodec.INSTANCE.encode(new ChangeGreetingArgs(newGreeting)), CHANGE_GREETING_RESULT);
    }

    /**
     * Calls callback {@code change_greeting_callback}; chain it with {@code then} after the promise(s) whose results it takes.
     */
    public Callback<Void, Boolean> changeGreetingCallback() {
        return Callback.of(call("change_greeting_callback", "{}".getBytes(StandardCharsets.UTF_8), CHANGE_GREETING_CALLBACK_RESULT));
    }

    /**
     * Calls {@code compare_greetings}.
     */
    public Promise<String> compareGreetings(String otherAccount) {
        return call("compare_greetings", CrossGreeterCodecs.CompareGreetingsArgsCodec.INSTANCE.encode(new CompareGreetingsArgs(otherAccount)), COMPARE_GREETINGS_RESULT);
    }

    /**
     * Calls callback {@code compare_callback}; chain it with {@code then} after the promise(s) whose results it takes.
     */
    public Callback2<String, String, String> compareCallback() {
        return Callback2.of(call("compare_callback", "{}".getBytes(StandardCharsets.UTF_8), COMPARE_CALLBACK_RESULT));
    }

    /**
     * Calls {@code count_greetings}.
     */
    public Promise<Integer> countGreetings(List<String> accounts) {
        return call("count_greetings", CrossGreeterCodecs.CountGreetingsArgsCodec.INSTANCE.encode(new CountGreetingsArgs(accounts)), COUNT_GREETINGS_RESULT);
    }

    /**
     * Calls callback {@code count_callback}; chain it with {@code then} after the promise(s) whose results it takes.
     */
    public CallbackAll<String, Integer> countCallback() {
        return CallbackAll.of(call("count_callback", "{}".getBytes(StandardCharsets.UTF_8), COUNT_CALLBACK_RESULT));
    }

    /**
     * Calls {@code donate}.
     */
    public Promise<Void> donate(String memo) {
        return call("donate", CrossGreeterCodecs.DonateArgsCodec.INSTANCE.encode(new DonateArgs(memo)), DONATE_RESULT);
    }

    /**
     * Calls {@code donations_by}.
     */
    public Promise<List<CrossGreeter.Donation>> donationsOf(AccountId donor, long limit) {
        return call("donations_by", CrossGreeterCodecs.DonationsByArgsCodec.INSTANCE.encode(new DonationsByArgs(donor, limit)), DONATIONS_BY_RESULT);
    }

    /**
     * Calls {@code moods}.
     */
    public Promise<Map<String, CrossGreeter.Mood>> moods() {
        return call("moods", "{}".getBytes(StandardCharsets.UTF_8), MOODS_RESULT);
    }

    /**
     * Calls {@code set_mood}.
     */
    public Promise<Void> setMood(CrossGreeter.Mood mood) {
        return call("set_mood", CrossGreeterCodecs.SetMoodArgsCodec.INSTANCE.encode(new SetMoodArgs(mood)), SET_MOOD_RESULT);
    }

    record NewArgs(String helloAccount) {
    }

    record ChangeGreetingArgs(String newGreeting) {
    }

    record CompareGreetingsArgs(String otherAccount) {
    }

    record CountGreetingsArgs(List<String> accounts) {
    }

    record DonateArgs(String memo) {
    }

    record DonationsByArgs(AccountId donor, long limit) {
    }

    record SetMoodArgs(CrossGreeter.Mood mood) {
    }
}
