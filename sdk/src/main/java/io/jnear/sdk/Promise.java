package io.jnear.sdk;

import io.jnear.sdk.json.JsonCodec;
import io.jnear.sdk.spi.ContractCode;
import io.jnear.sdk.spi.Host;
import io.jnear.sdk.spi.ResultDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A promise: a batch of actions on one receiver account that becomes one receipt, typed by the value
 * it resolves to. Build one with the generated stubs ({@code HelloNearStub.on(id).getGreeting()}) or by
 * hand ({@code Promise.create(id).createAccount().transfer(amount)}); chain with {@link #then} and join
 * with {@link #and} or {@link #all}.
 *
 * <p>Promises are lazy. Inside a contract call, every promise built is scheduled when the call returns,
 * unless another promise consumed it ({@code then}, {@code and}); a promise returned from the method
 * becomes the call's result, so the caller's callback sees the value at the end of the chain. In tests,
 * the same promise is a transaction: {@code account.transact(promise)}.
 *
 * <p>Adding actions mutates and returns this promise, like near-sdk's builder; retyping it
 * ({@link #resolvingTo}, {@link #returning}) returns a new promise of the same batch.
 *
 * @param <T> the value the promise resolves to: the result of its last function call
 */
public final class Promise<T> extends PromiseNode {
    private final AccountId receiver;
    private final List<Action> actions = new ArrayList<>();
    private PromiseNode after;
    private final ResultDecoder<T> decoder;
    /** Set once {@link #resolvingTo} has handed this batch to a new promise. */
    private boolean retired;

    private Promise(AccountId receiver, ResultDecoder<T> decoder) {
        this.receiver = Objects.requireNonNull(receiver, "receiver");
        this.decoder = decoder;
    }

    /** An empty batch on {@code receiver}; add actions to it. */
    public static Promise<Void> create(AccountId receiver) {
        return new Promise<>(receiver, ResultDecoder.none());
    }

    public static Promise<Void> create(String receiver) {
        return create(AccountId.of(receiver));
    }

    /** A promise of one function call whose result decodes with {@code decoder}; generated stubs use it. */
    public static <T> Promise<T> functionCall(AccountId receiver, Action.FunctionCall call, ResultDecoder<T> decoder) {
        Promise<T> p = new Promise<>(receiver, decoder);
        p.add(call);
        return p;
    }

    /** Joins two promises; a callback chained after receives both results. */
    public static <A, B> Join2<A, B> and(Promise<A> a, Promise<B> b) {
        return new Join2<>(a, b);
    }

    /** Joins three promises; a callback chained after receives the three results. */
    public static <A, B, C> Join3<A, B, C> and(Promise<A> a, Promise<B> b, Promise<C> c) {
        return new Join3<>(a, b, c);
    }

    /**
     * Joins any number of promises of any types: the callback chained after the join with {@code then}
     * takes one typed {@code @CallbackResult} per promise (the processor checks them against the promises),
     * or a plain method reads result {@code i} as {@code Env.promiseResult(i, codec)}.
     */
    public static JoinAny join(Promise<?>... promises) {
        return new JoinAny(List.of(promises));
    }

    /** Joins any number of promises of one type; a callback chained after receives their results in order. */
    public static <T> JoinAll<T> all(List<Promise<T>> promises) {
        return new JoinAll<>(promises);
    }

    /**
     * Makes {@code next} wait for this promise and returns it: {@code next} runs after this one finishes,
     * successfully or not, and can read this one's result.
     */
    public <R> Promise<R> then(Promise<R> next) {
        requireNotRetired();
        next.dependOn(this);
        return next;
    }

    /** Chains a typed callback; it compiles only if the callback accepts this promise's result type. */
    public <R> Promise<R> then(Callback<? super T, R> callback) {
        return then(callback.call());
    }

    void dependOn(PromiseNode predecessor) {
        requireNotRetired();
        if (predecessor instanceof Promise<?> p) {
            p.requireNotRetired();
        }
        if (after != null) {
            throw new IllegalStateException("A promise can wait for only one promise or join; build a new one");
        }
        if (isScheduled()) {
            throw new IllegalStateException("This promise is already scheduled; chain it before the call ends");
        }
        predecessor.markConsumed();
        after = predecessor;
    }

    public Promise<T> createAccount() {
        return add(new Action.CreateAccount());
    }

    public Promise<T> deployContract(ContractCode code) {
        return add(new Action.DeployContract(code));
    }

    /** Deploys the {@code @Contract} class {@code contractClass} (its generated dispatcher runs calls). */
    public Promise<T> deployContract(Class<?> contractClass) {
        return deployContract(ContractCode.of(contractClass));
    }

    /** Adds a call with JSON {@code args}; the promise then resolves to raw JSON unless retyped. */
    public Promise<T> functionCall(String method, String jsonArgs, NearToken deposit, Gas gas) {
        return functionCallWeight(method, jsonArgs.getBytes(StandardCharsets.UTF_8), deposit, gas, 0);
    }

    public Promise<T> functionCall(String method, byte[] args, NearToken deposit, Gas gas) {
        return functionCallWeight(method, args, deposit, gas, 0);
    }

    /** Adds a call that also receives {@code weight} shares of the caller's unused gas. */
    public Promise<T> functionCallWeight(String method, byte[] args, NearToken deposit, Gas gas, long weight) {
        return add(new Action.FunctionCall(method, args.clone(), gas, deposit, weight));
    }

    public Promise<T> transfer(NearToken amount) {
        return add(new Action.Transfer(amount));
    }

    public Promise<T> stake(NearToken amount, PublicKey publicKey) {
        return add(new Action.Stake(amount, publicKey));
    }

    public Promise<T> addFullAccessKey(PublicKey publicKey) {
        return add(new Action.AddKey(publicKey, AccessKey.fullAccess()));
    }

    /** Adds a key that may only call {@code methodNames} (all if empty) on {@code receiverId}. */
    public Promise<T> addAccessKey(PublicKey publicKey, NearToken allowance, AccountId receiverId,
            List<String> methodNames) {
        return add(new Action.AddKey(publicKey,
                new AccessKey(0, new AccessKey.FunctionCallPermission(allowance, receiverId, methodNames))));
    }

    public Promise<T> deleteKey(PublicKey publicKey) {
        return add(new Action.DeleteKey(publicKey));
    }

    public Promise<T> deleteAccount(AccountId beneficiary) {
        return add(new Action.DeleteAccount(beneficiary));
    }

    /** Adds any action. */
    public Promise<T> add(Action action) {
        requireNotRetired();
        if (isScheduled()) {
            throw new IllegalStateException("This promise is already scheduled; add actions before the call ends");
        }
        actions.add(Objects.requireNonNull(action, "action"));
        return this;
    }

    /**
     * The same batch as a new promise whose result decodes with {@code codec}, leaving this promise's type
     * alone: {@code Promise.create(id).functionCall("get", "{}", ZERO, gas).resolvingTo(JsonCodecs.STRING)}
     * is a {@code Promise<String>}. This promise is used up: it is not scheduled, and adding to it,
     * chaining it or chaining after it fails; build on the returned one.
     */
    public <R> Promise<R> resolvingTo(JsonCodec<R> codec) {
        Objects.requireNonNull(codec, "codec");
        return retyped(codec::decode);
    }

    /** The same batch as a new promise whose result decodes with {@code resultDecoder}; see {@link #resolvingTo}. */
    public <R> Promise<R> returning(ResultDecoder<R> resultDecoder) {
        return retyped(Objects.requireNonNull(resultDecoder, "resultDecoder"));
    }

    /** A new promise of this batch, typed by {@code resultDecoder}; this one is used up. */
    private <R> Promise<R> retyped(ResultDecoder<R> resultDecoder) {
        if (isScheduled() || retired) {
            throw new IllegalStateException("Only a promise not yet scheduled or retyped can be retyped");
        }
        Promise<R> typed = new Promise<>(receiver, resultDecoder);
        typed.actions.addAll(actions);
        typed.after = after;
        markConsumed();
        retired = true;
        return typed;
    }

    void requireNotRetired() {
        if (retired) {
            throw new IllegalStateException("This promise was retyped (resolvingTo, returning); use the promise it returned");
        }
    }

    public AccountId receiver() {
        return receiver;
    }

    public List<Action> actions() {
        return Collections.unmodifiableList(actions);
    }

    /** The promise or join this one waits for, or null. */
    public PromiseNode after() {
        return after;
    }

    /** Decodes this promise's raw JSON result into its type. */
    public T decode(byte[] json) {
        return decoder.decode(json);
    }

    @Override
    int scheduleOnce(Host host) {
        int index = after == null
                ? host.promiseBatchCreate(receiver)
                : host.promiseBatchThen(after.schedule(host), receiver);
        for (Action action : actions) {
            host.promiseBatchAction(index, action);
        }
        return index;
    }

    @Override
    public String toString() {
        return "Promise[" + receiver + ", " + actions + (after == null ? "" : ", after " + after) + "]";
    }
}
