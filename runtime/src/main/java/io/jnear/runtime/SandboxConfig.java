package io.jnear.runtime;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import java.math.BigInteger;

/**
 * The sandbox's genesis and protocol settings. {@link #defaults()} follows NEAR protocol 86; use the
 * {@code with…} methods to change one setting.
 *
 * @param rootAccount the genesis account holding the supply; it registers top-level accounts
 * @param genesisSupply the root's balance at genesis, and the total supply the conservation check keeps
 * @param gasPrice yocto per gas
 * @param maxGasBurnt the most one call may burn (and the most a transaction may attach)
 * @param storagePricePerByte yocto locked per byte of storage
 * @param zeroBalanceAccountBytes accounts using at most this much storage need no balance for it
 * @param genesisTimestampNanos the timestamp of block 0
 * @param blockTimeNanos how far each block advances the timestamp
 * @param defaultCallGas gas attached to a transaction's function call built without static gas
 * @param defaultAccountBalance what {@code deploy} funds a new contract account with
 * @param epochLength blocks per epoch
 * @param checkConservation after every block, verify that no yocto appeared or vanished
 * @param meterContracts charge gas per executed instruction of contract code (off only to measure the
 *     metering's own cost)
 */
public record SandboxConfig(
        AccountId rootAccount,
        NearToken genesisSupply,
        long gasPrice,
        long maxGasBurnt,
        BigInteger storagePricePerByte,
        long zeroBalanceAccountBytes,
        long genesisTimestampNanos,
        long blockTimeNanos,
        Gas defaultCallGas,
        NearToken defaultAccountBalance,
        long epochLength,
        boolean checkConservation,
        boolean meterContracts) {

    public static SandboxConfig defaults() {
        return new SandboxConfig(
                AccountId.of("test.near"),
                NearToken.near(1_000_000_000L),
                100_000_000L,
                1_000 * Gas.ONE_TERA,
                BigInteger.TEN.pow(19),
                770,
                1_767_225_600_000_000_000L, // 2026-01-01T00:00:00Z
                1_000_000_000L,
                Gas.tgas(300),
                NearToken.near(10),
                43_200,
                true,
                true);
    }

    public SandboxConfig withGasPrice(long price) {
        return new SandboxConfig(rootAccount, genesisSupply, price, maxGasBurnt, storagePricePerByte,
                zeroBalanceAccountBytes, genesisTimestampNanos, blockTimeNanos, defaultCallGas,
                defaultAccountBalance, epochLength, checkConservation, meterContracts);
    }

    public SandboxConfig withMaxGasBurnt(long gas) {
        return new SandboxConfig(rootAccount, genesisSupply, gasPrice, gas, storagePricePerByte,
                zeroBalanceAccountBytes, genesisTimestampNanos, blockTimeNanos, defaultCallGas,
                defaultAccountBalance, epochLength, checkConservation, meterContracts);
    }

    public SandboxConfig withCheckConservation(boolean check) {
        return new SandboxConfig(rootAccount, genesisSupply, gasPrice, maxGasBurnt, storagePricePerByte,
                zeroBalanceAccountBytes, genesisTimestampNanos, blockTimeNanos, defaultCallGas,
                defaultAccountBalance, epochLength, check, meterContracts);
    }

    public SandboxConfig withBlockTimeNanos(long nanos) {
        return new SandboxConfig(rootAccount, genesisSupply, gasPrice, maxGasBurnt, storagePricePerByte,
                zeroBalanceAccountBytes, genesisTimestampNanos, nanos, defaultCallGas,
                defaultAccountBalance, epochLength, checkConservation, meterContracts);
    }

    public SandboxConfig withMeterContracts(boolean meter) {
        return new SandboxConfig(rootAccount, genesisSupply, gasPrice, maxGasBurnt, storagePricePerByte,
                zeroBalanceAccountBytes, genesisTimestampNanos, blockTimeNanos, defaultCallGas,
                defaultAccountBalance, epochLength, checkConservation, meter);
    }
}
