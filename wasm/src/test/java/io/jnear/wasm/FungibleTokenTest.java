package io.jnear.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.U128;
import io.jnear.wasm.contracts.JavaTokenReceiver;
import io.jnear.wasm.contracts.RealFungibleToken;
import io.jnear.wasm.contracts.RealFungibleTokenStub;
import org.junit.jupiter.api.Test;

/** near-sdk-rs's fungible token (Wasm) with its own figures, called by accounts and by a Java contract. */
class FungibleTokenTest {
    private static final NearToken STORAGE_BOUND = NearToken.ofYocto(new java.math.BigInteger("1250000000000000000000"));

    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(50));
    private final Account bob = sandbox.createAccount("bob.test.near", NearToken.near(50));
    private final Account token = sandbox.deployWasm("ft.test.near", RealContracts.fungibleToken(),
            RealContracts.jsonCall("new_default_meta", "{\"owner_id\":\"alice.test.near\",\"total_supply\":\"1000000\"}"));
    private final Account receiver = sandbox.deploy("receiver.test.near", JavaTokenReceiver.class);

    private String balanceOf(Account a) {
        return sandbox.viewJson(token.id(), "ft_balance_of", "{\"account_id\":\"" + a.id() + "\"}");
    }

    private ExecutionResult<String> register(Account who, NearToken deposit) {
        return who.call(token.id(), "storage_deposit", "{}", deposit, Gas.tgas(30));
    }

    @Test
    void storageBoundsAreWhatOneAccountEntryCosts() {
        assertEquals("{\"min\":\"1250000000000000000000\",\"max\":\"1250000000000000000000\"}",
                sandbox.viewJson(token.id(), "storage_balance_bounds", "{}"));
        RealFungibleToken.StorageBalanceBounds bounds = sandbox.view(RealFungibleTokenStub.on(token.id())
                .storageBalanceBounds());
        assertEquals(U128.parse("1250000000000000000000"), bounds.min());
    }

    @Test
    void registrationNeedsTheMinimumAndRefundsTheExcess() {
        ExecutionResult<String> tooLittle = register(bob, NearToken.ofYocto(1_000));
        assertTrue(tooLittle.isFailure());
        assertTrue(tooLittle.failureText().contains("The attached deposit is less than the minimum storage balance"),
                tooLittle::toTree);

        NearToken before = bob.balance();
        ExecutionResult<String> ok = register(bob, NearToken.near(1));
        assertTrue(ok.isSuccess(), ok::toTree);
        assertEquals("{\"total\":\"1250000000000000000000\",\"available\":\"0\"}", ok.json());
        // bob paid the bound and the gas, and got the rest of his 1 NEAR back
        NearToken spent = before.minus(bob.balance());
        assertTrue(spent.compareTo(STORAGE_BOUND) > 0 && spent.compareTo(STORAGE_BOUND.plus(NearToken.milliNear(5))) < 0,
                spent::toString);
    }

    @Test
    void ftTransferNeedsExactlyOneYocto() {
        register(bob, STORAGE_BOUND);
        ExecutionResult<String> none = alice.call(token.id(), "ft_transfer",
                "{\"receiver_id\":\"bob.test.near\",\"amount\":\"10\"}", NearToken.ZERO, Gas.tgas(30));
        assertEquals("Smart contract panicked: Requires attached deposit of exactly 1 yoctoNEAR", none.failureText());

        ExecutionResult<String> sent = alice.call(token.id(), "ft_transfer",
                "{\"receiver_id\":\"bob.test.near\",\"amount\":\"10\"}", NearToken.ONE_YOCTO, Gas.tgas(30));
        assertTrue(sent.isSuccess(), sent::toTree);
        assertEquals(java.util.List.of("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_transfer\","
                + "\"data\":[{\"old_owner_id\":\"alice.test.near\",\"new_owner_id\":\"bob.test.near\",\"amount\":\"10\"}]}"),
                sent.logs());
        assertEquals("\"999990\"", balanceOf(alice));
        assertEquals("\"10\"", balanceOf(bob));
        sandbox.checkConservation();
    }

    @Test
    void ftTransferCallIntoAJavaReceiverRefundsWhatItDidNotUse() {
        register(receiver, STORAGE_BOUND);
        ExecutionResult<U128> r = alice.transact(RealFungibleTokenStub.on(token.id()).withAttachedDeposit(NearToken.ONE_YOCTO)
                .withStaticGas(Gas.tgas(100)).ftTransferCall(receiver.id(), U128.of(100), null, "return:30"));
        assertEquals(U128.of(70), r.value(), r::toTree);
        assertTrue(r.logs().contains("Java received 100 from alice.test.near with msg return:30"), r::toTree);
        assertEquals("\"999930\"", balanceOf(alice));
        assertEquals("\"70\"", balanceOf(receiver));
        assertEquals("\"1000000\"", sandbox.viewJson(token.id(), "ft_total_supply", "{}"));
        sandbox.checkConservation();
    }

    @Test
    void aJavaReceiverThatPanicsGetsNothing() {
        register(receiver, STORAGE_BOUND);
        ExecutionResult<String> r = alice.call(token.id(), "ft_transfer_call",
                "{\"receiver_id\":\"receiver.test.near\",\"amount\":\"100\",\"msg\":\"no\"}", NearToken.ONE_YOCTO,
                Gas.tgas(100));
        assertEquals("\"0\"", r.json(), r::toTree);
        assertEquals(1, r.failures().size(), r::toTree);
        assertEquals("\"1000000\"", balanceOf(alice));
        assertEquals("\"0\"", balanceOf(receiver));
    }
}
