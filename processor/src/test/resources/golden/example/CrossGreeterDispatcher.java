package example;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.spi.ContractDispatcher;
import io.jnear.sdk.spi.Dispatch;
import io.jnear.sdk.spi.Json;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Runs calls of {@link CrossGreeter}'s exported methods; the sandbox finds it by name.
 */
@Generated("io.jnear.processor.JnearProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class CrossGreeterDispatcher implements ContractDispatcher {
    private static final ObjectReader NEW_ARGS = Json.reader(CrossGreeterStub.NewArgs.class);

    private static final ObjectReader QUERY_GREETING_CALLBACK_RESULT_0 = Json.reader(String.class);

    private static final ObjectWriter QUERY_GREETING_CALLBACK_RESULT = Json.writer(String.class);

    private static final ObjectReader CHANGE_GREETING_ARGS = Json.reader(CrossGreeterStub.ChangeGreetingArgs.class);

    private static final ObjectReader CHANGE_GREETING_CALLBACK_RESULT_0 = Json.reader(Void.class);

    private static final ObjectWriter CHANGE_GREETING_CALLBACK_RESULT = Json.writer(Boolean.class);

    private static final ObjectReader COMPARE_GREETINGS_ARGS = Json.reader(CrossGreeterStub.CompareGreetingsArgs.class);

    private static final ObjectReader COMPARE_CALLBACK_RESULT_0 = Json.reader(String.class);

    private static final ObjectReader COMPARE_CALLBACK_RESULT_1 = Json.reader(String.class);

    private static final ObjectWriter COMPARE_CALLBACK_RESULT = Json.writer(String.class);

    private static final ObjectReader COUNT_GREETINGS_ARGS = Json.reader(CrossGreeterStub.CountGreetingsArgs.class);

    private static final ObjectReader COUNT_CALLBACK_RESULT_0 = Json.reader(String.class);

    private static final ObjectWriter COUNT_CALLBACK_RESULT = Json.writer(Integer.class);

    private static final ObjectReader DONATE_ARGS = Json.reader(CrossGreeterStub.DonateArgs.class);

    private static final ObjectReader DONATIONS_BY_ARGS = Json.reader(CrossGreeterStub.DonationsByArgs.class);

    private static final ObjectWriter DONATIONS_BY_RESULT = Json.writer(new TypeReference<List<CrossGreeter.Donation>>() {}.getType());

    private static final ObjectWriter MOODS_RESULT = Json.writer(new TypeReference<Map<String, CrossGreeter.Mood>>() {}.getType());

    private static final ObjectReader SET_MOOD_ARGS = Json.reader(CrossGreeterStub.SetMoodArgs.class);

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
        CrossGreeterStub.NewArgs args = Dispatch.readArgs(NEW_ARGS);
        CrossGreeter contract = new CrossGreeter(args.helloAccount());
        Dispatch.saveState(contract, null);
    }

    private static void handleQueryGreeting() {
        Dispatch.requireNoDeposit("query_greeting");
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeter.class);
        Promise<String> result = contract.queryGreeting();
        Dispatch.saveState(contract, state);
        Dispatch.returnPromise(result);
    }

    private static void handleQueryGreetingCallback() {
        Dispatch.requirePrivate("query_greeting_callback");
        Dispatch.requireNoDeposit("query_greeting_callback");
        PromiseResult<String> callback0 = Dispatch.promiseResult(0, QUERY_GREETING_CALLBACK_RESULT_0);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeter.class);
        String result = contract.queryGreetingCallback(callback0);
        Dispatch.saveState(contract, state);
        Dispatch.returnValue(QUERY_GREETING_CALLBACK_RESULT, result);
    }

    private static void handleChangeGreeting() {
        Dispatch.requireNoDeposit("change_greeting");
        CrossGreeterStub.ChangeGreetingArgs args = Dispatch.readArgs(CHANGE_GREETING_ARGS);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeter.class);
        Promise<Boolean> result = contract.changeGreeting(args.newGreeting());
        Dispatch.saveState(contract, state);
        Dispatch.returnPromise(result);
    }

    private static void handleChangeGreetingCallback() {
        Dispatch.requirePrivate("change_greeting_callback");
        Dispatch.requireNoDeposit("change_greeting_callback");
        PromiseResult<Void> callback0 = Dispatch.promiseResult(0, CHANGE_GREETING_CALLBACK_RESULT_0);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeter.class);
        boolean result = contract.changeGreetingCallback(callback0);
        Dispatch.saveState(contract, state);
        Dispatch.returnValue(CHANGE_GREETING_CALLBACK_RESULT, result);
    }

    private static void handleCompareGreetings() {
        Dispatch.requireNoDeposit("compare_greetings");
        CrossGreeterStub.CompareGreetingsArgs args = Dispatch.readArgs(COMPARE_GREETINGS_ARGS);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeter.class);
        Promise<String> result = contract.compareGreetings(args.otherAccount());
        Dispatch.saveState(contract, state);
        Dispatch.returnPromise(result);
    }

    private static void handleCompareCallback() {
        Dispatch.requirePrivate("compare_callback");
        Dispatch.requireNoDeposit("compare_callback");
        PromiseResult<String> callback0 = Dispatch.promiseResult(0, COMPARE_CALLBACK_RESULT_0);
        PromiseResult<String> callback1 = Dispatch.promiseResult(1, COMPARE_CALLBACK_RESULT_1);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeter.class);
        String result = contract.compareCallback(callback0, callback1);
        Dispatch.saveState(contract, state);
        Dispatch.returnValue(COMPARE_CALLBACK_RESULT, result);
    }

    private static void handleCountGreetings() {
        Dispatch.requireNoDeposit("count_greetings");
        CrossGreeterStub.CountGreetingsArgs args = Dispatch.readArgs(COUNT_GREETINGS_ARGS);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeter.class);
        Promise<Integer> result = contract.countGreetings(args.accounts());
        Dispatch.saveState(contract, state);
        Dispatch.returnPromise(result);
    }

    private static void handleCountCallback() {
        Dispatch.requirePrivate("count_callback");
        Dispatch.requireNoDeposit("count_callback");
        List<PromiseResult<String>> callback0 = Dispatch.promiseResults(COUNT_CALLBACK_RESULT_0);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeter.class);
        int result = contract.countCallback(callback0);
        Dispatch.saveState(contract, state);
        Dispatch.returnValue(COUNT_CALLBACK_RESULT, result);
    }

    private static void handleDonate() {
        CrossGreeterStub.DonateArgs args = Dispatch.readArgs(DONATE_ARGS);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeter.class);
        contract.donate(args.memo());
        Dispatch.saveState(contract, state);
    }

    private static void handleDonationsBy() {
        CrossGreeterStub.DonationsByArgs args = Dispatch.readArgs(DONATIONS_BY_ARGS);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeter.class);
        List<CrossGreeter.Donation> result = contract.donationsOf(args.donor(), args.limit());
        Dispatch.returnValue(DONATIONS_BY_RESULT, result);
    }

    private static void handleMoods() {
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeter.class);
        Map<String, CrossGreeter.Mood> result = contract.moods();
        Dispatch.returnValue(MOODS_RESULT, result);
    }

    private static void handleSetMood() {
        Dispatch.requireNoDeposit("set_mood");
        CrossGreeterStub.SetMoodArgs args = Dispatch.readArgs(SET_MOOD_ARGS);
        byte[] state = Dispatch.readState();
        CrossGreeter contract = Dispatch.loadState(state, CrossGreeter.class);
        contract.setMood(args.mood());
        Dispatch.saveState(contract, state);
    }
}
