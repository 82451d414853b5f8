package io.jnear.runtime.exec;

import io.jnear.runtime.ProtocolConfig;
import io.jnear.runtime.fees.ActionCost;
import io.jnear.runtime.fees.ActionFees;
import io.jnear.runtime.fees.ExtCost;
import io.jnear.runtime.isolation.ContractRejectedException;
import io.jnear.runtime.outcome.ActionErrorKind;
import io.jnear.runtime.outcome.ActionsValidationError;
import io.jnear.runtime.outcome.GasProfile;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.runtime.outcome.FunctionCallError;
import io.jnear.runtime.outcome.ReceiptValidationError;
import io.jnear.runtime.outcome.TxExecutionError;
import io.jnear.runtime.state.AccountKind;
import io.jnear.runtime.state.AccountState;
import io.jnear.runtime.state.ChainState;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.ContractPanic;
import io.jnear.sdk.HostBinding;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.U128;
import io.jnear.sdk.spi.ContractCode;
import io.jnear.sdk.spi.ContractDispatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes one action receipt with NEAR's rules: actions in order, the first error stops and reverts
 * the receipt, then the storage check, refunds of deposits and gas, the account creation charge, the
 * contract's gas reward, and the data its result owes to waiting receipts.
 *
 * <p>Gas refund (NEP-642, protocol 85+): the receipt's gas was bought at its purchase price P and burnt
 * gas costs only the block's price B ≤ P, so the signer gets back {@code unused × P + (P − B) × burnt},
 * where unused is the prepaid gas (attached plus execution fees) less what was used, or less what was
 * burnt when the receipt failed. When the receipt created an account, the account creation charge
 * comes out of the {@code (P − B) × burnt} part.
 */
final class ReceiptExecutor {
    private static final int ETH_WALLET_HASH_BYTES = 32;
    private static final byte[] NO_VALUE = new byte[0];

    private final Chain chain;
    private final ChainState state;
    private final ProtocolConfig protocol;
    private final ActionFees fees;
    /** The protocol's account creation charge, converted once. */
    private final U128 accountCreationCharge;

    ReceiptExecutor(Chain chain) {
        this.chain = chain;
        this.state = chain.state;
        this.protocol = chain.config.protocol();
        this.fees = protocol.fees();
        this.accountCreationCharge = U128.of(protocol.accountCreationCharge());
    }

    /** What executing a receipt produced. */
    record Result(ExecutionOutcome outcome, List<Receipt> newReceipts, U128 tokensBurnt, U128 reward) {
    }

    /**
     * Per-receipt mutable execution state. Its lists start as shared empty ones and are made at first use:
     * most receipts log nothing, and only a call creates receipts.
     */
    private final class Execution {
        final Receipt.ActionReceipt receipt;
        final AccountKind receiverKind;
        final List<byte[]> promiseResults;
        AccountState account;
        AccountId actor;
        long gasBurnt;
        long gasUsed;
        long functionCallBurnt;
        boolean createdAccount;
        List<String> logs = List.of();
        GasProfile profile = GasProfile.EMPTY;
        List<VmLogic.NewReceipt> created = List.of();
        VmLogic.NewReceipt returnedReceipt;
        byte[] returnValue = NO_VALUE;
        List<Receipt> balanceTransfers = List.of();

        Execution(Receipt.ActionReceipt receipt, List<byte[]> promiseResults) {
            this.receipt = receipt;
            this.receiverKind = AccountKind.of(receipt.receiverId);
            this.promiseResults = promiseResults;
            this.account = state.get(receipt.receiverId);
            this.actor = receipt.predecessorId;
        }
    }

    Result execute(Receipt.ActionReceipt receipt, List<byte[]> promiseResults) {
        Execution ex = new Execution(receipt, promiseResults);
        boolean refund = receipt.isRefund();
        // A refund burns its execution fees too (nearcore counts them in its outcome and the chunk's gas since
        // CountRefundReceiptsInGasLimit), but at its gas price of 0: no tokens.
        ex.gasBurnt = fees.fee(ActionCost.NEW_ACTION_RECEIPT).execution();
        ex.gasUsed = ex.gasBurnt;
        int checkpoint = state.checkpoint();
        TxExecutionError error = null;
        List<Action> actions = receipt.actions;
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            long fee = fees.execution(action, ex.receiverKind);
            ex.gasBurnt = GasCounter.saturatingAdd(ex.gasBurnt, fee);
            ex.gasUsed = GasCounter.saturatingAdd(ex.gasUsed, fee);
            try {
                apply(ex, action, actions.size());
            } catch (ActionFailure f) {
                error = new TxExecutionError.ActionError(i, f.kind);
                break;
            } catch (VirtualMachineError e) {
                // a JVM error anywhere in the receipt (host code included) fails the whole receipt
                error = new TxExecutionError.ActionError(i, new ActionErrorKind.FunctionCallFailure(
                        new FunctionCallError.ExecutionError("Smart contract panicked: " + jvmError(e))));
                break;
            }
        }
        if (error == null && ex.account != null) {
            U128 lacking = chain.storageShortfall(ex.account);
            if (!lacking.isZero()) {
                error = new TxExecutionError.ActionError(null,
                        new ActionErrorKind.LackBalanceForState(ex.account.id(), NearToken.ofYocto(lacking)));
            }
        }

        U128 burntForRefundFailure = U128.ZERO;
        // at most the created receipts, a deposit refund, a gas refund and the data owed
        List<Receipt> out = new ArrayList<>(ex.balanceTransfers.size() + ex.created.size() + 2
                + receipt.outputDataReceivers.size());
        ExecutionStatus status;
        if (error != null) {
            state.rollback(checkpoint);
            chain.chunkWrites.discardReceipt();
            ex.gasUsed = ex.gasBurnt;
            ex.createdAccount = false;
            status = new ExecutionStatus.Failure(error);
            if (refund) {
                // a refund to an account that no longer exists is burnt
                burntForRefundFailure = receipt.totalDeposit();
            } else {
                U128 deposit = receipt.totalDeposit();
                if (!deposit.isZero()) {
                    out.add(Receipt.ActionReceipt.refund(CryptoHash.derive(receipt.id, "refund", 0),
                            receipt.predecessorId, deposit, receipt.trace));
                }
            }
            for (int i = 0; i < receipt.outputDataReceivers.size(); i++) {
                Receipt.DataReceiver dr = receipt.outputDataReceivers.get(i);
                out.add(dataReceipt(receipt, dr, null));
            }
        } else {
            state.commit(checkpoint);
            chain.chunkWrites.commitReceipt();
            status = finishSuccess(ex, out);
        }

        long burnPrice = Math.min(receipt.gasPrice, chain.config.gasPrice());
        U128 tokensBurnt = GasPrices.cost(ex.gasBurnt, burnPrice);
        if (!refund) {
            long purchasePrice = receipt.gasPrice;
            long unused = Math.max(0, receipt.prepaidGas(fees) - ex.gasUsed);
            U128 unusedRefund = GasPrices.cost(unused, purchasePrice);
            U128 surplusRefund = GasPrices.cost(purchasePrice - burnPrice, ex.gasBurnt);
            if (ex.createdAccount) {
                // nearcore takes the charge out of the price surplus only, never out of unused gas
                U128 charge = U128.min(accountCreationCharge(burnPrice), surplusRefund);
                surplusRefund = surplusRefund.minus(charge);
                tokensBurnt = tokensBurnt.plus(charge);
            }
            U128 gasRefund = surplusRefund.isZero() ? unusedRefund : unusedRefund.plus(surplusRefund);
            if (!gasRefund.isZero()) {
                out.add(Receipt.ActionReceipt.gasRefund(CryptoHash.derive(receipt.id, "refund", 1),
                        receipt.signerId, receipt.signerPublicKey, gasRefund, receipt.trace));
            }
        }

        U128 reward = U128.ZERO;
        AccountState receiver = ex.functionCallBurnt > 0 ? state.get(receipt.receiverId) : null;
        if (receiver != null) {
            long rewardGas = GasPrices.share(ex.functionCallBurnt, protocol.burntGasRewardNumerator(),
                    protocol.burntGasRewardDenominator());
            reward = GasPrices.cost(rewardGas, chain.config.gasPrice());
            if (!reward.isZero()) {
                state.setAmount(receiver, receiver.amountU128().plus(reward));
            }
        }
        state.commit(checkpoint);

        // the outcome keeps immutable lists without copying them: the actions, the logs and the ids are
        ExecutionOutcome outcome = new ExecutionOutcome(receipt.id, false, chain.height(), chain.blockHash(),
                receipt.predecessorId, receipt.receiverId, receipt.actions, status, ex.logs, actionReceiptIds(out),
                ex.gasBurnt, NearToken.ofYocto(tokensBurnt), ex.profile);
        return new Result(outcome, out,
                burntForRefundFailure.isZero() ? tokensBurnt : tokensBurnt.plus(burntForRefundFailure), reward);
    }

    /**
     * Best effort, as nearcore's {@code try_refund_allowance}: when the key that signed the transaction still
     * exists and is a function-call key with a limited allowance, the refund is added to that allowance
     * (saturating at u128's maximum).
     */
    private void refundAllowance(Execution ex, NearToken amount) {
        PublicKey key = ex.receipt.signerPublicKey;
        AccessKey accessKey = key == null ? null : ex.account.key(key);
        NearToken allowance = accessKey == null ? null : Chain.allowanceOf(accessKey);
        if (allowance != null) {
            U128 before = allowance.asU128();
            U128 added = amount.asU128();
            U128 sum = added.compareTo(U128.MAX.minus(before)) > 0 ? U128.MAX : before.plus(added);
            if (sum.compareTo(before) > 0) {
                state.setAllowance(ex.account, key, NearToken.ofYocto(sum));
            }
        }
    }

    /** What creating an account costs beyond the gas already burnt for create_account's execution. */
    private U128 accountCreationCharge(long burnPrice) {
        U128 burntForCreation = GasPrices.cost(fees.fee(ActionCost.CREATE_ACCOUNT).execution(), burnPrice);
        return accountCreationCharge.compareTo(burntForCreation) > 0 ? accountCreationCharge.minus(burntForCreation)
                : U128.ZERO;
    }

    /**
     * The ids an outcome lists as its {@code receipt_ids}: the action receipts among those it created, in
     * order (the data receipts it sent are not listed), as an immutable list.
     */
    private static List<CryptoHash> actionReceiptIds(List<Receipt> created) {
        CryptoHash[] ids = new CryptoHash[created.size()];
        int n = 0;
        for (int i = 0; i < created.size(); i++) {
            if (created.get(i) instanceof Receipt.ActionReceipt r) {
                ids[n++] = r.id;
            }
        }
        return List.of(n == ids.length ? ids : java.util.Arrays.copyOf(ids, n));
    }

    private ExecutionStatus finishSuccess(Execution ex, List<Receipt> out) {
        Receipt.ActionReceipt receipt = ex.receipt;
        if (!ex.balanceTransfers.isEmpty()) {
            out.addAll(ex.balanceTransfers);
        }
        CryptoHash returnedId = null;
        for (int k = 0; k < ex.created.size(); k++) {
            VmLogic.NewReceipt n = ex.created.get(k);
            // The call is over, so the new receipt takes over its lists: VmLogic no longer changes them.
            List<Receipt.DataReceiver> outputs = n.outputDataReceivers;
            if (n == ex.returnedReceipt && !receipt.outputDataReceivers.isEmpty()) {
                // promise_return: whoever waited for this receipt now waits for the returned one
                outputs = new ArrayList<>(outputs);
                outputs.addAll(receipt.outputDataReceivers);
            }
            // immutable actions: the outcome of the new receipt keeps them without a copy
            Receipt.ActionReceipt r = new Receipt.ActionReceipt(CryptoHash.derive(receipt.id, "receipt", k),
                    receipt.receiverId, n.receiverId, receipt.trace, receipt.signerId, receipt.signerPublicKey,
                    receipt.gasPrice, List.copyOf(n.actions), n.inputDataIds, outputs);
            out.add(r);
            if (n == ex.returnedReceipt) {
                returnedId = r.id;
            }
        }
        if (returnedId != null) {
            return new ExecutionStatus.SuccessReceiptId(returnedId);
        }
        for (int i = 0; i < receipt.outputDataReceivers.size(); i++) {
            Receipt.DataReceiver dr = receipt.outputDataReceivers.get(i);
            out.add(dataReceipt(receipt, dr, ex.returnValue));
        }
        return new ExecutionStatus.SuccessValue(ex.returnValue);
    }

    private Receipt dataReceipt(Receipt.ActionReceipt from, Receipt.DataReceiver to, byte[] data) {
        return new Receipt.DataReceipt(CryptoHash.derive(to.dataId(), "data-receipt", 0), from.receiverId,
                to.receiverId(), from.trace, to.dataId(), data, from.id);
    }

    private void apply(Execution ex, Action action, int actionCount) throws ActionFailure {
        AccountId receiverId = ex.receipt.receiverId;
        if (action instanceof Action.CreateAccount) {
            createAccount(ex);
            return;
        }
        if (ex.account == null) {
            // only a lone transfer that is not a refund creates an implicit account
            if (action instanceof Action.Transfer && ex.receiverKind.isImplicit() && actionCount == 1
                    && !ex.receipt.isRefund()) {
                createImplicitAccount(ex);
            } else {
                throw new ActionFailure(new ActionErrorKind.AccountDoesNotExist(receiverId));
            }
        }
        if (action instanceof Action.Transfer t) {
            state.setAmount(ex.account, ex.account.amountU128().plus(t.deposit().asU128()));
            if (ex.receipt.isGasRefund()) {
                refundAllowance(ex, t.deposit());
            }
        } else if (action instanceof Action.FunctionCall f) {
            functionCall(ex, f);
        } else if (action instanceof Action.DeployContract d) {
            requireActor(ex);
            state.setCode(ex.account, d.code());
        } else if (action instanceof Action.Stake s) {
            requireActor(ex);
            stake(ex, s);
        } else if (action instanceof Action.AddKey k) {
            requireActor(ex);
            if (ex.account.key(k.publicKey()) != null) {
                throw new ActionFailure(new ActionErrorKind.AddKeyAlreadyExists(receiverId, k.publicKey()));
            }
            state.addKey(ex.account, k.publicKey(), new AccessKey(newKeyNonce(), k.accessKey().permission()));
        } else if (action instanceof Action.DeleteKey k) {
            requireActor(ex);
            if (ex.account.key(k.publicKey()) == null) {
                throw new ActionFailure(new ActionErrorKind.DeleteKeyDoesNotExist(receiverId, k.publicKey()));
            }
            state.removeKey(ex.account, k.publicKey());
        } else if (action instanceof Action.DeleteAccount d) {
            requireActor(ex);
            deleteAccount(ex, d);
        }
    }

    private void requireActor(Execution ex) throws ActionFailure {
        if (!ex.actor.equals(ex.receipt.receiverId)) {
            throw new ActionFailure(new ActionErrorKind.ActorNoPermission(ex.receipt.receiverId, ex.actor));
        }
    }

    private void createAccount(Execution ex) throws ActionFailure {
        AccountId id = ex.receipt.receiverId;
        AccountId predecessor = ex.receipt.predecessorId;
        if (ex.account != null) {
            throw new ActionFailure(new ActionErrorKind.AccountAlreadyExists(id));
        }
        if (ex.receiverKind.isImplicit()) {
            throw new ActionFailure(new ActionErrorKind.OnlyImplicitAccountCreationAllowed(id));
        }
        AccountId registrar = chain.config.rootAccount();
        if (id.isTopLevel()) {
            if (!predecessor.equals(registrar)) {
                throw new ActionFailure(new ActionErrorKind.CreateAccountOnlyByRegistrar(id, registrar, predecessor));
            }
        } else if (!id.isSubAccountOf(predecessor)) {
            throw new ActionFailure(new ActionErrorKind.CreateAccountNotAllowed(id, predecessor));
        }
        ex.account = state.createAccount(id);
        ex.actor = id;
        ex.createdAccount = true;
    }

    /**
     * A NEAR-implicit account gets its ID as its full-access key; an ETH-implicit account gets no key (on
     * NEAR it runs the wallet contract, which the sandbox does not model).
     */
    private void createImplicitAccount(Execution ex) {
        AccountId id = ex.receipt.receiverId;
        ex.account = state.createAccount(id);
        if (ex.receiverKind == AccountKind.NEAR_IMPLICIT) {
            byte[] keyBytes = java.util.HexFormat.of().parseHex(id.toString());
            state.addKey(ex.account, PublicKey.ed25519(keyBytes),
                    new AccessKey(newKeyNonce(), AccessKey.fullAccess().permission()));
        } else if (ex.receiverKind == AccountKind.ETH_IMPLICIT) {
            // Since protocol 83 (EthImplicitGlobalContract) nearcore gives the account no key and points it at
            // the wallet contract by its 32-byte global contract hash, which the account record stores.
            // The sandbox holds no global contracts, so a call to the account finds no code (see the README).
            state.addStorageUsage(ex.account, ETH_WALLET_HASH_BYTES);
        }
        ex.createdAccount = true;
    }

    /**
     * The nonce a key added in this block starts with, whatever the AddKey action says: nearcore's
     * {@code (height − 1) × ACCESS_KEY_NONCE_RANGE_MULTIPLIER}, so a transaction signed with a key deleted and
     * added again cannot be replayed.
     */
    private long newKeyNonce() {
        return (chain.height() - 1) * ProtocolConfig.ACCESS_KEY_NONCE_RANGE_MULTIPLIER;
    }

    private void stake(Execution ex, Action.Stake s) throws ActionFailure {
        AccountState a = ex.account;
        U128 available = a.amountU128().plus(a.lockedU128());
        U128 stake = s.stake().asU128();
        if (stake.compareTo(available) > 0) {
            throw new ActionFailure(new ActionErrorKind.TriesToStake(a.id(), s.stake(),
                    NearToken.ofYocto(a.lockedU128()), NearToken.ofYocto(a.amountU128())));
        }
        // The sandbox has no validators or epochs of staking: the new stake is locked at once.
        state.setAmount(a, available.minus(stake));
        state.setLocked(a, stake);
    }

    private void deleteAccount(Execution ex, Action.DeleteAccount d) throws ActionFailure {
        AccountState a = ex.account;
        if (!a.lockedU128().isZero()) {
            throw new ActionFailure(new ActionErrorKind.DeleteAccountStaking(a.id()));
        }
        long stateBytes = a.storageUsage() - (a.code() == null ? 0 : a.code().size());
        if (stateBytes > protocol.limits().maxAccountDeletionStorageUsage()) {
            throw new ActionFailure(new ActionErrorKind.DeleteAccountWithLargeState(a.id()));
        }
        if (!a.amountU128().isZero()) {
            if (ex.balanceTransfers.isEmpty()) {
                ex.balanceTransfers = new ArrayList<>(1);
            }
            ex.balanceTransfers.add(Receipt.ActionReceipt.refund(
                    CryptoHash.derive(ex.receipt.id, "beneficiary", ex.balanceTransfers.size()),
                    d.beneficiaryId(), a.amountU128(), ex.receipt.trace));
        }
        state.deleteAccount(a.id());
        ex.account = null;
    }

    private void functionCall(Execution ex, Action.FunctionCall call) throws ActionFailure {
        AccountState a = ex.account;
        InjectedFailure injected = chain.takeInjectedFailure(ex.receipt.id);
        if (injected == InjectedFailure.MISSING_ACCOUNT) {
            throw new ActionFailure(new ActionErrorKind.AccountDoesNotExist(a.id()));
        }
        if (a.code() == null) {
            throw failure(new FunctionCallError.CodeDoesNotExist(a.id()));
        }
        if (injected == InjectedFailure.PANIC) {
            throw failure(new FunctionCallError.ExecutionError(Chain.INJECTED_FAILURE));
        }
        if (!call.deposit().isZero()) {
            state.setAmount(a, a.amountU128().plus(call.deposit().asU128()));
        }
        Receipt.ActionReceipt r = ex.receipt;
        VmLogic vm = new VmLogic(chain.vmContext(r.id, r.signerId, r.signerPublicKey, r.predecessorId), state, a,
                call.args(), call.deposit(), call.gas().asGas(), protocol, false, ex.promiseResults,
                r.outputDataReceivers, chain.chunkWrites);
        FunctionCallError error;
        try {
            error = runCode(vm, a, chain.config.meterContracts(), call.methodName());
        } catch (ContractRejectedException e) {
            throw failure(new FunctionCallError.ExecutionError(e.getMessage()));
        }
        if (error == null && injected != null) {
            error = failedAtTheEnd(vm, injected);
        }
        if (!vm.logs.isEmpty()) {
            // a receipt's logs are one call's, the outcome keeps them as they are; several calls' are joined
            ex.logs = ex.logs.isEmpty() ? List.copyOf(vm.logs) : join(ex.logs, vm.logs);
        }
        ex.profile = ex.profile.plus(vm.gas().profile());
        ex.functionCallBurnt += vm.gas().burnt();
        ex.gasBurnt = GasCounter.saturatingAdd(ex.gasBurnt, vm.gas().burnt());
        if (error != null) {
            throw failure(error);
        }
        vm.distributeUnusedGas();
        ReceiptValidationError invalid = validateNewReceipts(ex, vm.newReceipts);
        if (invalid != null) {
            throw new ActionFailure(new ActionErrorKind.NewReceiptValidationError(invalid));
        }
        ex.gasUsed = GasCounter.saturatingAdd(ex.gasUsed, vm.gas().used());
        if (!vm.newReceipts.isEmpty()) {
            ex.created = ex.created.isEmpty() ? vm.newReceipts : join(ex.created, vm.newReceipts);
        }
        ex.returnedReceipt = vm.returnedPromise >= 0 ? vm.newReceipts.get(vm.returnedPromise) : null;
        ex.returnValue = vm.returnValue == null ? NO_VALUE : vm.returnValue;
    }

    /** {@code first} then {@code second}, as an immutable list. */
    private static <T> List<T> join(List<T> first, List<T> second) {
        List<T> both = new ArrayList<>(first.size() + second.size());
        both.addAll(first);
        both.addAll(second);
        return List.copyOf(both);
    }

    /**
     * The failure injected into a call that ran to its end: it burns what the call burnt (out of gas: all
     * it had left, as a last instruction crossing the limit would), and failing discards its writes.
     */
    private static FunctionCallError failedAtTheEnd(VmLogic vm, InjectedFailure injected) {
        if (injected == InjectedFailure.OUT_OF_GAS) {
            try {
                // one gas more than is left: the lower limit (usually the prepaid gas) is the one crossed
                vm.gas().burnHost(ExtCost.WASM_INSTRUCTION, vm.gas().left() + 1);
            } catch (VmError e) {
                return new FunctionCallError.ExecutionError(e.getMessage());
            }
        }
        return new FunctionCallError.ExecutionError(Chain.INJECTED_LATE_FAILURE);
    }

    /**
     * Receipts a contract creates are validated as a transaction's actions are, and a few checks more, in
     * nearcore's order ({@code validate_receipt} in its {@code NewReceipt} mode): the receipt's size first,
     * then its input data dependencies, then its actions.
     */
    private ReceiptValidationError validateNewReceipts(Execution ex, List<VmLogic.NewReceipt> receipts) {
        var limits = protocol.limits();
        for (int i = 0; i < receipts.size(); i++) {
            VmLogic.NewReceipt n = receipts.get(i);
            long size = BorshSize.actionReceipt(ex.receipt.receiverId, n.receiverId, ex.receipt.signerId, n.actions,
                    n.inputDataIds.size(), n.outputDataReceivers);
            if (size > limits.maxReceiptSize()) {
                return new ReceiptValidationError.ReceiptSizeExceeded(size, limits.maxReceiptSize());
            }
            if (n.inputDataIds.size() > limits.maxNumberInputDataDependencies()) {
                return new ReceiptValidationError.NumberInputDataDependenciesExceeded(n.inputDataIds.size(),
                        limits.maxNumberInputDataDependencies());
            }
            ActionsValidationError invalid = ActionsValidator.validate(protocol, n.actions);
            if (invalid != null) {
                return new ReceiptValidationError.ActionsValidation(invalid);
            }
        }
        return null;
    }

    private static ActionFailure failure(FunctionCallError error) {
        return new ActionFailure(new ActionErrorKind.FunctionCallFailure(error));
    }

    /**
     * Runs {@code method} of {@code account}'s code on {@code vm}: a Wasm module through the installed
     * {@link CodeRunner}, Java code through its deployment (loaded at first use).
     *
     * @throws ContractRejectedException if the Java code, loaded now, uses an API contract code may not
     */
    static FunctionCallError runCode(VmLogic vm, AccountState account, boolean metered, String method) {
        ContractCode code = account.code();
        return code.isWasm() ? runWasm(vm, code, method)
                : run(vm, account.deployment(metered).dispatcher(), method, code.size());
    }

    /**
     * Runs the contract method on {@code vm} through the JVM binding; returns null on success, else why it
     * failed. A call of a method the contract does not export, or of an empty method name, burns no gas
     * of its own, as nearcore's no-op outcome at protocol 86.
     */
    private static FunctionCallError run(VmLogic vm, ContractDispatcher dispatcher, String method, int codeSize) {
        if (method.isEmpty()) {
            return new FunctionCallError.MethodEmptyName();
        }
        HostBinding.Call bound = HostBinding.enter(new JvmHost(vm));
        try {
            vm.chargeContractLoading(codeSize);
            vm.chargeInstructions(JvmWork.CALL_BASE_INSTRUCTIONS);
            if (!dispatcher.dispatch(method)) {
                // a no-op outcome: until fix_contract_loading_cost (not in protocol 86) nearcore burns
                // nothing for a method it cannot resolve, not even the loading it already did
                vm.gas().clear();
                return new FunctionCallError.MethodNotFound();
            }
            HostBinding.flushOps();
            HostBinding.schedulePending();
        } catch (VmError e) {
            return new FunctionCallError.ExecutionError(e.getMessage());
        } catch (ContractPanic e) {
            return panicked(vm, e.getMessage());
        } catch (VirtualMachineError e) {
            return panicked(vm, jvmError(e));
        } catch (RuntimeException | Error e) {
            return panicked(vm, e.toString());
        } finally {
            bound.close();
        }
        if (vm.failure != null) {
            // the contract caught a host error; the call fails all the same
            return new FunctionCallError.ExecutionError(vm.failure.getMessage());
        }
        return null;
    }

    private static String jvmError(VirtualMachineError e) {
        return e instanceof StackOverflowError ? "stack overflow"
                : e instanceof OutOfMemoryError ? "out of memory" : e.getClass().getSimpleName();
    }

    /**
     * Runs the method of a Wasm module on {@code vm} through the installed {@link CodeRunner}; like a Java
     * call, a method the module does not export burns nothing, not even the loading.
     */
    private static FunctionCallError runWasm(VmLogic vm, ContractCode code, String method) {
        if (method.isEmpty()) {
            return new FunctionCallError.MethodEmptyName();
        }
        FunctionCallError error;
        try {
            vm.chargeContractLoading(code.size());
            error = CodeRunner.wasm().run(code, method, vm);
        } catch (VmError e) {
            return new FunctionCallError.ExecutionError(e.getMessage());
        } catch (ContractPanic e) {
            return panicked(vm, e.getMessage());
        }
        if (error instanceof FunctionCallError.MethodNotFound) {
            vm.gas().clear(); // the call's counter was fresh: back to nothing burnt
            return error;
        }
        if (error == null && vm.failure != null) {
            return new FunctionCallError.ExecutionError(vm.failure.getMessage());
        }
        return error;
    }

    private static FunctionCallError panicked(VmLogic vm, String message) {
        if (vm.failure != null) {
            return new FunctionCallError.ExecutionError(vm.failure.getMessage());
        }
        return new FunctionCallError.ExecutionError("Smart contract panicked: " + message);
    }
}
