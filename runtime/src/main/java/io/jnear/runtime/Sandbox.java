package io.jnear.runtime;

import io.jnear.runtime.exec.Chain;
import io.jnear.runtime.exec.CodeRunner;
import io.jnear.runtime.exec.InjectedFailure;
import io.jnear.runtime.exec.InvalidTransactionException;
import io.jnear.runtime.exec.Keys;
import io.jnear.runtime.exec.TransactionTrace;
import io.jnear.runtime.isolation.ContractClasses;
import io.jnear.runtime.state.AccountState;
import io.jnear.runtime.state.ChainState;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.runtime.state.StorageKey;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.spi.ContractCode;
import io.jnear.sdk.spi.ResultDecoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * An embedded NEAR chain in one JVM: accounts, contracts, blocks and receipts executed with NEAR's
 * semantics, driven synchronously from tests.
 *
 * <pre>{@code
 * Sandbox sandbox = Sandbox.create();
 * Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
 * Account hello = sandbox.deploy("hello.test.near", HelloNear.class);
 * ExecutionResult<Void> r = alice.transact(HelloNearStub.on(hello.id()).setGreeting("hi"));
 * String greeting = sandbox.view(HelloNearStub.on(hello.id()).getGreeting());
 * }</pre>
 *
 * <p>{@link Account#transact} produces blocks until the transaction and all its receipts are done;
 * {@link Account#submit} and {@link #produceBlock()} step through the blocks one at a time.
 */
public final class Sandbox {
    /** Blocks {@link #runUntilIdle()} produces before it gives up on a chain that never settles. */
    public static final int MAX_BLOCKS_PER_RUN = 10_000;

    private final Chain chain;
    private final List<Consumer<SubmittedTransaction<?>>> submitListeners = new ArrayList<>();
    /**
     * The last balances taken and the state's {@link ChainState#balanceVersion()} then: a transaction's balances
     * before are most often the last one's after, and a snapshot never changes, so the two share one.
     */
    private BalanceSnapshot lastBalances;
    private long lastBalancesVersion;

    private Sandbox(SandboxConfig config) {
        this.chain = new Chain(config);
    }

    private Sandbox(Chain chain) {
        this.chain = chain;
    }

    public static Sandbox create() {
        return new Sandbox(SandboxConfig.defaults());
    }

    public static Sandbox create(SandboxConfig config) {
        return new Sandbox(config);
    }

    public SandboxConfig config() {
        return chain.config();
    }

    /** The genesis account: it holds the supply and creates top-level accounts. */
    public Account root() {
        return new Account(this, chain.config().rootAccount());
    }

    /** A handle on {@code id}, whether or not the account exists. */
    public Account account(String id) {
        return new Account(this, AccountId.of(id));
    }

    public Account account(AccountId id) {
        return new Account(this, id);
    }

    /**
     * Creates {@code id} with {@code balance} and a full-access key, by a transaction from its parent
     * account (the root for top-level IDs).
     */
    public Account createAccount(String id, NearToken balance) {
        AccountId account = AccountId.of(id);
        runSetup(account, Promise.create(account).createAccount().transfer(balance)
                .addFullAccessKey(Keys.publicKeyOf(account)));
        return new Account(this, account);
    }

    /** Creates {@code id} and deploys the {@code @Contract} class there, with no initialisation call. */
    public Account deploy(String id, Class<?> contractClass) {
        return deploy(id, ContractClasses.of(contractClass), null);
    }

    /** Creates {@code id}, deploys the contract and calls its initialiser ({@code Stub.init(…)}) in one receipt. */
    public Account deploy(String id, Class<?> contractClass, Action.FunctionCall init) {
        return deploy(id, ContractClasses.of(contractClass), init);
    }

    /**
     * Creates {@code id} funded with {@code balance}, deploys the contract and calls its initialiser in one
     * receipt ({@code init} null: no initialiser).
     */
    public Account deploy(String id, Class<?> contractClass, Action.FunctionCall init, NearToken balance) {
        return deploy(id, ContractClasses.of(contractClass), init, balance);
    }

    /** Creates {@code id} funded with the default balance, deploys {@code code}, and runs {@code init} if given. */
    public Account deploy(String id, ContractCode code, Action.FunctionCall init) {
        return deploy(id, code, init, chain.config().defaultAccountBalance());
    }

    /**
     * Creates {@code id} funded with {@code balance}, deploys {@code code}, and runs {@code init} if given.
     *
     * @throws io.jnear.runtime.isolation.ContractRejectedException if the code uses an API contract code may
     *     not use ({@code <api> is not allowed in contract code: <why>})
     */
    public Account deploy(String id, ContractCode named, Action.FunctionCall init, NearToken balance) {
        ContractCode code = ContractClasses.resolve(named);
        io.jnear.runtime.isolation.Deployment.check(code);
        AccountId account = AccountId.of(id);
        Promise<Void> setup = Promise.create(account).createAccount()
                .transfer(Objects.requireNonNull(balance, "balance"))
                .addFullAccessKey(Keys.publicKeyOf(account))
                .deployContract(code);
        if (init != null) {
            setup.add(init);
        }
        runSetup(account, setup);
        return new Account(this, account);
    }

    /**
     * Creates {@code id} and deploys a NEAR Wasm module there (a near-sdk-rs build, say), with no
     * initialisation call. Needs {@code jnear-wasm} on the class path.
     *
     * @throws IllegalArgumentException with nearcore's {@code PrepareError} if NEAR would not run the module
     */
    public Account deployWasm(String id, byte[] wasm) {
        return deployWasm(id, wasm, null);
    }

    /** Creates {@code id}, deploys the Wasm module and calls {@code init} (its initialiser) in the same receipt. */
    public Account deployWasm(String id, byte[] wasm, Action.FunctionCall init) {
        ContractCode code = ContractCode.wasm(wasm);
        CodeRunner.wasm().prepare(code).ifPresent(error -> {
            throw new IllegalArgumentException("Cannot deploy this Wasm module to " + id + ": " + error.message());
        });
        return deploy(id, code, init);
    }

    /** Creates {@code id} and deploys the Wasm module in {@code file}. */
    public Account deployWasm(String id, Path file) {
        try {
            return deployWasm(id, Files.readAllBytes(file), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Deploys {@code code} to an existing account, signed by that account. */
    public ExecutionResult<Void> deployTo(AccountId account, ContractCode code) {
        return transact(account, Promise.create(account).deployContract(code));
    }

    private void runSetup(AccountId account, Promise<?> setup) {
        ExecutionResult<?> result = transact(parentOf(account), setup);
        if (result.isFailure()) {
            throw new IllegalStateException("Cannot create " + account + ": " + result.failureText());
        }
    }

    private AccountId parentOf(AccountId account) {
        String s = account.toString();
        int dot = s.indexOf('.');
        return dot < 0 ? chain.config().rootAccount() : AccountId.of(s.substring(dot + 1));
    }

    /**
     * Submits a transaction from {@code signer} for the next block. A function call built without gas
     * gets the configured default ({@link SandboxConfig#defaultCallGas()}), as clients attach theirs.
     */
    public <T> SubmittedTransaction<T> submit(AccountId signer, Promise<T> promise) {
        return submitWithGas(signer, promise, null);
    }

    /**
     * Submits a transaction whose function calls each carry {@code gas}, whatever gas the promise was
     * built with.
     *
     * @throws IllegalArgumentException if {@code gas} is zero: NEAR refuses a call without gas
     */
    public <T> SubmittedTransaction<T> submit(AccountId signer, Promise<T> promise, Gas gas) {
        if (Objects.requireNonNull(gas, "gas").isZero()) {
            throw new IllegalArgumentException("A transaction's gas must be more than zero; leave it out to attach "
                    + "the default (" + config().defaultCallGas() + ")");
        }
        return submitWithGas(signer, promise, gas);
    }

    /** Submits {@code promise}; its calls carry {@code gas}, or when null, their own gas or the default. */
    private <T> SubmittedTransaction<T> submitWithGas(AccountId signer, Promise<T> promise, Gas gas) {
        if (promise.after() != null) {
            throw new IllegalArgumentException("A transaction is one batch of actions on one receiver; "
                    + "chain promises inside a contract, not in a transaction");
        }
        if (promise.actions().isEmpty()) {
            throw new IllegalArgumentException("A transaction needs at least one action");
        }
        List<Action> given = promise.actions();
        List<Action> actions = given; // copied only when a call's gas changes: the chain keeps its own copy
        for (int i = 0; i < given.size(); i++) {
            // the client attaches its default gas to calls built without any, as near-api-js does
            if (given.get(i) instanceof Action.FunctionCall f && (gas != null || f.gas().isZero())) {
                if (actions == given) {
                    actions = new ArrayList<>(given);
                }
                actions.set(i, f.withGas(gas != null ? gas : config().defaultCallGas()));
            }
        }
        return submitted(chain.submit(signer, promise.receiver(), actions), promise::decode);
    }

    private <T> SubmittedTransaction<T> submitted(TransactionTrace trace, ResultDecoder<T> decoder) {
        // submitting only queues the transaction: the balances now are those before it
        SubmittedTransaction<T> submitted = new SubmittedTransaction<>(this, trace, decoder, balances());
        for (Consumer<SubmittedTransaction<?>> listener : submitListeners) {
            listener.accept(submitted);
        }
        return submitted;
    }

    /**
     * Submits exactly these actions, with no client defaults (a function call with zero gas is then
     * rejected with {@code FunctionCallZeroAttachedGas}, as NEAR rejects it).
     *
     * @throws InvalidTransactionException if the chain refuses the transaction
     */
    public SubmittedTransaction<byte[]> submitActions(AccountId signer, AccountId receiver, List<Action> actions) {
        return submitted(chain.submit(signer, receiver, actions), bytes -> bytes);
    }

    /**
     * Sends a transaction from {@code signer} and produces blocks until it and all its receipts are done.
     *
     * @throws InvalidTransactionException if the chain refuses the transaction
     */
    public <T> ExecutionResult<T> transact(AccountId signer, Promise<T> promise) {
        return submit(signer, promise).await();
    }

    /** Sends a transaction whose function calls each carry {@code gas}; see {@link #submit(AccountId, Promise, Gas)}. */
    public <T> ExecutionResult<T> transact(AccountId signer, Promise<T> promise, Gas gas) {
        return submit(signer, promise, gas).await();
    }

    /**
     * Calls {@code listener} with every transaction submitted from now on, as it is submitted: test tools
     * use it to print what a failed test's transactions did.
     */
    public void onSubmit(Consumer<SubmittedTransaction<?>> listener) {
        submitListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Every account's balance now, or null when the configuration does not record balance changes. */
    BalanceSnapshot balances() {
        if (!config().recordBalanceChanges()) {
            return null;
        }
        long version = chain.state().balanceVersion();
        if (lastBalances == null || version != lastBalancesVersion) {
            lastBalances = BalanceSnapshot.of(chain.state());
            lastBalancesVersion = version;
        }
        return lastBalances;
    }

    /** Runs a view call: the single function call of {@code promise}, read-only, typed. */
    public <T> T view(Promise<T> promise) {
        if (promise.actions().size() != 1 || !(promise.actions().get(0) instanceof Action.FunctionCall call)) {
            throw new IllegalArgumentException("A view call is one function call, not " + promise.actions());
        }
        return promise.decode(viewRaw(promise.receiver(), call.methodName(), call.args()));
    }

    /** Runs a view call with raw JSON arguments and returns the raw JSON result. */
    public String viewJson(AccountId contract, String method, String jsonArgs) {
        return new String(viewRaw(contract, method, jsonArgs.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
    }

    private byte[] viewRaw(AccountId contract, String method, byte[] args) {
        Chain.ViewResult result = chain.view(contract, method, args);
        if (result.error() != null) {
            throw new ViewCallException(contract + "." + method + " failed: " + result.error(), result.error());
        }
        return result.value();
    }

    /**
     * An independent copy of this sandbox as it is now, between blocks: accounts, keys, code, storage,
     * height and time, transactions and receipts in flight, and the counters ids come from. The copy
     * shares what neither side changes (state is copy-on-write, per account), so a fork costs what its
     * branch touches. The same blocks on the parent and the fork give the same outcomes and
     * {@link #stateDigest()}s; handles such as {@link SubmittedTransaction} keep following the sandbox
     * they were made on.
     */
    public Sandbox fork() {
        return new Sandbox(chain.fork());
    }

    /**
     * A hash of everything that decides what this sandbox does from here, things in flight included;
     * see {@link Chain#fingerprint()}. For tools that explore schedules and skip states already seen.
     */
    public CryptoHash fingerprint() {
        return chain.fingerprint();
    }

    /** True when no transaction or receipt is waiting to run. */
    public boolean isIdle() {
        return chain.isIdle();
    }

    /** The receipts due in the next block, in the order they will run; for tools that explore schedules. */
    public List<Chain.DueReceipt> receiptsDueNext() {
        return chain.receiptsDueNext();
    }

    /** Runs the receipts due in the next block in {@code order}; see {@link Chain#reorderReceiptsDueNext}. */
    public void reorderReceiptsDueNext(List<CryptoHash> order) {
        chain.reorderReceiptsDueNext(order);
    }

    /**
     * Makes the calls of {@code method} on {@code receiver} that are due in the next block fail as if the
     * contract panicked ({@code Smart contract panicked: failure injected by the test}), to test what a
     * remote failure does to the caller and its callback; see {@link Chain#failCallsDueNext}.
     *
     * @return how many calls will fail
     */
    public int failCallsDueNext(AccountId receiver, String method) {
        return chain.failCallsDueNext(receiver, method);
    }

    /**
     * Makes the calls of {@code method} on {@code receiver} that are due in the next block fail in the way
     * {@code how} says: a panic before or after the call's work, running out of gas, or the account
     * missing; see {@link InjectedFailure} for NEAR's outcome of each.
     *
     * @return how many calls will fail
     */
    public int failCallsDueNext(AccountId receiver, String method, InjectedFailure how) {
        return chain.failCallsDueNext(receiver, method, how);
    }

    /** Produces one block. */
    public void produceBlock() {
        chain.produceBlock();
    }

    /** Produces {@code blocks} blocks, whatever is pending. */
    public void fastForward(int blocks) {
        for (int i = 0; i < blocks; i++) {
            chain.produceBlock();
        }
    }

    /** Produces blocks until no transaction or receipt is pending. */
    public void runUntilIdle() {
        runUntil(chain::isIdle);
    }

    void runUntil(BooleanSupplier done) {
        for (int i = 0; !done.getAsBoolean(); i++) {
            if (i == MAX_BLOCKS_PER_RUN) {
                throw new IllegalStateException("Still not done after " + MAX_BLOCKS_PER_RUN + " blocks");
            }
            chain.produceBlock();
        }
    }

    public long blockHeight() {
        return chain.height();
    }

    /** The current block's timestamp in nanoseconds. */
    public long blockTimestamp() {
        return chain.timestamp();
    }

    public boolean exists(AccountId id) {
        return chain.state().exists(id);
    }

    public NearToken balance(AccountId id) {
        return NearToken.ofYocto(existing(id).amount());
    }

    public NearToken lockedBalance(AccountId id) {
        return NearToken.ofYocto(existing(id).locked());
    }

    public long storageUsage(AccountId id) {
        return existing(id).storageUsage();
    }

    /** The raw value stored under {@code key} in {@code id}'s contract storage, or null. */
    public byte[] storageValue(AccountId id, byte[] key) {
        byte[] value = existing(id).read(new StorageKey(key));
        return value == null ? null : value.clone();
    }

    /** The contract storage of {@code id}, sorted by key; keys and values as UTF-8 text where printable, else base64. */
    public SortedMap<String, String> viewState(AccountId id) {
        SortedMap<String, String> out = new TreeMap<>();
        for (Map.Entry<StorageKey, byte[]> e : existing(id).dataSorted().entrySet()) {
            out.put(text(e.getKey().bytes()), text(e.getValue()));
        }
        return out;
    }

    /** The ABI of the contract deployed at {@code id}, if its processor generated one. */
    public java.util.Optional<String> abi(AccountId id) {
        ContractCode code = existing(id).code();
        return code == null ? java.util.Optional.empty() : code.abi();
    }

    /** Tokens burnt as gas since genesis, net of rewards paid to contracts. */
    public NearToken totalBurnt() {
        return NearToken.ofYocto(chain.burnt().subtract(chain.rewards()));
    }

    /** Checks now that no yocto appeared or vanished (the sandbox also does it after every block by default). */
    public void checkConservation() {
        chain.checkConservation();
    }

    /** A hash of the whole state (accounts, keys, code, storage) in a fixed order: equal states, equal digests. */
    public String stateDigest() {
        List<AccountState> accounts = new ArrayList<>(chain.state().accounts());
        accounts.sort((a, b) -> a.id().compareTo(b.id()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (AccountState a : accounts) {
            write(bytes, a.id() + "|" + a.amount() + "|" + a.locked() + "|" + a.storageUsage() + "|"
                    + (a.code() == null ? "" : Base64.getEncoder().encodeToString(a.code().hash())));
            List<String> keys = new ArrayList<>();
            for (Map.Entry<io.jnear.sdk.PublicKey, AccessKey> k : a.keys().entrySet()) {
                keys.add(k.getKey() + "=" + k.getValue());
            }
            keys.sort(null);
            keys.forEach(k -> write(bytes, k));
            for (Map.Entry<StorageKey, byte[]> e : a.dataSorted().entrySet()) {
                write(bytes, Base64.getEncoder().encodeToString(e.getKey().bytes()) + "="
                        + Base64.getEncoder().encodeToString(e.getValue()));
            }
        }
        write(bytes, chain.height() + "|" + chain.burnt() + "|" + chain.rewards());
        return CryptoHash.of(bytes.toByteArray()).toString();
    }

    /** Direct access to the chain, for tools that need more than this facade. */
    public Chain chain() {
        return chain;
    }

    private AccountState existing(AccountId id) {
        AccountState a = chain.state().get(id);
        if (a == null) {
            throw new IllegalArgumentException("Account " + id + " does not exist");
        }
        return a;
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    private static String text(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0x20 || b == 0x7f) {
                return "base64:" + Base64.getEncoder().encodeToString(bytes);
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
