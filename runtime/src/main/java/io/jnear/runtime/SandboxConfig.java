package io.jnear.runtime;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import java.util.Objects;

/**
 * The sandbox's genesis and chain settings, and the {@link ProtocolConfig} it runs. {@link #defaults()}
 * follows NEAR protocol 86; {@link #builder()} changes any setting:
 *
 * <pre>{@code
 * SandboxConfig config = SandboxConfig.builder().protocol(ProtocolConfig.protocol87()).checkConservation(false).build();
 * }</pre>
 */
public final class SandboxConfig {
    private final AccountId rootAccount;
    private final NearToken genesisSupply;
    private final ProtocolConfig protocol;
    private final long gasPrice;
    private final long genesisTimestampNanos;
    private final long blockTimeNanos;
    private final Gas defaultCallGas;
    private final NearToken defaultAccountBalance;
    private final long epochLength;
    private final boolean checkConservation;
    private final boolean meterContracts;
    private final boolean recordBalanceChanges;

    private SandboxConfig(Builder b) {
        this.rootAccount = b.rootAccount;
        this.genesisSupply = b.genesisSupply;
        this.protocol = b.protocol;
        this.gasPrice = b.gasPrice == null ? b.protocol.minGasPrice() : b.gasPrice;
        this.genesisTimestampNanos = b.genesisTimestampNanos;
        this.blockTimeNanos = b.blockTimeNanos;
        this.defaultCallGas = b.defaultCallGas;
        this.defaultAccountBalance = b.defaultAccountBalance;
        this.epochLength = b.epochLength;
        this.checkConservation = b.checkConservation;
        this.meterContracts = b.meterContracts;
        this.recordBalanceChanges = b.recordBalanceChanges;
        if (gasPrice <= 0 || blockTimeNanos <= 0 || epochLength <= 0) {
            throw new IllegalArgumentException("gas price, block time and epoch length must be positive");
        }
    }

    /** Protocol 86, a root account {@code test.near} holding 10^9 NEAR, 1-second blocks. */
    public static SandboxConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.rootAccount = rootAccount;
        b.genesisSupply = genesisSupply;
        b.protocol = protocol;
        b.gasPrice = gasPrice;
        b.genesisTimestampNanos = genesisTimestampNanos;
        b.blockTimeNanos = blockTimeNanos;
        b.defaultCallGas = defaultCallGas;
        b.defaultAccountBalance = defaultAccountBalance;
        b.epochLength = epochLength;
        b.checkConservation = checkConservation;
        b.meterContracts = meterContracts;
        b.recordBalanceChanges = recordBalanceChanges;
        return b;
    }

    /** The genesis account holding the supply; it registers top-level accounts. */
    public AccountId rootAccount() {
        return rootAccount;
    }

    /** The root's balance at genesis, and the total supply the conservation check keeps. */
    public NearToken genesisSupply() {
        return genesisSupply;
    }

    /** The protocol's numbers: fees, host costs, limits, prices. */
    public ProtocolConfig protocol() {
        return protocol;
    }

    /** Yocto per gas of every block: what burnt gas costs (the protocol's minimum unless set). */
    public long gasPrice() {
        return gasPrice;
    }

    /** The price gas attached to receipts is bought at: {@code max(gasPrice, min_gas_purchase_price)}. */
    public long gasPurchasePrice() {
        return protocol.purchasePrice(gasPrice);
    }

    /** The most one call may burn, and the most a transaction may attach. */
    public long maxGasBurnt() {
        return protocol.limits().maxGasBurnt();
    }

    public long genesisTimestampNanos() {
        return genesisTimestampNanos;
    }

    public long blockTimeNanos() {
        return blockTimeNanos;
    }

    /**
     * Gas the sandbox's client attaches to a transaction's function call built without static gas (as
     * near-api-js attaches its default); the chain itself rejects a call with zero gas.
     */
    public Gas defaultCallGas() {
        return defaultCallGas;
    }

    /** What {@code deploy} funds a new contract account with. */
    public NearToken defaultAccountBalance() {
        return defaultAccountBalance;
    }

    public long epochLength() {
        return epochLength;
    }

    /** After every block, verify that no yocto appeared or vanished. */
    public boolean checkConservation() {
        return checkConservation;
    }

    /** Charge gas per executed instruction of contract code (off only to measure the metering's own cost). */
    /** Whether each transaction records every account's balance when submitted and finished; see {@link Builder#recordBalanceChanges}. */
    public boolean recordBalanceChanges() {
        return recordBalanceChanges;
    }

    public boolean meterContracts() {
        return meterContracts;
    }

    /** Builds a {@link SandboxConfig}; every setting starts at its default. */
    public static final class Builder {
        private AccountId rootAccount = AccountId.of("test.near");
        private NearToken genesisSupply = NearToken.near(1_000_000_000L);
        private ProtocolConfig protocol = ProtocolConfig.protocol86();
        private Long gasPrice;
        private long genesisTimestampNanos = 1_767_225_600_000_000_000L; // 2026-01-01T00:00:00Z
        private long blockTimeNanos = 1_000_000_000L;
        private Gas defaultCallGas = Gas.tgas(300);
        private NearToken defaultAccountBalance = NearToken.near(10);
        private long epochLength = 43_200;
        private boolean checkConservation = true;
        private boolean meterContracts = true;
        private boolean recordBalanceChanges = true;

        private Builder() {
        }

        public Builder rootAccount(AccountId id) {
            this.rootAccount = Objects.requireNonNull(id);
            return this;
        }

        public Builder genesisSupply(NearToken supply) {
            this.genesisSupply = Objects.requireNonNull(supply);
            return this;
        }

        public Builder protocol(ProtocolConfig protocol) {
            this.protocol = Objects.requireNonNull(protocol);
            return this;
        }

        /** Protocol 86 or 87 by number. */
        public Builder protocolVersion(int version) {
            return protocol(ProtocolConfig.of(version));
        }

        public Builder gasPrice(long yoctoPerGas) {
            this.gasPrice = yoctoPerGas;
            return this;
        }

        /** The most one call may burn and a transaction may attach (1 PGas since protocol 83; 300 Tgas before). */
        public Builder maxGasBurnt(long gas) {
            this.protocol = protocol.withMaxGas(gas);
            return this;
        }

        public Builder genesisTimestampNanos(long nanos) {
            this.genesisTimestampNanos = nanos;
            return this;
        }

        public Builder blockTimeNanos(long nanos) {
            this.blockTimeNanos = nanos;
            return this;
        }

        public Builder defaultCallGas(Gas gas) {
            this.defaultCallGas = Objects.requireNonNull(gas);
            return this;
        }

        public Builder defaultAccountBalance(NearToken balance) {
            this.defaultAccountBalance = Objects.requireNonNull(balance);
            return this;
        }

        public Builder epochLength(long blocks) {
            this.epochLength = blocks;
            return this;
        }

        public Builder checkConservation(boolean check) {
            this.checkConservation = check;
            return this;
        }

        /**
         * Whether {@link ExecutionResult#balanceChanges()} is recorded (the default): each transaction then
         * copies every account's balance when it is submitted and when it finishes, a cost that grows with
         * the number of accounts. Turn it off for sandboxes of very many accounts.
         */
        public Builder recordBalanceChanges(boolean record) {
            this.recordBalanceChanges = record;
            return this;
        }

        public Builder meterContracts(boolean meter) {
            this.meterContracts = meter;
            return this;
        }

        public SandboxConfig build() {
            return new SandboxConfig(this);
        }
    }
}
