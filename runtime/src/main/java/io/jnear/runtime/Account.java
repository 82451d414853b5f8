package io.jnear.runtime;

import io.jnear.runtime.exec.Keys;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PublicKey;

/**
 * An account of the sandbox, as a test holds it: sign transactions with it, read its balance and state.
 */
public final class Account {
    private final Sandbox sandbox;
    private final AccountId id;

    Account(Sandbox sandbox, AccountId id) {
        this.sandbox = sandbox;
        this.id = id;
    }

    public AccountId id() {
        return id;
    }

    /** The key the sandbox signs this account's transactions with. */
    public PublicKey publicKey() {
        return Keys.publicKeyOf(id);
    }

    public boolean exists() {
        return sandbox.exists(id);
    }

    /** The spendable balance (not counting staked tokens). */
    public NearToken balance() {
        return sandbox.balance(id);
    }

    public NearToken lockedBalance() {
        return sandbox.lockedBalance(id);
    }

    public long storageUsage() {
        return sandbox.storageUsage(id);
    }

    /** Sends {@code promise} (one batch of actions on one receiver) as a transaction and runs it to the end. */
    public <T> ExecutionResult<T> transact(Promise<T> promise) {
        return sandbox.transact(id, promise);
    }

    /**
     * Sends {@code promise} as a transaction whose function calls each carry {@code gas}, and runs it to the end.
     *
     * @throws IllegalArgumentException if {@code gas} is zero
     */
    public <T> ExecutionResult<T> transact(Promise<T> promise, Gas gas) {
        return sandbox.transact(id, promise, gas);
    }

    /** Submits {@code promise} with {@code gas} for each of its calls, without running it. */
    public <T> SubmittedTransaction<T> submit(Promise<T> promise, Gas gas) {
        return sandbox.submit(id, promise, gas);
    }

    /** Submits {@code promise} for the next block without running it; step the sandbox to see it progress. */
    public <T> SubmittedTransaction<T> submit(Promise<T> promise) {
        return sandbox.submit(id, promise);
    }

    /** Calls {@code method} of {@code receiver} with raw JSON arguments; the value is the raw JSON result. */
    public ExecutionResult<String> call(AccountId receiver, String method, String jsonArgs) {
        return call(receiver, method, jsonArgs, NearToken.ZERO, Gas.ZERO);
    }

    /** A raw call with a deposit and gas (zero gas means the sandbox default). */
    public ExecutionResult<String> call(AccountId receiver, String method, String jsonArgs, NearToken deposit,
            Gas gas) {
        return transact(Promise.create(receiver).functionCall(method, jsonArgs, deposit, gas).returning(
                bytes -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    }

    public ExecutionResult<Void> transfer(AccountId receiver, NearToken amount) {
        return transact(Promise.create(receiver).transfer(amount));
    }

    /** Creates {@code <prefix>.<this account>} funded with {@code balance}. */
    public Account createSubAccount(String prefix, NearToken balance) {
        return sandbox.createAccount(prefix + "." + id, balance);
    }

    /** Runs a view call of a typed promise against the current state. */
    public <T> T view(Promise<T> promise) {
        return sandbox.view(promise);
    }

    @Override
    public String toString() {
        return id.toString();
    }
}
