package io.jnear.runtime.outcome;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import java.util.List;

/**
 * What executing one transaction or action receipt produced, in NEAR's shape: executor, status, logs,
 * the receipts it created, gas and tokens burnt. {@code blockHeight}, {@code predecessorId} and
 * {@code actions} are kept beside it for rendering.
 */
public record ExecutionOutcome(
        @JsonProperty("id") CryptoHash id,
        @JsonIgnore boolean isTransaction,
        @JsonIgnore long blockHeight,
        @JsonIgnore AccountId predecessorId,
        @JsonProperty("executor_id") AccountId executorId,
        @JsonIgnore List<Action> actions,
        @JsonProperty("status") ExecutionStatus status,
        @JsonProperty("logs") List<String> logs,
        @JsonProperty("receipt_ids") List<CryptoHash> receiptIds,
        @JsonProperty("gas_burnt") long gasBurnt,
        @JsonIgnore NearToken tokensBurnt) {

    public ExecutionOutcome {
        logs = List.copyOf(logs);
        receiptIds = List.copyOf(receiptIds);
        actions = List.copyOf(actions);
    }

    @JsonProperty("tokens_burnt")
    String tokensBurntJson() {
        return tokensBurnt.toYoctoString();
    }

    public boolean isFailure() {
        return status instanceof ExecutionStatus.Failure;
    }

    /** True for a refund receipt (sent by {@code system}). */
    public boolean isRefund() {
        return predecessorId != null && predecessorId.isSystem();
    }
}
