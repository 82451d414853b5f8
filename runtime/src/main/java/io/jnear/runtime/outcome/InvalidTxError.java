package io.jnear.runtime.outcome;

import com.fasterxml.jackson.annotation.JsonValue;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import java.util.Map;

/** Why a transaction was rejected before it became a receipt; nothing was charged. */
public sealed interface InvalidTxError {
    String message();

    @JsonValue
    default Object json() {
        return ErrorJson.variant((Record) this);
    }

    record SignerDoesNotExist(AccountId signerId) implements InvalidTxError {
        @Override
        public String message() {
            return "SignerDoesNotExist: signer " + signerId + " does not exist";
        }
    }

    record InvalidSignerId(AccountId signerId) implements InvalidTxError {
        @Override
        public String message() {
            return "InvalidSignerId: " + signerId + " cannot sign transactions";
        }
    }

    record AccessKeyNotFound(AccountId accountId) implements InvalidTxError {
        @Override
        public String message() {
            return "InvalidAccessKeyError: " + accountId + " has no full-access key to sign with";
        }
    }

    record InvalidNonce(long txNonce, long akNonce) implements InvalidTxError {
        @Override
        public String message() {
            return "InvalidNonce: transaction nonce " + txNonce + " must be larger than the key's nonce " + akNonce;
        }
    }

    record NotEnoughBalance(AccountId signerId, NearToken balance, NearToken cost) implements InvalidTxError {
        @Override
        public String message() {
            return "NotEnoughBalance: sender " + signerId + " does not have enough balance " + balance.toYoctoString()
                    + " for operation costing " + cost.toYoctoString();
        }
    }

    record LackBalanceForState(AccountId signerId, NearToken amount) implements InvalidTxError {
        @Override
        public String message() {
            return "LackBalanceForState: signer " + signerId + " would need " + amount.toYoctoString()
                    + " yoctoNEAR more to cover its storage";
        }
    }

    record TotalPrepaidGasExceeded(long totalPrepaidGas, long limit) implements InvalidTxError {
        @Override
        public String message() {
            return "TotalPrepaidGasExceeded: " + totalPrepaidGas + " gas attached, the limit is " + limit;
        }
    }

    /** An action is malformed: {@code kind} is NEAR's ActionsValidationError variant. */
    record ActionsValidation(String kind, String detail) implements InvalidTxError {
        @Override
        public String message() {
            return "ActionsValidation: " + kind + (detail.isEmpty() ? "" : " (" + detail + ")");
        }

        @Override
        public Object json() {
            return Map.of("ActionsValidation", detail.isEmpty() ? kind : Map.of(kind, detail));
        }
    }
}
