package io.jnear.server.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.exec.InvalidTransactionException;
import io.jnear.runtime.exec.Receipt;
import io.jnear.runtime.exec.TransactionTrace;
import io.jnear.runtime.json.Json;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.state.AccountState;
import io.jnear.runtime.state.ChainState;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.Action;
import io.jnear.sdk.Base58;
import io.jnear.sdk.spi.ContractCode;
import io.jnear.server.rpc.RpcException;
import io.jnear.server.tx.AccessKeyCheck;
import io.jnear.server.tx.Ed25519;
import io.jnear.server.tx.InvalidTx;
import io.jnear.server.tx.SignedAction;
import io.jnear.server.tx.SignedTransaction;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One sandbox behind a lock, as the RPC methods see it: reads run against the head or a recent block's
 * kept state; signed transactions are checked as nearcore checks them, then queued; blocks are produced
 * on demand or on a timer, each recorded in the {@link BlockHistory}; callers wait for a transaction's
 * outcome with a deadline.
 */
public final class Node implements AutoCloseable {
    /** How long a waiting call may take before it answers {@code TIMEOUT_ERROR}, as nearcore's RPC does. */
    public static final Duration WAIT_TIMEOUT = Duration.ofSeconds(10);
    // one copy of the runtime's mapper (each copy builds its serializers anew), for its error values
    private static final ObjectMapper ERRORS = Json.mapper();

    private final Sandbox sandbox;
    private final String chainId;
    private final BlockHashes hashes;
    private final BlockProduction production;
    // Fair, so a request that produces blocks on demand hands the lock to the requests queued behind it
    // between blocks: their transactions then join the next block (see runUntilComplete).
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition blockProduced = lock.newCondition();
    // Looked up by hash, never iterated; concurrent, so a transaction sent again is found before its
    // signature is verified again (written under the lock only).
    private final Map<String, Submitted> byHash = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;
    private final BlockHistory history;

    /** A transaction a client sent, and what became of it so far. */
    public record Submitted(SignedTransaction transaction, TransactionTrace trace) {
    }

    /**
     * A node over {@code sandbox} that keeps the state of its last {@code retainedStates} blocks for queries
     * at a past block.
     */
    public Node(Sandbox sandbox, String chainId, BlockProduction production, int retainedStates) {
        this.sandbox = sandbox;
        this.chainId = chainId;
        this.hashes = new BlockHashes(sandbox.chain()::blockHash);
        this.production = production;
        this.history = new BlockHistory(retainedStates, sandbox.config().genesisSupply().asYocto());
        if (production instanceof BlockProduction.Timed timed) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "jnear-block-producer");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::produceBlock, timed.millis(), timed.millis(), TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    public String chainId() {
        return chainId;
    }

    public BlockHashes hashes() {
        return hashes;
    }

    public BlockProduction production() {
        return production;
    }

    /** Runs {@code read} with the sandbox held still. */
    public <T> T read(Function<Sandbox, T> read) {
        lock.lock();
        try {
            return read.apply(sandbox);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code read} against the state at the end of block {@code height}: the live sandbox for the head,
     * a kept snapshot for a recent block. Whatever {@code read} does to a snapshot stays in it.
     *
     * @throws RpcException {@code GARBAGE_COLLECTED_BLOCK} if that block's state is no longer kept
     */
    public <T> T readAt(long height, Function<Sandbox, T> read) {
        lock.lock();
        try {
            long head = sandbox.blockHeight();
            Sandbox state = height == head ? sandbox : history.stateAt(height);
            if (state == null || height > head) {
                ObjectNode info = JsonNodeFactory.instance.objectNode().put("block_height", height)
                        .put("block_hash", blockHash(height).toString());
                throw RpcException.handler("GARBAGE_COLLECTED_BLOCK", info, "The data for block #" + height
                        + " is garbage collected on this node, use an archival node to fetch historical data");
            }
            return read.apply(state);
        } finally {
            lock.unlock();
        }
    }

    /** The lowest height whose state {@link #readAt} still answers for. */
    public long oldestState() {
        lock.lock();
        try {
            return history.oldestState(sandbox.blockHeight());
        } finally {
            lock.unlock();
        }
    }

    /** What block {@code height} included and ran; empty for a block in which nothing happened. */
    public BlockContents contents(long height) {
        lock.lock();
        try {
            return history.contentsOf(height);
        } finally {
            lock.unlock();
        }
    }

    /** A receipt that arrived in some block (an action or data receipt sent by another receipt), or null. */
    public Receipt arrivedReceipt(String receiptId) {
        lock.lock();
        try {
            return history.arrivedReceipt(receiptId);
        } finally {
            lock.unlock();
        }
    }

    /** Produces one block and wakes whoever waits for one. */
    public void produceBlock() {
        lock.lock();
        try {
            produce(true);
            blockProduced.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Produces {@code blocks} blocks at once ({@code sandbox_fast_forward}); only the states of the last
     * retained ones are kept.
     */
    public void fastForward(long blocks) {
        lock.lock();
        try {
            for (long i = 0; i < blocks; i++) {
                produce(blocks - i <= history.retained());
            }
            blockProduced.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Makes the head the first block this node knows: after a restart from {@code --home}, the blocks before
     * it ran in another process, and neither their contents nor their states are here; they left
     * {@code totalSupply} (null for a state saved without it: the genesis supply).
     */
    public void startHistoryAtHead(BigInteger totalSupply) {
        lock.lock();
        try {
            history.startAt(sandbox.blockHeight(),
                    totalSupply != null ? totalSupply : sandbox.config().genesisSupply().asYocto());
        } finally {
            lock.unlock();
        }
    }

    /**
     * The total supply block {@code height}'s header carries: the genesis supply less every token burnt
     * (gas, net of the share contracts earned, and balances that had nowhere to go). As in nearcore it is
     * the previous block's supply less the burnt balance its chunk reports, which is what the block before
     * burnt: the header trails execution by one block. No epoch rewards are minted here (there are no
     * validators), and {@code sandbox_patch_state} leaves it alone, as nearcore's does.
     */
    public BigInteger totalSupply(long height) {
        lock.lock();
        try {
            return history.supplyAfter(height - 1);
        } finally {
            lock.unlock();
        }
    }

    /** The supply once the head has run: what a state saved now leaves to the next process. */
    public BigInteger supplyAtHead() {
        lock.lock();
        try {
            return history.supplyAfter(sandbox.blockHeight());
        } finally {
            lock.unlock();
        }
    }

    /** Tokens the chain burnt since it started, less what contracts earned back. */
    private BigInteger netBurnt() {
        return sandbox.chain().burnt().subtract(sandbox.chain().rewards());
    }

    /** The first block whose contents this node knows (0, or the height it was restarted at). */
    public long firstBlock() {
        lock.lock();
        try {
            return history.first();
        } finally {
            lock.unlock();
        }
    }

    /** Produces one block under the lock, keeping the head's state first (unless told not to) and recording what the block did. */
    private void produce(boolean keepState) {
        List<Receipt> incoming = history.beforeBlock(sandbox, keepState);
        BigInteger burntBefore = netBurnt();
        sandbox.produceBlock();
        history.afterBlock(sandbox.blockHeight(), incoming, netBurnt().subtract(burntBefore));
    }

    /**
     * Checks {@code tx} as nearcore does before it enters a block and queues it; in on-demand mode also
     * runs it and everything it causes to the end. A transaction sent twice is the same transaction.
     *
     * @throws RpcException {@code INVALID_TRANSACTION} if it may not enter a block; nothing changed then
     */
    public Submitted submit(SignedTransaction tx) {
        String hash = tx.hash().toString();
        // A transaction sent again (a client's retry, tx status with the signed transaction) is the same
        // transaction: its signature was verified when it was first accepted.
        Submitted sent = byHash.get(hash);
        if (sent != null) {
            return sent;
        }
        // The costliest check needs no state, so it runs before the lock: clients' signatures verify in parallel.
        boolean signed = Ed25519.verify(tx.publicKey(), tx.hash().bytes(), tx.signature());
        lock.lock();
        try {
            Submitted known = byHash.get(hash);
            if (known != null) {
                return known;
            }
            long head = sandbox.blockHeight();
            if (hashes.recentHeight(Base58.encode(tx.blockHash()), head) < 0) {
                throw RpcException.invalidTransaction(InvalidTx.expired());
            }
            if (!signed) {
                throw RpcException.invalidTransaction(InvalidTx.invalidSignature());
            }
            ChainState state = sandbox.chain().state();
            AccountState signer = state.get(tx.signerId());
            if (signer == null) {
                throw RpcException.invalidTransaction(InvalidTx.signerDoesNotExist(tx.signerId()));
            }
            AccessKey key = signer.key(tx.publicKey());
            if (key == null) {
                throw RpcException.invalidTransaction(InvalidTx.accessKeyNotFound(tx.signerId(), tx.publicKey()));
            }
            List<Action> actions = actions(tx);
            BigInteger cost = sandbox.chain().transactionCost(tx.signerId(), tx.receiverId(), actions);
            JsonNode refused = AccessKeyCheck.check(tx, key, head + 1, cost);
            if (refused != null) {
                throw RpcException.invalidTransaction(refused);
            }
            TransactionTrace trace;
            try {
                trace = sandbox.chain().submitSigned(tx.signerId(), tx.publicKey(), tx.nonce(), tx.hash(),
                        tx.receiverId(), actions);
            } catch (InvalidTransactionException e) {
                throw RpcException.invalidTransaction(ERRORS.valueToTree(e.error()));
            }
            Submitted s = new Submitted(tx, trace);
            byHash.put(hash, s);
            history.track(s);
            if (production instanceof BlockProduction.OnDemand) {
                runUntilComplete(s);
            }
            return s;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Produces blocks until {@code s} has finished. Between blocks the lock goes to the requests waiting
     * for it, so transactions sent at the same time share blocks (each block runs everything due in it)
     * instead of each paying for its own.
     */
    private void runUntilComplete(Submitted s) {
        for (int i = 0; !s.trace().isComplete(); i++) {
            if (i == Sandbox.MAX_BLOCKS_PER_RUN) {
                throw new IllegalStateException("Still not done after " + Sandbox.MAX_BLOCKS_PER_RUN + " blocks");
            }
            produce(true);
            blockProduced.signalAll();
            if (lock.hasQueuedThreads() && lock.getHoldCount() == 1) {
                lock.unlock();
                lock.lock();
            }
        }
    }

    private List<Action> actions(SignedTransaction tx) {
        List<Action> actions = new ArrayList<>(tx.actions().size());
        for (SignedAction a : tx.actions()) {
            actions.add(a instanceof SignedAction.DeployWasm d
                    ? new Action.DeployContract(ContractCode.wasm(d.code()))
                    : ((SignedAction.Plain) a).action());
        }
        return actions;
    }

    /** The transaction with this hash (base58), or null. */
    public Submitted transaction(String hash) {
        lock.lock();
        try {
            return byHash.get(hash);
        } finally {
            lock.unlock();
        }
    }

    /** The outcome of the receipt with this id (base58) and the transaction it belongs to, or null. */
    public ReceiptRecord receipt(String receiptId) {
        lock.lock();
        try {
            return history.executedReceipt(receiptId);
        } finally {
            lock.unlock();
        }
    }

    /** An executed receipt: its outcome and the transaction it descends from. */
    public record ReceiptRecord(Submitted transaction, ExecutionOutcome outcome) {
    }

    /**
     * Waits until {@code s} has been included ({@code executed} false) or has finished with all its
     * receipts ({@code executed} true), and returns what {@code view} makes of it then.
     *
     * @throws RpcException {@code TIMEOUT_ERROR} after {@link #WAIT_TIMEOUT}
     */
    public <T> T await(Submitted s, boolean executed, Function<TransactionTrace, T> view) {
        lock.lock();
        try {
            long deadline = System.nanoTime() + WAIT_TIMEOUT.toNanos();
            while (!(executed ? s.trace().isComplete() : s.trace().transactionOutcome() != null)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw RpcException.handler("TIMEOUT_ERROR", null, "Timeout");
                }
                try {
                    blockProduced.awaitNanos(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw RpcException.internal("interrupted while waiting for a block");
                }
            }
            return view.apply(s.trace());
        } finally {
            lock.unlock();
        }
    }

    /** Stops the block timer. */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** The hash of the block at {@code height}. */
    public CryptoHash blockHash(long height) {
        return hashes.of(height);
    }
}
