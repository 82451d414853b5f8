package io.jnear.samples.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.ExecutionResult;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.U128;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** NEP-141 {@code ft_transfer}: who may send what to whom, the events it logs, and each error. */
class FungibleTokenTransferTest extends TokenTest {
    @BeforeEach
    void setUp() {
        register(bob);
    }

    @Test
    void initMintsTheWholeSupplyToTheOwnerAndLogsFtMint() {
        Action.FunctionCall init = FungibleTokenStub.init(alice.id(), U128.of(500), METADATA);
        ExecutionResult<Void> r = sandbox.root().transact(Promise.create("other-token.test.near")
                .createAccount().transfer(NearToken.near(5)).deployContract(FungibleToken.class).add(init));

        assertTrue(r.isSuccess(), r::toTree);
        assertEquals(List.of("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_mint\","
                + "\"data\":[{\"owner_id\":\"alice.test.near\",\"amount\":\"500\"}]}"), r.logs());
        FungibleTokenStub other = FungibleTokenStub.on("other-token.test.near");
        assertEquals(U128.of(500), sandbox.view(other.ftTotalSupply()));
        assertEquals(U128.of(500), sandbox.view(other.ftBalanceOf(alice.id())));
        assertEquals(METADATA, sandbox.view(other.ftMetadata()));
    }

    @Test
    void newDefaultMetaInitializesWithTheExampleTokensMetadata() {
        Action.FunctionCall init = FungibleTokenStub.initNewDefaultMeta(alice.id(), U128.of(7));
        assertEquals("new_default_meta", init.methodName());
        ExecutionResult<Void> r = sandbox.root().transact(Promise.create("default-token.test.near")
                .createAccount().transfer(NearToken.near(5)).deployContract(FungibleToken.class).add(init));

        assertTrue(r.isSuccess(), r::toTree);
        FungibleTokenStub other = FungibleTokenStub.on("default-token.test.near");
        assertEquals(FungibleToken.DEFAULT_METADATA, sandbox.view(other.ftMetadata()));
        assertEquals(U128.of(7), sandbox.view(other.ftBalanceOf(alice.id())));
        assertEquals("{\"spec\":\"ft-1.0.0\",\"name\":\"Example NEAR fungible token\",\"symbol\":\"EXAMPLE\","
                + "\"icon\":null,\"reference\":null,\"reference_hash\":null,\"decimals\":24}",
                sandbox.viewJson(AccountId.of("default-token.test.near"), "ft_metadata", "{}"));
    }

    @Test
    void metadataIsReturnedAsNep148Json() {
        assertEquals("{\"spec\":\"ft-1.0.0\",\"name\":\"Example Token\",\"symbol\":\"EXT\",\"icon\":null,"
                + "\"reference\":null,\"reference_hash\":null,\"decimals\":24}",
                sandbox.viewJson(token.id(), "ft_metadata", "{}"));
    }

    @Test
    void transferMovesTokensAndLogsFtTransfer() {
        ExecutionResult<Void> r = alice.transact(tokenWithOneYocto().ftTransfer(bob.id(), U128.of(10), Optional.empty()));

        assertTrue(r.isSuccess(), r::toTree);
        assertEquals(List.of("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_transfer\","
                + "\"data\":[{\"old_owner_id\":\"alice.test.near\",\"new_owner_id\":\"bob.test.near\","
                + "\"amount\":\"10\"}]}"), r.logs());
        assertEquals(U128.of(999_990), balanceOf(alice));
        assertEquals(U128.of(10), balanceOf(bob));
        assertEquals(TOTAL_SUPPLY, totalSupply());
    }

    @Test
    void transferMemoIsCarriedInTheEvent() {
        ExecutionResult<Void> r = alice.transact(
                tokenWithOneYocto().ftTransfer(bob.id(), U128.of(7), Optional.of("for lunch")));

        assertEquals(List.of("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_transfer\","
                + "\"data\":[{\"old_owner_id\":\"alice.test.near\",\"new_owner_id\":\"bob.test.near\","
                + "\"amount\":\"7\",\"memo\":\"for lunch\"}]}"), r.logs());
    }

    @Test
    void transferWithoutADepositFails() {
        ExecutionResult<Void> r = alice.transact(token().ftTransfer(bob.id(), U128.of(10), Optional.empty()));

        assertEquals("Smart contract panicked: Requires attached deposit of exactly 1 yoctoNEAR", r.failureText());
        assertEquals(U128.ZERO, balanceOf(bob));
    }

    @Test
    void transferWithMoreThanOneYoctoFails() {
        ExecutionResult<Void> r = alice.transact(token().withAttachedDeposit(NearToken.ofYocto(2))
                .ftTransfer(bob.id(), U128.of(10), Optional.empty()));

        assertEquals("Smart contract panicked: Requires attached deposit of exactly 1 yoctoNEAR", r.failureText());
        assertEquals(U128.ZERO, balanceOf(bob));
    }

    @Test
    void transferToOneselfFails() {
        ExecutionResult<Void> r = alice.transact(tokenWithOneYocto().ftTransfer(alice.id(), U128.of(10), Optional.empty()));

        assertEquals("Smart contract panicked: Sender and receiver should be different", r.failureText());
    }

    @Test
    void transferOfZeroFails() {
        ExecutionResult<Void> r = alice.transact(tokenWithOneYocto().ftTransfer(bob.id(), U128.ZERO, Optional.empty()));

        assertEquals("Smart contract panicked: The amount should be a positive number", r.failureText());
    }

    @Test
    void transferToAnUnregisteredAccountFails() {
        ExecutionResult<Void> r = alice.transact(tokenWithOneYocto().ftTransfer(carol.id(), U128.of(10), Optional.empty()));

        assertEquals("Smart contract panicked: The account carol.test.near is not registered", r.failureText());
        assertEquals(TOTAL_SUPPLY, balanceOf(alice));
    }

    @Test
    void transferFromAnUnregisteredAccountFails() {
        ExecutionResult<Void> r = carol.transact(tokenWithOneYocto().ftTransfer(bob.id(), U128.of(10), Optional.empty()));

        assertEquals("Smart contract panicked: The account carol.test.near is not registered", r.failureText());
    }

    @Test
    void transferOfMoreThanTheBalanceFailsAndChangesNothing() {
        give(bob, 5);

        ExecutionResult<Void> r = bob.transact(tokenWithOneYocto().ftTransfer(alice.id(), U128.of(6), Optional.empty()));

        assertEquals("Smart contract panicked: The account doesn't have enough balance", r.failureText());
        assertEquals(U128.of(5), balanceOf(bob));
        assertEquals(U128.of(999_995), balanceOf(alice));
    }

    @Test
    void balanceOfAnUnknownAccountIsZero() {
        assertEquals("\"0\"", sandbox.viewJson(token.id(), "ft_balance_of", "{\"account_id\":\"nobody.test.near\"}"));
        assertEquals(U128.ZERO, balanceOf(carol));
    }

    @Test
    void totalSupplyIsTheMintedAmount() {
        assertEquals("\"1000000\"", sandbox.viewJson(token.id(), "ft_total_supply", "{}"));
    }
}
