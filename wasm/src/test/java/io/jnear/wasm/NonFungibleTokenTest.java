package io.jnear.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import org.junit.jupiter.api.Test;

/** near-sdk-rs's NFT example (NEP-171/177): a token is minted, then moves only with exactly 1 yocto. */
class NonFungibleTokenTest {
    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(20));
    private final Account bob = sandbox.createAccount("bob.test.near", NearToken.near(20));
    private final Account nft = sandbox.deployWasm("nft.test.near", RealContracts.read("non_fungible_token.wasm"),
            RealContracts.jsonCall("new_default_meta", "{\"owner_id\":\"alice.test.near\"}"));

    private ExecutionResult<String> mint() {
        return alice.call(nft.id(), "nft_mint", "{\"token_id\":\"0\",\"token_owner_id\":\"alice.test.near\","
                + "\"token_metadata\":{\"title\":\"Olympus Mons\"}}", NearToken.milliNear(100), Gas.tgas(50));
    }

    @Test
    void aMintedTokenBelongsToItsReceiver() {
        ExecutionResult<String> minted = mint();
        assertTrue(minted.isSuccess(), minted::toTree);
        String token = sandbox.viewJson(nft.id(), "nft_token", "{\"token_id\":\"0\"}");
        assertTrue(token.startsWith("{\"token_id\":\"0\",\"owner_id\":\"alice.test.near\""), token);
        assertTrue(token.contains("\"title\":\"Olympus Mons\""), token);
    }

    @Test
    void nftTransferNeedsOneYoctoAndMovesTheToken() {
        mint();
        ExecutionResult<String> none = alice.call(nft.id(), "nft_transfer",
                "{\"receiver_id\":\"bob.test.near\",\"token_id\":\"0\"}", NearToken.ZERO, Gas.tgas(30));
        assertEquals("Smart contract panicked: Requires attached deposit of exactly 1 yoctoNEAR", none.failureText());
        ExecutionResult<String> moved = alice.call(nft.id(), "nft_transfer",
                "{\"receiver_id\":\"bob.test.near\",\"token_id\":\"0\"}", NearToken.ONE_YOCTO, Gas.tgas(30));
        assertTrue(moved.isSuccess(), moved::toTree);
        assertTrue(sandbox.viewJson(nft.id(), "nft_token", "{\"token_id\":\"0\"}")
                .startsWith("{\"token_id\":\"0\",\"owner_id\":\"bob.test.near\""));
        sandbox.checkConservation();
    }
}
