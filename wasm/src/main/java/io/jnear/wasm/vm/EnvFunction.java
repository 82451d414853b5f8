package io.jnear.wasm.vm;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code env} functions the Wasm binding provides, named as modules import them. Each import is
 * resolved to one of these once, when an instance is linked, so a host call dispatches on the constant
 * rather than on its name.
 */
enum EnvFunction {
    READ_REGISTER,
    REGISTER_LEN,
    WRITE_REGISTER,
    CURRENT_ACCOUNT_ID,
    SIGNER_ACCOUNT_ID,
    PREDECESSOR_ACCOUNT_ID,
    SIGNER_ACCOUNT_PK,
    INPUT,
    BLOCK_INDEX,
    BLOCK_HEIGHT,
    BLOCK_TIMESTAMP,
    EPOCH_HEIGHT,
    STORAGE_USAGE,
    ACCOUNT_BALANCE,
    ACCOUNT_LOCKED_BALANCE,
    ATTACHED_DEPOSIT,
    PREPAID_GAS,
    USED_GAS,
    RANDOM_SEED,
    SHA256,
    KECCAK256,
    KECCAK512,
    RIPEMD160,
    ED25519_VERIFY,
    ECRECOVER,
    ALT_BN128_G1_MULTIEXP,
    ALT_BN128_G1_SUM,
    ALT_BN128_PAIRING_CHECK,
    VALIDATOR_STAKE,
    VALIDATOR_TOTAL_STAKE,
    VALUE_RETURN,
    PANIC,
    PANIC_UTF8,
    LOG_UTF8,
    LOG_UTF16,
    ABORT,
    STORAGE_WRITE,
    STORAGE_READ,
    STORAGE_REMOVE,
    STORAGE_HAS_KEY,
    PROMISE_CREATE,
    PROMISE_THEN,
    PROMISE_AND,
    PROMISE_BATCH_CREATE,
    PROMISE_BATCH_THEN,
    PROMISE_BATCH_ACTION_CREATE_ACCOUNT,
    PROMISE_BATCH_ACTION_DEPLOY_CONTRACT,
    PROMISE_BATCH_ACTION_FUNCTION_CALL,
    PROMISE_BATCH_ACTION_FUNCTION_CALL_WEIGHT,
    PROMISE_BATCH_ACTION_TRANSFER,
    PROMISE_BATCH_ACTION_STAKE,
    PROMISE_BATCH_ACTION_ADD_KEY_WITH_FULL_ACCESS,
    PROMISE_BATCH_ACTION_ADD_KEY_WITH_FUNCTION_CALL,
    PROMISE_BATCH_ACTION_DELETE_KEY,
    PROMISE_BATCH_ACTION_DELETE_ACCOUNT,
    PROMISE_RESULTS_COUNT,
    PROMISE_RESULT,
    PROMISE_RETURN;

    private static final Map<String, EnvFunction> BY_NAME = new HashMap<>(); // looked up only, never iterated

    static {
        for (EnvFunction f : values()) {
            BY_NAME.put(f.name().toLowerCase(Locale.ROOT), f);
        }
    }

    /** The function a module imports as {@code env.name}, or null for a name NEAR does not provide here. */
    static EnvFunction named(String name) {
        return BY_NAME.get(name);
    }
}
