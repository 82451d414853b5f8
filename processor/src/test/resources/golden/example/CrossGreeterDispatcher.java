package example;

import io.jnear.sdk.Promise;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.json.JsonCodec;
import io.jnear.sdk.json.JsonCodecs;
import io.jnear.sdk.json.JsonKey;
import io.jnear.sdk.spi.ContractDispatcher;
import io.jnear.sdk.spi.Dispatch;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Runs calls of {@link CrossGreeter}'s exported methods; the sandbox finds it by name.
 */
@Generated("io.jnear.processor.JnearProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class CrossGreeterDispatcher implements ContractDispatcher {
    private static final JsonCodec<String> QUERY_GREETING_CALLBACK_RESULT_0 = JsonCodecs.STRING;

    private static final JsonCodec<String> QUERY_GREETING_CALLBACK_RESULT = JsonCodecs.STRING;

    private static final JsonCodec<Void> CHANGE_GREETING_CALLBACK_RESULT_0 = JsonCodecs.VOID;

    private static final JsonCodec<Boolean> CHANGE_GREETING_CALLBACK_RESULT = JsonCodecs.BOOLEAN;

    private static final JsonCodec<String> COMPARE_CALLBACK_RESULT_0 = JsonCodecs.STRING;

    private static final JsonCodec<String> COMPARE_CALLBACK_RESULT_1 = JsonCodecs.STRING;

    private static final JsonCodec<String> COMPARE_CALLBACK_RESULT = JsonCodecs.STRING;

    private static final JsonCodec<String> COUNT_CALLBACK_RESULT_0 = JsonCodecs.STRING;

    private static final JsonCodec<Integer> COUNT_CALLBACK_RESULT = JsonCodecs.I32;

    private static final JsonCodec<List<CrossGreeter.Donation>> DONATIONS_BY_RESULT = JsonCodecs.list(CrossGreeterCodecs.DonationCodec.INSTANCE);

    private static final JsonCodec<Map<String, CrossGreeter.Mood>> MOODS_RESULT = JsonCodecs.map(JsonKey.STRING, CrossGreeterCodecs.MoodCodec.INSTANCE);

    public CrossGreeterDispatcher() {
    }

    @Override
    public boolean dispatch(String method) {
        switch (method) {
            case "new" -> handleNew();
            case "query_greeting" -> handleQueryGreeting();
            case "query_greeting_callback" -> handleQueryGreetingCallback();
            case "change_greeting" -> handleChangeGreeting();
            case "change_greeting_callback" -> handleChangeGreetingCallback();
            case "compare_greetings" -> handleCompareGreetings();
            case "compare_callback" -> handleCompareCallback();
            case "count_greetings" -> handleCountGreetings();
            case "count_callback" -> handleCountCallback();
            case "donate" -> handleDonate();
            case "donations_by" -> handleDonationsBy();
            case "moods" -> handleMoods();
            case "set_mood" -> handleSetMood();
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void handleNew() {
        Dispatch.requireNoDeposit("new");
        Dispatch.requireNotInitialized();
        CrossGreeterStub.NewArgs args = Dispatch.readArgs(CrossGreeterCodecs.NewArgsCodec.INSTANCE);
        CrossGreeter contract = new CrossGreeter(args.helloAccount());
        Dispatch.saveState(contract, null, CrossGreeterCodecs.StateCodec.INSTANCE);
    }

    private static void handleQueryGreeting() {
        Dispatch.requireNoDeposit("query_greeting");
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeterCodecs.StateCodec.INSTANCE);
        Promise<String> result = contract.queryGreeting();
        Dispatch.saveState(contract, state, CrossGreeterCodecs.StateCodec.INSTANCE);
        Dispatch.returnPromise(result);
    }

    private static void handleQueryGreetingCallback() {
        Dispatch.requirePrivate("query_greeting_callback");
        Dispatch.requireNoDeposit("query_greeting_callback");
        PromiseResult<String> callback0 = Dispatch.promiseResult(0, QUERY_GREETING_CALLBACK_RESULT_0);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeterCodecs.StateCodec.INSTANCE);
        String result = contract.queryGreetingCallback(callback0);
        Dispatch.saveState(contract, state, CrossGreeterCodecs.StateCodec.INSTANCE);
        Dispatch.returnValue(QUERY_GREETING_CALLBACK_RESULT, result);
    }

    private static void handleChangeGreeting() {
        Dispatch.requireNoDeposit("change_greeting");
        CrossGreeterStub.ChangeGreetingArgs args = Dispatch.readArgs(CrossGreeterCodecs.ChangeGreetingArgsCodec.INSTANCE);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeterCodecs.StateCodec.INSTANCE);
        Promise<Boolean> result = contract.changeGreeting(args.newGreeting());
        Dispatch.saveState(contract, state, CrossGreeterCodecs.StateCodec.INSTANCE);
        Dispatch.returnPromise(result);
    }

    private static void handleChangeGreetingCallback() {
        Dispatch.requirePrivate("change_greeting_callback");
        Dispatch.requireNoDeposit("change_greeting_callback");
        PromiseResult<Void> callback0 = Dispatch.promiseResult(0, CHANGE_GREETING_CALLBACK_RESULT_0);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeterCodecs.StateCodec.INSTANCE);
        boolean result = contract.changeGreetingCallback(callback0);
        Dispatch.saveState(contract, state, CrossGreeterCodecs.StateCodec.INSTANCE);
        Dispatch.returnValue(CHANGE_GREETING_CALLBACK_RESULT, result);
    }

    private static void handleCompareGreetings() {
        Dispatch.requireNoDeposit("compare_greetings");
        CrossGreeterStub.CompareGreetingsArgs args = Dispatch.readArgs(CrossGreeterCodecs.CompareGreetingsArgsCodec.INSTANCE);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeterCodecs.StateCodec.INSTANCE);
        Promise<String> result = contract.compareGreetings(args.otherAccount());
        Dispatch.saveState(contract, state, CrossGreeterCodecs.StateCodec.INSTANCE);
        Dispatch.returnPromise(result);
    }

    private static void handleCompareCallback() {
        Dispatch.requirePrivate("compare_callback");
        Dispatch.requireNoDeposit("compare_callback");
        PromiseResult<String> callback0 = Dispatch.promiseResult(0, COMPARE_CALLBACK_RESULT_0);
        PromiseResult<String> callback1 = Dispatch.promiseResult(1, COMPARE_CALLBACK_RESULT_1);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeterCodecs.StateCodec.INSTANCE);
        String result = contract.compareCallback(callback0, callback1);
        Dispatch.saveState(contract, state, CrossGreeterCodecs.StateCodec.INSTANCE);
        Dispatch.returnValue(COMPARE_CALLBACK_RESULT, result);
    }

    private static void handleCountGreetings() {
        Dispatch.requireNoDeposit("count_greetings");
        CrossGreeterStub.CountGreetingsArgs args = Dispatch.readArgs(CrossGreeterCodecs.CountGreetingsArgsCodec.INSTANCE);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeterCodecs.StateCodec.INSTANCE);
        Promise<Integer> result = contract.countGreetings(args.accounts());
        Dispatch.saveState(contract, state, CrossGreeterCodecs.StateCodec.INSTANCE);
        Dispatch.returnPromise(result);
    }

    private static void handleCountCallback() {
        Dispatch.requirePrivate("count_callback");
        Dispatch.requireNoDeposit("count_callback");
        List<PromiseResult<String>> callback0 = Dispatch.promiseResults(COUNT_CALLBACK_RESULT_0);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeterCodecs.StateCodec.INSTANCE);
        int result = contract.countCallback(callback0);
        Dispatch.saveState(contract, state, CrossGreeterCodecs.StateCodec.INSTANCE);
        Dispatch.returnValue(COUNT_CALLBACK_RESULT, result);
    }

    private static void handleDonate() {
        CrossGreeterStub.DonateArgs args = Dispatch.readArgs(CrossGreeterCodecs.DonateArgsCodec.INSTANCE);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeterCodecs.StateCodec.INSTANCE);
        contract.donate(args.memo());
        Dispatch.saveState(contract, state, CrossGreeterCodecs.StateCodec.INSTANCE);
    }

    private static void handleDonationsBy() {
        CrossGreeterStub.DonationsByArgs args = Dispatch.readArgs(CrossGreeterCodecs.DonationsByArgsCodec.INSTANCE);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeterCodecs.StateCodec.INSTANCE);
        List<CrossGreeter.Donation> result = contract.donationsOf(args.donor(), args.limit());
        Dispatch.returnValue(DONATIONS_BY_RESULT, result);
    }

    private static void handleMoods() {
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeterCodecs.StateCodec.INSTANCE);
        Map<String, CrossGreeter.Mood> result = contract.moods();
        Dispatch.returnValue(MOODS_RESULT, result);
    }

    private static void handleSetMood() {
        Dispatch.requireNoDeposit("set_mood");
        CrossGreeterStub.SetMoodArgs args = Dispatch.readArgs(CrossGreeterCodecs.SetMoodArgsCodec.INSTANCE);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeterCodecs.StateCodec.INSTANCE);
        contract.setMood(args.mood());
        Dispatch.saveState(contract, state, CrossGreeterCodecs.StateCodec.INSTANCE);
    }
}
