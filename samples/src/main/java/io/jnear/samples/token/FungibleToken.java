package io.jnear.samples.token;

import io.jnear.annotations.Contract;
import io.jnear.annotations.Init;
import io.jnear.annotations.Name;
import io.jnear.annotations.Payable;
import io.jnear.annotations.Private;
import io.jnear.annotations.View;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.U128;
import io.jnear.sdk.collections.LazyOption;
import io.jnear.sdk.collections.LookupMap;
import io.jnear.sdk.events.FtEvents;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A fungible token (NEP-141) with storage management (NEP-145) and events (NEP-297).
 *
 * <p>An account must be registered, by paying for the storage its balance takes
 * ({@code storage_deposit}), before it can hold tokens. Transfers cost exactly 1 yoctoNEAR, which proves
 * the caller signed with a full-access key. {@code ft_transfer_call} credits a contract and tells it
 * ({@code ft_on_transfer}); what the contract reports as unused comes back to the sender in
 * {@code ft_resolve_transfer}, two blocks later. Every mint, burn and transfer is logged as an
 * {@code EVENT_JSON:} line.
 */
@Contract
public class FungibleToken {
    private static final Gas GAS_FOR_RESOLVE_TRANSFER = Gas.tgas(5);
    /** NEAR's storage price, 10^19 yoctoNEAR per byte. */
    private static final NearToken STORAGE_PRICE_PER_BYTE = NearToken.ofYocto(1_000_000_000_000_000_000L).times(10);
    private static final String NOT_ENOUGH_BALANCE = "The account doesn't have enough balance";
    /** The metadata of {@code new_default_meta}: near-sdk-rs's example token's, without its icon. */
    public static final FungibleTokenMetadata DEFAULT_METADATA =
            FungibleTokenMetadata.of("Example NEAR fungible token", "EXAMPLE", 24);

    // package-private, with a no-argument constructor: the state is Borsh, read and written by generated code
    // laid out as near-contract-standards' token and its example contract: the metadata lives in its own
    // entry, so a transfer neither reads nor writes it
    LookupMap<AccountId, U128> accounts = new LookupMap<>("a"); // codecs from the type arguments
    U128 totalSupply;
    /** Bytes one entry of {@code accounts} takes at most, measured once at init. */
    long accountStorageUsage;
    LazyOption<FungibleTokenMetadata> metadata = new LazyOption<>("m");

    /** For the generated state codec, which creates the token and then reads its fields. */
    FungibleToken() {
    }

    /** Mints {@code totalSupply} to {@code ownerId}, who is registered without paying for storage. */
    @Init
    public FungibleToken(AccountId ownerId, U128 totalSupply, FungibleTokenMetadata metadata) {
        if (metadata == null || !FungibleTokenMetadata.FT_METADATA_SPEC.equals(metadata.spec())) {
            throw Env.panic("The metadata spec must be " + FungibleTokenMetadata.FT_METADATA_SPEC);
        }
        this.metadata.set(metadata);
        this.totalSupply = totalSupply;
        this.accountStorageUsage = measureAccountStorageUsage();
        accounts.set(ownerId, totalSupply);
        FtEvents.mint(ownerId, totalSupply, null);
    }

    /**
     * {@code new_default_meta}, as near-sdk-rs's example token has it: {@link #FungibleToken(AccountId, U128,
     * FungibleTokenMetadata)} with the metadata {@link #DEFAULT_METADATA}.
     */
    @Init
    @Name("new_default_meta")
    public FungibleToken(AccountId ownerId, U128 totalSupply) {
        this(ownerId, totalSupply, DEFAULT_METADATA);
    }

    // ---- NEP-141: core ----

    /** Moves {@code amount} from the caller to {@code receiverId}. Requires exactly 1 yoctoNEAR. */
    @Payable
    public void ftTransfer(AccountId receiverId, U128 amount, Optional<String> memo) {
        requireOneYocto();
        transfer(Env.predecessorAccountId(), receiverId, amount, memo.orElse(null));
    }

    /**
     * Moves {@code amount} to the contract {@code receiverId} and calls its {@code ft_on_transfer} with
     * {@code msg}; resolves to the amount the receiver finally kept. Requires exactly 1 yoctoNEAR.
     */
    @Payable
    public Promise<U128> ftTransferCall(AccountId receiverId, U128 amount, Optional<String> memo, String msg) {
        requireOneYocto();
        AccountId senderId = Env.predecessorAccountId();
        transfer(senderId, receiverId, amount, memo.orElse(null));
        // the receiver gets all the gas left over (unused-gas weight 1); the resolver a fixed 5 Tgas
        return FungibleTokenReceiverStub.on(receiverId)
                .ftOnTransfer(senderId, amount, msg)
                .then(FungibleTokenStub.self()
                        .withStaticGas(GAS_FOR_RESOLVE_TRANSFER)
                        .withUnusedGasWeight(0)
                        .ftResolveTransfer(senderId, receiverId, amount));
    }

    /**
     * Runs after the receiver's {@code ft_on_transfer}: gives back what it did not use and returns the
     * amount the sender parted with. The receiver's answer is read raw, because a failed call or an
     * answer that is not a U128 must count as "nothing used" rather than make this callback panic.
     */
    @Private
    public U128 ftResolveTransfer(AccountId senderId, AccountId receiverId, U128 amount) {
        U128 unused = U128.min(unusedAmount(Env.promiseResult(0), amount), amount);
        if (unused.isZero()) {
            return amount;
        }
        U128 receiverBalance = balanceOf(receiverId);
        if (receiverBalance.isZero()) {
            return amount;
        }
        U128 refund = U128.min(unused, receiverBalance);
        accounts.set(receiverId, receiverBalance.minus(refund));
        U128 senderBalance = accounts.get(senderId);
        if (senderBalance == null) {
            // the sender unregistered while the receiver ran: nobody to refund, so the tokens are gone
            totalSupply = totalSupply.minus(refund);
            Env.log("The account of the sender was deleted");
            FtEvents.burn(receiverId, refund, "refund");
            Env.log("Account @" + senderId + " burned " + refund);
            return amount;
        }
        accounts.set(senderId, senderBalance.plus(refund));
        FtEvents.transfer(receiverId, senderId, refund, "refund");
        return amount.minus(refund);
    }

    @View
    public U128 ftTotalSupply() {
        return totalSupply;
    }

    /** The balance of {@code accountId}; "0" for an account that is not registered. */
    @View
    public U128 ftBalanceOf(AccountId accountId) {
        return balanceOf(accountId);
    }

    @View
    public FungibleTokenMetadata ftMetadata() {
        return metadata.get();
    }

    // ---- NEP-145: storage management ----

    /**
     * Registers {@code accountId} (the caller if absent), paid for by the attached deposit, which must be at
     * least {@code storage_balance_bounds().min}. Since an account needs exactly that much, everything
     * above it goes back to the caller whatever {@code registrationOnly} says, and an account that is
     * already registered gets the whole deposit back.
     */
    @Payable
    public StorageBalance storageDeposit(Optional<AccountId> accountId, Optional<Boolean> registrationOnly) {
        NearToken deposit = Env.attachedDeposit();
        AccountId account = accountId.orElseGet(Env::predecessorAccountId);
        NearToken refund;
        if (accounts.containsKey(account)) {
            Env.log("The account is already registered, refunding the deposit");
            refund = deposit;
        } else {
            NearToken min = minStorageBalance();
            if (deposit.isLessThan(min)) {
                throw Env.panic("The attached deposit is less than the minimum storage balance");
            }
            accounts.set(account, U128.ZERO);
            refund = deposit.minus(min);
        }
        if (!refund.isZero()) {
            Promise.create(Env.predecessorAccountId()).transfer(refund);
        }
        return storageBalanceOf(account).orElseThrow();
    }

    /**
     * Withdraws storage deposit that is not needed; with a fixed cost per account there never is any, so
     * only an absent or zero {@code amount} succeeds. Requires exactly 1 yoctoNEAR.
     */
    @Payable
    public StorageBalance storageWithdraw(Optional<NearToken> amount) {
        requireOneYocto();
        AccountId account = Env.predecessorAccountId();
        StorageBalance balance = storageBalanceOf(account)
                .orElseThrow(() -> Env.panic("The account " + account + " is not registered"));
        if (amount.isPresent() && amount.get().isGreaterThan(balance.available())) {
            throw Env.panic("The amount is greater than the available storage balance");
        }
        return balance;
    }

    /**
     * Closes the caller's account and returns its storage deposit (and the 1 yoctoNEAR). An account that
     * still holds tokens needs {@code force}, which burns them. Returns false if the caller was not
     * registered.
     */
    @Payable
    public boolean storageUnregister(Optional<Boolean> force) {
        requireOneYocto();
        AccountId account = Env.predecessorAccountId();
        U128 balance = accounts.get(account);
        if (balance == null) {
            Env.log("The account " + account + " is not registered");
            return false;
        }
        if (!balance.isZero() && !force.orElse(false)) {
            throw Env.panic("Can't unregister the account with the positive balance without force");
        }
        accounts.remove(account);
        if (!balance.isZero()) {
            totalSupply = totalSupply.minus(balance);
            FtEvents.burn(account, balance, null);
        }
        Env.log("Closed @" + account + " with " + balance);
        Promise.create(account).transfer(minStorageBalance().plus(NearToken.ONE_YOCTO));
        return true;
    }

    /** What registering one account costs: min and max are equal, since every balance takes the same room. */
    @View
    public StorageBalanceBounds storageBalanceBounds() {
        NearToken cost = minStorageBalance();
        return new StorageBalanceBounds(cost, Optional.of(cost));
    }

    /** The storage deposit {@code accountId} holds, or empty if it is not registered. */
    @View
    public Optional<StorageBalance> storageBalanceOf(AccountId accountId) {
        return accounts.containsKey(accountId) ? Optional.of(new StorageBalance(minStorageBalance(), NearToken.ZERO))
                : Optional.empty();
    }

    // ---- internals ----

    private void transfer(AccountId senderId, AccountId receiverId, U128 amount, String memo) {
        if (senderId.equals(receiverId)) {
            throw Env.panic("Sender and receiver should be different");
        }
        if (amount == null || amount.isZero()) {
            throw Env.panic("The amount should be a positive number");
        }
        U128 senderBalance = registeredBalance(senderId);
        if (senderBalance.compareTo(amount) < 0) {
            throw Env.panic(NOT_ENOUGH_BALANCE);
        }
        U128 receiverBalance = registeredBalance(receiverId);
        accounts.set(senderId, senderBalance.minus(amount));
        accounts.set(receiverId, receiverBalance.plus(amount));
        FtEvents.transfer(senderId, receiverId, amount, memo);
    }

    private U128 registeredBalance(AccountId accountId) {
        U128 balance = accounts.get(accountId);
        if (balance == null) {
            throw Env.panic("The account " + accountId + " is not registered");
        }
        return balance;
    }

    private U128 balanceOf(AccountId accountId) {
        U128 balance = accounts.get(accountId);
        return balance == null ? U128.ZERO : balance;
    }

    private NearToken minStorageBalance() {
        return STORAGE_PRICE_PER_BYTE.times(accountStorageUsage);
    }

    /**
     * The storage one account entry takes, measured as near-sdk does: write the largest entry there can
     * be (the longest account ID, the longest balance), see how much the storage grew, remove it again.
     */
    private long measureAccountStorageUsage() {
        long before = Env.storageUsage();
        AccountId longest = AccountId.of("a".repeat(64));
        accounts.set(longest, U128.MAX);
        long bytes = Env.storageUsage() - before;
        accounts.remove(longest);
        return bytes;
    }

    /** The receiver's answer as a U128: everything is unused if its call failed or it answered nonsense. */
    private static U128 unusedAmount(PromiseResult<byte[]> answer, U128 amount) {
        if (answer.isFailure()) {
            return amount;
        }
        String json = new String(answer.value(), StandardCharsets.UTF_8).trim();
        if (json.length() < 2 || !json.startsWith("\"") || !json.endsWith("\"")) {
            return amount; // U128 travels as a JSON string
        }
        try {
            return U128.parse(json.substring(1, json.length() - 1));
        } catch (IllegalArgumentException | ArithmeticException e) {
            return amount;
        }
    }

    private static void requireOneYocto() {
        if (!Env.attachedDeposit().equals(NearToken.ONE_YOCTO)) {
            throw Env.panic("Requires attached deposit of exactly 1 yoctoNEAR");
        }
    }
}
