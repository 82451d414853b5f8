package io.jnear.runtime.exec;

import io.jnear.runtime.fees.ActionFees;
import io.jnear.runtime.isolation.ContractRejectedException;
import io.jnear.runtime.outcome.ActionErrorKind;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.runtime.outcome.FunctionCallError;
import io.jnear.runtime.outcome.TxExecutionError;
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
import io.jnear.sdk.spi.ContractDispatcher;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes one action receipt with NEAR's rules: actions in order, the first error stops and reverts
 * the receipt, then the storage check, refunds of deposits and unused gas, the contract's gas reward,
 * and the data its result owes to waiting receipts.
 */
final class ReceiptExecutor {
    private static final long REWARD_NUMERATOR = 3;
    private static final long REWARD_DENOMINATOR = 10;

    private final Chain chain;
    private final ChainState state;

    ReceiptExecutor(Chain chain) {
        this.chain = chain;
        this.state = chain.state;
    }

    /** What executing a receipt produced. */
    record Result(ExecutionOutcome outcome, List<Receipt> newReceipts, BigInteger tokensBurnt,
            BigInteger reward) {
    }

    /** Per-receipt mutable execution state. */
    private final class Execution {
        final Receipt.ActionReceipt receipt;
        final List<byte[]> promiseResults;
        AccountState account;
        AccountId actor;
        long gasBurnt;
        long gasUsed;
        long functionCallBurnt;
        final List<String> logs = new ArrayList<>();
        final List<VmLogic.NewReceipt> created = new ArrayList<>();
        VmLogic.NewReceipt returnedReceipt;
        byte[] returnValue = new byte[0];
        final List<Receipt> balanceTransfers = new ArrayList<>();

        Execution(Receipt.ActionReceipt receipt, List<byte[]> promiseResults) {
            this.receipt = receipt;
            this.promiseResults = promiseResults;
            this.account = state.get(receipt.receiverId);
            this.actor = receipt.predecessorId;
        }
    }

    Result execute(Receipt.ActionReceipt receipt, List<byte[]> promiseResults) {
        Execution ex = new Execution(receipt, promiseResults);
        boolean refund = receipt.isRefund();
        if (!refund) {
            ex.gasBurnt = ActionFees.ACTION_RECEIPT_CREATION.execution();
            ex.gasUsed = ex.gasBurnt;
        }
        int checkpoint = state.checkpoint();
        TxExecutionError error = null;
        List<Action> actions = receipt.actions;
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            if (!refund) {
                long fee = ActionFees.execution(action);
                ex.gasBurnt += fee;
                ex.gasUsed += fee;
            }
            try {
                apply(ex, action);
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
            BigInteger lacking = chain.storageShortfall(ex.account);
            if (lacking.signum() > 0) {
                error = new TxExecutionError.ActionError(null,
                        new ActionErrorKind.LackBalanceForState(ex.account.id(), NearToken.ofYocto(lacking)));
            }
        }

        BigInteger gasPrice = BigInteger.valueOf(receipt.gasPrice);
        BigInteger burntForRefundFailure = BigInteger.ZERO;
        List<Receipt> out = new ArrayList<>();
        List<CryptoHash> createdIds = new ArrayList<>();
        ExecutionStatus status;
        if (error != null) {
            state.rollback(checkpoint);
            ex.gasUsed = ex.gasBurnt;
            status = new ExecutionStatus.Failure(error);
            if (refund) {
                // a refund to an account that no longer exists is burnt
                burntForRefundFailure = receipt.totalDeposit();
            } else {
                BigInteger deposit = receipt.totalDeposit();
                if (deposit.signum() > 0) {
                    Receipt r = Receipt.ActionReceipt.refund(CryptoHash.derive(receipt.id, "refund", 0),
                            receipt.predecessorId, deposit, receipt.trace);
                    out.add(r);
                    createdIds.add(r.id);
                }
            }
            for (Receipt.DataReceiver dr : receipt.outputDataReceivers) {
                out.add(dataReceipt(receipt, dr, null));
            }
        } else {
            state.commit(checkpoint);
            status = finishSuccess(ex, out, createdIds);
        }

        if (!refund) {
            long gasRefund = receipt.prepaidGas() - ex.gasUsed;
            if (gasRefund > 0 && receipt.gasPrice > 0) {
                Receipt r = Receipt.ActionReceipt.refund(CryptoHash.derive(receipt.id, "refund", 1),
                        receipt.signerId, BigInteger.valueOf(gasRefund).multiply(gasPrice), receipt.trace);
                out.add(r);
                createdIds.add(r.id);
            }
        }

        BigInteger tokensBurnt = BigInteger.valueOf(ex.gasBurnt).multiply(gasPrice);
        BigInteger reward = BigInteger.ZERO;
        AccountState receiver = state.get(receipt.receiverId);
        if (receiver != null && ex.functionCallBurnt > 0) {
            reward = BigInteger.valueOf(ex.functionCallBurnt * REWARD_NUMERATOR / REWARD_DENOMINATOR)
                    .multiply(gasPrice);
            if (reward.signum() > 0) {
                state.setAmount(receiver, receiver.amount().add(reward));
            }
        }
        state.commit(checkpoint);

        ExecutionOutcome outcome = new ExecutionOutcome(receipt.id, false, chain.height(), receipt.predecessorId,
                receipt.receiverId, receipt.actions, status, ex.logs, createdIds, ex.gasBurnt,
                NearToken.ofYocto(tokensBurnt));
        return new Result(outcome, out, tokensBurnt.add(burntForRefundFailure), reward);
    }

    private ExecutionStatus finishSuccess(Execution ex, List<Receipt> out, List<CryptoHash> createdIds) {
        Receipt.ActionReceipt receipt = ex.receipt;
        List<Receipt.ActionReceipt> made = new ArrayList<>();
        for (int k = 0; k < ex.created.size(); k++) {
            VmLogic.NewReceipt n = ex.created.get(k);
            List<Receipt.DataReceiver> outputs = new ArrayList<>(n.outputDataReceivers);
            if (n == ex.returnedReceipt) {
                // promise_return: whoever waited for this receipt now waits for the returned one
                outputs.addAll(receipt.outputDataReceivers);
            }
            Receipt.ActionReceipt r = new Receipt.ActionReceipt(CryptoHash.derive(receipt.id, "receipt", k),
                    receipt.receiverId, n.receiverId, receipt.trace, receipt.signerId, receipt.signerPublicKey,
                    receipt.gasPrice, List.copyOf(n.actions), List.copyOf(n.inputDataIds), outputs);
            made.add(r);
        }
        for (Receipt r : ex.balanceTransfers) {
            out.add(r);
            createdIds.add(r.id);
        }
        out.addAll(made);
        for (Receipt.ActionReceipt r : made) {
            createdIds.add(r.id);
        }
        if (ex.returnedReceipt != null) {
            return new ExecutionStatus.SuccessReceiptId(made.get(ex.created.indexOf(ex.returnedReceipt)).id);
        }
        for (Receipt.DataReceiver dr : receipt.outputDataReceivers) {
            out.add(dataReceipt(receipt, dr, ex.returnValue));
        }
        return new ExecutionStatus.SuccessValue(ex.returnValue);
    }

    private Receipt dataReceipt(Receipt.ActionReceipt from, Receipt.DataReceiver to, byte[] data) {
        return new Receipt.DataReceipt(CryptoHash.derive(to.dataId(), "data-receipt", 0), from.receiverId,
                to.receiverId(), from.trace, to.dataId(), data, from.id);
    }

    private void apply(Execution ex, Action action) throws ActionFailure {
        AccountId receiverId = ex.receipt.receiverId;
        if (action instanceof Action.CreateAccount) {
            createAccount(ex);
            return;
        }
        if (ex.account == null) {
            if (action instanceof Action.Transfer && receiverId.isImplicit() && !ex.receipt.isRefund()) {
                createImplicitAccount(ex);
            } else {
                throw new ActionFailure(new ActionErrorKind.AccountDoesNotExist(receiverId));
            }
        }
        if (action instanceof Action.Transfer t) {
            state.setAmount(ex.account, ex.account.amount().add(t.deposit().asYocto()));
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
            state.addKey(ex.account, k.publicKey(), k.accessKey());
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
        AccountId registrar = chain.config.rootAccount();
        if (id.isTopLevel()) {
            if (!predecessor.equals(registrar) && !id.isImplicit()) {
                throw new ActionFailure(new ActionErrorKind.CreateAccountOnlyByRegistrar(id, registrar, predecessor));
            }
        } else if (!id.isSubAccountOf(predecessor)) {
            throw new ActionFailure(new ActionErrorKind.CreateAccountNotAllowed(id, predecessor));
        }
        ex.account = state.createAccount(id);
        ex.actor = id;
    }

    private void createImplicitAccount(Execution ex) {
        AccountId id = ex.receipt.receiverId;
        ex.account = state.createAccount(id);
        byte[] keyBytes = java.util.HexFormat.of().parseHex(id.toString());
        state.addKey(ex.account, PublicKey.ed25519(keyBytes), AccessKey.fullAccess());
    }

    private void stake(Execution ex, Action.Stake s) throws ActionFailure {
        AccountState a = ex.account;
        BigInteger available = a.amount().add(a.locked());
        BigInteger stake = s.stake().asYocto();
        if (stake.compareTo(available) > 0) {
            throw new ActionFailure(new ActionErrorKind.TriesToStake(a.id(), s.stake(),
                    NearToken.ofYocto(a.locked()), NearToken.ofYocto(a.amount())));
        }
        // The sandbox has no validators or epochs of staking: the new stake is locked at once.
        state.setAmount(a, available.subtract(stake));
        state.setLocked(a, stake);
    }

    private void deleteAccount(Execution ex, Action.DeleteAccount d) throws ActionFailure {
        AccountState a = ex.account;
        if (a.locked().signum() > 0) {
            throw new ActionFailure(new ActionErrorKind.DeleteAccountStaking(a.id()));
        }
        if (a.amount().signum() > 0) {
            ex.balanceTransfers.add(Receipt.ActionReceipt.refund(
                    CryptoHash.derive(ex.receipt.id, "beneficiary", ex.balanceTransfers.size()),
                    d.beneficiaryId(), a.amount(), ex.receipt.trace));
        }
        state.deleteAccount(a.id());
        ex.account = null;
    }

    private void functionCall(Execution ex, Action.FunctionCall call) throws ActionFailure {
        AccountState a = ex.account;
        if (a.code() == null) {
            throw failure(new FunctionCallError.CodeDoesNotExist(a.id()));
        }
        state.setAmount(a, a.amount().add(call.deposit().asYocto()));
        Receipt.ActionReceipt r = ex.receipt;
        VmLogic vm = new VmLogic(chain.vmContext(r.id, r.signerId, r.signerPublicKey, r.predecessorId), state, a,
                call.methodName(), call.args(), call.deposit(), call.gas().asGas(), chain.config.maxGasBurnt(),
                false, ex.promiseResults, r.outputDataReceivers);
        ContractDispatcher dispatcher;
        try {
            dispatcher = a.deployment(chain.config.meterContracts()).dispatcher();
        } catch (ContractRejectedException e) {
            throw failure(new FunctionCallError.ExecutionError(e.getMessage()));
        }
        FunctionCallError error = run(vm, dispatcher, call.methodName(), a.code().size());
        ex.logs.addAll(vm.logs);
        ex.functionCallBurnt += vm.gas().burnt();
        ex.gasBurnt += vm.gas().burnt();
        if (error != null) {
            ex.gasUsed += vm.gas().burnt();
            throw failure(error);
        }
        vm.distributeUnusedGas();
        for (VmLogic.NewReceipt created : vm.newReceipts) {
            for (Action action : created.actions) {
                if (action instanceof Action.FunctionCall f && f.gas().isZero()) {
                    ex.gasUsed += vm.gas().burnt();
                    throw new ActionFailure(new ActionErrorKind.NewReceiptValidationError("FunctionCallZeroAttachedGas"));
                }
            }
        }
        ex.gasUsed += vm.gas().used();
        ex.created.addAll(vm.newReceipts);
        ex.returnedReceipt = vm.returnedPromise >= 0 ? vm.newReceipts.get(vm.returnedPromise) : null;
        ex.returnValue = vm.returnValue == null ? new byte[0] : vm.returnValue;
    }

    private static ActionFailure failure(FunctionCallError error) {
        return new ActionFailure(new ActionErrorKind.FunctionCallFailure(error));
    }

    /** Runs the contract method on {@code vm}; returns null on success, else why it failed. */
    static FunctionCallError run(VmLogic vm, ContractDispatcher dispatcher, String method, int codeSize) {
        HostBinding.Call bound = HostBinding.enter(vm);
        try {
            vm.chargeCallStart(codeSize);
            if (!dispatcher.dispatch(method)) {
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

    private static FunctionCallError panicked(VmLogic vm, String message) {
        if (vm.failure != null) {
            return new FunctionCallError.ExecutionError(vm.failure.getMessage());
        }
        return new FunctionCallError.ExecutionError("Smart contract panicked: " + message);
    }
}
