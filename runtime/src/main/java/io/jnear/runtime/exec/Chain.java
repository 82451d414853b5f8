package io.jnear.runtime.exec;

import io.jnear.runtime.SandboxConfig;
import io.jnear.runtime.fees.ActionCost;
import io.jnear.runtime.fees.ActionFees;
import io.jnear.runtime.fees.Limits;
import io.jnear.runtime.isolation.ContractClasses;
import io.jnear.runtime.outcome.ActionsValidationError;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.runtime.outcome.GasProfile;
import io.jnear.runtime.outcome.FunctionCallError;
import io.jnear.runtime.outcome.InvalidTxError;
import io.jnear.runtime.outcome.TxExecutionError;
import io.jnear.runtime.state.AccountKind;
import io.jnear.runtime.state.AccountState;
import io.jnear.runtime.state.ChainState;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.runtime.state.YoctoSum;
import io.jnear.runtime.state.YoctoTally;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.U128;
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
    final ChainState state;
    private final ReceiptExecutor executor;
    /** Contract-data keys changed earlier in the current block (nearcore's chunk overlay). */
    final ChunkWrites chunkWrites = new ChunkWrites();
    private final CryptoHash genesisHash;

    private long height;
    private long timestamp;
    private long transactionCount;
    private List<PendingTransaction> pendingTransactions = new ArrayList<>();
    private List<Receipt> arriving = new ArrayList<>();
    /**
     * Emptied lists of the last block, reused by the next: a block swaps the queue it runs for an empty one,
     * and the round trip of a call runs a handful of blocks.
     */
    private List<PendingTransaction> spareTransactions = new ArrayList<>();
    private List<Receipt> spareReceipts = new ArrayList<>();
    /** Data that arrived, by data id; {@link #FAILED} marks a failed promise. */
    private final Map<CryptoHash, Arrived> receivedData = new HashMap<>();
    /** Postponed receipts, by each data id they still wait for. */
    private final Map<CryptoHash, Postponed> postponedByDataId = new HashMap<>();
    // Ordered so the conservation check and state dumps are deterministic.
    private final Map<CryptoHash, Postponed> postponed = new LinkedHashMap<>();
    // The totals the conservation check after every block reads, kept in place as receipts run.
    private final YoctoTally burnt;
    private final YoctoTally rewards;
    /**
     * What the action receipts queued or postponed carry ({@link Receipt.ActionReceipt#valueInFlight}), kept as
     * they are created and run: the conservation check after every block then sums no queue.
     * {@link #checkConservation()} checks it against a recount.
     */
    private final YoctoTally inFlight;
    /** The protocol's storage price per byte, converted once. */
    private final U128 storagePricePerByte;
    private final ActionFees fees;
    /** Receipts whose function call is to fail when it runs, and how; see {@link #failCallsDueNext}. */
    private final Map<CryptoHash, InjectedFailure> injectedFailures = new HashMap<>();

    private static final class Postponed {
        final Receipt.ActionReceipt receipt;
        int missing;

        Postponed(Receipt.ActionReceipt receipt, int missing) {
            this.receipt = receipt;
            this.missing = missing;
        }
    }

    /** A transaction waiting for the next block; its cost depends only on its actions, so it is computed once. */
    private record PendingTransaction(TransactionTrace trace, PublicKey signerKey, List<Action> actions,
            Price price) {
    }

    /**
     * What a transaction costs, worked out when it is submitted and used again when it is converted: the gas
     * its send fees burn, that gas's tokens, the receipt it becomes (under a stand-in id until then, its
     * prepaid gas already summed) and the total the signer pays, exact even past 128 bits.
     */
    private record Price(long sendGas, U128 sendTokens, Receipt.ActionReceipt receipt, YoctoSum total) {
    }

    /** The hash of the current block (the sandbox's blocks are hashes of their height). */
    public CryptoHash blockHash() {
        if (blockHashHeight != height) {
            blockHash = CryptoHash.derive(genesisHash, "block", height);
            blockHashHeight = height;
        }
        return blockHash;
    }

    private long blockHashHeight = -1;
    private CryptoHash blockHash;

    /** The hash of the block at {@code height}, for finding past blocks by hash (the RPC server does). */
    public CryptoHash blockHash(long height) {
        return CryptoHash.derive(genesisHash, "block", height);
    }

    public Chain(SandboxConfig config) {
        this.config = config;
        this.state = new ChainState(config.protocol().accountBytes(), config.protocol().entryOverheadBytes());
        this.executor = new ReceiptExecutor(this);
        this.storagePricePerByte = U128.of(config.protocol().storageAmountPerByte());
        this.fees = config.protocol().fees();
        this.burnt = new YoctoTally();
        this.rewards = new YoctoTally();
        this.inFlight = new YoctoTally();
        this.genesisHash = CryptoHash.of("jnear genesis " + config.rootAccount());
        this.timestamp = config.genesisTimestampNanos();
        AccountState root = state.createAccount(config.rootAccount());
        state.setAmount(root, config.genesisSupply().asU128());
        state.addKey(root, Keys.publicKeyOf(config.rootAccount()), AccessKey.fullAccess());
        state.commit(0);
    }

    /** A chain that starts where {@code parent} is now; see {@link #fork()}. */
    private Chain(Chain parent) {
        this.config = parent.config;
        this.state = parent.state.fork();
        this.executor = new ReceiptExecutor(this);
        this.storagePricePerByte = parent.storagePricePerByte;
        this.fees = parent.fees;
        this.genesisHash = parent.genesisHash;
        this.height = parent.height;
        this.timestamp = parent.timestamp;
        this.transactionCount = parent.transactionCount;
        this.burnt = parent.burnt.copy();
        this.rewards = parent.rewards.copy();
        this.inFlight = parent.inFlight.copy();
        // Transactions still in flight get a trace of their own here, so the two chains count them apart.
        Map<TransactionTrace, TransactionTrace> traces = new java.util.IdentityHashMap<>();
        java.util.function.Function<TransactionTrace, TransactionTrace> trace =
                t -> traces.computeIfAbsent(t, TransactionTrace::copy);
        for (PendingTransaction tx : parent.pendingTransactions) {
            pendingTransactions.add(new PendingTransaction(trace.apply(tx.trace), tx.signerKey, tx.actions, tx.price));
        }
        for (Receipt r : parent.arriving) {
            arriving.add(r.retraced(trace.apply(r.trace)));
        }
        receivedData.putAll(parent.receivedData);
        injectedFailures.putAll(parent.injectedFailures);
        chunkWrites.copyFrom(parent.chunkWrites);
        for (Map.Entry<CryptoHash, Postponed> e : parent.postponed.entrySet()) {
            Postponed p = e.getValue();
            Postponed copy = new Postponed((Receipt.ActionReceipt) p.receipt.retraced(trace.apply(p.receipt.trace)),
                    p.missing);
            postponed.put(e.getKey(), copy);
            for (CryptoHash dataId : copy.receipt.inputDataIds) {
                if (parent.postponedByDataId.get(dataId) == p) {
                    postponedByDataId.put(dataId, copy);
                }
            }
        }
    }

    /**
     * An independent copy of this chain as it is between blocks: state (copy-on-write, see
     * {@link ChainState#fork()}), height, time, counters, pending transactions and receipts in flight.
     * Both chains then go their own ways; the same blocks on both give the same outcomes.
     */
    public Chain fork() {
        return new Chain(this);
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
        return burnt.sum().asBigInteger();
    }

    /** Gas rewards credited to contract accounts since genesis. */
    public BigInteger rewards() {
        return rewards.sum().asBigInteger();
    }

    /** Ids sorted by hash code, then by bytes: computing a derived id's bytes is left to the rare tie. */
    private static final java.util.Comparator<CryptoHash> IDS_IN_A_FIXED_ORDER = (x, y) ->
            x.hashCode() != y.hashCode() ? Integer.compare(x.hashCode(), y.hashCode())
                    : java.util.Arrays.compare(x.bytes(), y.bytes());

    /**
     * A hash of everything that decides what this chain does from here: the state (as
     * {@code Sandbox.stateDigest()} covers it), height, time and id counters, and the transactions,
     * receipts, results and injected failures in flight, with their contents. Two chains with equal
     * fingerprints give the same outcomes for the same blocks, whatever paths led to them; a schedule
     * explorer skips the second. Not a consensus hash: only comparable between chains of one process.
     */
    public CryptoHash fingerprint() {
        Fingerprint f = new Fingerprint();
        List<AccountState> accounts = new ArrayList<>(state.accounts());
        accounts.sort((a, b) -> a.id().compareTo(b.id()));
        f.number(accounts.size());
        accounts.forEach(f::account);
        f.number(height).number(timestamp).number(transactionCount).big(burnt.sum().asBigInteger())
                .big(rewards.sum().asBigInteger());
        f.number(pendingTransactions.size());
        for (PendingTransaction tx : pendingTransactions) {
            f.hash(tx.trace.id).key(tx.signerKey).big(tx.price.total.asBigInteger()).number(tx.actions.size());
            tx.actions.forEach(f::action);
        }
        f.number(arriving.size());
        arriving.forEach(f::receipt);
        f.number(postponed.size());
        for (Postponed p : postponed.values()) {
            f.receipt(p.receipt).number(p.missing);
        }
        List<CryptoHash> dataIds = new ArrayList<>(receivedData.keySet());
        dataIds.sort(IDS_IN_A_FIXED_ORDER);
        f.number(dataIds.size());
        for (CryptoHash id : dataIds) {
            Arrived a = receivedData.get(id);
            f.hash(id).bytes(a.data == FAILED ? null : a.data).hash(a.producerId).number(a.block);
        }
        List<CryptoHash> failing = new ArrayList<>(injectedFailures.keySet());
        failing.sort(IDS_IN_A_FIXED_ORDER);
        f.number(failing.size());
        for (CryptoHash id : failing) {
            f.hash(id).text(injectedFailures.get(id).name());
        }
        return CryptoHash.of(f.done());
    }

    /** True when no transaction or receipt is waiting to run. */
    public boolean isIdle() {
        return pendingTransactions.isEmpty() && arriving.isEmpty() && postponed.isEmpty();
    }

    /** Yocto carried by receipts not yet executed: deposits and prepaid gas. */
    public BigInteger valueInFlight() {
        return inFlight.sum().asBigInteger();
    }

    /** What the receipts not yet executed carry, summed receipt by receipt. */
    private YoctoSum recountValueInFlight() {
        YoctoSum total = YoctoSum.ZERO;
        for (Receipt r : arriving) {
            if (r instanceof Receipt.ActionReceipt a) {
                total = total.plus(a.valueInFlight(fees));
            }
        }
        for (Postponed p : postponed.values()) {
            total = total.plus(p.receipt.valueInFlight(fees));
        }
        return total;
    }

    /**
     * A receipt due in the next block: its id, receiver, the transaction it descends from, and whether
     * its order can matter there (it calls a contract, or delivers data a callback waits for).
     */
    public record DueReceipt(CryptoHash id, AccountId receiverId, CryptoHash transactionId, boolean reachesContract,
            String methodName) {
    }

    /** The panic message of a call failed on purpose ({@link #failCallsDueNext}). */
    public static final String INJECTED_FAILURE = "Smart contract panicked: failure injected by the test";

    /** The receipts due in the next block, in the order they will run (transactions' own receipts aside). */
    public List<DueReceipt> receiptsDueNext() {
        List<DueReceipt> due = new ArrayList<>(arriving.size());
        for (Receipt r : arriving) {
            String method = r instanceof Receipt.ActionReceipt a ? firstMethod(a) : null;
            due.add(new DueReceipt(r.id, r.receiverId, r.trace.id, r instanceof Receipt.DataReceipt || method != null,
                    method));
        }
        return due;
    }

    /**
     * The receipts that arrive in the next block, in the order they will be processed: what nearcore lists
     * as the next chunk's incoming receipts (a transaction's receipt to its own signer runs at once and is
     * not among them).
     */
    public List<Receipt> receiptsArrivingNext() {
        return List.copyOf(arriving);
    }

    private static String firstMethod(Receipt.ActionReceipt receipt) {
        for (Action a : receipt.actions) {
            if (a instanceof Action.FunctionCall f) {
                return f.methodName();
            }
        }
        return null;
    }

    /** The panic message of a call failed on purpose after it ran ({@link InjectedFailure#PANIC_AFTER_WRITES}). */
    public static final String INJECTED_LATE_FAILURE = "Smart contract panicked: failure injected by the test "
            + "at the end of the call";

    /**
     * Makes the receipts due in the next block that call {@code method} on {@code receiver} fail, whenever
     * they run (a callback still waiting for data fails once it arrives), as if the contract panicked at
     * once: {@link #INJECTED_FAILURE}. For exploring what a remote failure does to the caller.
     *
     * @return how many receipts were marked
     */
    public int failCallsDueNext(AccountId receiver, String method) {
        return failCallsDueNext(receiver, method, InjectedFailure.PANIC);
    }

    /**
     * Makes the receipts due in the next block that call {@code method} on {@code receiver} fail in the
     * way {@code how} says, whenever they run.
     *
     * @return how many receipts were marked
     */
    public int failCallsDueNext(AccountId receiver, String method, InjectedFailure how) {
        java.util.Objects.requireNonNull(how, "how");
        int marked = 0;
        for (Receipt r : arriving) {
            if (r instanceof Receipt.ActionReceipt a && r.receiverId.equals(receiver) && method.equals(firstMethod(a))) {
                injectedFailures.put(r.id, how);
                marked++;
            }
        }
        return marked;
    }

    /** Once, for a receipt marked by {@link #failCallsDueNext}: how it is to fail; else null. */
    InjectedFailure takeInjectedFailure(CryptoHash receiptId) {
        return injectedFailures.isEmpty() ? null : injectedFailures.remove(receiptId);
    }

    /**
     * Runs the receipts due in the next block in {@code order}, a permutation of their ids. NEAR fixes
     * no order between receipts that come from different shards, so a schedule explorer tries each.
     *
     * @throws IllegalArgumentException if {@code order} is not a permutation of the receipts due next
     */
    public void reorderReceiptsDueNext(List<CryptoHash> order) {
        Map<CryptoHash, Receipt> byId = new HashMap<>();
        for (Receipt r : arriving) {
            byId.put(r.id, r);
        }
        List<Receipt> reordered = new ArrayList<>(arriving.size());
        for (CryptoHash id : order) {
            Receipt r = byId.remove(id);
            if (r == null) {
                throw new IllegalArgumentException("Receipt " + id + " is not due next, or is listed twice");
            }
            reordered.add(r);
        }
        if (!byId.isEmpty()) {
            throw new IllegalArgumentException("The order leaves out " + byId.size() + " receipt(s) due next");
        }
        arriving = reordered;
    }

    /**
     * Validates a transaction and queues it for the next block.
     *
     * @throws InvalidTransactionException if the chain would refuse it
     */
    public TransactionTrace submit(AccountId signerId, AccountId receiverId, List<Action> actions) {
        List<Action> prepared = resolved(actions);
        AccountState signer = existingSigner(signerId);
        PublicKey key = signingKey(signer);
        validateShape(signerId, receiverId, prepared);
        Price price = affordablePrice(signer, receiverId, prepared);
        CryptoHash id = CryptoHash.derive(genesisHash, "transaction", transactionCount++);
        long nonce = signer.key(key).nonce() + 1 + pendingFrom(signerId);
        TransactionTrace trace = new TransactionTrace(id, signerId, receiverId, prepared, key, nonce);
        pendingTransactions.add(new PendingTransaction(trace, key, prepared, price));
        return trace;
    }

    /**
     * Queues a transaction a client signed with {@code signerKey} and {@code nonce}, under its own
     * {@code hash}. The caller has verified the signature, the block hash and the key's permission; this
     * checks what the chain checks for any transaction (signer, key, size, actions, balance), and the
     * nonce again when the transaction is converted.
     *
     * @throws InvalidTransactionException if the chain would refuse it
     */
    public TransactionTrace submitSigned(AccountId signerId, PublicKey signerKey, long nonce, CryptoHash hash,
            AccountId receiverId, List<Action> actions) {
        List<Action> prepared = resolved(actions);
        AccountState signer = existingSigner(signerId);
        if (signer.key(signerKey) == null) {
            throw new InvalidTransactionException(new InvalidTxError.AccessKeyNotFound(signerId, signerKey));
        }
        validateShape(signerId, receiverId, prepared);
        Price price = affordablePrice(signer, receiverId, prepared);
        TransactionTrace trace = new TransactionTrace(hash, signerId, receiverId, prepared, signerKey, nonce);
        pendingTransactions.add(new PendingTransaction(trace, signerKey, prepared, price));
        return trace;
    }

    /** {@code actions}, each contract class named for deployment replaced by its code. */
    private static List<Action> resolved(List<Action> actions) {
        Action[] resolved = new Action[actions.size()];
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = ContractClasses.resolve(actions.get(i));
        }
        return List.of(resolved);
    }

    /** What converting this transaction takes from the signer: send fees, prepaid gas and deposits. */
    public BigInteger transactionCost(AccountId signerId, AccountId receiverId, List<Action> actions) {
        return price(signerId, receiverId, actions).total.asBigInteger();
    }

    private long pendingFrom(AccountId signerId) {
        long n = 0;
        for (PendingTransaction tx : pendingTransactions) {
            if (tx.trace.signerId.equals(signerId)) {
                n++;
            }
        }
        return n;
    }

    /** The key the sandbox signs {@code signer}'s transactions with: its first full-access key. */
    private static PublicKey signingKey(AccountState signer) {
        PublicKey key = signer.firstFullAccessKey();
        if (key == null) {
            throw new InvalidTransactionException(new InvalidTxError.AccessKeyNotFound(signer.id(),
                    Keys.publicKeyOf(signer.id())));
        }
        return key;
    }

    /** The account that signs a transaction: not a system account, and existing. */
    private AccountState existingSigner(AccountId signerId) {
        if (signerId.isSystem()) {
            throw new InvalidTransactionException(new InvalidTxError.InvalidSignerId(signerId));
        }
        AccountState signer = state.get(signerId);
        if (signer == null) {
            throw new InvalidTransactionException(new InvalidTxError.SignerDoesNotExist(signerId));
        }
        return signer;
    }

    /** What converting the transaction will cost {@code signer}, who must have that much. */
    private Price affordablePrice(AccountState signer, AccountId receiverId, List<Action> actions) {
        Price price = price(signer.id(), receiverId, actions);
        if (!price.total.fitsU128() || signer.amountU128().compareTo(price.total.asU128()) < 0) {
            // deposits past u128: stating the cost as a NearToken fails, with the exact cost in its message
            throw new InvalidTransactionException(new InvalidTxError.NotEnoughBalance(signer.id(),
                    NearToken.ofYocto(signer.amountU128()), NearToken.ofYocto(price.total.asBigInteger())));
        }
        return price;
    }

    /** The checks of a transaction's own bytes: its size and its actions. */
    private void validateShape(AccountId signerId, AccountId receiverId, List<Action> actions) {
        Limits limits = config.protocol().limits();
        long size = BorshSize.signedTransaction(signerId, receiverId, actions);
        if (size > limits.maxTransactionSize()) {
            throw new InvalidTransactionException(new InvalidTxError.TransactionSizeExceeded(size,
                    limits.maxTransactionSize()));
        }
        ActionsValidationError invalid = ActionsValidator.validate(config.protocol(), actions);
        if (invalid != null) {
            throw new InvalidTransactionException(new InvalidTxError.ActionsValidation(invalid));
        }
    }

    /** Gas burnt converting a transaction: the receipt's and each action's send fee. */
    private long sendFees(boolean sir, AccountId receiverId, List<Action> actions) {
        AccountKind kind = AccountKind.of(receiverId);
        long gas = fees.fee(ActionCost.NEW_ACTION_RECEIPT).send(sir);
        for (int i = 0; i < actions.size(); i++) {
            Action a = actions.get(i);
            gas = GasCounter.saturatingAdd(gas, fees.send(a, sir, kind));
        }
        return gas;
    }

    /**
     * What the signer pays: send fees at the gas price, the attached gas and execution fees at the
     * purchase price {@code max(gas price, min_gas_purchase_price)}, and the deposits.
     */
    private Price price(AccountId signerId, AccountId receiverId, List<Action> actions) {
        Receipt.ActionReceipt shape = new Receipt.ActionReceipt(genesisHash, signerId, receiverId, null, signerId,
                null, config.gasPurchasePrice(), actions, List.of(), List.of());
        long sendGas = sendFees(signerId.equals(receiverId), receiverId, actions);
        U128 send = GasPrices.cost(sendGas, config.gasPrice());
        // summed exactly, so deposits that add up past 128 bits give the exact cost no balance covers
        YoctoTally total = new YoctoTally().add(send).add(GasPrices.cost(shape.prepaidGas(fees), shape.gasPrice));
        for (int i = 0; i < actions.size(); i++) {
            total.add(Receipt.ActionReceipt.depositOf(actions.get(i)).asU128());
        }
        return new Price(sendGas, send, shape, total.sum());
    }

    /** Produces one block: converts pending transactions and executes the receipts due in it. */
    public void produceBlock() {
        height++;
        timestamp += config.blockTimeNanos();
        chunkWrites.newBlock();
        List<Receipt> due = arriving;
        arriving = spareReceipts;
        List<PendingTransaction> transactions = pendingTransactions;
        pendingTransactions = spareTransactions;

        List<Receipt> local = null;
        for (PendingTransaction tx : transactions) {
            Receipt.ActionReceipt receipt = convert(tx);
            if (receipt == null) {
                continue;
            }
            if (tx.trace.signerId.equals(tx.trace.receiverId)) {
                if (local == null) {
                    local = new ArrayList<>();
                }
                local.add(receipt);
            } else {
                arriving.add(receipt);
            }
        }
        try {
            if (local != null) {
                for (Receipt r : local) {
                    process(r);
                }
            }
            for (Receipt r : due) {
                process(r);
            }
        } finally {
            // never the list now queuing, even when a receipt threw
            due.clear();
            spareReceipts = due;
            transactions.clear();
            spareTransactions = transactions;
        }
        if (config.checkConservation()) {
            checkConservation(state.balanceTotal(), inFlight.sum());
        }
    }

    private Receipt.ActionReceipt convert(PendingTransaction tx) {
        TransactionTrace trace = tx.trace;
        AccountId signerId = trace.signerId;
        AccountState signer = state.get(signerId);
        U128 cost = tx.price.total.asU128();
        AccessKey key = signer == null ? null : signer.key(tx.signerKey);
        NearToken allowance = key == null ? null : allowanceOf(key);
        InvalidTxError invalid = null;
        if (signer == null) {
            invalid = new InvalidTxError.SignerDoesNotExist(signerId);
        } else if (key == null) {
            invalid = new InvalidTxError.AccessKeyNotFound(signerId, tx.signerKey);
        } else if (trace.nonce <= key.nonce()) {
            invalid = new InvalidTxError.InvalidNonce(trace.nonce, key.nonce());
        } else if (signer.amountU128().compareTo(cost) < 0) {
            invalid = new InvalidTxError.NotEnoughBalance(signerId, NearToken.ofYocto(signer.amountU128()),
                    NearToken.ofYocto(cost));
        } else if (allowance != null && allowance.asU128().compareTo(cost) < 0) {
            invalid = new InvalidTxError.NotEnoughAllowance(signerId, tx.signerKey, allowance, NearToken.ofYocto(cost));
        }
        if (invalid == null) {
            state.setAmount(signer, signer.amountU128().minus(cost));
            if (allowance != null) {
                // a function-call key pays the whole cost out of its allowance; gas refunds go back to it
                state.setAllowance(signer, tx.signerKey, NearToken.ofYocto(allowance.asU128().minus(cost)));
            }
            U128 lacking = storageShortfall(signer);
            if (!lacking.isZero()) {
                state.rollback(0);
                invalid = new InvalidTxError.LackBalanceForState(signerId, NearToken.ofYocto(lacking));
            }
        }
        trace.includedInBlock = height;
        trace.includedInBlockHash = blockHash();
        if (invalid != null) {
            trace.transactionOutcome = new ExecutionOutcome(trace.id, true, height, blockHash(), null, signerId,
                    tx.actions, new ExecutionStatus.Failure(new TxExecutionError.InvalidTx(invalid)), List.of(),
                    List.of(), 0, NearToken.ZERO, GasProfile.EMPTY);
            return null;
        }
        state.setNonce(signer, tx.signerKey, trace.nonce);
        state.commit(0);
        long gasBurnt = tx.price.sendGas;
        U128 tokensBurnt = tx.price.sendTokens;
        burnt.add(tokensBurnt);
        CryptoHash receiptId = CryptoHash.derive(trace.id, "receipt", 0);
        trace.transactionOutcome = new ExecutionOutcome(trace.id, true, height, blockHash(), signerId, signerId,
                tx.actions, new ExecutionStatus.SuccessReceiptId(receiptId), List.of(), List.of(receiptId), gasBurnt,
                NearToken.ofYocto(tokensBurnt), GasProfile.EMPTY);
        trace.inFlight++;
        Receipt.ActionReceipt receipt = tx.price.receipt.converted(receiptId, trace, tx.signerKey);
        inFlight.add(receipt.valueInFlight(fees));
        return receipt;
    }

    /** The allowance of a function-call key, or null when the key is full-access or unlimited. */
    static NearToken allowanceOf(AccessKey key) {
        return key.permission() instanceof AccessKey.FunctionCallPermission p ? p.allowance() : null;
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
        for (int i = 0; i < a.inputDataIds.size(); i++) {
            CryptoHash dataId = a.inputDataIds.get(i);
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
        List<byte[]> results = receipt.inputDataIds.isEmpty() ? List.of()
                : new ArrayList<>(receipt.inputDataIds.size());
        for (int i = 0; i < receipt.inputDataIds.size(); i++) {
            CryptoHash dataId = receipt.inputDataIds.get(i);
            Arrived arrived = receivedData.remove(dataId);
            results.add(arrived.data() == FAILED ? null : arrived.data());
            receipt.trace.dataFlows.add(new TransactionTrace.DataFlow(arrived.producerId(), receipt.id,
                    arrived.block(), arrived.data() != FAILED));
        }
        ReceiptExecutor.Result result = executor.execute(receipt, results);
        burnt.add(result.tokensBurnt());
        inFlight.subtract(receipt.valueInFlight(fees));
        TransactionTrace trace = receipt.trace;
        trace.record(result.outcome(), result.reward());
        if (!result.reward().isZero()) {
            rewards.add(result.reward());
        }
        trace.inFlight--;
        List<Receipt.ActionReceipt> instant = null;
        List<Receipt> created = result.newReceipts();
        trace.inFlight += created.size();
        for (int i = 0; i < created.size(); i++) {
            Receipt r = created.get(i);
            if (r instanceof Receipt.ActionReceipt a) {
                inFlight.add(a.valueInFlight(fees));
                if (isInstant(a)) {
                    if (instant == null) {
                        instant = new ArrayList<>();
                    }
                    instant.add(a);
                    continue;
                }
            }
            arriving.add(r);
        }
        if (instant != null) {
            for (Receipt.ActionReceipt a : instant) {
                process(a);
            }
        }
    }

    /**
     * Since protocol 83 a receipt whose only action is DeleteAccount and that waits for no data runs in the
     * chunk that created it.
     */
    private static boolean isInstant(Receipt.ActionReceipt receipt) {
        return receipt.actions.size() == 1 && receipt.actions.get(0) instanceof Action.DeleteAccount
                && receipt.inputDataIds.isEmpty() && !receipt.isRefund();
    }

    /** How much more balance {@code account} needs to cover its storage, or zero. */
    U128 storageShortfall(AccountState account) {
        long usage = account.storageUsage();
        if (usage <= config.protocol().zeroBalanceAccountStorage()) {
            return U128.ZERO;
        }
        // usage × price < 2^(bits of usage + bits of price): a balance of more bits covers it, no product needed
        int requiredBits = Long.SIZE - Long.numberOfLeadingZeros(usage) + storagePricePerByte.bitLength();
        U128 amount = account.amountU128();
        U128 locked = account.lockedU128();
        if (amount.bitLength() > requiredBits || locked.bitLength() > requiredBits) {
            return U128.ZERO;
        }
        // both below 2^requiredBits, at most 2^127 for a price of up to 64 bits: their sum and the product fit
        U128 available = locked.isZero() ? amount : amount.plus(locked);
        if (available.bitLength() > requiredBits) {
            return U128.ZERO;
        }
        U128 required = storagePricePerByte.times(usage);
        return required.compareTo(available) > 0 ? required.minus(available) : U128.ZERO;
    }


    /**
     * Verifies that balances, value in flight and burnt tokens (net of rewards) add up to the supply, with
     * the balances summed account by account, and that the running sum the per-block check uses agrees.
     */
    public void checkConservation() {
        YoctoSum balances = state.recountBalances();
        if (!balances.equals(state.balanceTotal())) {
            throw new IllegalStateException("The running balance total " + state.balanceTotal()
                    + " differs from the accounts' balances " + balances + " at block " + height);
        }
        YoctoSum carried = recountValueInFlight();
        if (!carried.equals(inFlight.sum())) {
            throw new IllegalStateException("The running value in flight " + inFlight
                    + " differs from the receipts' values " + carried + " at block " + height);
        }
        checkConservation(balances, carried);
    }

    /** Exact whatever the sums: a total past 2^128 (or below zero) differs from the supply, it does not wrap. */
    private void checkConservation(YoctoSum balances, YoctoSum carried) {
        YoctoTally total = new YoctoTally(balances).add(carried).add(burnt).subtract(rewards);
        U128 supply = config.genesisSupply().asU128();
        if (!total.isExactly(supply)) {
            throw new IllegalStateException("NEAR is not conserved at block " + height + ": balances " + balances
                    + " + in flight " + carried + " + burnt " + burnt + " - rewards " + rewards + " = " + total
                    + ", genesis supply " + supply + " (difference " + total.sum().minus(supply) + ")");
        }
    }

    private long seedHeight = -1;
    private byte[] seed;
    /** The current block's random seed, hashed when a call first asks for it (few do). */
    private final java.util.function.Supplier<byte[]> blockSeed = () -> {
        if (seedHeight != height) {
            seed = VmLogic.seed(height);
            seedHeight = height;
        }
        return seed;
    };

    /** What a call needs to know of the block it runs in. */
    VmLogic.Context vmContext(CryptoHash receiptId, AccountId signerId, PublicKey signerKey, AccountId predecessor) {
        return new VmLogic.Context(receiptId, signerId, signerKey, predecessor, height, timestamp,
                1 + height / config.epochLength(), blockSeed);
    }

    /**
     * Runs {@code method} of {@code contractId} read-only, in the current block: writes, promises and
     * caller-specific queries fail with NEAR's {@code … is not allowed in view calls}.
     */
    public ViewResult view(AccountId contractId, String method, byte[] args) {
        AccountState account = state.get(contractId);
        if (account == null) {
            return new ViewResult(null, List.of(), "account " + contractId + " does not exist while viewing");
        }
        if (account.code() == null) {
            return new ViewResult(null, List.of(), new FunctionCallError.CodeDoesNotExist(contractId).message());
        }
        int checkpoint = state.checkpoint();
        // a view's prepaid gas is the per-call maximum, so a runaway view reports GasLimitExceeded
        VmLogic vm = new VmLogic(vmContext(genesisHash, contractId, null, contractId), state, account, args,
                NearToken.ZERO, config.maxGasBurnt(), config.protocol(), true, List.of(), List.of(), new ChunkWrites());
        try {
            FunctionCallError error = ReceiptExecutor.runCode(vm, account, config.meterContracts(), method);
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
