package io.jnear.runtime.fees;

/**
 * NEAR's limits (nearcore's {@code LimitConfig} and the transaction and receipt size limits), in bytes,
 * counts and gas.
 *
 * @param maxActionsPerReceipt actions in one receipt or transaction
 * @param maxDeployActionsPerReceipt DeployContract actions in one receipt
 * @param maxLengthMethodName bytes of a method name
 * @param maxArgumentsLength bytes of a function call's arguments
 * @param maxNumberBytesMethodNames bytes of a function-call key's method names (each counted with one more)
 * @param maxLengthStorageKey bytes of a storage key
 * @param maxLengthStorageValue bytes of a storage value
 * @param maxLengthReturnedData bytes a call may return
 * @param maxContractSize bytes of deployed code
 * @param maxTransactionSize bytes of a serialized transaction
 * @param maxReceiptSize bytes of a serialized receipt
 * @param maxNumberLogs log lines per call
 * @param maxTotalLogLength bytes of log text per call
 * @param maxNumberInputDataDependencies results one receipt may wait for
 * @param maxPromisesPerFunctionCallAction promises (including joins) one call may create
 * @param maxTotalPrepaidGas gas a transaction may attach in all
 * @param maxGasBurnt gas one call may burn
 * @param maxInlineValueLength bytes of a value the trie stores inline; reading a longer one costs the
 *     large-read overhead
 * @param maxAccountDeletionStorageUsage bytes of state (code not counted) above which an account cannot
 *     be deleted
 */
public record Limits(
        int maxActionsPerReceipt,
        int maxDeployActionsPerReceipt,
        int maxLengthMethodName,
        long maxArgumentsLength,
        long maxNumberBytesMethodNames,
        long maxLengthStorageKey,
        long maxLengthStorageValue,
        long maxLengthReturnedData,
        long maxContractSize,
        long maxTransactionSize,
        long maxReceiptSize,
        int maxNumberLogs,
        long maxTotalLogLength,
        int maxNumberInputDataDependencies,
        int maxPromisesPerFunctionCallAction,
        long maxTotalPrepaidGas,
        long maxGasBurnt,
        long maxInlineValueLength,
        long maxAccountDeletionStorageUsage) {

    private static final long MIB = 1024 * 1024;

    /** Protocol 86's limits (unchanged in 87). */
    public static Limits protocol86() {
        return new Limits(100, 10, 256, 4 * MIB, 2000, 2048, 4 * MIB, 4 * MIB, 4 * MIB, 3 * MIB / 2, 4 * MIB,
                100, 16 * 1024, 128, 1024, 1_000_000_000_000_000L, 1_000_000_000_000_000L, 4000,
                10_000);
    }

    /** These limits with another per-call and per-transaction gas maximum. */
    public Limits withMaxGas(long gas) {
        return new Limits(maxActionsPerReceipt, maxDeployActionsPerReceipt, maxLengthMethodName, maxArgumentsLength,
                maxNumberBytesMethodNames, maxLengthStorageKey, maxLengthStorageValue, maxLengthReturnedData,
                maxContractSize, maxTransactionSize, maxReceiptSize, maxNumberLogs, maxTotalLogLength,
                maxNumberInputDataDependencies, maxPromisesPerFunctionCallAction, gas, gas, maxInlineValueLength,
                maxAccountDeletionStorageUsage);
    }
}
