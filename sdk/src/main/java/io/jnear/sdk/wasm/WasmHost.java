package io.jnear.sdk.wasm;

import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.U128;
import io.jnear.sdk.spi.Host;
import java.nio.charset.StandardCharsets;
import org.teavm.interop.Address;

/**
 * {@link Host} over NEAR's {@code env} imports, for contracts compiled to Wasm: each method is the host
 * function NEAR itself provides, with results passed through register 0. Gas is charged by NEAR's own
 * instrumentation of the Wasm code, so {@link #burnGas} and {@link #chargeOps} do nothing.
 */
public final class WasmHost implements Host {
    /** The one instance: a Wasm call is single-threaded and the host has no state of its own. */
    public static final WasmHost INSTANCE = new WasmHost();

    private static final long REGISTER = 0;
    /** u64::MAX: what {@code register_len} answers for a register never written. */
    private static final long NO_REGISTER = -1;
    /** NEAR's tag for an ed25519 key in its Borsh encoding. */
    private static final byte ED25519 = 0;

    private WasmHost() {
    }

    @Override
    public AccountId currentAccountId() {
        NearImports.currentAccountId(REGISTER);
        return accountId(register());
    }

    @Override
    public AccountId signerAccountId() {
        NearImports.signerAccountId(REGISTER);
        return accountId(register());
    }

    @Override
    public PublicKey signerAccountPk() {
        NearImports.signerAccountPk(REGISTER);
        byte[] encoded = register();
        byte[] key = new byte[encoded.length - 1];
        System.arraycopy(encoded, 1, key, 0, key.length);
        return PublicKey.ed25519(key);
    }

    @Override
    public AccountId predecessorAccountId() {
        NearImports.predecessorAccountId(REGISTER);
        return accountId(register());
    }

    @Override
    public byte[] input() {
        NearImports.input(REGISTER);
        byte[] input = register();
        return input == null ? new byte[0] : input;
    }

    @Override
    public long blockHeight() {
        return NearImports.blockIndex();
    }

    @Override
    public long blockTimestamp() {
        return NearImports.blockTimestamp();
    }

    @Override
    public long epochHeight() {
        return NearImports.epochHeight();
    }

    @Override
    public long storageUsage() {
        return NearImports.storageUsage();
    }

    @Override
    public NearToken accountBalance() {
        byte[] amount = new byte[16];
        NearImports.accountBalance(ptr(amount));
        return token(amount);
    }

    @Override
    public NearToken accountLockedBalance() {
        byte[] amount = new byte[16];
        NearImports.accountLockedBalance(ptr(amount));
        return token(amount);
    }

    @Override
    public NearToken attachedDeposit() {
        byte[] amount = new byte[16];
        NearImports.attachedDeposit(ptr(amount));
        return token(amount);
    }

    @Override
    public Gas prepaidGas() {
        return Gas.of(NearImports.prepaidGas());
    }

    @Override
    public Gas usedGas() {
        return Gas.of(NearImports.usedGas());
    }

    @Override
    public byte[] randomSeed() {
        NearImports.randomSeed(REGISTER);
        return register();
    }

    @Override
    public byte[] sha256(byte[] data) {
        NearImports.sha256(data.length, ptr(data), REGISTER);
        return register();
    }

    @Override
    public void valueReturn(byte[] value) {
        NearImports.valueReturn(value.length, ptr(value));
    }

    @Override
    public void log(String message) {
        byte[] text = utf8(message);
        NearImports.logUtf8(text.length, ptr(text));
    }

    @Override
    public void burnGas(long gas) {
        // the Wasm code is metered by NEAR itself
    }

    @Override
    public void chargeOps(long ops) {
        // the Wasm code is metered by NEAR itself
    }

    @Override
    public void fail(String message) {
        byte[] text = utf8(message == null ? "" : message);
        NearImports.panicUtf8(text.length, ptr(text));
    }

    @Override
    public byte[] storageRead(byte[] key) {
        return NearImports.storageRead(key.length, ptr(key), REGISTER) == 1 ? register() : null;
    }

    @Override
    public byte[] storageWrite(byte[] key, byte[] value) {
        return NearImports.storageWrite(key.length, ptr(key), value.length, ptr(value), REGISTER) == 1
                ? register() : null;
    }

    @Override
    public byte[] storageRemove(byte[] key) {
        return NearImports.storageRemove(key.length, ptr(key), REGISTER) == 1 ? register() : null;
    }

    @Override
    public boolean storageHasKey(byte[] key) {
        return NearImports.storageHasKey(key.length, ptr(key)) == 1;
    }

    @Override
    public int promiseBatchCreate(AccountId receiver) {
        byte[] id = utf8(receiver.toString());
        return (int) NearImports.promiseBatchCreate(id.length, ptr(id));
    }

    @Override
    public int promiseBatchThen(int promiseIndex, AccountId receiver) {
        byte[] id = utf8(receiver.toString());
        return (int) NearImports.promiseBatchThen(promiseIndex, id.length, ptr(id));
    }

    @Override
    public int promiseAnd(int[] promiseIndices) {
        long[] indices = new long[promiseIndices.length];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = promiseIndices[i];
        }
        return (int) NearImports.promiseAnd(Address.ofData(indices).toInt(), indices.length);
    }

    @Override
    public void promiseBatchAction(int promise, Action action) {
        if (action instanceof Action.CreateAccount) {
            NearImports.actionCreateAccount(promise);
        } else if (action instanceof Action.DeployContract deploy) {
            byte[] code = deploy.code().bytes();
            NearImports.actionDeployContract(promise, code.length, ptr(code));
        } else if (action instanceof Action.FunctionCall call) {
            byte[] method = utf8(call.methodName());
            byte[] args = call.args();
            byte[] amount = amount(call.deposit());
            NearImports.actionFunctionCallWeight(promise, method.length, ptr(method), args.length, ptr(args),
                    ptr(amount), call.gas().asGas(), call.gasWeight());
        } else if (action instanceof Action.Transfer transfer) {
            NearImports.actionTransfer(promise, ptr(amount(transfer.deposit())));
        } else if (action instanceof Action.Stake stake) {
            byte[] key = key(stake.publicKey());
            NearImports.actionStake(promise, ptr(amount(stake.stake())), key.length, ptr(key));
        } else if (action instanceof Action.AddKey add) {
            addKey(promise, add);
        } else if (action instanceof Action.DeleteKey delete) {
            byte[] key = key(delete.publicKey());
            NearImports.actionDeleteKey(promise, key.length, ptr(key));
        } else if (action instanceof Action.DeleteAccount delete) {
            byte[] beneficiary = utf8(delete.beneficiaryId().toString());
            NearImports.actionDeleteAccount(promise, beneficiary.length, ptr(beneficiary));
        }
    }

    private static void addKey(int promise, Action.AddKey add) {
        byte[] key = key(add.publicKey());
        long nonce = add.accessKey().nonce();
        if (add.accessKey().permission() instanceof AccessKey.FunctionCallPermission permission) {
            byte[] allowance = amount(permission.allowance() == null ? NearToken.ZERO : permission.allowance());
            byte[] receiver = utf8(permission.receiverId().toString());
            byte[] methods = utf8(String.join(",", permission.methodNames()));
            NearImports.actionAddFunctionCallKey(promise, key.length, ptr(key), nonce, ptr(allowance),
                    receiver.length, ptr(receiver), methods.length, ptr(methods));
        } else {
            NearImports.actionAddFullAccessKey(promise, key.length, ptr(key), nonce);
        }
    }

    @Override
    public int promiseResultsCount() {
        return (int) NearImports.promiseResultsCount();
    }

    @Override
    public PromiseResult<byte[]> promiseResult(int index) {
        // 1 is success with the value in the register, 2 failure (0, not ready, cannot happen in a callback)
        if (NearImports.promiseResult(index, REGISTER) == 1) {
            byte[] value = register();
            return PromiseResult.success(value == null ? new byte[0] : value);
        }
        return PromiseResult.failed();
    }

    @Override
    public void promiseReturn(int promiseIndex) {
        NearImports.promiseReturn(promiseIndex);
    }

    @Override
    public byte[] ecrecover(byte[] hash, byte[] signature, long v, long malleabilityFlag) {
        return NearImports.ecrecover(hash.length, ptr(hash), signature.length, ptr(signature), v, malleabilityFlag,
                REGISTER) == 1 ? register() : null;
    }

    @Override
    public byte[] altBn128G1Multiexp(byte[] elements) {
        NearImports.altBn128G1Multiexp(elements.length, ptr(elements), REGISTER);
        return register();
    }

    @Override
    public byte[] altBn128G1Sum(byte[] elements) {
        NearImports.altBn128G1Sum(elements.length, ptr(elements), REGISTER);
        return register();
    }

    @Override
    public boolean altBn128PairingCheck(byte[] elements) {
        return NearImports.altBn128PairingCheck(elements.length, ptr(elements)) == 1;
    }

    /** Register 0's contents, or null if it was not written. */
    private static byte[] register() {
        long len = NearImports.registerLen(REGISTER);
        if (len == NO_REGISTER) {
            return null;
        }
        byte[] bytes = new byte[(int) len];
        NearImports.readRegister(REGISTER, ptr(bytes));
        return bytes;
    }

    /** Where an array's elements start in Wasm memory; valid until the next allocation may move it. */
    private static long ptr(byte[] bytes) {
        return Address.ofData(bytes).toInt();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static AccountId accountId(byte[] bytes) {
        return AccountId.of(new String(bytes, StandardCharsets.UTF_8));
    }

    private static byte[] key(PublicKey key) {
        byte[] raw = key.bytes();
        byte[] encoded = new byte[raw.length + 1];
        encoded[0] = ED25519;
        System.arraycopy(raw, 0, encoded, 1, raw.length);
        return encoded;
    }

    /** A u128 little-endian amount as NEAR passes it. */
    private static NearToken token(byte[] littleEndian) {
        return NearToken.ofYocto(U128.ofBits(littleEndian(littleEndian, 8), littleEndian(littleEndian, 0)));
    }

    private static long littleEndian(byte[] bytes, int from) {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = value << 8 | (bytes[from + i] & 0xFF);
        }
        return value;
    }

    private static byte[] amount(NearToken token) {
        U128 yocto = token.asU128();
        byte[] littleEndian = new byte[16];
        for (int i = 0; i < 8; i++) {
            littleEndian[i] = (byte) (yocto.lowBits() >>> (8 * i));
            littleEndian[8 + i] = (byte) (yocto.highBits() >>> (8 * i));
        }
        return littleEndian;
    }
}
