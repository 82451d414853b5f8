package io.jnear.runtime.outcome;

import com.fasterxml.jackson.annotation.JsonValue;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
import java.util.Map;

/**
 * Why a transaction was rejected before it became a receipt; nothing was charged. Names, fields, JSON
 * nesting and texts are nearcore's ({@code InvalidTxError}).
 */
public sealed interface InvalidTxError {
    String message();

    @JsonValue
    default Object json() {
        return ErrorJson.variant((Record) this);
    }

    record SignerDoesNotExist(AccountId signerId) implements InvalidTxError {
        @Override
        public String message() {
            return "Signer " + Quoted.id(signerId) + " does not exist";
        }
    }

    record InvalidSignerId(AccountId signerId) implements InvalidTxError {
        @Override
        public String message() {
            return "Invalid signer account ID " + Quoted.id(signerId) + " according to requirements";
        }
    }

    /** nearcore nests it: {@code {"InvalidAccessKeyError":{"AccessKeyNotFound":{…}}}}. */
    record AccessKeyNotFound(AccountId accountId, PublicKey publicKey) implements InvalidTxError {
        @Override
        public String message() {
            return "Signer " + Quoted.id(accountId) + " doesn't have access key with the given public_key "
                    + publicKey;
        }

        @Override
        public Object json() {
            return Map.of("InvalidAccessKeyError", ErrorJson.variant(this));
        }
    }

    /**
     * A function-call key's allowance does not cover the transaction's cost; nested as
     * {@link AccessKeyNotFound} is.
     */
    record NotEnoughAllowance(AccountId accountId, PublicKey publicKey, NearToken allowance, NearToken cost)
            implements InvalidTxError {
        @Override
        public String message() {
            return "Access Key " + Quoted.id(accountId) + ":" + publicKey + " does not have enough balance "
                    + allowance.toYoctoString() + " for transaction costing " + cost.toYoctoString();
        }

        @Override
        public Object json() {
            return Map.of("InvalidAccessKeyError", ErrorJson.variant(this));
        }
    }

    record InvalidNonce(long txNonce, long akNonce) implements InvalidTxError {
        @Override
        public String message() {
            return "Transaction nonce " + txNonce + " must be larger than nonce of the used access key " + akNonce;
        }
    }

    record NotEnoughBalance(AccountId signerId, NearToken balance, NearToken cost) implements InvalidTxError {
        @Override
        public String message() {
            return "Sender " + Quoted.id(signerId) + " does not have enough balance " + balance.toYoctoString()
                    + " for operation costing " + cost.toYoctoString();
        }
    }

    record LackBalanceForState(AccountId signerId, NearToken amount) implements InvalidTxError {
        @Override
        public String message() {
            return "Failed to execute, because the account " + Quoted.id(signerId)
                    + " wouldn't have enough balance to cover storage, required to have " + amount.toYoctoString()
                    + " yoctoNEAR more";
        }
    }

    record TransactionSizeExceeded(long size, long limit) implements InvalidTxError {
        @Override
        public String message() {
            return "Size of serialized transaction " + size + " exceeded the limit " + limit;
        }
    }

    /** The transaction's actions are malformed. */
    record ActionsValidation(ActionsValidationError error) implements InvalidTxError {
        @Override
        public String message() {
            return "Transaction actions validation error: " + error.message();
        }

        @Override
        public Object json() {
            return Map.of("ActionsValidation", error.json());
        }
    }
}
