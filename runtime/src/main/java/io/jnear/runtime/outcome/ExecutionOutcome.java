package io.jnear.runtime.outcome;

import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import java.util.List;

/**
 * What executing one transaction or action receipt produced, in NEAR's shape: executor, status, logs,
 * the receipts it created, gas and tokens burnt, and the gas profile nearcore reports as metadata.
 * {@code blockHeight}, {@code blockHash}, {@code predecessorId} and {@code actions} are kept beside it
 * for rendering.
 *
 * @param profile the function call's gas by cost ({@link GasProfile#EMPTY} for a transaction or a receipt
 *     that ran no code)
 */
public record ExecutionOutcome(
        CryptoHash id,
        boolean isTransaction,
        long blockHeight,
        CryptoHash blockHash,
        AccountId predecessorId,
        AccountId executorId,
        List<Action> actions,
        ExecutionStatus status,
        List<String> logs,
        List<CryptoHash> receiptIds,
        long gasBurnt,
        NearToken tokensBurnt,
        GasProfile profile) {

    public ExecutionOutcome {
        // List.copyOf keeps an immutable list as it is: the executor hands over immutable ones, copied no more
        logs = List.copyOf(logs);
        receiptIds = List.copyOf(receiptIds);
        actions = List.copyOf(actions);
    }

    /** The function call's gas by cost name, as nearcore's {@code metadata.gas_profile} lists it. */
    public List<CostGasUsed> gasProfile() {
        return profile.entries();
    }

    public boolean isFailure() {
        return status instanceof ExecutionStatus.Failure;
    }

    /** True for a refund receipt (sent by {@code system}). */
    public boolean isRefund() {
        return predecessorId != null && predecessorId.isSystem();
    }

    /** The error this receipt failed with, if it failed. */
    public java.util.Optional<TxExecutionError> failure() {
        return status instanceof ExecutionStatus.Failure f ? java.util.Optional.of(f.error()) : java.util.Optional.empty();
    }

    /** The failure's text (such as {@code Smart contract panicked: boom}), or null when it succeeded. */
    public String failureMessage() {
        return status instanceof ExecutionStatus.Failure f ? f.error().message() : null;
    }

    /** True when this receipt called {@code method} (one of its function-call actions names it). */
    public boolean calls(String method) {
        for (Action a : actions) {
            if (a instanceof Action.FunctionCall f && f.methodName().equals(method)) {
                return true;
            }
        }
        return false;
    }

    /** The NEP-297 events among this receipt's logs, in order. */
    public List<Nep297Event> events() {
        return Nep297Event.parseAll(logs);
    }

    /** Gas burnt for {@code cost} (a name such as {@code STORAGE_WRITE_BASE}), or 0. */
    public long profiledGas(String cost) {
        long gas = 0;
        for (CostGasUsed c : profile.entries()) {
            if (c.cost().equals(cost)) {
                gas += c.gasUsed();
            }
        }
        return gas;
    }
}
