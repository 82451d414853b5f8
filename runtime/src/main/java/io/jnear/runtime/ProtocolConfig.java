package io.jnear.runtime;

import io.jnear.runtime.fees.ActionFees;
import io.jnear.runtime.fees.HostCosts;
import io.jnear.runtime.fees.Limits;
import java.math.BigInteger;

/**
 * Every protocol number the sandbox uses, for one NEAR protocol version: fees, host costs, limits,
 * prices, the contract reward and the account creation charge. {@link #protocol86()} is mainnet's
 * version and the default; {@link #protocol87()} differs in paying contracts no reward and in rejecting
 * FunctionCall actions with an empty method name.
 *
 * @param version the protocol version
 * @param fees the action fee table
 * @param hostCosts the host-function costs
 * @param limits sizes, counts and gas maxima
 * @param minGasPrice yocto per gas: the gas price of the sandbox's blocks, at which burnt gas is paid
 * @param minGasPurchasePrice the least price at which gas attached to receipts is bought (NEP-642); a
 *     receipt's gas costs {@code max(gas price, this)} and the difference for burnt gas comes back
 * @param accountCreationCharge what creating an account costs in all, gas for its creation included
 * @param storageAmountPerByte yocto a byte of storage locks
 * @param zeroBalanceAccountStorage accounts using at most this many bytes need no balance for them
 * @param accountBytes bytes an account record takes in state
 * @param entryOverheadBytes bytes each storage entry or access key takes beyond its key and value
 * @param burntGasRewardNumerator with the denominator: the share of a call's burnt gas paid to the
 *     contract
 * @param burntGasRewardDenominator see the numerator
 */
public record ProtocolConfig(
        int version,
        ActionFees fees,
        HostCosts hostCosts,
        Limits limits,
        long minGasPrice,
        long minGasPurchasePrice,
        BigInteger accountCreationCharge,
        BigInteger storageAmountPerByte,
        long zeroBalanceAccountStorage,
        long accountBytes,
        long entryOverheadBytes,
        long burntGasRewardNumerator,
        long burntGasRewardDenominator) {

    /**
     * nearcore's {@code ACCESS_KEY_NONCE_RANGE_MULTIPLIER}: a key added at height h starts with nonce
     * (h − 1) × this, and a transaction included at height h needs a nonce below h × this.
     */
    public static final long ACCESS_KEY_NONCE_RANGE_MULTIPLIER = 1_000_000L;

    /** NEAR protocol 86: 30% of a call's burnt gas rewards the contract. */
    public static ProtocolConfig protocol86() {
        return new ProtocolConfig(86, ActionFees.protocol86(), HostCosts.protocol86(), Limits.protocol86(),
                100_000_000L, 1_000_000_000L, BigInteger.valueOf(7).multiply(BigInteger.TEN.pow(21)),
                BigInteger.TEN.pow(19), 770, 100, 40, 3, 10);
    }

    /**
     * NEAR protocol 87: as 86, but contracts earn no share of the gas they burn and an empty method name
     * makes a FunctionCall action invalid. 87's limit on a receipt's combined promise results
     * ({@code TotalPromiseInputSizeExceeded}) and its storage-proof limits are not modelled.
     */
    public static ProtocolConfig protocol87() {
        ProtocolConfig p = protocol86();
        return new ProtocolConfig(87, p.fees, p.hostCosts, p.limits, p.minGasPrice, p.minGasPurchasePrice,
                p.accountCreationCharge, p.storageAmountPerByte, p.zeroBalanceAccountStorage, p.accountBytes,
                p.entryOverheadBytes, 0, 1);
    }

    /** The configuration of {@code version} (86 or 87). */
    public static ProtocolConfig of(int version) {
        return switch (version) {
            case 86 -> protocol86();
            case 87 -> protocol87();
            default -> throw new IllegalArgumentException("Protocol " + version + " is not modelled; use 86 or 87");
        };
    }

    /** The price gas attached to a receipt is bought at when blocks charge {@code gasPrice}. */
    public long purchasePrice(long gasPrice) {
        return Math.max(gasPrice, minGasPurchasePrice);
    }

    /**
     * Whether a FunctionCall action with an empty method name is invalid ({@code FunctionCallEmptyMethodName},
     * nearcore's {@code RejectEmptyMethodName}, protocol 87); before, such a call fails only when it runs.
     */
    public boolean rejectsEmptyMethodNames() {
        return version >= 87;
    }

    /** This configuration with another per-call and per-transaction gas maximum. */
    public ProtocolConfig withMaxGas(long gas) {
        return new ProtocolConfig(version, fees, hostCosts, limits.withMaxGas(gas), minGasPrice, minGasPurchasePrice,
                accountCreationCharge, storageAmountPerByte, zeroBalanceAccountStorage, accountBytes,
                entryOverheadBytes, burntGasRewardNumerator, burntGasRewardDenominator);
    }
}
