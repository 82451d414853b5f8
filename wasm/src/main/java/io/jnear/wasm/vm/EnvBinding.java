package io.jnear.wasm.vm;

import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.Memory;
import io.jnear.runtime.exec.VmHost;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.ContractPanic;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.spi.ContractCode;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NEAR's {@code env} host ABI for one Wasm call, over the call's {@link VmHost}: pointers into Wasm
 * memory, registers, lengths of {@code u64::MAX} naming a register, u128 amounts as 16 little-endian
 * bytes. It charges the ABI traffic each call implies (reading and writing memory and registers, and
 * {@code base} for the functions that live here only); the host function's own costs are the
 * {@link VmHost}'s, shared with Java contracts.
 *
 * <p>It also keeps the instrumented code's gas in step with the host: before each host call it burns
 * what the code spent since the last one, and afterwards it hands the code what is left.
 */
final class EnvBinding {
    private static final long REGISTER = -1L; // u64::MAX as a length: "the pointer names a register"
    private static final int MAX_REGISTERS_BYTES = 100 * 1024 * 1024; // nearcore's registers_memory_limit
    private static final int MAX_TERMINATED_BYTES = 16 * 1024; // max_total_log_length bounds a C string's scan

    private final VmHost host;
    private final Memory memory;
    private final GlobalInstance gasLeft;
    private final long regularOpCost;
    private final Map<Long, byte[]> registers = new HashMap<>(); // looked up by id only, never iterated
    private long registerBytes;
    private long budget;

    EnvBinding(VmHost host, Memory memory, GlobalInstance gasLeft, long regularOpCost) {
        this.host = host;
        this.regularOpCost = regularOpCost;
        this.memory = memory;
        this.gasLeft = gasLeft;
    }

    /** Hands the code the gas it may burn before it must come back to the host. */
    void refill() {
        budget = host.gasLeft();
        gasLeft.setValue(budget);
    }

    /**
     * Charges what the code spent since the last refill (throwing the host's out-of-gas error if too much):
     * as instructions, plus any remainder that is not a whole number of instructions (none with NEAR's figures).
     */
    void settle() {
        long left = gasLeft.getValue();
        long spent = budget - left;
        budget = left;
        if (spent > 0) {
            long instructions = spent / regularOpCost;
            long remainder = spent % regularOpCost;
            if (instructions > 0) {
                host.chargeInstructions(instructions);
            }
            if (remainder > 0) {
                host.burnGas(remainder);
            }
        }
    }

    // ---- memory and registers, charged as nearcore charges them ----

    private byte[] readMemory(long ptr, long len) {
        if (len < 0 || len > Integer.MAX_VALUE || ptr < 0 || ptr > 0xFFFF_FFFFL) {
            throw fail("Accessed memory outside the bounds.");
        }
        host.chargeReadMemory(len);
        try {
            return memory.readBytes((int) ptr, (int) len);
        } catch (RuntimeException e) {
            throw fail("Accessed memory outside the bounds.");
        }
    }

    private void writeMemory(long ptr, byte[] data) {
        host.chargeWriteMemory(data.length);
        if (ptr < 0 || ptr > 0xFFFF_FFFFL) {
            throw fail("Accessed memory outside the bounds.");
        }
        try {
            memory.write((int) ptr, data);
        } catch (RuntimeException e) {
            throw fail("Accessed memory outside the bounds.");
        }
    }

    private byte[] readRegister(long id) {
        byte[] data = registers.get(id);
        if (data == null) {
            throw fail("Accessed invalid register id: " + id);
        }
        host.chargeReadRegister(data.length);
        return data;
    }

    /** A buffer the code passed: in memory, or a register when {@code len} is {@code u64::MAX}. */
    private byte[] memoryOrRegister(long ptr, long len) {
        return len == REGISTER ? readRegister(ptr) : readMemory(ptr, len);
    }

    private void writeRegister(long id, byte[] data) {
        host.chargeWriteRegister(data.length);
        putRegister(id, data);
    }

    /** Stores {@code data} in a register, within the registers' memory limit; the caller charges for it. */
    private void putRegister(long id, byte[] data) {
        byte[] old = registers.put(id, data);
        registerBytes += data.length - (old == null ? 0 : old.length);
        if (registerBytes > MAX_REGISTERS_BYTES) {
            throw fail("Accessed memory outside the bounds.");
        }
    }

    private NearToken readU128(long ptr) {
        byte[] le = readMemory(ptr, 16);
        byte[] be = new byte[17];
        for (int i = 0; i < 16; i++) {
            be[16 - i] = le[i];
        }
        return NearToken.ofYocto(new BigInteger(be));
    }

    private void writeU128(long ptr, NearToken amount) {
        byte[] be = amount.asYocto().toByteArray();
        byte[] le = new byte[16];
        for (int i = 0; i < 16 && i < be.length; i++) {
            le[i] = be[be.length - 1 - i];
        }
        writeMemory(ptr, le);
    }

    private String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw fail("String encoding is bad UTF-8 sequence.");
        }
    }

    private AccountId accountId(long ptr, long len) {
        String text = utf8(memoryOrRegister(ptr, len));
        try {
            return AccountId.of(text);
        } catch (IllegalArgumentException e) {
            throw fail("VM Logic returned an invalid account id");
        }
    }

    private PublicKey publicKey(long ptr, long len) {
        byte[] bytes = memoryOrRegister(ptr, len);
        if (bytes.length != 33 || bytes[0] != 0) {
            throw fail("VM Logic provided an invalid public key");
        }
        return PublicKey.ed25519(Arrays.copyOfRange(bytes, 1, 33));
    }

    /** Fails the call with a host error; returns only to let callers write {@code throw fail(…)}. */
    private Error fail(String message) {
        host.fail(message);
        return new AssertionError("Host.fail returned");
    }

    private static byte[] utf8Bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ---- the env functions ----

    /** Calls the env function {@code function}; the result is 0 for functions without one. */
    long call(EnvFunction function, long[] a) {
        return switch (function) {
            case READ_REGISTER -> {
                host.chargeBase();
                writeMemory(a[1], readRegister(a[0]));
                yield 0;
            }
            case REGISTER_LEN -> {
                host.chargeBase();
                byte[] data = registers.get(a[0]);
                yield data == null ? -1L : data.length;
            }
            case WRITE_REGISTER -> {
                host.chargeBase();
                writeRegister(a[0], readMemory(a[2], a[1]));
                yield 0;
            }
            case CURRENT_ACCOUNT_ID -> register(a[0], utf8Bytes(host.currentAccountId().toString()));
            case SIGNER_ACCOUNT_ID -> register(a[0], utf8Bytes(host.signerAccountId().toString()));
            case PREDECESSOR_ACCOUNT_ID -> register(a[0], utf8Bytes(host.predecessorAccountId().toString()));
            case SIGNER_ACCOUNT_PK -> {
                byte[] key = host.signerAccountPk().bytes();
                byte[] borsh = new byte[key.length + 1];
                System.arraycopy(key, 0, borsh, 1, key.length);
                yield register(a[0], borsh);
            }
            case INPUT -> {
                byte[] input = host.input();
                host.chargeSharedRegister();
                putRegister(a[0], input);
                yield 0;
            }
            case BLOCK_INDEX, BLOCK_HEIGHT -> host.blockHeight();
            case BLOCK_TIMESTAMP -> host.blockTimestamp();
            case EPOCH_HEIGHT -> host.epochHeight();
            case STORAGE_USAGE -> host.storageUsage();
            case ACCOUNT_BALANCE -> u128(a[0], host.accountBalance());
            case ACCOUNT_LOCKED_BALANCE -> u128(a[0], host.accountLockedBalance());
            case ATTACHED_DEPOSIT -> u128(a[0], host.attachedDeposit());
            case PREPAID_GAS -> host.prepaidGas().asGas();
            case USED_GAS -> host.usedGas().asGas();
            case RANDOM_SEED -> register(a[0], host.randomSeed());
            case SHA256 -> register(a[2], host.sha256(memoryOrRegister(a[1], a[0])));
            case KECCAK256 -> register(a[2], host.keccak256(memoryOrRegister(a[1], a[0])));
            case KECCAK512 -> register(a[2], host.keccak512(memoryOrRegister(a[1], a[0])));
            case RIPEMD160 -> register(a[2], host.ripemd160(memoryOrRegister(a[1], a[0])));
            case ED25519_VERIFY -> {
                byte[] signature = memoryOrRegister(a[1], a[0]);
                byte[] message = memoryOrRegister(a[3], a[2]);
                byte[] publicKey = memoryOrRegister(a[5], a[4]);
                yield host.ed25519Verify(signature, message, publicKey) ? 1 : 0;
            }
            case ECRECOVER -> {
                byte[] signature = memoryOrRegister(a[3], a[2]);
                byte[] key = host.ecrecover(signature, a[4], () -> memoryOrRegister(a[1], a[0]), a[5]);
                if (key == null) {
                    yield 0;
                }
                writeRegister(a[6], key);
                yield 1;
            }
            case ALT_BN128_G1_MULTIEXP -> register(a[2], host.altBn128G1Multiexp(memoryOrRegister(a[1], a[0])));
            case ALT_BN128_G1_SUM -> register(a[2], host.altBn128G1Sum(memoryOrRegister(a[1], a[0])));
            case ALT_BN128_PAIRING_CHECK -> host.altBn128PairingCheck(memoryOrRegister(a[1], a[0])) ? 1 : 0;
            case VALIDATOR_STAKE -> {
                accountId(a[1], a[0]);
                yield u128(a[2], NearToken.ZERO); // the sandbox has no validators
            }
            case VALIDATOR_TOTAL_STAKE -> u128(a[0], NearToken.ZERO);
            case VALUE_RETURN -> {
                host.valueReturn(memoryOrRegister(a[1], a[0]));
                yield 0;
            }
            case PANIC -> {
                host.chargeBase();
                throw new ContractPanic("explicit guest panic");
            }
            case PANIC_UTF8 -> {
                host.chargeBase();
                throw new ContractPanic(utf8String(a[0], a[1]));
            }
            case LOG_UTF8 -> {
                host.log(utf8String(a[0], a[1]));
                yield 0;
            }
            case LOG_UTF16 -> {
                host.logUtf16(a[0] == REGISTER ? terminated(a[1], 2) : readMemory(a[1], a[0]));
                yield 0;
            }
            case ABORT -> {
                host.chargeBase();
                String message = a[0] == 0 ? "" : lengthPrefixedUtf16(a[0]);
                String file = a[1] == 0 ? "" : lengthPrefixedUtf16(a[1]);
                throw new ContractPanic(message + ", filename: \"" + file + "\" line: " + (a[2] & 0xffff_ffffL)
                        + " col: " + (a[3] & 0xffff_ffffL));
            }
            case STORAGE_WRITE -> {
                byte[] key = memoryOrRegister(a[1], a[0]);
                byte[] value = memoryOrRegister(a[3], a[2]);
                yield evicted(a[4], host.storageWrite(key, value));
            }
            case STORAGE_READ -> {
                byte[] value = host.storageRead(memoryOrRegister(a[1], a[0]));
                yield evicted(a[2], value);
            }
            case STORAGE_REMOVE -> {
                byte[] removed = host.storageRemove(memoryOrRegister(a[1], a[0]));
                yield evicted(a[2], removed);
            }
            case STORAGE_HAS_KEY -> host.storageHasKey(memoryOrRegister(a[1], a[0])) ? 1 : 0;
            case PROMISE_CREATE -> {
                AccountId receiver = accountId(a[1], a[0]);
                int index = host.promiseBatchCreate(receiver);
                functionCall(index, a[2], a[3], a[4], a[5], a[6], a[7], 0);
                yield index;
            }
            case PROMISE_THEN -> {
                AccountId receiver = accountId(a[2], a[1]);
                int index = host.promiseBatchThen(promiseIndex(a[0]), receiver);
                functionCall(index, a[3], a[4], a[5], a[6], a[7], a[8], 0);
                yield index;
            }
            case PROMISE_AND -> {
                long count = a[1];
                if (count < 0 || count > Integer.MAX_VALUE / 8) {
                    throw fail("Accessed memory outside the bounds.");
                }
                ByteBuffer ids = ByteBuffer.wrap(readMemory(a[0], count * 8)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                int[] indices = new int[(int) count];
                for (int i = 0; i < indices.length; i++) {
                    indices[i] = promiseIndex(ids.getLong());
                }
                yield host.promiseAnd(indices);
            }
            case PROMISE_BATCH_CREATE -> host.promiseBatchCreate(accountId(a[1], a[0]));
            case PROMISE_BATCH_THEN -> host.promiseBatchThen(promiseIndex(a[0]), accountId(a[2], a[1]));
            case PROMISE_BATCH_ACTION_CREATE_ACCOUNT -> action(a[0], new Action.CreateAccount());
            case PROMISE_BATCH_ACTION_DEPLOY_CONTRACT ->
                    action(a[0], new Action.DeployContract(ContractCode.wasm(memoryOrRegister(a[2], a[1]))));
            case PROMISE_BATCH_ACTION_FUNCTION_CALL -> {
                functionCall(promiseIndex(a[0]), a[1], a[2], a[3], a[4], a[5], a[6], 0);
                yield 0;
            }
            case PROMISE_BATCH_ACTION_FUNCTION_CALL_WEIGHT -> {
                functionCall(promiseIndex(a[0]), a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
                yield 0;
            }
            case PROMISE_BATCH_ACTION_TRANSFER -> action(a[0], new Action.Transfer(readU128(a[1])));
            case PROMISE_BATCH_ACTION_STAKE -> {
                NearToken stake = readU128(a[1]);
                yield action(a[0], new Action.Stake(stake, publicKey(a[3], a[2])));
            }
            case PROMISE_BATCH_ACTION_ADD_KEY_WITH_FULL_ACCESS ->
                    action(a[0], new Action.AddKey(publicKey(a[2], a[1]), new AccessKey(a[3], new AccessKey.FullAccess())));
            case PROMISE_BATCH_ACTION_ADD_KEY_WITH_FUNCTION_CALL -> {
                PublicKey key = publicKey(a[2], a[1]);
                NearToken allowance = readU128(a[4]);
                AccountId receiver = accountId(a[6], a[5]);
                String names = utf8(memoryOrRegister(a[8], a[7]));
                List<String> methods = names.isEmpty() ? List.of() : List.of(names.split(","));
                yield action(a[0], new Action.AddKey(key, new AccessKey(a[3],
                        new AccessKey.FunctionCallPermission(allowance.isZero() ? null : allowance, receiver, methods))));
            }
            case PROMISE_BATCH_ACTION_DELETE_KEY -> action(a[0], new Action.DeleteKey(publicKey(a[2], a[1])));
            case PROMISE_BATCH_ACTION_DELETE_ACCOUNT ->
                    action(a[0], new Action.DeleteAccount(accountId(a[2], a[1])));
            case PROMISE_RESULTS_COUNT -> host.promiseResultsCount();
            case PROMISE_RESULT -> {
                PromiseResult<byte[]> result = host.promiseResult(promiseIndex(a[0]));
                if (result.isFailure()) {
                    yield 2;
                }
                host.chargeSharedRegister();
                putRegister(a[1], result.value());
                yield 1;
            }
            case PROMISE_RETURN -> {
                host.promiseReturn(promiseIndex(a[0]));
                yield 0;
            }
        };
    }

    /** A call of an {@code env} import NEAR does not provide here: it fails the call. */
    long unsupported(String name) {
        host.chargeBase();
        throw fail(name + " is not supported by the jnear sandbox");
    }

    private long register(long id, byte[] data) {
        writeRegister(id, data);
        return 0;
    }

    private long u128(long ptr, NearToken amount) {
        writeU128(ptr, amount);
        return 0;
    }

    /** A storage function's old or read value goes to a register: 1 if there was one, else 0. */
    private long evicted(long register, byte[] value) {
        if (value == null) {
            return 0;
        }
        writeRegister(register, value);
        return 1;
    }

    private int promiseIndex(long index) {
        if (index < 0 || index > Integer.MAX_VALUE) {
            throw fail("`promise_idx` does not correspond to existing promises");
        }
        return (int) index;
    }

    private long action(long promise, Action action) {
        host.promiseBatchAction(promiseIndex(promise), action);
        return 0;
    }

    private void functionCall(long promise, long nameLen, long namePtr, long argsLen, long argsPtr, long amountPtr,
            long gas, long weight) {
        String method = utf8(memoryOrRegister(namePtr, nameLen));
        byte[] args = memoryOrRegister(argsPtr, argsLen);
        NearToken amount = readU128(amountPtr);
        host.promiseBatchAction(promiseIndex(promise),
                new Action.FunctionCall(method, args, Gas.of(gas), amount, weight));
    }

    /** AssemblyScript's strings, which {@code abort} receives: a u32 byte length before the UTF-16 text. */
    private String lengthPrefixedUtf16(long ptr) {
        byte[] length = readMemory((ptr - 4) & 0xffff_ffffL, 4);
        long bytes = (length[0] & 0xffL) | (length[1] & 0xffL) << 8 | (length[2] & 0xffL) << 16 | (length[3] & 0xffL) << 24;
        return utf16(readMemory(ptr & 0xffff_ffffL, bytes));
    }

    /**
     * A log or panic message: {@code len} bytes at {@code ptr}, or with a length of {@code u64::MAX} the
     * bytes up to a terminating zero (for these functions nearcore reads C strings, not a register).
     */
    private String utf8String(long len, long ptr) {
        return utf8(len == REGISTER ? terminated(ptr, 1) : readMemory(ptr, len));
    }

    private String utf16(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            throw fail("String encoding is bad UTF-16 sequence.");
        }
        CharBuffer chars = ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).asCharBuffer();
        StringBuilder text = new StringBuilder(chars.length());
        for (int i = 0; i < chars.length(); i++) {
            text.append(chars.get(i));
        }
        return text.toString();
    }

    /** Units of {@code width} bytes from {@code ptr} up to a zero unit, each unit read (and charged) on its own. */
    private byte[] terminated(long ptr, int width) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (long at = ptr; ; at += width) {
            byte[] unit = readMemory(at, width);
            boolean zero = true;
            for (byte b : unit) {
                zero &= b == 0;
            }
            if (zero) {
                return out.toByteArray();
            }
            if (out.size() >= MAX_TERMINATED_BYTES) {
                throw fail("The length of a log message " + (out.size() + width) + " exceeds the limit "
                        + MAX_TERMINATED_BYTES);
            }
            out.writeBytes(unit);
        }
    }
}
