package io.jnear.sdk.spi;

import io.jnear.sdk.ContractPanic;
import io.jnear.sdk.Env;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.borsh.BorshCodec;
import io.jnear.sdk.borsh.BorshException;
import io.jnear.sdk.json.JsonCodec;
import io.jnear.sdk.json.JsonException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
            // near-sdk 5 quotes the error in backticks; the error itself is jnear's wording of serde's
            throw new ContractPanic("Failed to deserialize callback using JSON. Error: `" + e.getMessage() + "`");
        }
    }

    /** The stored state bytes, or null if the contract has none yet. */
    public static byte[] readState() {
        return Env.storageRead(STATE_KEY);
    }

    /**
     * The contract instance that {@code state} holds, read by its generated Borsh codec; panics with
     * {@code The contract is not initialized} when there is no state.
     */
    public static <C> C loadState(byte[] state, BorshCodec<C> codec) {
        if (state == null) {
            throw new ContractPanic("The contract is not initialized");
        }
        try {
            return codec.decode(state);
        } catch (BorshException e) {
            throw new ContractPanic("Cannot deserialize the contract state. Error: " + e.getMessage());
        }
    }

    /**
     * {@code value} of state field {@code name}; panics if it is null, because Borsh state has no null
     * (a field that may be empty is an {@code Optional}).
     */
    public static <T> T stateField(T value, String name) {
        if (value == null) {
            throw new ContractPanic("State field " + name + " is null; Borsh state has no null: declare it Optional");
        }
        return value;
    }

    /** Writes the contract's Borsh state unless it is exactly {@code before}. */
    public static <C> void saveState(C contract, byte[] before, BorshCodec<C> codec) {
        byte[] after = codec.encode(contract);
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
