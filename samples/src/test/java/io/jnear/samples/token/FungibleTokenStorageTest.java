package io.jnear.samples.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.U128;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * NEP-145 storage management: an account pays for the bytes its balance takes before it can hold
 * tokens, gets back what it overpaid, and gets the deposit back when it leaves.
 *
 * <p>NEAR balances are checked to the yocto: the signer pays exactly the deposit it leaves with the
 * token plus the tokens burnt as gas by the transaction and every receipt it caused.
 */
class FungibleTokenStorageTest extends TokenTest {
    /**
     * The largest account entry, as near-sdk-rs's token stores it: key {@code "a"} + the Borsh of a
     * 64-character account ID (4 length bytes and 64), value the Borsh of a u128 (16 bytes), plus the 40
     * bytes NEAR counts for every storage entry: 125 bytes, 1.25e21 yoctoNEAR.
     */
    private static final long ACCOUNT_ENTRY_BYTES = 1 + 4 + 64 + 16 + 40;
    private static final NearToken MIN =
            NearToken.ofYocto(BigInteger.TEN.pow(19).multiply(BigInteger.valueOf(ACCOUNT_ENTRY_BYTES)));

    /**
     * Runs {@code action} and checks that {@code account}'s NEAR balance changed by exactly
     * {@code -deposit} (what the token kept; negative when it paid back) and the gas burnt.
     */
    private static <T> ExecutionResult<T> assertPays(Account account, BigInteger deposit,
            Supplier<ExecutionResult<T>> action) {
        BigInteger before = account.balance().asYocto();
        ExecutionResult<T> r = action.get();
        BigInteger expected = before.subtract(deposit).subtract(r.tokensBurnt().asYocto());
        assertEquals(expected, account.balance().asYocto(), r::toTree);
        return r;
    }

    private static String storageBalance(NearToken total) {
        return "{\"total\":\"" + total.toYoctoString() + "\",\"available\":\"0\"}";
    }

    @Test
    void boundsAreTheCostOfTheLargestAccountEntry() {
        assertEquals(NearToken.ofYocto(new BigInteger("1250000000000000000000")), MIN);
        assertEquals(new StorageBalanceBounds(MIN, Optional.of(MIN)), sandbox.view(token().storageBalanceBounds()));
        assertEquals("{\"min\":\"1250000000000000000000\",\"max\":\"1250000000000000000000\"}",
                sandbox.viewJson(token.id(), "storage_balance_bounds", "{}"));
    }

    @Test
    void registeringTakesNoMoreStorageThanTheMinimumPaysFor() {
        long before = token.storageUsage();
        register(bob);
        long used = token.storageUsage() - before;

        assertEquals(1 + 4 + "bob.test.near".length() + 16 + 40, used);
        assertTrue(used <= ACCOUNT_ENTRY_BYTES);
    }

    @Test
    void depositOfTheMinimumRegistersTheCaller() {
        ExecutionResult<StorageBalance> r = assertPays(bob, MIN.asYocto(),
                () -> bob.transact(token().withAttachedDeposit(MIN).storageDeposit(Optional.empty(), Optional.empty())));

        assertEquals(new StorageBalance(MIN, NearToken.ZERO), r.value());
        assertEquals(storageBalance(MIN), r.json());
        assertEquals(storageBalance(MIN),
                sandbox.viewJson(token.id(), "storage_balance_of", "{\"account_id\":\"bob.test.near\"}"));
        assertEquals(U128.ZERO, balanceOf(bob));
        give(bob, 1); // now bob can receive tokens
        assertEquals(U128.of(1), balanceOf(bob));
    }

    @Test
    void depositBelowTheMinimumFailsAndIsRefunded() {
        NearToken tooLittle = MIN.minus(NearToken.ONE_YOCTO);

        ExecutionResult<StorageBalance> r = assertPays(bob, BigInteger.ZERO,
                () -> bob.transact(token().withAttachedDeposit(tooLittle).storageDeposit(Optional.empty(), Optional.empty())));

        assertEquals("Smart contract panicked: The attached deposit is less than the minimum storage balance",
                r.failureText());
        assertEquals(Optional.empty(), sandbox.view(token().storageBalanceOf(bob.id())));
        assertEquals("null", sandbox.viewJson(token.id(), "storage_balance_of", "{\"account_id\":\"bob.test.near\"}"));
    }

    @Test
    void depositAboveTheMinimumIsRefundedBeyondIt() {
        ExecutionResult<StorageBalance> r = assertPays(bob, MIN.asYocto(),
                () -> bob.transact(token().withAttachedDeposit(NearToken.near(1)).storageDeposit(Optional.empty(), Optional.empty())));

        assertEquals(new StorageBalance(MIN, NearToken.ZERO), r.value());
        assertEquals(1, r.receiptsOn(bob.id()).size(), () -> "a transfer back to bob: " + r.toTree());
    }

    @Test
    void registrationOnlyMakesNoDifferenceSinceMinAndMaxAreEqual() {
        assertPays(bob, MIN.asYocto(), () -> bob.transact(
                token().withAttachedDeposit(NearToken.near(1)).storageDeposit(Optional.empty(), Optional.of(true))));
        assertPays(carol, MIN.asYocto(), () -> carol.transact(
                token().withAttachedDeposit(NearToken.near(1)).storageDeposit(Optional.empty(), Optional.of(false))));
    }

    @Test
    void registeringTwiceRefundsTheWholeDeposit() {
        register(bob);

        ExecutionResult<StorageBalance> r = assertPays(bob, BigInteger.ZERO,
                () -> bob.transact(token().withAttachedDeposit(MIN).storageDeposit(Optional.empty(), Optional.empty())));

        assertEquals(new StorageBalance(MIN, NearToken.ZERO), r.value());
        assertEquals(List.of("The account is already registered, refunding the deposit"), r.logs());
    }

    @Test
    void oneAccountCanPayForAnother() {
        ExecutionResult<StorageBalance> r = assertPays(alice, MIN.asYocto(), () -> alice.transact(
                token().withAttachedDeposit(NearToken.near(1)).storageDeposit(Optional.of(carol.id()), Optional.empty())));

        assertEquals(new StorageBalance(MIN, NearToken.ZERO), r.value());
        assertEquals(Optional.of(new StorageBalance(MIN, NearToken.ZERO)), sandbox.view(token().storageBalanceOf(carol.id())));
        give(carol, 3);
        assertEquals(U128.of(3), balanceOf(carol));
    }

    @Test
    void withdrawReturnsTheBalanceSinceNothingIsAvailable() {
        register(bob);

        ExecutionResult<StorageBalance> all = bob.transact(tokenWithOneYocto().storageWithdraw(Optional.empty()));
        ExecutionResult<StorageBalance> some = bob.transact(
                tokenWithOneYocto().storageWithdraw(Optional.of(NearToken.ONE_YOCTO)));

        assertEquals(new StorageBalance(MIN, NearToken.ZERO), all.value(), all::toTree);
        assertEquals("Smart contract panicked: The amount is greater than the available storage balance",
                some.failureText());
    }

    @Test
    void withdrawRequiresOneYoctoAndARegisteredAccount() {
        register(bob);

        assertEquals("Smart contract panicked: Requires attached deposit of exactly 1 yoctoNEAR",
                bob.transact(token().storageWithdraw(Optional.empty())).failureText());
        assertEquals("Smart contract panicked: The account carol.test.near is not registered",
                carol.transact(tokenWithOneYocto().storageWithdraw(Optional.empty())).failureText());
    }

    @Test
    void unregisterWithoutTokensReturnsTheDeposit() {
        register(bob);

        // bob attaches 1 yocto and gets the deposit and that yocto back
        ExecutionResult<Boolean> r = assertPays(bob, MIN.asYocto().negate(),
                () -> bob.transact(tokenWithOneYocto().storageUnregister(Optional.empty())));

        assertTrue(r.value(), r::toTree);
        assertEquals(List.of("Closed @bob.test.near with 0"), r.logs(), "no tokens, no burn event");
        assertEquals(Optional.empty(), sandbox.view(token().storageBalanceOf(bob.id())));
        assertEquals("Smart contract panicked: The account bob.test.near is not registered",
                alice.transact(tokenWithOneYocto().ftTransfer(bob.id(), U128.of(1), Optional.empty())).failureText());
    }

    @Test
    void unregisterWithTokensNeedsForce() {
        register(bob);
        give(bob, 25);

        ExecutionResult<Boolean> r = bob.transact(tokenWithOneYocto().storageUnregister(Optional.of(false)));

        assertEquals("Smart contract panicked: Can't unregister the account with the positive balance without force",
                r.failureText());
        assertEquals(U128.of(25), balanceOf(bob));
        assertEquals(Optional.of(new StorageBalance(MIN, NearToken.ZERO)), sandbox.view(token().storageBalanceOf(bob.id())));
    }

    @Test
    void unregisterWithForceBurnsTheTokensAndReturnsTheDeposit() {
        register(bob);
        give(bob, 25);

        ExecutionResult<Boolean> r = assertPays(bob, MIN.asYocto().negate(),
                () -> bob.transact(tokenWithOneYocto().storageUnregister(Optional.of(true))));

        assertTrue(r.value(), r::toTree);
        assertEquals(List.of("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_burn\","
                + "\"data\":[{\"owner_id\":\"bob.test.near\",\"amount\":\"25\"}]}", "Closed @bob.test.near with 25"),
                r.logs());
        assertEquals(U128.of(1_000_000 - 25), totalSupply());
        assertEquals(U128.ZERO, balanceOf(bob));
        assertEquals(Optional.empty(), sandbox.view(token().storageBalanceOf(bob.id())));
    }

    @Test
    void unregisterOfAnUnknownAccountReturnsFalse() {
        ExecutionResult<Boolean> r = carol.transact(tokenWithOneYocto().storageUnregister(Optional.empty()));

        assertFalse(r.value(), r::toTree);
        assertEquals(List.of("The account carol.test.near is not registered"), r.logs());
    }

    @Test
    void unregisterRequiresOneYocto() {
        register(bob);

        assertEquals("Smart contract panicked: Requires attached deposit of exactly 1 yoctoNEAR",
                bob.transact(token().storageUnregister(Optional.empty())).failureText());
        assertEquals(Optional.of(new StorageBalance(MIN, NearToken.ZERO)), sandbox.view(token().storageBalanceOf(bob.id())));
    }

    @Test
    void balanceOfAnUnregisteredAccountIsNull() {
        assertEquals(Optional.empty(), sandbox.view(token().storageBalanceOf(carol.id())));
        assertEquals(Optional.of(new StorageBalance(MIN, NearToken.ZERO)), sandbox.view(token().storageBalanceOf(alice.id())),
                "the owner is registered at init");
    }
}
