package io.jnear.samples.token;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.U128;
import java.util.Optional;

/**
 * A sandbox with the token deployed at {@code token.test.near} (alice owns the whole supply), a
 * {@link TokenReceiver} at {@code receiver.test.near}, and bob and carol, who are not registered yet.
 */
final class TokenSandbox {
    static final U128 TOTAL_SUPPLY = U128.of(1_000_000);
    static final FungibleTokenMetadata METADATA = FungibleTokenMetadata.of("Example Token", "EXT", 24);

    final Sandbox sandbox = Sandbox.create();
    final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
    final Account bob = sandbox.createAccount("bob.test.near", NearToken.near(10));
    final Account carol = sandbox.createAccount("carol.test.near", NearToken.near(10));
    final Account token = sandbox.deploy("token.test.near", FungibleToken.class,
            FungibleTokenStub.init(alice.id(), TOTAL_SUPPLY, METADATA));
    final Account receiver = sandbox.deploy("receiver.test.near", TokenReceiver.class);

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
        ExecutionResult<StorageBalance> r = account.transact(
                token().withAttachedDeposit(minStorageBalance()).storageDeposit(Optional.empty(), Optional.empty()));
        assertTrue(r.isSuccess(), r::toTree);
    }

    /** Alice sends {@code amount} tokens to {@code to}, which must be registered. */
    void give(Account to, long amount) {
        ExecutionResult<Void> r = alice.transact(tokenWithOneYocto().ftTransfer(to.id(), U128.of(amount), Optional.empty()));
        assertTrue(r.isSuccess(), r::toTree);
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
