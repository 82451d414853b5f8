package io.jnear.runtime.exec;

import io.jnear.runtime.fees.ActionFees;
import io.jnear.runtime.isolation.ContractClasses;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.spi.Host;

/**
 * The JVM binding: what a Java contract's {@link io.jnear.sdk.Env} calls. It runs each host function on
 * the shared {@link VmLogic} and charges the Wasm ABI traffic the equivalent near-sdk call would cause,
 * so a Java contract pays what the same contract compiled to Wasm pays for its host calls:
 * <ul>
 *   <li>arguments are read from memory ({@code read_memory}): keys, values, logs, account IDs, method
 *       names, arguments, public keys (33 bytes), u128 amounts (16 bytes), promise indices (8 bytes each);
 *   <li>u128 results are written to memory ({@code write_memory}, 16 bytes);
 *   <li>results handed over in a register cost {@code write_register} (only its base for the call's input
 *       and promise results, which nearcore shares rather than copies), and reading them back as near-sdk
 *       does costs {@code register_len} and {@code read_register} (two host calls, so two {@code base})
 *       plus {@code read_register} and {@code write_memory} for the bytes;
 *   <li>a value a storage write or remove displaces goes to a register, which near-sdk reads only when
 *       asked, so only {@code write_register} is charged for it.
 * </ul>
 */
final class JvmHost implements Host {
    private static final int U128_BYTES = 16;
    private static final int PUBLIC_KEY_BYTES = 33;
    private static final int PROMISE_INDEX_BYTES = 8;

    private final VmLogic vm;

    JvmHost(VmLogic vm) {
        this.vm = vm;
    }

    /** A result in a register that near-sdk then reads into memory. */
    private void registerToMemory(long bytes) {
        vm.chargeRegisterToMemory(bytes, false);
    }

    /** Input or a promise result, shared into a register, that near-sdk then reads into memory. */
    private void sharedRegisterToMemory(long bytes) {
        vm.chargeRegisterToMemory(bytes, true);
    }

    private static long utf8(String s) {
        return ActionFees.utf8Length(s);
    }

    private static long idBytes(AccountId id) {
        return id.toString().length();
    }

    @Override
    public AccountId currentAccountId() {
        AccountId id = vm.currentAccountId();
        registerToMemory(idBytes(id));
        return id;
    }

    @Override
    public AccountId signerAccountId() {
        AccountId id = vm.signerAccountId();
        registerToMemory(idBytes(id));
        return id;
    }

    @Override
    public PublicKey signerAccountPk() {
        PublicKey key = vm.signerAccountPk();
        registerToMemory(PUBLIC_KEY_BYTES);
        return key;
    }

    @Override
    public AccountId predecessorAccountId() {
        AccountId id = vm.predecessorAccountId();
        registerToMemory(idBytes(id));
        return id;
    }

    @Override
    public byte[] input() {
        byte[] input = vm.input();
        sharedRegisterToMemory(input.length);
        return input;
    }

    @Override
    public long blockHeight() {
        return vm.blockHeight();
    }

    @Override
    public long blockTimestamp() {
        return vm.blockTimestamp();
    }

    @Override
    public long epochHeight() {
        return vm.epochHeight();
    }

    @Override
    public long storageUsage() {
        return vm.storageUsage();
    }

    @Override
    public NearToken accountBalance() {
        NearToken balance = vm.accountBalance();
        vm.chargeWriteMemory(U128_BYTES);
        return balance;
    }

    @Override
    public NearToken accountLockedBalance() {
        NearToken locked = vm.accountLockedBalance();
        vm.chargeWriteMemory(U128_BYTES);
        return locked;
    }

    @Override
    public NearToken attachedDeposit() {
        NearToken deposit = vm.attachedDeposit();
        vm.chargeWriteMemory(U128_BYTES);
        return deposit;
    }

    @Override
    public Gas prepaidGas() {
        return vm.prepaidGas();
    }

    @Override
    public Gas usedGas() {
        return vm.usedGas();
    }

    @Override
    public byte[] randomSeed() {
        byte[] seed = vm.randomSeed();
        registerToMemory(seed.length);
        return seed;
    }

    @Override
    public byte[] sha256(byte[] data) {
        vm.chargeReadMemory(data.length);
        byte[] hash = vm.sha256(data);
        registerToMemory(hash.length);
        return hash;
    }

    @Override
    public void valueReturn(byte[] value) {
        vm.chargeReadMemory(value.length);
        vm.valueReturn(value);
    }

    @Override
    public void log(String message) {
        vm.chargeReadMemory(utf8(message));
        vm.log(message);
    }

    @Override
    public void burnGas(long gas) {
        vm.burnGas(gas);
    }

    @Override
    public void chargeOps(long ops) {
        vm.chargeOps(ops);
    }

    @Override
    public void fail(String message) {
        vm.fail(message);
    }

    @Override
    public byte[] storageRead(byte[] key) {
        vm.chargeReadMemory(key.length);
        byte[] value = vm.storageRead(key);
        if (value != null) {
            registerToMemory(value.length);
        }
        return value;
    }

    @Override
    public byte[] storageWrite(byte[] key, byte[] value) {
        vm.chargeReadMemory(key.length, value.length);
        byte[] old = vm.storageWrite(key, value);
        if (old != null) {
            vm.chargeWriteRegister(old.length);
        }
        return copyOf(old);
    }

    /**
     * The contract's own copy of an evicted value: the stored array is still the state's, held by the undo
     * journal (a failed receipt puts it back) and by the state's forks.
     */
    private static byte[] copyOf(byte[] evicted) {
        return evicted == null ? null : evicted.clone();
    }

    @Override
    public byte[] storageRemove(byte[] key) {
        vm.chargeReadMemory(key.length);
        byte[] old = vm.storageRemove(key);
        if (old != null) {
            vm.chargeWriteRegister(old.length);
        }
        return copyOf(old);
    }

    @Override
    public boolean storageHasKey(byte[] key) {
        vm.chargeReadMemory(key.length);
        return vm.storageHasKey(key);
    }

    @Override
    public int promiseBatchCreate(AccountId receiver) {
        vm.chargeReadMemory(idBytes(receiver));
        return vm.promiseBatchCreate(receiver);
    }

    @Override
    public int promiseBatchThen(int promiseIndex, AccountId receiver) {
        vm.chargeReadMemory(idBytes(receiver));
        return vm.promiseBatchThen(promiseIndex, receiver);
    }

    @Override
    public int promiseAnd(int[] promiseIndices) {
        vm.chargeReadMemory((long) promiseIndices.length * PROMISE_INDEX_BYTES);
        return vm.promiseAnd(promiseIndices);
    }

    @Override
    public void promiseBatchAction(int promiseIndex, Action original) {
        // a contract class the contract deploys is resolved here, in the host: the contract reflects on nothing
        Action action = ContractClasses.resolve(original);
        if (action instanceof Action.FunctionCall f) {
            vm.chargeReadMemory(utf8(f.methodName()), f.args().length);
            vm.chargeReadMemory(U128_BYTES);
        } else if (action instanceof Action.Transfer) {
            vm.chargeReadMemory(U128_BYTES);
        } else if (action instanceof Action.DeployContract d) {
            vm.chargeReadMemory(d.code().size());
        } else if (action instanceof Action.Stake) {
            vm.chargeReadMemory(U128_BYTES, PUBLIC_KEY_BYTES);
        } else if (action instanceof Action.AddKey k) {
            vm.chargeReadMemory(PUBLIC_KEY_BYTES);
            if (k.accessKey().permission() instanceof AccessKey.FunctionCallPermission p) {
                vm.chargeReadMemory(U128_BYTES);
                vm.chargeReadMemory(idBytes(p.receiverId()));
                // near-sdk passes the method names joined by commas
                long names = 0;
                for (String m : p.methodNames()) {
                    names += utf8(m);
                }
                vm.chargeReadMemory(names + Math.max(0, p.methodNames().size() - 1));
            }
        } else if (action instanceof Action.DeleteKey) {
            vm.chargeReadMemory(PUBLIC_KEY_BYTES);
        } else if (action instanceof Action.DeleteAccount d) {
            vm.chargeReadMemory(idBytes(d.beneficiaryId()));
        }
        vm.promiseBatchAction(promiseIndex, action);
    }

    @Override
    public int promiseResultsCount() {
        return vm.promiseResultsCount();
    }

    @Override
    public PromiseResult<byte[]> promiseResult(int index) {
        PromiseResult<byte[]> result = vm.promiseResult(index);
        if (result.isSuccess()) {
            sharedRegisterToMemory(result.value().length);
        }
        return result;
    }

    @Override
    public void promiseReturn(int promiseIndex) {
        vm.promiseReturn(promiseIndex);
    }

    // ---- secp256k1 and alt_bn128: arguments read from memory, results through a register, as in Wasm ----

    @Override
    public byte[] ecrecover(byte[] hash, byte[] signature, long v, long malleabilityFlag) {
        vm.chargeReadMemory(signature.length);
        byte[] key = vm.ecrecover(signature, v, () -> {
            vm.chargeReadMemory(hash.length);
            return hash;
        }, malleabilityFlag);
        if (key != null) {
            registerToMemory(key.length);
        }
        return key;
    }

    @Override
    public byte[] altBn128G1Multiexp(byte[] elements) {
        vm.chargeReadMemory(elements.length);
        byte[] sum = vm.altBn128G1Multiexp(elements);
        registerToMemory(sum.length);
        return sum;
    }

    @Override
    public byte[] altBn128G1Sum(byte[] elements) {
        vm.chargeReadMemory(elements.length);
        byte[] sum = vm.altBn128G1Sum(elements);
        registerToMemory(sum.length);
        return sum;
    }

    @Override
    public boolean altBn128PairingCheck(byte[] elements) {
        vm.chargeReadMemory(elements.length);
        return vm.altBn128PairingCheck(elements);
    }
}
