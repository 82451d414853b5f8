package io.jnear.wasm.contracts;

import io.jnear.annotations.CrossContractCall;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.U128;

/** The NEP-141/145 surface of near-sdk-rs's example fungible token, as Java code calls it. */
@CrossContractCall
public interface RealFungibleToken {
    void ftTransfer(AccountId receiverId, U128 amount, String memo);

    U128 ftTransferCall(AccountId receiverId, U128 amount, String memo, String msg);

    U128 ftBalanceOf(AccountId accountId);

    U128 ftTotalSupply();

    StorageBalance storageDeposit(AccountId accountId, Boolean registrationOnly);

    StorageBalanceBounds storageBalanceBounds();

    /** NEP-145's balance of one account. */
    record StorageBalance(U128 total, U128 available) {
    }

    /** NEP-145's bounds: what one account's registration costs. */
    record StorageBalanceBounds(U128 min, U128 max) {
    }
}
