package io.jnear.runtime.exec;

import io.jnear.runtime.fees.ActionCost;
import io.jnear.runtime.fees.ActionFees;
import io.jnear.runtime.state.AccountKind;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.U128;
import java.util.ArrayList;
import java.util.List;

/**
 * A receipt: either an action receipt (actions to run on the receiver, possibly waiting for data) or a
 * data receipt (a result travelling to a receipt that waits for it).
 */
public abstract sealed class Receipt permits Receipt.ActionReceipt, Receipt.DataReceipt {
    final CryptoHash id;
    final AccountId predecessorId;
    final AccountId receiverId;
    /** The transaction this receipt descends from, for tracking completion. */
    final TransactionTrace trace;

    Receipt(CryptoHash id, AccountId predecessorId, AccountId receiverId, TransactionTrace trace) {
        this.id = id;
        this.predecessorId = predecessorId;
        this.receiverId = receiverId;
        this.trace = trace;
    }

    public CryptoHash id() {
        return id;
    }

    public AccountId receiverId() {
        return receiverId;
    }

    /** The account that sent it: the signer for a transaction's receipt, {@code system} for a refund. */
    public AccountId predecessorId() {
        return predecessorId;
    }

    /** This receipt for a forked chain: the same receipt, counted in that chain's copy of its transaction. */
    abstract Receipt retraced(TransactionTrace copy);

    /** Where a receipt's result goes: the data id the waiting receipt expects, and its receiver. */
    public record DataReceiver(CryptoHash dataId, AccountId receiverId) {
    }

    public static final class ActionReceipt extends Receipt {
        final AccountId signerId;
        final PublicKey signerPublicKey;
        final long gasPrice;
        final List<Action> actions;
        final List<CryptoHash> inputDataIds;
        final List<DataReceiver> outputDataReceivers;

        ActionReceipt(CryptoHash id, AccountId predecessorId, AccountId receiverId, TransactionTrace trace,
                AccountId signerId, PublicKey signerPublicKey, long gasPrice, List<Action> actions,
                List<CryptoHash> inputDataIds, List<DataReceiver> outputDataReceivers) {
            super(id, predecessorId, receiverId, trace);
            this.signerId = signerId;
            this.signerPublicKey = signerPublicKey;
            this.gasPrice = gasPrice;
            this.actions = actions;
            this.inputDataIds = inputDataIds;
            this.outputDataReceivers = outputDataReceivers;
        }

        /**
         * A refund of deposits (or a deleted account's balance) from {@code system}: one transfer at gas price 0
         * (its execution fees count as gas burnt, but cost no tokens), signed by {@code system}.
         */
        static ActionReceipt refund(CryptoHash id, AccountId receiverId, U128 amount, TransactionTrace trace) {
            return new ActionReceipt(id, AccountId.SYSTEM, receiverId, trace, AccountId.SYSTEM, null, 0,
                    List.of(new Action.Transfer(NearToken.ofYocto(amount))), List.of(), List.of());
        }

        /**
         * A gas refund from {@code system} to the signer: as a deposit refund, but carrying the signer and the
         * key that signed the transaction, so a function-call key gets the amount back into its allowance.
         */
        static ActionReceipt gasRefund(CryptoHash id, AccountId signerId, PublicKey signerKey, U128 amount,
                TransactionTrace trace) {
            return new ActionReceipt(id, AccountId.SYSTEM, signerId, trace, signerId, signerKey, 0,
                    List.of(new Action.Transfer(NearToken.ofYocto(amount))), List.of(), List.of());
        }

        /**
         * A transaction's receipt as priced when the transaction was submitted (see {@code Chain.price}), now
         * under its own id, trace and signing key; its prepaid gas (and value in flight, if already asked for),
         * worked out for the price, are kept rather than summed again.
         */
        ActionReceipt converted(CryptoHash id, TransactionTrace trace, PublicKey signerKey) {
            ActionReceipt receipt = new ActionReceipt(id, predecessorId, receiverId, trace, signerId, signerKey,
                    gasPrice, actions, inputDataIds, outputDataReceivers);
            receipt.prepaidGas = prepaidGas;
            receipt.valueInFlight = valueInFlight;
            return receipt;
        }

        /** A gas refund to its signer: nearcore tells it from a deposit refund by signer == receiver. */
        boolean isGasRefund() {
            return isRefund() && signerId.equals(receiverId);
        }

        @Override
        ActionReceipt retraced(TransactionTrace copy) {
            return new ActionReceipt(id, predecessorId, receiverId, copy, signerId, signerPublicKey, gasPrice,
                    actions, inputDataIds, new ArrayList<>(outputDataReceivers));
        }

        boolean isRefund() {
            return predecessorId.isSystem();
        }

        public AccountId signerId() {
            return signerId;
        }

        /** The key the original transaction was signed with; null for a refund. */
        public PublicKey signerPublicKey() {
            return signerPublicKey;
        }

        /** The price its prepaid gas was bought at (0 for a refund). */
        public long gasPrice() {
            return gasPrice;
        }

        public List<Action> actions() {
            return List.copyOf(actions);
        }

        /** The data ids of the results this receipt waits for, in promise order. */
        public List<CryptoHash> inputDataIds() {
            return List.copyOf(inputDataIds);
        }

        /** Where this receipt's result goes once it has run. */
        public List<DataReceiver> outputDataReceivers() {
            return List.copyOf(outputDataReceivers);
        }

        /**
         * Sum of deposits the actions carry: what a failure refunds.
         *
         * @throws ArithmeticException if the sum exceeds 128 bits (no account could pay it)
         */
        U128 totalDeposit() {
            U128 total = U128.ZERO;
            for (int i = 0; i < actions.size(); i++) {
                Action a = actions.get(i);
                NearToken deposit = depositOf(a);
                if (!deposit.isZero()) {
                    total = total.isZero() ? deposit.asU128() : total.plus(deposit.asU128());
                }
            }
            return total;
        }

        /** The deposit {@code action} carries: a transfer's or a function call's, else zero. */
        static NearToken depositOf(Action action) {
            return action instanceof Action.Transfer t ? t.deposit()
                    : action instanceof Action.FunctionCall f ? f.deposit()
                    : NearToken.ZERO;
        }

        /**
         * Gas prepaid with this receipt: attached gas plus the execution fees of the receipt and its
         * actions. Saturates rather than wraps, so no amount of attached gas can make it small.
         */
        long prepaidGas(ActionFees fees) {
            if (prepaidGas < 0) {
                prepaidGas = sumPrepaidGas(fees);
            }
            return prepaidGas;
        }

        /** Computed once, as {@link #valueInFlight}: -1 until then. */
        private long prepaidGas = -1;

        private long sumPrepaidGas(ActionFees fees) {
            AccountKind kind = AccountKind.of(receiverId);
            long gas = fees.fee(ActionCost.NEW_ACTION_RECEIPT).execution();
            for (int i = 0; i < actions.size(); i++) {
                Action a = actions.get(i);
                gas = GasCounter.saturatingAdd(gas, fees.execution(a, kind));
                if (a instanceof Action.FunctionCall f) {
                    gas = GasCounter.saturatingAdd(gas, f.gas().asGas());
                }
            }
            return gas;
        }

        /**
         * The yocto this receipt carries while in flight: deposits plus its prepaid gas at its purchase price.
         * Computed once (its actions never change; a chain has one fee table): the conservation check after
         * every block asks again for every receipt still in flight.
         */
        U128 valueInFlight(ActionFees fees) {
            if (valueInFlight == null) {
                U128 deposits = totalDeposit();
                valueInFlight = isRefund() ? deposits : deposits.plus(GasPrices.cost(prepaidGas(fees), gasPrice));
            }
            return valueInFlight;
        }

        private U128 valueInFlight;
    }

    public static final class DataReceipt extends Receipt {
        final CryptoHash dataId;
        /** The result bytes, or null when the promise failed. */
        final byte[] data;
        /** The action receipt whose result this is. */
        final CryptoHash producerId;

        DataReceipt(CryptoHash id, AccountId predecessorId, AccountId receiverId, TransactionTrace trace,
                CryptoHash dataId, byte[] data, CryptoHash producerId) {
            super(id, predecessorId, receiverId, trace);
            this.dataId = dataId;
            this.data = data;
            this.producerId = producerId;
        }

        public CryptoHash dataId() {
            return dataId;
        }

        /** The result bytes, or null when the promise failed. */
        public byte[] data() {
            return data == null ? null : data.clone();
        }

        @Override
        DataReceipt retraced(TransactionTrace copy) {
            return new DataReceipt(id, predecessorId, receiverId, copy, dataId, data, producerId);
        }
    }
}
