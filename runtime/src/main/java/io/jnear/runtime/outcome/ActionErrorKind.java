package io.jnear.runtime.outcome;

import com.fasterxml.jackson.annotation.JsonValue;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
import java.util.Map;

/** Why an action of a receipt failed, with NEAR's variant names, fields and texts. */
public sealed interface ActionErrorKind {
    String message();

    @JsonValue
    default Object json() {
        return ErrorJson.variant((Record) this);
    }

    record AccountAlreadyExists(AccountId accountId) implements ActionErrorKind {
        @Override
        public String message() {
            return "Can't create a new account " + Quoted.id(accountId) + ", because it already exists";
        }
    }

    record AccountDoesNotExist(AccountId accountId) implements ActionErrorKind {
        @Override
        public String message() {
            return "Can't complete the action because account " + Quoted.id(accountId) + " doesn't exist";
        }
    }

    record CreateAccountOnlyByRegistrar(AccountId accountId, AccountId registrarAccountId, AccountId predecessorId)
            implements ActionErrorKind {
        @Override
        public String message() {
            return "A top-level account ID " + Quoted.id(accountId) + " can't be created by "
                    + Quoted.id(predecessorId) + ", short top-level account IDs can only be created by "
                    + Quoted.id(registrarAccountId);
        }
    }

    record CreateAccountNotAllowed(AccountId accountId, AccountId predecessorId) implements ActionErrorKind {
        @Override
        public String message() {
            return "A sub-account ID " + Quoted.id(accountId) + " can't be created by account "
                    + Quoted.id(predecessorId);
        }
    }

    record ActorNoPermission(AccountId accountId, AccountId actorId) implements ActionErrorKind {
        @Override
        public String message() {
            return "Actor " + Quoted.id(actorId) + " doesn't have permission to account " + Quoted.id(accountId)
                    + " to complete the action";
        }
    }

    record DeleteKeyDoesNotExist(AccountId accountId, PublicKey publicKey) implements ActionErrorKind {
        @Override
        public String message() {
            return "Account " + Quoted.id(accountId) + " tries to remove an access key that doesn't exist";
        }
    }

    record AddKeyAlreadyExists(AccountId accountId, PublicKey publicKey) implements ActionErrorKind {
        @Override
        public String message() {
            return "The public key " + publicKey + " is already used for an existing access key";
        }
    }

    record DeleteAccountStaking(AccountId accountId) implements ActionErrorKind {
        @Override
        public String message() {
            return "Account " + Quoted.id(accountId) + " is staking and can not be deleted";
        }
    }

    /** The account's state (its code not counted) is over the limit for deletion. */
    record DeleteAccountWithLargeState(AccountId accountId) implements ActionErrorKind {
        @Override
        public String message() {
            return "The state of account " + accountId + " is too large and therefore cannot be deleted";
        }
    }

    record LackBalanceForState(AccountId accountId, NearToken amount) implements ActionErrorKind {
        @Override
        public String message() {
            return "The account " + accountId
                    + " wouldn't have enough balance to cover storage, required to have "
                    + amount.toYoctoString() + " yoctoNEAR more";
        }
    }

    record TriesToStake(AccountId accountId, NearToken stake, NearToken locked, NearToken balance)
            implements ActionErrorKind {
        @Override
        public String message() {
            return "Account " + Quoted.id(accountId) + " tries to stake " + stake.toYoctoString() + ", but has staked "
                    + locked.toYoctoString() + " and only has " + balance.toYoctoString();
        }
    }

    /** A receipt the contract created is invalid. */
    record NewReceiptValidationError(ReceiptValidationError error) implements ActionErrorKind {
        @Override
        public String message() {
            return "An new action receipt created during a FunctionCall is not valid: " + error.message();
        }

        @Override
        public Object json() {
            return Map.of("NewReceiptValidationError", error.json());
        }
    }

    /** CreateAccount of an implicit ID: only a transfer creates implicit accounts. */
    record OnlyImplicitAccountCreationAllowed(AccountId accountId) implements ActionErrorKind {
        @Override
        public String message() {
            return "CreateAccount action is called on hex-characters account of length 64 " + accountId;
        }
    }

    record FunctionCallFailure(FunctionCallError error) implements ActionErrorKind {
        @Override
        public String message() {
            return error.message();
        }

        @Override
        public Object json() {
            return Map.of("FunctionCallError", error.json());
        }
    }
}
