package io.jnear.sdk.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.jnear.sdk.ContractPanic;
import io.jnear.sdk.Env;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.json.JsonCodec;
import io.jnear.sdk.json.JsonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.objenesis.Objenesis;
import org.objenesis.ObjenesisStd;

/**
 * The steps every generated dispatcher takes, in one place: the checks near-sdk generates (with its exact
 * texts), argument and callback-result decoding, contract state load and save, and returning the result.
 * Generated code calls these; contract code does not.
 */
public final class Dispatch {
    /** The storage key of a contract's state, as near-sdk uses; private, since an array is never constant. */
    private static final byte[] STATE_KEY = "STATE".getBytes(StandardCharsets.UTF_8);

    /** near-sdk 5.x's panic message for arguments it cannot read. */
    static final String BAD_INPUT = "Failed to deserialize input from JSON.";

    // State is restored without running a constructor: the constructor ran once, at init. Instantiators
    // are cached per Class, not per class name (Objenesis's own cache), because every deployment loads
    // its own copy of a contract class under the same name.
    private static final Objenesis OBJENESIS = new ObjenesisStd(false);
    private static final ClassValue<ObjectReader> STATE_READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return Json.STATE_MAPPER.readerFor(type);
        }
    };
    private static final ClassValue<org.objenesis.instantiator.ObjectInstantiator<?>> INSTANTIATORS =
            new ClassValue<>() {
                @Override
                protected org.objenesis.instantiator.ObjectInstantiator<?> computeValue(Class<?> type) {
                    return OBJENESIS.getInstantiatorOf(type);
                }
            };

    private Dispatch() {
    }

    /** Panics with {@code Method <method> is private} unless the contract called itself. */
    public static void requirePrivate(String method) {
        if (!Env.predecessorAccountId().equals(Env.currentAccountId())) {
            throw new ContractPanic("Method " + method + " is private");
        }
    }

    /** Panics with {@code Method <method> doesn't accept deposit} if a deposit is attached. */
    public static void requireNoDeposit(String method) {
        if (!Env.attachedDeposit().isZero()) {
            throw new ContractPanic("Method " + method + " doesn't accept deposit");
        }
    }

    /** Panics with {@code The contract has already been initialized} if state exists. */
    public static void requireNotInitialized() {
        if (Env.storageHasKey(STATE_KEY)) {
            throw new ContractPanic("The contract has already been initialized");
        }
    }

    /**
     * The call's arguments as {@code codec} reads them; anything it refuses, empty input included, panics
     * with near-sdk's {@code Failed to deserialize input from JSON.} before any state is touched.
     */
    public static <A> A readArgs(JsonCodec<A> codec) {
        byte[] input = Env.input();
        try {
            return codec.decode(input == null ? new byte[0] : input);
        } catch (JsonException | IllegalArgumentException | ArithmeticException e) {
            // the JSON itself, or a record's constructor refusing the values it holds
            throw new ContractPanic(BAD_INPUT);
        }
    }

    /** The {@code index}-th callback result, decoded; a failed promise yields {@link PromiseResult#failed()}. */
    public static <T> PromiseResult<T> promiseResult(int index, JsonCodec<T> codec) {
        PromiseResult<byte[]> raw = Env.promiseResult(index);
        return raw.isSuccess() ? PromiseResult.success(decodeResult(raw.value(), codec)) : PromiseResult.failed();
    }

    /**
     * The {@code index}-th callback result, decoded; panics with
     * {@code Callback computation <index> was not successful} if that promise failed.
     */
    public static <T> T unwrappedResult(int index, JsonCodec<T> codec) {
        PromiseResult<byte[]> raw = Env.promiseResult(index);
        if (raw.isFailure()) {
            throw new ContractPanic("Callback computation " + index + " was not successful");
        }
        return decodeResult(raw.value(), codec);
    }

    /** Every callback result, in order, decoded. */
    public static <T> List<PromiseResult<T>> promiseResults(JsonCodec<T> codec) {
        int count = Env.promiseResultsCount();
        List<PromiseResult<T>> results = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            results.add(promiseResult(i, codec));
        }
        return results;
    }

    private static <T> T decodeResult(byte[] bytes, JsonCodec<T> codec) {
        if (bytes == null || bytes.length == 0) {
            return null; // a method that returned nothing
        }
        try {
            return codec.decode(bytes);
        } catch (JsonException e) {
            throw new ContractPanic("Failed to deserialize callback using JSON. Error: " + e.getMessage());
        }
    }

    private static String messageOf(IOException e) {
        // Jackson's message without the source location, as serde's error reads
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }

    /** The stored state bytes, or null if the contract has none yet. */
    public static byte[] readState() {
        return Env.storageRead(STATE_KEY);
    }

    /**
     * The contract instance that {@code state} holds; panics with {@code The contract is not initialized}
     * when there is no state. Fields are filled from JSON without calling a constructor.
     */
    public static <C> C loadState(byte[] state, Class<C> contractClass) {
        if (state == null) {
            throw new ContractPanic("The contract is not initialized");
        }
        C contract = contractClass.cast(INSTANTIATORS.get(contractClass).newInstance());
        try {
            return STATE_READERS.get(contractClass).withValueToUpdate(contract).readValue(state);
        } catch (IOException e) {
            throw new ContractPanic("Cannot deserialize the contract state. Error: " + messageOf(e));
        }
    }

    /** Writes the contract's state unless it serializes to exactly {@code before}. */
    public static void saveState(Object contract, byte[] before) {
        byte[] after;
        try {
            after = Json.STATE_MAPPER.writeValueAsBytes(contract);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialize the contract state", e);
        }
        if (before == null || !Arrays.equals(before, after)) {
            Env.storageWrite(STATE_KEY, after);
        }
    }

    /** Sets the call's result to {@code value} as JSON. */
    public static <T> void returnValue(JsonCodec<T> codec, T value) {
        Env.valueReturn(codec.encode(value));
    }

    /** Makes the call resolve to what {@code promise} resolves to. */
    public static void returnPromise(Promise<?> promise) {
        if (promise == null) {
            throw new ContractPanic("The method returned a null Promise");
        }
        Env.promiseReturn(promise);
    }

    /** Answers with the value now, or makes the call resolve to the promise, whichever {@code answer} holds. */
    public static <T> void returnPromiseOrValue(JsonCodec<T> codec, io.jnear.sdk.PromiseOrValue<T> answer) {
        if (answer == null) {
            throw new ContractPanic("The method returned a null PromiseOrValue");
        }
        if (answer.isPromise()) {
            Env.promiseReturn(answer.promise());
        } else {
            returnValue(codec, answer.value());
        }
    }
}
