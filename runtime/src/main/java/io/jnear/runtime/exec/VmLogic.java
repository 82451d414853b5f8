package io.jnear.runtime.exec;

import static io.jnear.runtime.fees.HostCosts.*;

import io.jnear.runtime.fees.ActionFees;
import io.jnear.runtime.state.AccountState;
import io.jnear.runtime.state.ChainState;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.runtime.state.StorageKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.spi.Host;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The host functions one function call sees: NEAR's VMLogic for JVM code. It charges gas for every host
 * call, keeps the call's logs, return value and the receipts it creates, and enforces the limits of
 * NEAR-SEMANTICS §2 and the restrictions of view calls.
 */
final class VmLogic implements VmHost {
    static final int MAX_LOGS = 100;
    static final int MAX_TOTAL_LOG_BYTES = 16 * 1024;
    static final int MAX_PROMISES = 1024;

    /** A receipt the call is building; ids are assigned when the call succeeds. */
    static final class NewReceipt {
        final AccountId receiverId;
        final List<Action> actions = new ArrayList<>();
        final List<CryptoHash> inputDataIds = new ArrayList<>();
        final List<Receipt.DataReceiver> outputDataReceivers = new ArrayList<>();

        NewReceipt(AccountId receiverId) {
            this.receiverId = receiverId;
        }
    }

    /** A promise index names one new receipt or a join of several. */
    private record PromiseEntry(int[] receiptIndices, boolean joint) {
    }

    private final Context context;
    private final ChainState state;
    private final AccountState account;
    private final GasCounter gas;
    private final byte[] input;
    private final NearToken deposit;
    private final boolean view;
    private final String methodName;
    private final List<byte[]> promiseResults;
    private final List<Receipt.DataReceiver> outputReceivers;

    final List<String> logs = new ArrayList<>();
    private int logBytes;
    final List<NewReceipt> newReceipts = new ArrayList<>();
    private final List<PromiseEntry> promises = new ArrayList<>();
    byte[] returnValue;
    int returnedPromise = -1;
    private int dataCounter;
    /** The first host error, kept even if contract code caught it. */
    VmError failure;

    /** What the VM needs from the executing receipt and block. */
    record Context(CryptoHash receiptId, AccountId signerId, PublicKey signerPublicKey, AccountId predecessorId,
            long blockHeight, long blockTimestamp, long epochHeight, byte[] randomSeed) {
    }

    VmLogic(Context context, ChainState state, AccountState account, String methodName, byte[] input,
            NearToken deposit, long prepaidGas, long maxGasBurnt, boolean view, List<byte[]> promiseResults,
            List<Receipt.DataReceiver> outputReceivers) {
        this.context = context;
        this.state = state;
        this.account = account;
        this.methodName = methodName;
        this.input = input;
        this.deposit = deposit;
        this.gas = new GasCounter(prepaidGas, maxGasBurnt);
        this.view = view;
        this.promiseResults = promiseResults;
        this.outputReceivers = outputReceivers;
    }

    GasCounter gas() {
        return gas;
    }

    /** Charges the fixed cost of running a call: loading the code and the JVM work allowance. */
    void chargeCallStart(int codeSize) {
        burn(CONTRACT_LOADING_BASE + CONTRACT_LOADING_BYTE * codeSize + REGULAR_OP * CALL_BASE_OPS);
    }

    private void burn(long amount) {
        charge(amount, 0);
    }

    private void charge(long burnAmount, long reserve) {
        if (failure != null) {
            throw failure;
        }
        try {
            gas.charge(burnAmount, reserve);
        } catch (VmError e) {
            failure = e;
            throw e;
        }
    }

    private VmError fail0(String message) {
        failure = new VmError(message);
        return failure;
    }

    private void prohibitedInView(String hostFunction) {
        if (view) {
            throw fail0(hostFunction + " is not allowed in view calls");
        }
    }

    // ---- context ----

    @Override
    public AccountId currentAccountId() {
        burn(BASE);
        return account.id();
    }

    @Override
    public AccountId signerAccountId() {
        burn(BASE);
        prohibitedInView("signer_account_id");
        return context.signerId();
    }

    @Override
    public PublicKey signerAccountPk() {
        burn(BASE);
        prohibitedInView("signer_account_pk");
        return context.signerPublicKey();
    }

    @Override
    public AccountId predecessorAccountId() {
        burn(BASE);
        prohibitedInView("predecessor_account_id");
        return context.predecessorId();
    }

    @Override
    public byte[] input() {
        burn(BASE + WRITE_REGISTER_BASE + WRITE_REGISTER_BYTE * input.length);
        return input.clone();
    }

    @Override
    public long blockHeight() {
        burn(BASE);
        return context.blockHeight();
    }

    @Override
    public long blockTimestamp() {
        burn(BASE);
        return context.blockTimestamp();
    }

    @Override
    public long epochHeight() {
        burn(BASE);
        return context.epochHeight();
    }

    @Override
    public long storageUsage() {
        burn(BASE);
        return account.storageUsage();
    }

    @Override
    public NearToken accountBalance() {
        burn(BASE);
        return NearToken.ofYocto(account.amount());
    }

    @Override
    public NearToken accountLockedBalance() {
        burn(BASE);
        return NearToken.ofYocto(account.locked());
    }

    @Override
    public NearToken attachedDeposit() {
        burn(BASE);
        prohibitedInView("attached_deposit");
        return deposit;
    }

    @Override
    public Gas prepaidGas() {
        burn(BASE);
        prohibitedInView("prepaid_gas");
        return Gas.of(gas.prepaid());
    }

    @Override
    public Gas usedGas() {
        burn(BASE);
        prohibitedInView("used_gas");
        return Gas.of(gas.used());
    }

    @Override
    public byte[] randomSeed() {
        burn(BASE + WRITE_REGISTER_BASE + WRITE_REGISTER_BYTE * 32);
        return context.randomSeed().clone();
    }

    @Override
    public byte[] sha256(byte[] data) {
        burn(BASE + SHA256_BASE + SHA256_BYTE * data.length);
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void burnGas(long amount) {
        burn(amount);
    }

    @Override
    public void chargeOps(long ops) {
        burn(Math.multiplyExact(ops, REGULAR_OP));
    }

    @Override
    public void fail(String message) {
        if (failure != null) {
            throw failure;
        }
        throw fail0(message);
    }

    // ---- results and logs ----

    @Override
    public void valueReturn(byte[] value) {
        long perReceiver = 0;
        for (Receipt.DataReceiver r : outputReceivers) {
            boolean sir = r.receiverId().equals(account.id());
            perReceiver += (ActionFees.DATA_RECEIPT_CREATION_PER_BYTE.send(sir)
                    + ActionFees.DATA_RECEIPT_CREATION_PER_BYTE.execution()) * value.length;
        }
        burn(BASE + READ_MEMORY_BASE + READ_MEMORY_BYTE * value.length + perReceiver);
        returnValue = value.clone();
        returnedPromise = -1;
    }

    @Override
    public void log(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        burn(BASE + LOG_BASE + LOG_BYTE * bytes.length);
        if (logs.size() == MAX_LOGS) {
            throw fail0("The number of logs will exceed the limit " + MAX_LOGS);
        }
        if (logBytes + bytes.length > MAX_TOTAL_LOG_BYTES) {
            throw fail0("The length of a log message " + (logBytes + bytes.length) + " exceeds the limit "
                    + MAX_TOTAL_LOG_BYTES);
        }
        logBytes += bytes.length;
        logs.add(message);
    }

    // ---- storage ----

    @Override
    public byte[] storageRead(byte[] key) {
        byte[] value = account.read(new StorageKey(key));
        burn(BASE + STORAGE_READ_BASE + STORAGE_READ_KEY_BYTE * key.length
                + (value == null ? 0 : STORAGE_READ_VALUE_BYTE * value.length));
        return value == null ? null : value.clone();
    }

    @Override
    public byte[] storageWrite(byte[] key, byte[] value) {
        prohibitedInView("storage_write");
        StorageKey k = new StorageKey(key.clone());
        byte[] old = account.read(k);
        burn(BASE + STORAGE_WRITE_BASE + STORAGE_WRITE_KEY_BYTE * key.length
                + STORAGE_WRITE_VALUE_BYTE * value.length
                + (old == null ? 0 : STORAGE_WRITE_EVICTED_BYTE * old.length));
        state.write(account, k, value.clone());
        return old;
    }

    @Override
    public byte[] storageRemove(byte[] key) {
        prohibitedInView("storage_remove");
        StorageKey k = new StorageKey(key);
        byte[] old = account.read(k);
        burn(BASE + STORAGE_REMOVE_BASE + STORAGE_REMOVE_KEY_BYTE * key.length
                + (old == null ? 0 : STORAGE_REMOVE_RET_VALUE_BYTE * old.length));
        return old == null ? null : state.remove(account, k);
    }

    @Override
    public boolean storageHasKey(byte[] key) {
        burn(BASE + STORAGE_HAS_KEY_BASE + STORAGE_HAS_KEY_BYTE * key.length);
        return account.read(new StorageKey(key)) != null;
    }

    // ---- promises ----

    @Override
    public int promiseBatchCreate(AccountId receiver) {
        burn(BASE);
        prohibitedInView("promise_batch_create");
        return newPromise(receiver, new int[0]);
    }

    @Override
    public int promiseBatchThen(int promiseIndex, AccountId receiver) {
        burn(BASE);
        prohibitedInView("promise_batch_then");
        return newPromise(receiver, entry(promiseIndex).receiptIndices());
    }

    private int newPromise(AccountId receiver, int[] dependencies) {
        if (promises.size() == MAX_PROMISES) {
            throw fail0("The number of promises within a FunctionCall " + (MAX_PROMISES + 1)
                    + " exceeds the limit " + MAX_PROMISES);
        }
        boolean sir = receiver.equals(account.id());
        long burnAmount = ActionFees.ACTION_RECEIPT_CREATION.send(sir);
        for (int dependency : dependencies) {
            boolean depSir = newReceipts.get(dependency).receiverId.equals(receiver);
            burnAmount += ActionFees.DATA_RECEIPT_CREATION_BASE.send(depSir)
                    + ActionFees.DATA_RECEIPT_CREATION_BASE.execution();
        }
        charge(burnAmount, ActionFees.ACTION_RECEIPT_CREATION.execution());
        NewReceipt receipt = new NewReceipt(receiver);
        int receiptIndex = newReceipts.size();
        newReceipts.add(receipt);
        for (int dependency : dependencies) {
            CryptoHash dataId = CryptoHash.derive(context.receiptId(), "data", dataCounter++);
            newReceipts.get(dependency).outputDataReceivers.add(new Receipt.DataReceiver(dataId, receiver));
            receipt.inputDataIds.add(dataId);
        }
        promises.add(new PromiseEntry(new int[] {receiptIndex}, false));
        return promises.size() - 1;
    }

    @Override
    public int promiseAnd(int[] promiseIndices) {
        prohibitedInView("promise_and");
        burn(BASE + PROMISE_AND_BASE + PROMISE_AND_PER_PROMISE * promiseIndices.length * 8L);
        List<Integer> receipts = new ArrayList<>();
        for (int index : promiseIndices) {
            for (int r : entry(index).receiptIndices()) {
                receipts.add(r);
            }
        }
        if (receipts.size() > io.jnear.sdk.Join.MAX_JOINED) {
            throw fail0("Too many promises joined: " + receipts.size() + " exceeds the limit " + io.jnear.sdk.Join.MAX_JOINED);
        }
        promises.add(new PromiseEntry(receipts.stream().mapToInt(Integer::intValue).toArray(), true));
        return promises.size() - 1;
    }

    private PromiseEntry entry(int index) {
        if (index < 0 || index >= promises.size()) {
            throw fail0("`promise_idx` does not correspond to existing promises");
        }
        return promises.get(index);
    }

    @Override
    public void promiseBatchAction(int promiseIndex, Action action) {
        burn(BASE);
        prohibitedInView("promise_batch_action");
        PromiseEntry entry = entry(promiseIndex);
        if (entry.joint()) {
            throw fail0("Actions can only be appended to non-joint promise.");
        }
        NewReceipt receipt = newReceipts.get(entry.receiptIndices()[0]);
        boolean sir = receipt.receiverId.equals(account.id());
        long reserve = ActionFees.execution(action);
        if (action instanceof Action.FunctionCall call) {
            reserve += call.gas().asGas();
        }
        charge(ActionFees.send(action, sir), reserve);
        BigInteger cost = action instanceof Action.Transfer t ? t.deposit().asYocto()
                : action instanceof Action.FunctionCall f ? f.deposit().asYocto()
                : BigInteger.ZERO;
        if (cost.signum() > 0) {
            if (account.amount().compareTo(cost) < 0) {
                throw fail0("Exceeded the account balance.");
            }
            state.setAmount(account, account.amount().subtract(cost));
        }
        receipt.actions.add(action);
    }

    @Override
    public int promiseResultsCount() {
        burn(BASE);
        prohibitedInView("promise_results_count");
        return promiseResults.size();
    }

    @Override
    public PromiseResult<byte[]> promiseResult(int index) {
        prohibitedInView("promise_result");
        if (index < 0 || index >= promiseResults.size()) {
            burn(BASE);
            throw fail0("Accessed invalid promise result index: " + index);
        }
        byte[] data = promiseResults.get(index);
        burn(BASE + WRITE_REGISTER_BASE + (data == null ? 0 : WRITE_REGISTER_BYTE * data.length));
        return data == null ? PromiseResult.failed() : PromiseResult.success(data.clone());
    }

    @Override
    public void promiseReturn(int promiseIndex) {
        burn(BASE + PROMISE_RETURN);
        prohibitedInView("promise_return");
        PromiseEntry entry = entry(promiseIndex);
        if (entry.joint()) {
            throw fail0("Returning joint promise is currently prohibited");
        }
        returnedPromise = entry.receiptIndices()[0];
        returnValue = null;
    }

    /**
     * Hands unused gas to function calls with a weight, in proportion; the rest of the division goes to
     * the last weighted call. Called once the method returned successfully.
     */
    void distributeUnusedGas() {
        long totalWeight = 0;
        for (NewReceipt r : newReceipts) {
            for (Action a : r.actions) {
                if (a instanceof Action.FunctionCall f) {
                    totalWeight += f.gasWeight();
                }
            }
        }
        long unused = gas.unused();
        if (totalWeight == 0 || unused <= 0) {
            return;
        }
        long distributed = 0;
        int[] last = null;
        for (int ri = 0; ri < newReceipts.size(); ri++) {
            List<Action> actions = newReceipts.get(ri).actions;
            for (int ai = 0; ai < actions.size(); ai++) {
                if (actions.get(ai) instanceof Action.FunctionCall f && f.gasWeight() > 0) {
                    long share = share(unused, f.gasWeight(), totalWeight);
                    actions.set(ai, f.withGas(Gas.of(f.gas().asGas() + share)));
                    distributed += share;
                    last = new int[] {ri, ai};
                }
            }
        }
        long remainder = unused - distributed;
        if (remainder > 0 && last != null) {
            Action.FunctionCall f = (Action.FunctionCall) newReceipts.get(last[0]).actions.get(last[1]);
            newReceipts.get(last[0]).actions.set(last[1], f.withGas(Gas.of(f.gas().asGas() + remainder)));
        }
        gas.reserveRemaining(unused);
    }

    /** floor(unused × weight / total), exact even when the product does not fit a long. */
    private static long share(long unused, long weight, long total) {
        long high = Math.multiplyHigh(unused, weight);
        if (high == 0 && unused * weight >= 0) {
            return unused * weight / total;
        }
        return BigInteger.valueOf(unused).multiply(BigInteger.valueOf(weight)).divide(BigInteger.valueOf(total))
                .longValueExact();
    }

    static byte[] seed(long blockHeight) {
        return CryptoHash.of(ByteBuffer.allocate(16).putLong(0x6a6e656172L).putLong(blockHeight).array()).bytes();
    }

    // ---- for code runners other than the JVM binding (Wasm) ----

    @Override
    public long gasLeft() {
        return gas.left();
    }

    @Override
    public void chargeBase() {
        burn(BASE);
    }

    @Override
    public void chargeReadMemory(long bytes) {
        burn(READ_MEMORY_BASE + Math.multiplyExact(READ_MEMORY_BYTE, bytes));
    }

    @Override
    public void chargeWriteMemory(long bytes) {
        burn(WRITE_MEMORY_BASE + Math.multiplyExact(WRITE_MEMORY_BYTE, bytes));
    }

    @Override
    public void chargeReadRegister(long bytes) {
        burn(READ_REGISTER_BASE + Math.multiplyExact(READ_REGISTER_BYTE, bytes));
    }

    @Override
    public void chargeWriteRegister(long bytes) {
        burn(WRITE_REGISTER_BASE + Math.multiplyExact(WRITE_REGISTER_BYTE, bytes));
    }

    @Override
    public byte[] keccak256(byte[] data) {
        burn(KECCAK256_BASE + Math.multiplyExact(KECCAK256_BYTE, (long) data.length));
        return io.jnear.runtime.crypto.Keccak.keccak256(data);
    }

    @Override
    public byte[] keccak512(byte[] data) {
        burn(KECCAK512_BASE + Math.multiplyExact(KECCAK512_BYTE, (long) data.length));
        return io.jnear.runtime.crypto.Keccak.keccak512(data);
    }

    @Override
    public byte[] ripemd160(byte[] data) {
        burn(RIPEMD160_BASE + Math.multiplyExact(RIPEMD160_BLOCK, io.jnear.runtime.crypto.Ripemd160.blocks(data.length)));
        return io.jnear.runtime.crypto.Ripemd160.hash(data);
    }

    @Override
    public boolean ed25519Verify(byte[] signature, byte[] message, byte[] publicKey) {
        burn(ED25519_VERIFY_BASE);
        if (signature.length != 64) {
            throw fail0("ED25519 signature verification error: invalid signature length");
        }
        burn(Math.multiplyExact(ED25519_VERIFY_BYTE, (long) message.length));
        if (publicKey.length != 32) {
            throw fail0("ED25519 signature verification error: invalid public key length");
        }
        return io.jnear.runtime.crypto.Ed25519.verify(signature, message, publicKey);
    }

    /** Charges loading the code of a Wasm call: NEAR's contract loading cost, with no JVM work allowance. */
    void chargeContractLoading(int codeSize) {
        burn(CONTRACT_LOADING_BASE + CONTRACT_LOADING_BYTE * codeSize);
    }
}
