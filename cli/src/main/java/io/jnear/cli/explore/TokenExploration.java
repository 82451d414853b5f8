package io.jnear.cli.explore;

import io.jnear.explorer.Actor;
import io.jnear.explorer.Alternative;
import io.jnear.explorer.Explorer;
import io.jnear.explorer.Invariant;
import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.exec.InjectedFailure;
import io.jnear.samples.token.FungibleToken;
import io.jnear.samples.token.FungibleTokenMetadata;
import io.jnear.samples.token.FungibleTokenStub;
import io.jnear.samples.token.TokenReceiver;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.U128;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * The token sample: bob and alice send tokens with calls to a receiver that accepts, gives some back,
 * panics or answers late, or runs out of gas or is missing when the call arrives, while bob and the
 * receiver may unregister (burning what they hold) in the window; the total supply must equal the sum of
 * balances after every block.
 */
final class TokenExploration implements ExplorationScenario {
    @Override
    public String name() {
        return "token";
    }

    @Override
    public String summary() {
        return "the token's supply equals the sum of balances under racing transfer calls, unregistering and "
                + "failing receivers";
    }

    @Override
    public List<Case> cases() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(10));
        Account token = sandbox.deploy("token.test.near", FungibleToken.class, FungibleTokenStub.init(alice.id(),
                U128.of(1_000_000), FungibleTokenMetadata.of("Example Token", "EXT", 24)));
        Account receiver = sandbox.deploy("receiver.test.near", TokenReceiver.class);
        FungibleTokenStub ft = FungibleTokenStub.on(token.id());
        NearToken min = sandbox.view(ft.storageBalanceBounds()).min();
        bob.transact(ft.withAttachedDeposit(min).storageDeposit(Optional.empty(), Optional.empty())).value();
        receiver.transact(ft.withAttachedDeposit(min).storageDeposit(Optional.empty(), Optional.empty())).value();
        alice.transact(ft.withAttachedDeposit(NearToken.ONE_YOCTO).ftTransfer(bob.id(), U128.of(1000), Optional.empty()));

        List<AccountId> holders = List.of(alice.id(), bob.id(), receiver.id());
        FungibleTokenStub paid = ft.withAttachedDeposit(NearToken.ONE_YOCTO);
        Explorer explorer = Explorer.from(sandbox)
                .actor(Actor.signedBy(bob.id())
                        .thenOneOf("bob sends 600 with a call", send(paid, receiver, "accept", 600),
                                send(paid, receiver, "panic", 600), send(paid, receiver, "self-call", 600))
                        .thenMaybe("bob unregisters, burning what he holds", paid.storageUnregister(Optional.of(true))))
                .actor(Actor.signedBy(alice.id())
                        .thenOneOf("alice sends 300 with a call", send(paid, receiver, "return:100", 300),
                                send(paid, receiver, "nonsense", 300)))
                .actor(Actor.signedBy(receiver.id())
                        .thenMaybe("the receiver unregisters, burning what it holds", paid.storageUnregister(Optional.of(true))))
                .mayFail(receiver.id(), "ft_on_transfer", InjectedFailure.OUT_OF_GAS, InjectedFailure.MISSING_ACCOUNT)
                .invariant(Invariant.always("total supply equals the sum of balances", s -> {
                    BigInteger sum = BigInteger.ZERO;
                    for (AccountId holder : holders) {
                        sum = sum.add(s.view(ft.ftBalanceOf(holder)).asBigInteger());
                    }
                    BigInteger supply = s.view(ft.ftTotalSupply()).asBigInteger();
                    if (!supply.equals(sum)) {
                        throw new AssertionError("supply " + supply + ", balances add up to " + sum);
                    }
                    return true;
                }))
                .maxBlocks(3);
        return List.of(new Case("the fungible token (NEP-141 with NEP-145 storage)",
                "alice holds 999,000 tokens, bob 1,000; bob and the receiver are registered", explorer));
    }

    private static Alternative send(FungibleTokenStub paid, Account receiver, String msg, long amount) {
        return Alternative.of("ft_transfer_call " + amount + ", msg " + msg,
                paid.ftTransferCall(receiver.id(), U128.of(amount), Optional.empty(), msg));
    }
}
