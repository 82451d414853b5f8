package io.jnear.runtime.exec;

import io.jnear.runtime.ProtocolConfig;
import io.jnear.runtime.crypto.Secp256k1;
import io.jnear.runtime.crypto.bn254.AltBn128;
import io.jnear.runtime.fees.ActionCost;
import io.jnear.runtime.fees.ActionFees;
import io.jnear.runtime.fees.ExtCost;
import io.jnear.runtime.fees.HostCosts;
import io.jnear.runtime.fees.Limits;
import io.jnear.runtime.state.AccountKind;
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
import io.jnear.sdk.U128;
import io.jnear.sdk.spi.Host;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The host functions one function call sees: NEAR's VMLogic, shared by the JVM and the Wasm binding. It
 * keeps the call's logs, return value and the receipts it creates, enforces NEAR's limits and the
 * restrictions of view calls, and charges each host function's {@code base} and its own costs (storage,
 * logs, hashing, UTF-8 decoding of logs and account IDs, trie nodes, promise fees).
 *
 * <p>The memory and register traffic of a call is the binding's to charge, through
 * {@link #chargeReadMemory}, {@link #chargeWriteMemory}, {@link #chargeReadRegister} and
 * {@link #chargeWriteRegister}: the Wasm binding charges what each env call actually moves, the JVM
 * binding ({@link JvmHost}) what the equivalent near-sdk call would move. Nothing is charged twice.
 */
final class VmLogic implements VmHost {
    /** A receipt the call is building; ids are assigned when the call succeeds. */
    static final class NewReceipt {
        final AccountId receiverId;
        final List<Action> actions = new ArrayList<>(2);
        // shared empty lists until a dependency adds one: most receipts wait for no data and owe none
        List<CryptoHash> inputDataIds = List.of();
        List<Receipt.DataReceiver> outputDataReceivers = List.of();

        NewReceipt(AccountId receiverId) {
            this.receiverId = receiverId;
        }

        void addInputDataId(CryptoHash dataId) {
            if (inputDataIds.isEmpty()) {
                inputDataIds = new ArrayList<>(2);
            }
            inputDataIds.add(dataId);
        }

        void addOutputDataReceiver(Receipt.DataReceiver receiver) {
            if (outputDataReceivers.isEmpty()) {
                outputDataReceivers = new ArrayList<>(2);
            }
            outputDataReceivers.add(receiver);
        }
    }

    private static final int[] NO_DEPENDENCIES = {};

    /** A promise index names one new receipt or a join of several. */
    private record PromiseEntry(int[] receiptIndices, boolean joint) {
    }

    private final Context context;
    private final ChainState state;
    private final AccountState account;
    private final GasCounter gas;
    private final HostCosts costs;
    private final ActionFees fees;
    private final Limits limits;
    private final byte[] input;
    private final NearToken deposit;
    private final boolean view;
    private final List<byte[]> promiseResults;
    private final List<Receipt.DataReceiver> outputReceivers;
    private final ChunkWrites chunkWrites;

    // Each list is a shared empty one until its first element: many calls log nothing, most create no receipt.
    List<String> logs = List.of();
    private long logBytes;
    List<NewReceipt> newReceipts = List.of();
    private List<PromiseEntry> promises = List.of();
    byte[] returnValue;
    int returnedPromise = -1;
    private int dataCounter;
    /** The first host error, kept even if contract code caught it. */
    VmError failure;

    /** What the VM needs from the executing receipt and block. */
    record Context(CryptoHash receiptId, AccountId signerId, PublicKey signerPublicKey, AccountId predecessorId,
            long blockHeight, long blockTimestamp, long epochHeight, Supplier<byte[]> randomSeed) {
    }

    VmLogic(Context context, ChainState state, AccountState account, byte[] input, NearToken deposit,
            long prepaidGas, ProtocolConfig protocol, boolean view, List<byte[]> promiseResults,
            List<Receipt.DataReceiver> outputReceivers, ChunkWrites chunkWrites) {
        this.context = context;
        this.state = state;
        this.account = account;
        this.input = input;
        this.deposit = deposit;
        this.costs = protocol.hostCosts();
        this.fees = protocol.fees();
        this.limits = protocol.limits();
        this.gas = new GasCounter(prepaidGas, limits.maxGasBurnt());
        this.view = view;
        this.promiseResults = promiseResults;
        this.outputReceivers = outputReceivers;
        this.chunkWrites = chunkWrites;
    }

    GasCounter gas() {
        return gas;
    }

    // ---- charging ----

    /** Charges loading the contract: {@code contract_loading_base} plus its bytes. */
    void chargeContractLoading(long codeSize) {
        payBaseAndUnits(ExtCost.CONTRACT_LOADING_BASE, ExtCost.CONTRACT_LOADING_BYTES, codeSize);
    }

    /** Charges {@code count} Wasm-equivalent instructions at {@code regular_op_cost}. */
    @Override
    public void chargeInstructions(long count) {
        payPer(ExtCost.WASM_INSTRUCTION, count);
    }

    /** Charges reading {@code bytes} from the contract's memory (a host-call argument). */
    @Override
    public void chargeReadMemory(long bytes) {
        payBaseAndUnits(ExtCost.READ_MEMORY_BASE, ExtCost.READ_MEMORY_BYTE, bytes);
    }

    /**
     * Charges reading two arguments from memory, {@code firstBytes} and then {@code secondBytes}: the
     * charges of two {@link #chargeReadMemory(long)} calls, with one limit check when both fit.
     */
    void chargeReadMemory(long firstBytes, long secondBytes) {
        long base = costs.gas(ExtCost.READ_MEMORY_BASE);
        long first = times(ExtCost.READ_MEMORY_BYTE, firstBytes);
        long second = times(ExtCost.READ_MEMORY_BYTE, secondBytes);
        if (failure == null && (first | second) >= 0 && gas.tryBurn(add(add(base, base), add(first, second)))) {
            gas.bookHost(ExtCost.READ_MEMORY_BASE, base + base);
            gas.bookHost(ExtCost.READ_MEMORY_BYTE, first + second); // they fitted, so the sum did not overflow
            return;
        }
        chargeReadMemory(firstBytes);
        chargeReadMemory(secondBytes);
    }

    /** Charges writing {@code bytes} into the contract's memory (a host-call result). */
    @Override
    public void chargeWriteMemory(long bytes) {
        payBaseAndUnits(ExtCost.WRITE_MEMORY_BASE, ExtCost.WRITE_MEMORY_BYTE, bytes);
    }

    /** Charges putting {@code bytes} into a register. */
    @Override
    public void chargeWriteRegister(long bytes) {
        payBaseAndUnits(ExtCost.WRITE_REGISTER_BASE, ExtCost.WRITE_REGISTER_BYTE, bytes);
    }

    @Override
    public void chargeSharedRegister() {
        pay(ExtCost.WRITE_REGISTER_BASE);
    }

    /** Charges reading {@code bytes} out of a register. */
    @Override
    public void chargeReadRegister(long bytes) {
        payBaseAndUnits(ExtCost.READ_REGISTER_BASE, ExtCost.READ_REGISTER_BYTE, bytes);
    }

    /** Charges the {@code base} of one host call that does nothing else (such as {@code register_len}). */
    @Override
    public void chargeBase() {
        pay(ExtCost.BASE);
    }

    /**
     * Charges a result of {@code bytes} handed over in a register that near-sdk then reads into memory:
     * write_register (only its base when the register shares the bytes, as for the call's input and
     * promise results), then register_len and read_register (a base each), and read_register and
     * write_memory for the bytes. These are the charges of the calls one by one, in their order, summed
     * for one limit check; only when the sum does not fit are they charged one by one.
     */
    void chargeRegisterToMemory(long bytes, boolean shared) {
        long base = costs.gas(ExtCost.BASE);
        long writeRegisterBase = costs.gas(ExtCost.WRITE_REGISTER_BASE);
        long writeRegisterBytes = shared ? 0 : times(ExtCost.WRITE_REGISTER_BYTE, bytes);
        long readRegisterBase = costs.gas(ExtCost.READ_REGISTER_BASE);
        long readRegisterBytes = times(ExtCost.READ_REGISTER_BYTE, bytes);
        long writeMemoryBase = costs.gas(ExtCost.WRITE_MEMORY_BASE);
        long writeMemoryBytes = times(ExtCost.WRITE_MEMORY_BYTE, bytes);
        long fixed = add(add(writeRegisterBase, add(base, base)), add(readRegisterBase, writeMemoryBase));
        long perByte = add(add(writeRegisterBytes, readRegisterBytes), writeMemoryBytes);
        if (failure == null && bytes >= 0 && gas.tryBurn(add(fixed, perByte))) {
            gas.bookHost(ExtCost.WRITE_REGISTER_BASE, writeRegisterBase);
            gas.bookHost(ExtCost.WRITE_REGISTER_BYTE, writeRegisterBytes);
            gas.bookHost(ExtCost.BASE, base + base);
            gas.bookHost(ExtCost.READ_REGISTER_BASE, readRegisterBase);
            gas.bookHost(ExtCost.READ_REGISTER_BYTE, readRegisterBytes);
            gas.bookHost(ExtCost.WRITE_MEMORY_BASE, writeMemoryBase);
            gas.bookHost(ExtCost.WRITE_MEMORY_BYTE, writeMemoryBytes);
            return;
        }
        if (shared) {
            chargeSharedRegister();
        } else {
            chargeWriteRegister(bytes);
        }
        chargeBase(); // register_len
        chargeBase(); // read_register
        chargeReadRegister(bytes);
        chargeWriteMemory(bytes);
    }

    private void pay(ExtCost cost) {
        burn(cost, costs.gas(cost));
    }

    private void payPer(ExtCost cost, long count) {
        burn(cost, times(cost, count));
    }

    /** The gas of {@code count} units of {@code cost}, saturating. */
    private long times(ExtCost cost, long count) {
        return GasCounter.saturatingMultiply(costs.gas(cost), count);
    }

    private static long add(long a, long b) {
        return GasCounter.saturatingAdd(a, b);
    }

    /** Charges {@code first} and then {@code second}, one unit each. */
    private void payBoth(ExtCost first, ExtCost second) {
        burnBoth(first, costs.gas(first), second, costs.gas(second));
    }

    /** Charges {@code base} and then {@code units} units of {@code perUnit}. */
    private void payBaseAndUnits(ExtCost base, ExtCost perUnit, long units) {
        burnBoth(base, costs.gas(base), perUnit, times(perUnit, units));
    }

    /**
     * Burns {@code firstGas} for {@code first} and then {@code secondGas} for {@code second}, as two
     * {@link #burn}s would, with one limit check when both fit (almost every time): only when they do not
     * are they burnt one by one, so the one crossing a limit burns, books and fails as it would alone.
     */
    private void burnBoth(ExtCost first, long firstGas, ExtCost second, long secondGas) {
        if (failure == null && (firstGas | secondGas) >= 0 && gas.tryBurn(add(firstGas, secondGas))) {
            gas.bookHost(first, firstGas);
            gas.bookHost(second, secondGas);
            return;
        }
        burn(first, firstGas);
        burn(second, secondGas);
    }

    private void burn(ExtCost cost, long amount) {
        if (failure != null) {
            throw failure;
        }
        try {
            gas.burnHost(cost, amount);
        } catch (VmError e) {
            failure = e;
            throw e;
        }
    }

    private void payAction(ActionCost cost, long burn, long reserve) {
        if (failure != null) {
            throw failure;
        }
        try {
            gas.payAction(cost, burn, reserve);
        } catch (VmError e) {
            failure = e;
            throw e;
        }
    }

    /** The UTF-8 decoding a log or an account ID read from memory costs. */
    private void payUtf8Decoding(long bytes) {
        payBaseAndUnits(ExtCost.UTF8_DECODING_BASE, ExtCost.UTF8_DECODING_BYTE, bytes);
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
        pay(ExtCost.BASE);
        return account.id();
    }

    @Override
    public AccountId signerAccountId() {
        pay(ExtCost.BASE);
        prohibitedInView("signer_account_id");
        return context.signerId();
    }

    @Override
    public PublicKey signerAccountPk() {
        pay(ExtCost.BASE);
        prohibitedInView("signer_account_pk");
        return context.signerPublicKey();
    }

    @Override
    public AccountId predecessorAccountId() {
        pay(ExtCost.BASE);
        prohibitedInView("predecessor_account_id");
        return context.predecessorId();
    }

    @Override
    public byte[] input() {
        pay(ExtCost.BASE);
        return input.clone();
    }

    @Override
    public long blockHeight() {
        pay(ExtCost.BASE);
        return context.blockHeight();
    }

    @Override
    public long blockTimestamp() {
        pay(ExtCost.BASE);
        return context.blockTimestamp();
    }

    @Override
    public long epochHeight() {
        pay(ExtCost.BASE);
        return context.epochHeight();
    }

    @Override
    public long storageUsage() {
        pay(ExtCost.BASE);
        return account.storageUsage();
    }

    @Override
    public NearToken accountBalance() {
        pay(ExtCost.BASE);
        return NearToken.ofYocto(account.amountU128());
    }

    @Override
    public NearToken accountLockedBalance() {
        pay(ExtCost.BASE);
        return NearToken.ofYocto(account.lockedU128());
    }

    @Override
    public NearToken attachedDeposit() {
        pay(ExtCost.BASE);
        prohibitedInView("attached_deposit");
        return deposit;
    }

    @Override
    public Gas prepaidGas() {
        pay(ExtCost.BASE);
        prohibitedInView("prepaid_gas");
        return Gas.of(gas.prepaid());
    }

    @Override
    public Gas usedGas() {
        pay(ExtCost.BASE);
        prohibitedInView("used_gas");
        return Gas.of(gas.used());
    }

    @Override
    public byte[] randomSeed() {
        pay(ExtCost.BASE);
        return context.randomSeed().get().clone();
    }

    /** SHA-256: nearcore charges {@code sha256_base} and its bytes, and no {@code base}. */
    @Override
    public byte[] sha256(byte[] data) {
        payBaseAndUnits(ExtCost.SHA256_BASE, ExtCost.SHA256_BYTE, data.length);
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void burnGas(long amount) {
        if (failure != null) {
            throw failure;
        }
        try {
            gas.charge(amount, 0);
        } catch (VmError e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void chargeOps(long ops) {
        chargeInstructions(ops);
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
        pay(ExtCost.BASE);
        if (value.length > limits.maxLengthReturnedData()) {
            throw fail0("The length of a returned value " + value.length + " exceeds the limit "
                    + limits.maxLengthReturnedData());
        }
        long perReceiver = 0;
        for (Receipt.DataReceiver r : outputReceivers) {
            boolean sir = r.receiverId().equals(account.id());
            perReceiver += fees.fee(ActionCost.NEW_DATA_RECEIPT_BYTE).send(sir)
                    + fees.fee(ActionCost.NEW_DATA_RECEIPT_BYTE).execution();
        }
        long burn = GasCounter.saturatingMultiply(perReceiver, value.length);
        payAction(ActionCost.NEW_DATA_RECEIPT_BYTE, burn, 0);
        returnValue = value.clone();
        returnedPromise = -1;
    }

    /** log_utf8: base, the limits, UTF-8 decoding and the log's own cost, per UTF-8 byte. */
    @Override
    public void log(String message) {
        pay(ExtCost.BASE);
        checkLogCount();
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        pay(ExtCost.UTF8_DECODING_BASE);
        checkTotalLogLength(bytes.length);
        payPer(ExtCost.UTF8_DECODING_BYTE, bytes.length);
        payBaseAndUnits(ExtCost.LOG_BASE, ExtCost.LOG_BYTE, bytes.length);
        logBytes += bytes.length;
        addLog(message);
    }

    private void addLog(String message) {
        if (logs.isEmpty()) {
            logs = new ArrayList<>();
        }
        logs.add(message);
    }

    /** Fails the call when one log more would exceed {@code max_number_logs}. */
    private void checkLogCount() {
        if (logs.size() >= limits.maxNumberLogs()) {
            throw fail0("The number of logs will exceed the limit " + limits.maxNumberLogs());
        }
    }

    /** Fails the call when a log of {@code bytes} UTF-8 bytes would exceed {@code max_total_log_length}. */
    private void checkTotalLogLength(long bytes) {
        if (logBytes + bytes > limits.maxTotalLogLength()) {
            throw fail0("The length of a log message " + (logBytes + bytes) + " exceeds the limit "
                    + limits.maxTotalLogLength());
        }
    }

    // ---- storage ----

    private void checkKey(byte[] key) {
        if (key.length > limits.maxLengthStorageKey()) {
            throw fail0("The length of a storage key " + key.length + " exceeds the limit "
                    + limits.maxLengthStorageKey());
        }
    }

    /**
     * Trie nodes a write or remove touches, as nearcore's {@code MemOrTrie} lookup tracks them: none when
     * the key was written earlier in this block ({@code inOverlay}: the chunk overlay has it), else the
     * path to it among the account's {@code entries} before the change, and its value when there is one.
     * Reads and {@code has_key} go through flat storage and touch none.
     */
    private void touchTrieNodes(boolean inOverlay, int entries, boolean hasValue) {
        if (inOverlay) {
            return;
        }
        long nodes = TrieNodeEstimate.pathNodes(state.accountCount(), entries) + (hasValue ? 1 : 0);
        payPer(ExtCost.TOUCHING_TRIE_NODE, nodes);
    }

    @Override
    public byte[] storageRead(byte[] key) {
        payBoth(ExtCost.BASE, ExtCost.STORAGE_READ_BASE);
        checkKey(key);
        payPer(ExtCost.STORAGE_READ_KEY_BYTE, key.length);
        byte[] value = account.read(new StorageKey(key));
        if (value == null) {
            return null;
        }
        payPer(ExtCost.STORAGE_READ_VALUE_BYTE, value.length);
        if (value.length > limits.maxInlineValueLength()) {
            pay(ExtCost.STORAGE_LARGE_READ_OVERHEAD_BASE);
            payPer(ExtCost.STORAGE_LARGE_READ_OVERHEAD_BYTE, value.length);
        }
        return value.clone();
    }

    @Override
    public byte[] storageWrite(byte[] key, byte[] value) {
        pay(ExtCost.BASE);
        prohibitedInView("storage_write");
        pay(ExtCost.STORAGE_WRITE_BASE);
        checkKey(key);
        if (value.length > limits.maxLengthStorageValue()) {
            throw fail0("The length of a storage value " + value.length + " exceeds the limit "
                    + limits.maxLengthStorageValue());
        }
        burnBoth(ExtCost.STORAGE_WRITE_KEY_BYTE, times(ExtCost.STORAGE_WRITE_KEY_BYTE, key.length),
                ExtCost.STORAGE_WRITE_VALUE_BYTE, times(ExtCost.STORAGE_WRITE_VALUE_BYTE, value.length));
        StorageKey k = new StorageKey(key.clone());
        // One lookup in the chunk overlay and one in the account's storage, which may hold millions of
        // entries: the write returns what it replaced. Were a charge below to fail, the call fails and its
        // receipt rolls both back.
        boolean inOverlay = !chunkWrites.add(account.id(), k);
        int entries = account.dataSize();
        byte[] old = state.write(account, k, value.clone());
        if (old != null) {
            payPer(ExtCost.STORAGE_WRITE_EVICTED_BYTE, old.length);
        }
        touchTrieNodes(inOverlay, entries, old != null);
        return old;
    }

    @Override
    public byte[] storageRemove(byte[] key) {
        pay(ExtCost.BASE);
        prohibitedInView("storage_remove");
        pay(ExtCost.STORAGE_REMOVE_BASE);
        checkKey(key);
        payPer(ExtCost.STORAGE_REMOVE_KEY_BYTE, key.length);
        StorageKey k = new StorageKey(key.clone());
        // one lookup each, as for a write; the charges that follow are those of the value removed
        boolean inOverlay = !chunkWrites.add(account.id(), k);
        int entries = account.dataSize();
        byte[] old = state.remove(account, k);
        if (old != null) {
            payPer(ExtCost.STORAGE_REMOVE_RET_VALUE_BYTE, old.length);
        }
        touchTrieNodes(inOverlay, entries, old != null);
        return old;
    }

    @Override
    public boolean storageHasKey(byte[] key) {
        payBoth(ExtCost.BASE, ExtCost.STORAGE_HAS_KEY_BASE);
        checkKey(key);
        payPer(ExtCost.STORAGE_HAS_KEY_BYTE, key.length);
        return account.read(new StorageKey(key)) != null;
    }

    // ---- promises ----

    @Override
    public int promiseBatchCreate(AccountId receiver) {
        pay(ExtCost.BASE);
        prohibitedInView("promise_batch_create");
        payUtf8Decoding(receiver.toString().length());
        return newPromise(receiver, NO_DEPENDENCIES);
    }

    @Override
    public int promiseBatchThen(int promiseIndex, AccountId receiver) {
        pay(ExtCost.BASE);
        prohibitedInView("promise_batch_then");
        payUtf8Decoding(receiver.toString().length());
        return newPromise(receiver, entry(promiseIndex).receiptIndices());
    }

    private void checkCanAddPromise() {
        if (promises.size() >= limits.maxPromisesPerFunctionCallAction()) {
            throw fail0("The number of promises within a FunctionCall " + (promises.size() + 1)
                    + " exceeds the limit " + limits.maxPromisesPerFunctionCallAction());
        }
    }

    private int newPromise(AccountId receiver, int[] dependencies) {
        // nearcore pays for the receipt before it counts the promise
        boolean sir = receiver.equals(account.id());
        var receiptFee = fees.fee(ActionCost.NEW_ACTION_RECEIPT);
        var dataFee = fees.fee(ActionCost.NEW_DATA_RECEIPT_BASE);
        long burn = receiptFee.send(sir);
        for (int dependency : dependencies) {
            // both sending and executing a data receipt count as burnt; the data goes from the dependency's
            // receiver to the new receipt's, so it is "sir" when those are one account (nearcore's deps)
            boolean dependencySir = newReceipts.get(dependency).receiverId.equals(receiver);
            burn = GasCounter.saturatingAdd(burn, dataFee.send(dependencySir) + dataFee.execution());
        }
        // nearcore books the whole burn under new_action_receipt
        payAction(ActionCost.NEW_ACTION_RECEIPT, burn, receiptFee.execution());
        NewReceipt receipt = new NewReceipt(receiver);
        int receiptIndex = newReceipts.size();
        if (newReceipts.isEmpty()) {
            newReceipts = new ArrayList<>();
        }
        newReceipts.add(receipt);
        for (int dependency : dependencies) {
            CryptoHash dataId = CryptoHash.derive(context.receiptId(), "data", dataCounter++);
            newReceipts.get(dependency).addOutputDataReceiver(new Receipt.DataReceiver(dataId, receiver));
            receipt.addInputDataId(dataId);
        }
        checkCanAddPromise();
        return addPromise(new PromiseEntry(new int[] {receiptIndex}, false));
    }

    /** promise_and: a join counts toward the promise limit like any promise. */
    @Override
    public int promiseAnd(int[] promiseIndices) {
        pay(ExtCost.BASE);
        prohibitedInView("promise_and");
        pay(ExtCost.PROMISE_AND_BASE);
        payPer(ExtCost.PROMISE_AND_PER_PROMISE, GasCounter.saturatingMultiply(promiseIndices.length, 8));
        List<Integer> receipts = new ArrayList<>();
        for (int index : promiseIndices) {
            for (int r : entry(index).receiptIndices()) {
                receipts.add(r);
            }
            // checked after each promise, as nearcore does, before a later index is looked at
            if (receipts.size() > limits.maxNumberInputDataDependencies()) {
                throw fail0("The number of input data dependencies " + receipts.size() + " exceeds the limit "
                        + limits.maxNumberInputDataDependencies());
            }
        }
        checkCanAddPromise();
        return addPromise(new PromiseEntry(receipts.stream().mapToInt(Integer::intValue).toArray(), true));
    }

    /** Adds a promise; returns its index. */
    private int addPromise(PromiseEntry promise) {
        if (promises.isEmpty()) {
            promises = new ArrayList<>();
        }
        promises.add(promise);
        return promises.size() - 1;
    }

    private PromiseEntry entry(int index) {
        if (index < 0 || index >= promises.size()) {
            throw fail0(index + " does not correspond to existing promises");
        }
        return promises.get(index);
    }

    @Override
    public void promiseBatchAction(int promiseIndex, Action action) {
        pay(ExtCost.BASE);
        prohibitedInView("promise_batch_action");
        if (action instanceof Action.FunctionCall f && f.methodName().isEmpty()) {
            throw fail0("Tried to call an empty method name.");
        }
        PromiseEntry entry = entry(promiseIndex);
        if (entry.joint()) {
            throw fail0("Actions can only be appended to non-joint promise.");
        }
        if (action instanceof Action.DeployContract d && d.code().size() > limits.maxContractSize()) {
            throw fail0("The size of a contract code in DeployContract action " + d.code().size()
                    + " exceeds the limit " + limits.maxContractSize());
        }
        // account IDs inside actions arrive as bytes the host decodes as UTF-8
        if (action instanceof Action.DeleteAccount del) {
            payUtf8Decoding(del.beneficiaryId().toString().length());
        } else if (action instanceof Action.AddKey k
                && k.accessKey().permission() instanceof io.jnear.sdk.AccessKey.FunctionCallPermission p) {
            payUtf8Decoding(p.receiverId().toString().length());
        }
        NewReceipt receipt = newReceipts.get(entry.receiptIndices()[0]);
        boolean sir = receipt.receiverId.equals(account.id());
        if (action instanceof Action.FunctionCall call) {
            payFee(ActionCost.FUNCTION_CALL_BASE, 1, sir, call.gas().asGas());
            payFee(ActionCost.FUNCTION_CALL_BYTE, ActionFees.functionCallBytes(call), sir, 0);
        } else if (action instanceof Action.DeployContract d) {
            payFee(ActionCost.DEPLOY_CONTRACT_BASE, 1, sir, 0);
            payFee(ActionCost.DEPLOY_CONTRACT_BYTE, d.code().size(), sir, 0);
        } else if (action instanceof Action.AddKey k
                && k.accessKey().permission() instanceof io.jnear.sdk.AccessKey.FunctionCallPermission p) {
            payFee(ActionCost.ADD_FUNCTION_CALL_KEY_BASE, 1, sir, 0);
            payFee(ActionCost.ADD_FUNCTION_CALL_KEY_BYTE, ActionFees.methodNameBytes(p), sir, 0);
        } else {
            // one profile entry, as nearcore books a transfer's implicit-account fees under TRANSFER
            AccountKind kind = AccountKind.of(receipt.receiverId);
            payAction(costOf(action), fees.send(action, sir, kind), fees.execution(action, kind));
        }
        U128 cost = Receipt.ActionReceipt.depositOf(action).asU128();
        if (!cost.isZero()) {
            if (account.amountU128().compareTo(cost) < 0) {
                throw fail0("Exceeded the account balance.");
            }
            state.setAmount(account, account.amountU128().minus(cost));
        }
        receipt.actions.add(action);
    }

    /** Burns {@code count} × the send fee of {@code cost} and reserves as much execution fee plus {@code extra}. */
    private void payFee(ActionCost cost, long count, boolean sir, long extra) {
        var fee = fees.fee(cost);
        long burn = GasCounter.saturatingMultiply(fee.send(sir), count);
        long reserve = GasCounter.saturatingAdd(GasCounter.saturatingMultiply(fee.execution(), count), extra);
        payAction(cost, burn, reserve);
    }

    /** The profile entry the send fee of an action without a per-byte part is recorded under. */
    private static ActionCost costOf(Action action) {
        if (action instanceof Action.CreateAccount) {
            return ActionCost.CREATE_ACCOUNT;
        }
        if (action instanceof Action.Transfer) {
            return ActionCost.TRANSFER;
        }
        if (action instanceof Action.Stake) {
            return ActionCost.STAKE;
        }
        if (action instanceof Action.AddKey) {
            return ActionCost.ADD_FULL_ACCESS_KEY;
        }
        if (action instanceof Action.DeleteKey) {
            return ActionCost.DELETE_KEY;
        }
        return ActionCost.DELETE_ACCOUNT;
    }

    @Override
    public int promiseResultsCount() {
        pay(ExtCost.BASE);
        prohibitedInView("promise_results_count");
        return promiseResults.size();
    }

    @Override
    public PromiseResult<byte[]> promiseResult(int index) {
        pay(ExtCost.BASE);
        prohibitedInView("promise_result");
        if (index < 0 || index >= promiseResults.size()) {
            throw fail0("Accessed invalid promise result index: " + index);
        }
        byte[] data = promiseResults.get(index);
        return data == null ? PromiseResult.failed() : PromiseResult.success(data.clone());
    }

    @Override
    public void promiseReturn(int promiseIndex) {
        payBoth(ExtCost.BASE, ExtCost.PROMISE_RETURN);
        prohibitedInView("promise_return");
        PromiseEntry entry = entry(promiseIndex);
        if (entry.joint()) {
            throw fail0("Returning joint promise is currently prohibited.");
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
        int lastReceipt = -1;
        int lastAction = -1;
        for (int ri = 0; ri < newReceipts.size(); ri++) {
            List<Action> actions = newReceipts.get(ri).actions;
            for (int ai = 0; ai < actions.size(); ai++) {
                if (actions.get(ai) instanceof Action.FunctionCall f && f.gasWeight() > 0) {
                    totalWeight = GasCounter.saturatingAdd(totalWeight, f.gasWeight());
                    lastReceipt = ri;
                    lastAction = ai;
                }
            }
        }
        long unused = gas.unused();
        if (totalWeight == 0 || unused <= 0) {
            return;
        }
        long distributed = 0;
        for (int ri = 0; ri <= lastReceipt; ri++) {
            List<Action> actions = newReceipts.get(ri).actions;
            for (int ai = 0; ai < actions.size(); ai++) {
                if (actions.get(ai) instanceof Action.FunctionCall f && f.gasWeight() > 0) {
                    long share = GasPrices.share(unused, f.gasWeight(), totalWeight); // floor, exact beyond a long
                    distributed += share;
                    if (ri == lastReceipt && ai == lastAction) {
                        share += unused - distributed; // what the floors left over
                    }
                    actions.set(ai, f.withGas(Gas.of(f.gas().asGas() + share)));
                }
            }
        }
        gas.reserveRemaining(unused);
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
    public byte[] keccak256(byte[] data) {
        payBaseAndUnits(ExtCost.KECCAK256_BASE, ExtCost.KECCAK256_BYTE, data.length);
        return io.jnear.runtime.crypto.Keccak.keccak256(data);
    }

    @Override
    public byte[] keccak512(byte[] data) {
        payBaseAndUnits(ExtCost.KECCAK512_BASE, ExtCost.KECCAK512_BYTE, data.length);
        return io.jnear.runtime.crypto.Keccak.keccak512(data);
    }

    @Override
    public byte[] ripemd160(byte[] data) {
        pay(ExtCost.RIPEMD160_BASE);
        payPer(ExtCost.RIPEMD160_BLOCK, io.jnear.runtime.crypto.Ripemd160.blocks(data.length));
        return io.jnear.runtime.crypto.Ripemd160.hash(data);
    }

    @Override
    public boolean ed25519Verify(byte[] signature, byte[] message, byte[] publicKey) {
        pay(ExtCost.ED25519_VERIFY_BASE);
        if (signature.length != 64) {
            throw fail0("ED25519 signature verification error: invalid signature length");
        }
        payPer(ExtCost.ED25519_VERIFY_BYTE, message.length);
        if (publicKey.length != 32) {
            throw fail0("ED25519 signature verification error: invalid public key length");
        }
        return io.jnear.runtime.crypto.Ed25519.verify(signature, message, publicKey);
    }

    @Override
    public void logUtf16(byte[] utf16le) {
        pay(ExtCost.BASE);
        checkLogCount();
        pay(ExtCost.UTF16_DECODING_BASE);
        if (utf16le.length % 2 != 0) {
            throw fail0("String encoding is bad UTF-16 sequence.");
        }
        payPer(ExtCost.UTF16_DECODING_BYTE, utf16le.length);
        String message;
        try {
            // strict, as Rust's String::from_utf16: an unpaired surrogate is an error
            message = StandardCharsets.UTF_16LE.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf16le)).toString();
        } catch (CharacterCodingException e) {
            throw fail0("String encoding is bad UTF-16 sequence.");
        }
        // nearcore charges the log by the UTF-8 length of the decoded text
        long bytes = message.getBytes(StandardCharsets.UTF_8).length;
        payBaseAndUnits(ExtCost.LOG_BASE, ExtCost.LOG_BYTE, bytes);
        checkTotalLogLength(bytes);
        logBytes += bytes;
        addLog(message);
    }

    /** ecrecover: {@code ecrecover_base} (and no {@code base}), then nearcore's argument checks in its order. */
    @Override
    public byte[] ecrecover(byte[] signature, long v, Supplier<byte[]> hashSource, long malleabilityFlag) {
        pay(ExtCost.ECRECOVER_BASE);
        if (signature.length != 64) {
            throw fail0("ECDSA recover error: The length of the signature: " + signature.length
                    + ", exceeds the limit of 64 bytes");
        }
        if (Long.compareUnsigned(v, 4) >= 0) {
            throw fail0("ECDSA recover error: V recovery byte 0 through 3 are valid but was provided "
                    + Long.toUnsignedString(v));
        }
        byte[] hash = hashSource.get();
        if (hash.length != 32) {
            throw fail0("ECDSA recover error: The length of the hash: " + hash.length
                    + ", exceeds the limit of 32 bytes");
        }
        if (malleabilityFlag != 0 && malleabilityFlag != 1) {
            throw fail0("ECDSA recover error: Malleability flag needs to be 0 or 1, but is instead "
                    + Long.toUnsignedString(malleabilityFlag));
        }
        if (!Secp256k1.signatureValuesValid(signature, malleabilityFlag == 1)) {
            return null;
        }
        return Secp256k1.recover(hash, signature, (int) v);
    }

    /** {@link Host#ecrecover} with the hash in hand: the same charges and checks, in the same order. */
    @Override
    public byte[] ecrecover(byte[] hash, byte[] signature, long v, long malleabilityFlag) {
        return ecrecover(signature, v, () -> hash, malleabilityFlag);
    }

    @Override
    public byte[] altBn128G1Multiexp(byte[] elements) {
        pay(ExtCost.ALT_BN128_G1_MULTIEXP_BASE);
        try {
            payPer(ExtCost.ALT_BN128_G1_MULTIEXP_ELEMENT, AltBn128.elementCount(elements, AltBn128.MULTIEXP_ELEMENT));
            return AltBn128.g1Multiexp(elements);
        } catch (AltBn128.InvalidInput e) {
            throw fail0("AltBn128 invalid input: " + e.getMessage());
        }
    }

    @Override
    public byte[] altBn128G1Sum(byte[] elements) {
        pay(ExtCost.ALT_BN128_G1_SUM_BASE);
        try {
            payPer(ExtCost.ALT_BN128_G1_SUM_ELEMENT, AltBn128.elementCount(elements, AltBn128.SUM_ELEMENT));
            return AltBn128.g1Sum(elements);
        } catch (AltBn128.InvalidInput e) {
            throw fail0("AltBn128 invalid input: " + e.getMessage());
        }
    }

    @Override
    public boolean altBn128PairingCheck(byte[] elements) {
        pay(ExtCost.ALT_BN128_PAIRING_CHECK_BASE);
        try {
            payPer(ExtCost.ALT_BN128_PAIRING_CHECK_ELEMENT,
                    AltBn128.elementCount(elements, AltBn128.PAIRING_ELEMENT));
            return AltBn128.pairingCheck(elements);
        } catch (AltBn128.InvalidInput e) {
            throw fail0("AltBn128 invalid input: " + e.getMessage());
        }
    }
}
