package io.jnear.sdk;

import io.jnear.sdk.spi.ContractCode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One action of a receipt, as NEAR defines them. A {@link Promise} is a receiver and a list of these;
 * a transaction is one promise sent by a signer.
 */
public sealed interface Action {

    /** Creates the receiver account, which must not exist yet. */
    record CreateAccount() implements Action {
    }

    /** Deploys contract code to the receiver. */
    record DeployContract(ContractCode code) implements Action {
        public DeployContract {
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * Calls {@code methodName} with {@code args} (JSON bytes), attaching {@code deposit} and
     * {@code gas}; {@code gasWeight} is the share of the caller's unused gas this call also receives.
     */
    record FunctionCall(String methodName, byte[] args, Gas gas, NearToken deposit, long gasWeight)
            implements Action {
        public FunctionCall {
            Objects.requireNonNull(methodName, "methodName");
            Objects.requireNonNull(args, "args");
            Objects.requireNonNull(gas, "gas");
            Objects.requireNonNull(deposit, "deposit");
            if (gasWeight < 0) {
                throw new IllegalArgumentException("gas weight may not be negative: " + gasWeight);
            }
        }

        public String argsAsString() {
            return new String(args, StandardCharsets.UTF_8);
        }

        public FunctionCall withGas(Gas newGas) {
            return new FunctionCall(methodName, args, newGas, deposit, gasWeight);
        }

        public FunctionCall withDeposit(NearToken newDeposit) {
            return new FunctionCall(methodName, args, gas, newDeposit, gasWeight);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FunctionCall f && methodName.equals(f.methodName)
                    && java.util.Arrays.equals(args, f.args) && gas.equals(f.gas)
                    && deposit.equals(f.deposit) && gasWeight == f.gasWeight;
        }

        @Override
        public int hashCode() {
            return Objects.hash(methodName, java.util.Arrays.hashCode(args), gas, deposit, gasWeight);
        }

        @Override
        public String toString() {
            return "FunctionCall[" + methodName + "(" + argsAsString() + "), gas=" + gas + ", deposit="
                    + deposit + ", weight=" + gasWeight + "]";
        }
    }

    /** Moves {@code deposit} from the predecessor to the receiver. */
    record Transfer(NearToken deposit) implements Action {
        public Transfer {
            Objects.requireNonNull(deposit, "deposit");
        }
    }

    /** Locks {@code stake} of the receiver's balance for validation with {@code publicKey}. */
    record Stake(NearToken stake, PublicKey publicKey) implements Action {
    }

    /** Adds an access key to the receiver. */
    record AddKey(PublicKey publicKey, AccessKey accessKey) implements Action {
    }

    /** Removes an access key from the receiver. */
    record DeleteKey(PublicKey publicKey) implements Action {
    }

    /** Deletes the receiver, sending its balance to {@code beneficiaryId}; must be the last action. */
    record DeleteAccount(AccountId beneficiaryId) implements Action {
    }
}
