package io.jnear.samples.token;

import static io.jnear.testing.OutcomeAssertions.assertThat;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import io.jnear.testing.Deployed;
import io.jnear.testing.JnearTest;
import io.jnear.testing.TestAccount;
import io.jnear.sdk.U128;
import java.util.Optional;

/**
 * What the token tests share: a fresh sandbox per test with the token deployed at {@code token.test.near}
 * (alice owns the whole supply), a {@link TokenReceiver} at {@code receiver.test.near}, and bob and carol,
 * who are not registered yet.
 */
@JnearTest
abstract class TokenTest {
    static final U128 TOTAL_SUPPLY = U128.of(1_000_000);
    static final FungibleTokenMetadata METADATA = FungibleTokenMetadata.of("Example Token", "EXT", 24);

    Sandbox sandbox;
    @TestAccount(balance = "10 NEAR")
    Account alice;
    @TestAccount(balance = "10 NEAR")
    Account bob;
    @TestAccount(balance = "10 NEAR")
    Account carol;
    @Deployed(contract = FungibleToken.class, initBy = "tokenInit")
    Account token;
    @Deployed(contract = TokenReceiver.class)
    Account receiver;

    Action.FunctionCall tokenInit() {
        return FungibleTokenStub.init(alice.id(), TOTAL_SUPPLY, METADATA);
    }

    /** Calls on the token with no deposit. */
    FungibleTokenStub token() {
        return FungibleTokenStub.on(token.id());
    }

    /** Calls on the token with the 1 yoctoNEAR that transfers and storage withdrawals require. */
    FungibleTokenStub tokenWithOneYocto() {
        return token().withAttachedDeposit(NearToken.ONE_YOCTO);
    }

    NearToken minStorageBalance() {
        return sandbox.view(token().storageBalanceBounds()).min();
    }

    /** Registers {@code account}, paying exactly the minimum storage deposit. */
    void register(Account account) {
        assertThat(account.transact(token().withAttachedDeposit(minStorageBalance())
                .storageDeposit(Optional.empty(), Optional.empty()))).succeeded();
    }

    /** Alice sends {@code amount} tokens to {@code to}, which must be registered. */
    void give(Account to, long amount) {
        assertThat(alice.transact(tokenWithOneYocto().ftTransfer(to.id(), U128.of(amount), Optional.empty())))
                .succeeded();
    }

    U128 balanceOf(Account account) {
        return balanceOf(account.id());
    }

    U128 balanceOf(AccountId account) {
        return sandbox.view(token().ftBalanceOf(account));
    }

    U128 totalSupply() {
        return sandbox.view(token().ftTotalSupply());
    }
}
