package io.jnear.sdk.wasm;

import org.teavm.interop.Import;

/**
 * NEAR's host functions as TeaVM imports them from module {@code env}: every parameter and result is a
 * u64; pointers address the contract's own memory; a length of {@code -1} (u64::MAX) names a register.
 */
final class NearImports {
    private NearImports() {
    }

    @Import(module = "env", name = "read_register")
    static native void readRegister(long register, long ptr);

    @Import(module = "env", name = "register_len")
    static native long registerLen(long register);

    @Import(module = "env", name = "current_account_id")
    static native void currentAccountId(long register);

    @Import(module = "env", name = "signer_account_id")
    static native void signerAccountId(long register);

    @Import(module = "env", name = "signer_account_pk")
    static native void signerAccountPk(long register);

    @Import(module = "env", name = "predecessor_account_id")
    static native void predecessorAccountId(long register);

    @Import(module = "env", name = "input")
    static native void input(long register);

    @Import(module = "env", name = "block_index")
    static native long blockIndex();

    @Import(module = "env", name = "block_timestamp")
    static native long blockTimestamp();

    @Import(module = "env", name = "epoch_height")
    static native long epochHeight();

    @Import(module = "env", name = "storage_usage")
    static native long storageUsage();

    @Import(module = "env", name = "account_balance")
    static native void accountBalance(long ptr);

    @Import(module = "env", name = "account_locked_balance")
    static native void accountLockedBalance(long ptr);

    @Import(module = "env", name = "attached_deposit")
    static native void attachedDeposit(long ptr);

    @Import(module = "env", name = "prepaid_gas")
    static native long prepaidGas();

    @Import(module = "env", name = "used_gas")
    static native long usedGas();

    @Import(module = "env", name = "random_seed")
    static native void randomSeed(long register);

    @Import(module = "env", name = "sha256")
    static native void sha256(long len, long ptr, long register);

    @Import(module = "env", name = "ecrecover")
    static native long ecrecover(long hashLen, long hashPtr, long signatureLen, long signaturePtr, long v,
            long malleabilityFlag, long register);

    @Import(module = "env", name = "alt_bn128_g1_multiexp")
    static native void altBn128G1Multiexp(long len, long ptr, long register);

    @Import(module = "env", name = "alt_bn128_g1_sum")
    static native void altBn128G1Sum(long len, long ptr, long register);

    @Import(module = "env", name = "alt_bn128_pairing_check")
    static native long altBn128PairingCheck(long len, long ptr);

    @Import(module = "env", name = "value_return")
    static native void valueReturn(long len, long ptr);

    @Import(module = "env", name = "panic_utf8")
    static native void panicUtf8(long len, long ptr);

    @Import(module = "env", name = "log_utf8")
    static native void logUtf8(long len, long ptr);

    @Import(module = "env", name = "storage_write")
    static native long storageWrite(long keyLen, long keyPtr, long valueLen, long valuePtr, long register);

    @Import(module = "env", name = "storage_read")
    static native long storageRead(long keyLen, long keyPtr, long register);

    @Import(module = "env", name = "storage_remove")
    static native long storageRemove(long keyLen, long keyPtr, long register);

    @Import(module = "env", name = "storage_has_key")
    static native long storageHasKey(long keyLen, long keyPtr);

    @Import(module = "env", name = "promise_batch_create")
    static native long promiseBatchCreate(long accountLen, long accountPtr);

    @Import(module = "env", name = "promise_batch_then")
    static native long promiseBatchThen(long promise, long accountLen, long accountPtr);

    @Import(module = "env", name = "promise_and")
    static native long promiseAnd(long indicesPtr, long count);

    @Import(module = "env", name = "promise_batch_action_create_account")
    static native void actionCreateAccount(long promise);

    @Import(module = "env", name = "promise_batch_action_deploy_contract")
    static native void actionDeployContract(long promise, long codeLen, long codePtr);

    @Import(module = "env", name = "promise_batch_action_function_call_weight")
    static native void actionFunctionCallWeight(long promise, long methodLen, long methodPtr, long argsLen,
            long argsPtr, long amountPtr, long gas, long gasWeight);

    @Import(module = "env", name = "promise_batch_action_transfer")
    static native void actionTransfer(long promise, long amountPtr);

    @Import(module = "env", name = "promise_batch_action_stake")
    static native void actionStake(long promise, long amountPtr, long keyLen, long keyPtr);

    @Import(module = "env", name = "promise_batch_action_add_key_with_full_access")
    static native void actionAddFullAccessKey(long promise, long keyLen, long keyPtr, long nonce);

    @Import(module = "env", name = "promise_batch_action_add_key_with_function_call")
    static native void actionAddFunctionCallKey(long promise, long keyLen, long keyPtr, long nonce,
            long allowancePtr, long receiverLen, long receiverPtr, long methodsLen, long methodsPtr);

    @Import(module = "env", name = "promise_batch_action_delete_key")
    static native void actionDeleteKey(long promise, long keyLen, long keyPtr);

    @Import(module = "env", name = "promise_batch_action_delete_account")
    static native void actionDeleteAccount(long promise, long beneficiaryLen, long beneficiaryPtr);

    @Import(module = "env", name = "promise_results_count")
    static native long promiseResultsCount();

    @Import(module = "env", name = "promise_result")
    static native long promiseResult(long index, long register);

    @Import(module = "env", name = "promise_return")
    static native void promiseReturn(long promise);
}
