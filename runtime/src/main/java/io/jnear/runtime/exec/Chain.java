package io.jnear.runtime.exec;

import io.jnear.runtime.SandboxConfig;
import io.jnear.runtime.fees.ActionFees;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.runtime.outcome.FunctionCallError;
import io.jnear.runtime.outcome.InvalidTxError;
import io.jnear.runtime.state.AccountState;
import io.jnear.runtime.state.ChainState;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chain: state, blocks, and the queues receipts travel through.
 *
 * <p>Each block: transactions submitted since the last block are converted into receipts (the signer is
 * charged); a receipt whose receiver is its signer runs in this block, any other in the next. Then the
 * receipts that arrived from the previous block run, in the order they were sent. Every receipt created
 * while executing runs no earlier than the next block. An action receipt waiting for data is postponed
 * until its last input arrives, and then runs at once, in that block.
 */
public final class Chain {
    private static final byte[] FAILED = new byte[0];

    /** A result that has arrived and waits to be read by the receipt it is for. */
    private record Arrived(byte[] data, CryptoHash producerId, long block) {
    }

    final SandboxConfig config;
    final ChainState state = new ChainState();
    private final ReceiptExecutor executor;
    private final CryptoHash genesisHash;

    private long height;
    private long timestamp;
    private long transactionCount;
    private List<PendingTransaction> pendingTransactions = new ArrayList<>();
    private List<Receipt> arriving = new ArrayList<>();
    /** Data that arrived, by data id; {@link #FAILED} marks a failed promise. */
    private final Map<CryptoHash, Arrived> receivedData = new HashMap<>();
    /** Postponed receipts, by each data id they still wait for. */
    private final Map<CryptoHash, Postponed> postponedByDataId = new HashMap<>();
    // Ordered so the conservation check and state dumps are deterministic.
    private final Map<CryptoHash, Postponed> postponed = new LinkedHashMap<>();
    private BigInteger burnt = BigInteger.ZERO;
    private BigInteger rewards = BigInteger.ZERO;

    private static final class Postponed {
        final Receipt.ActionReceipt receipt;
        int missing;

        Postponed(Receipt.ActionReceipt receipt, int missing) {
            this.receipt = receipt;
            this.missing = missing;
        }
    }

    /**
     * A transaction waiting for the next block; its cost depends only on its actions, so it is computed once.
     * {@code nonce} is the nonce a client signed, or -1 for the sandbox's own transactions (key nonce + 1).
     */
    private record PendingTransaction(TransactionTrace trace, PublicKey signerKey, List<Action> actions,
            BigInteger cost, long nonce) {
    }

    public Chain(SandboxConfig config) {
        this.config = config;
        this.executor = new ReceiptExecutor(this);
        this.genesisHash = CryptoHash.of("jnear genesis " + config.rootAccount());
        this.timestamp = config.genesisTimestampNanos();
        AccountState root = state.createAccount(config.rootAccount());
        state.setAmount(root, config.genesisSupply().asYocto());
        state.addKey(root, Keys.publicKeyOf(config.rootAccount()), AccessKey.fullAccess());
        state.commit(0);
    }

    public ChainState state() {
        return state;
    }

    public SandboxConfig config() {
        return config;
    }

    public long height() {
        return height;
    }

    public long timestamp() {
        return timestamp;
    }

    /** Tokens burnt since genesis, before contract rewards are credited back. */
    public BigInteger burnt() {
        return burnt;
    }

    /** Gas rewards credited to contract accounts since genesis. */
    public BigInteger rewards() {
        return rewards;
    }

    /** True when no transaction or receipt is waiting to run. */
    public boolean isIdle() {
        return pendingTransactions.isEmpty() && arriving.isEmpty() && postponed.isEmpty();
    }

    /** Yocto carried by receipts not yet executed: deposits and prepaid gas. */
    public BigInteger valueInFlight() {
        BigInteger total = BigInteger.ZERO;
        for (Receipt r : arriving) {
            if (r instanceof Receipt.ActionReceipt a) {
                total = total.add(a.valueInFlight());
            }
        }
        for (Postponed p : postponed.values()) {
            total = total.add(p.receipt.valueInFlight());
        }
        return total;
    }

    /**
     * Validates a transaction and queues it for the next block. Zero-gas function calls get the
     * configured default gas.
     *
     * @throws InvalidTransactionException if the chain would refuse it
     */
    public TransactionTrace submit(AccountId signerId, AccountId receiverId, List<Action> actions) {
        List<Action> prepared = new ArrayList<>(actions.size());
        for (Action a : actions) {
            prepared.add(a instanceof Action.FunctionCall f && f.gas().isZero() ? f.withGas(config.defaultCallGas()) : a);
        }
        BigInteger cost = cost(signerId, receiverId, prepared);
        PublicKey key = validate(signerId, prepared, cost);
        CryptoHash id = CryptoHash.derive(genesisHash, "transaction", transactionCount++);
        TransactionTrace trace = new TransactionTrace(id, signerId, receiverId, prepared);
        pendingTransactions.add(new PendingTransaction(trace, key, List.copyOf(prepared), cost, -1));
        return trace;
    }

    /**
     * Queues a transaction a client signed with {@code signerKey} and {@code nonce}, under its own
     * {@code hash}. The caller has verified the signature, the block hash and the key's permission; this
     * checks what the chain checks for any transaction (signer, key, actions, balance), and the nonce
     * again when the transaction is converted. Function calls keep the gas they were signed with.
     *
     * @throws InvalidTransactionException if the chain would refuse it
     */
    public TransactionTrace submitSigned(AccountId signerId, PublicKey signerKey, long nonce, CryptoHash hash,
            AccountId receiverId, List<Action> actions) {
        BigInteger cost = transactionCost(signerId, receiverId, actions);
        if (signerId.isSystem()) {
            throw new InvalidTransactionException(new InvalidTxError.InvalidSignerId(signerId));
        }
        AccountState signer = state.get(signerId);
        if (signer == null) {
            throw new InvalidTransactionException(new InvalidTxError.SignerDoesNotExist(signerId));
        }
        if (signer.key(signerKey) == null) {
            throw new InvalidTransactionException(new InvalidTxError.AccessKeyNotFound(signerId));
        }
        validateActions(actions);
        if (signer.amount().compareTo(cost) < 0) {
            throw new InvalidTransactionException(new InvalidTxError.NotEnoughBalance(signerId,
                    NearToken.ofYocto(signer.amount()), NearToken.ofYocto(cost)));
        }
        TransactionTrace trace = new TransactionTrace(hash, signerId, receiverId, actions);
        pendingTransactions.add(new PendingTransaction(trace, signerKey, List.copyOf(actions), cost, nonce));
        return trace;
    }

    /** What converting this transaction takes from the signer: send fees and prepaid gas at the gas price, and deposits. */
    public BigInteger transactionCost(AccountId signerId, AccountId receiverId, List<Action> actions) {
        return cost(signerId, receiverId, actions);
    }

    private PublicKey validate(AccountId signerId, List<Action> actions, BigInteger cost) {
        if (signerId.isSystem()) {
            throw new InvalidTransactionException(new InvalidTxError.InvalidSignerId(signerId));
        }
        AccountState signer = state.get(signerId);
        if (signer == null) {
            throw new InvalidTransactionException(new InvalidTxError.SignerDoesNotExist(signerId));
        }
        PublicKey key = null;
        for (Map.Entry<PublicKey, AccessKey> e : signer.keys().entrySet()) {
            if (e.getValue().permission() instanceof AccessKey.FullAccess) {
                key = e.getKey();
                break;
            }
        }
        if (key == null) {
            throw new InvalidTransactionException(new InvalidTxError.AccessKeyNotFound(signerId));
        }
        validateActions(actions);
        if (signer.amount().compareTo(cost) < 0) {
            throw new InvalidTransactionException(new InvalidTxError.NotEnoughBalance(signerId,
                    NearToken.ofYocto(signer.amount()), NearToken.ofYocto(cost)));
        }
        return key;
    }

    private void validateActions(List<Action> actions) {
        if (actions.size() > io.jnear.sdk.Promise.MAX_ACTIONS) {
            throw invalidAction("TotalNumberOfActionsExceeded", actions.size() + " actions, the limit is 100");
        }
        long totalGas = 0;
        for (int i = 0; i < actions.size(); i++) {
            Action a = actions.get(i);
            if (a instanceof Action.DeleteAccount && i != actions.size() - 1) {
                throw invalidAction("DeleteActionMustBeFinal", "");
            }
            if (a instanceof Action.FunctionCall f) {
                if (f.methodName().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 256) {
                    throw invalidAction("FunctionCallMethodNameLengthExceeded", "the limit is 256 bytes");
                }
                if (f.args().length > 4 * 1024 * 1024) {
                    throw invalidAction("FunctionCallArgumentsLengthExceeded", "the limit is 4194304 bytes");
                }
                if (f.gas().isZero()) {
                    throw invalidAction("FunctionCallZeroAttachedGas", "");
                }
                totalGas = Math.addExact(totalGas, f.gas().asGas());
            }
        }
        if (totalGas > config.maxGasBurnt()) {
            throw new InvalidTransactionException(new InvalidTxError.TotalPrepaidGasExceeded(totalGas,
                    config.maxGasBurnt()));
        }
    }

    private static InvalidTransactionException invalidAction(String kind, String detail) {
        return new InvalidTransactionException(new InvalidTxError.ActionsValidation(kind, detail));
    }

    private static long sendFees(boolean sir, List<Action> actions) {
        long gas = ActionFees.ACTION_RECEIPT_CREATION.send(sir);
        for (Action a : actions) {
            gas = Math.addExact(gas, ActionFees.send(a, sir));
        }
        return gas;
    }

    private BigInteger cost(AccountId signerId, AccountId receiverId, List<Action> actions) {
        Receipt.ActionReceipt shape = new Receipt.ActionReceipt(genesisHash, signerId, receiverId, null, signerId,
                null, config.gasPrice(), actions, List.of(), List.of());
        long gas = Math.addExact(sendFees(signerId.equals(receiverId), actions), shape.prepaidGas());
        return BigInteger.valueOf(gas).multiply(BigInteger.valueOf(config.gasPrice())).add(shape.totalDeposit());
    }

    /** Produces one block: converts pending transactions and executes the receipts due in it. */
    public void produceBlock() {
        height++;
        timestamp += config.blockTimeNanos();
        List<Receipt> due = arriving;
        arriving = new ArrayList<>();
        List<PendingTransaction> transactions = pendingTransactions;
        pendingTransactions = new ArrayList<>();

        List<Receipt> local = new ArrayList<>();
        for (PendingTransaction tx : transactions) {
            Receipt.ActionReceipt receipt = convert(tx);
            if (receipt != null) {
                (tx.trace.signerId.equals(tx.trace.receiverId) ? local : arriving).add(receipt);
            }
        }
        for (Receipt r : local) {
            process(r);
        }
        for (Receipt r : due) {
            process(r);
        }
        if (config.checkConservation()) {
            checkConservation();
        }
    }

    private Receipt.ActionReceipt convert(PendingTransaction tx) {
        TransactionTrace trace = tx.trace;
        AccountId signerId = trace.signerId;
        AccountState signer = state.get(signerId);
        boolean sir = signerId.equals(trace.receiverId);
        BigInteger cost = tx.cost;
        InvalidTxError invalid = null;
        if (signer == null) {
            invalid = new InvalidTxError.SignerDoesNotExist(signerId);
        } else if (signer.key(tx.signerKey) == null) {
            invalid = new InvalidTxError.AccessKeyNotFound(signerId);
        } else if (tx.nonce >= 0 && tx.nonce <= signer.key(tx.signerKey).nonce()) {
            invalid = new InvalidTxError.InvalidNonce(tx.nonce, signer.key(tx.signerKey).nonce());
        } else if (signer.amount().compareTo(cost) < 0) {
            invalid = new InvalidTxError.NotEnoughBalance(signerId, NearToken.ofYocto(signer.amount()),
                    NearToken.ofYocto(cost));
        }
        if (invalid == null) {
            state.setAmount(signer, signer.amount().subtract(cost));
            BigInteger lacking = storageShortfall(signer);
            if (lacking.signum() > 0) {
                state.rollback(0);
                invalid = new InvalidTxError.LackBalanceForState(signerId, NearToken.ofYocto(lacking));
            }
        }
        trace.includedInBlock = height;
        if (invalid != null) {
            trace.transactionOutcome = new ExecutionOutcome(trace.id, true, height, null, signerId, tx.actions,
                    new ExecutionStatus.Failure(new io.jnear.runtime.outcome.TxExecutionError.InvalidTx(invalid)),
                    List.of(), List.of(), 0, NearToken.ZERO);
            return null;
        }
        AccessKey key = signer.key(tx.signerKey);
        state.setNonce(signer, tx.signerKey, tx.nonce < 0 ? key.nonce() + 1 : tx.nonce);
        state.commit(0);
        long gasBurnt = sendFees(sir, tx.actions);
        BigInteger tokensBurnt = BigInteger.valueOf(gasBurnt).multiply(BigInteger.valueOf(config.gasPrice()));
        burnt = burnt.add(tokensBurnt);
        CryptoHash receiptId = CryptoHash.derive(trace.id, "receipt", 0);
        trace.transactionOutcome = new ExecutionOutcome(trace.id, true, height, signerId, signerId, tx.actions,
                new ExecutionStatus.SuccessReceiptId(receiptId), List.of(), List.of(receiptId), gasBurnt,
                NearToken.ofYocto(tokensBurnt));
        trace.inFlight++;
        return new Receipt.ActionReceipt(receiptId, signerId, trace.receiverId, trace, signerId, tx.signerKey,
                config.gasPrice(), tx.actions, List.of(), new ArrayList<>());
    }

    private void process(Receipt receipt) {
        if (receipt instanceof Receipt.DataReceipt d) {
            receivedData.put(d.dataId, new Arrived(d.data == null ? FAILED : d.data, d.producerId, height));
            d.trace.inFlight--;
            Postponed p = postponedByDataId.remove(d.dataId);
            if (p != null && --p.missing == 0) {
                postponed.remove(p.receipt.id);
                execute(p.receipt);
            }
            return;
        }
        Receipt.ActionReceipt a = (Receipt.ActionReceipt) receipt;
        int missing = 0;
        Postponed p = null;
        for (CryptoHash dataId : a.inputDataIds) {
            if (!receivedData.containsKey(dataId)) {
                if (p == null) {
                    p = new Postponed(a, 0);
                }
                p.missing++;
                missing++;
                postponedByDataId.put(dataId, p);
            }
        }
        if (missing > 0) {
            postponed.put(a.id, p);
            return;
        }
        execute(a);
    }

    private void execute(Receipt.ActionReceipt receipt) {
        List<byte[]> results = new ArrayList<>(receipt.inputDataIds.size());
        for (CryptoHash dataId : receipt.inputDataIds) {
            Arrived arrived = receivedData.remove(dataId);
            results.add(arrived.data() == FAILED ? null : arrived.data());
            receipt.trace.dataFlows.add(new TransactionTrace.DataFlow(arrived.producerId(), receipt.id,
                    arrived.block(), arrived.data() != FAILED));
        }
        ReceiptExecutor.Result result = executor.execute(receipt, results);
        burnt = burnt.add(result.tokensBurnt());
        rewards = rewards.add(result.reward());
        TransactionTrace trace = receipt.trace;
        trace.record(result.outcome());
        if (result.reward().signum() > 0) {
            trace.rewards.put(receipt.id, NearToken.ofYocto(result.reward()));
        }
        trace.inFlight--;
        for (Receipt r : result.newReceipts()) {
            trace.inFlight++;
            arriving.add(r);
        }
    }

    /** How much more balance {@code account} needs to cover its storage, or zero. */
    BigInteger storageShortfall(AccountState account) {
        if (account.storageUsage() <= config.zeroBalanceAccountBytes()) {
            return BigInteger.ZERO;
        }
        BigInteger required = BigInteger.valueOf(account.storageUsage()).multiply(config.storagePricePerByte());
        BigInteger available = account.amount().add(account.locked());
        return required.compareTo(available) > 0 ? required.subtract(available) : BigInteger.ZERO;
    }


    /** Verifies that balances, value in flight and burnt tokens (net of rewards) add up to the supply. */
    public void checkConservation() {
        BigInteger balances = BigInteger.ZERO;
        for (AccountState a : state.accounts()) {
            balances = balances.add(a.amount()).add(a.locked());
        }
        BigInteger inFlight = valueInFlight();
        BigInteger total = balances.add(inFlight).add(burnt).subtract(rewards);
        BigInteger supply = config.genesisSupply().asYocto();
        if (!total.equals(supply)) {
            throw new IllegalStateException("NEAR is not conserved at block " + height + ": balances " + balances
                    + " + in flight " + inFlight + " + burnt " + burnt + " - rewards " + rewards + " = " + total
                    + ", genesis supply " + supply + " (difference " + total.subtract(supply) + ")");
        }
    }

    private long seedHeight = -1;
    private byte[] seed;

    /** What a call needs to know of the block it runs in. */
    VmLogic.Context vmContext(CryptoHash receiptId, AccountId signerId, PublicKey signerKey, AccountId predecessor) {
        if (seedHeight != height) {
            seed = VmLogic.seed(height);
            seedHeight = height;
        }
        return new VmLogic.Context(receiptId, signerId, signerKey, predecessor, height, timestamp,
                1 + height / config.epochLength(), seed);
    }

    /**
     * Runs {@code method} of {@code contractId} read-only, in the current block: writes, promises and
     * caller-specific queries fail with NEAR's {@code … is not allowed in view calls}.
     */
    public ViewResult view(AccountId contractId, String method, byte[] args) {
        AccountState account = state.get(contractId);
        if (account == null) {
            return new ViewResult(null, List.of(), "account " + contractId + " does not exist");
        }
        if (account.code() == null) {
            return new ViewResult(null, List.of(), new FunctionCallError.CodeDoesNotExist(contractId).message());
        }
        int checkpoint = state.checkpoint();
        VmLogic vm = new VmLogic(vmContext(genesisHash, contractId, null, contractId), state, account, method, args,
                NearToken.ZERO, config.maxGasBurnt(), config.maxGasBurnt(), true, List.of(), List.of());
        try {
            FunctionCallError error = ReceiptExecutor.run(vm,
                    account.deployment(config.meterContracts()).dispatcher(), method, account.code().size());
            if (error != null) {
                return new ViewResult(null, vm.logs, error.message());
            }
            return new ViewResult(vm.returnValue == null ? new byte[0] : vm.returnValue, vm.logs, null);
        } finally {
            state.rollback(checkpoint);
        }
    }

    /** The result of a view call: the value, or the error text. */
    public record ViewResult(byte[] value, List<String> logs, String error) {
    }
}
