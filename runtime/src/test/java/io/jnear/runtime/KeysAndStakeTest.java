package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.outcome.ActionErrorKind;
import io.jnear.runtime.outcome.TxExecutionError;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeysAndStakeTest {
    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
    private final PublicKey extra = PublicKey.ed25519(new byte[32]);

    private static ActionErrorKind kindOf(ExecutionResult<?> r) {
        return assertInstanceOf(TxExecutionError.ActionError.class, r.failure().orElseThrow()).kind();
    }

    @Test
    void addingAndDeletingKeysChangesStorageByNearsSizes() {
        long before = alice.storageUsage();
        assertTrue(alice.transact(Promise.create(alice.id()).addFullAccessKey(extra)).isSuccess());
        assertEquals(before + 82, alice.storageUsage());

        ExecutionResult<Void> again = alice.transact(Promise.create(alice.id()).addFullAccessKey(extra));
        assertInstanceOf(ActionErrorKind.AddKeyAlreadyExists.class, kindOf(again));

        assertTrue(alice.transact(Promise.create(alice.id()).deleteKey(extra)).isSuccess());
        assertEquals(before, alice.storageUsage());
        assertInstanceOf(ActionErrorKind.DeleteKeyDoesNotExist.class,
                kindOf(alice.transact(Promise.create(alice.id()).deleteKey(extra))));
    }

    @Test
    void anAddedKeyStartsAtTheNonceOfItsBlockWhateverTheActionSays() {
        ExecutionResult<Void> r = alice.transact(Promise.create(alice.id()).add(new io.jnear.sdk.Action.AddKey(extra,
                new io.jnear.sdk.AccessKey(7, io.jnear.sdk.AccessKey.fullAccess().permission()))));

        // nearcore: (height of the block that runs the AddKey − 1) × ACCESS_KEY_NONCE_RANGE_MULTIPLIER (10^6)
        long height = r.receiptOutcomes().get(0).blockHeight();
        assertEquals((height - 1) * 1_000_000L, sandbox.chain().state().get(alice.id()).key(extra).nonce());
        assertEquals(1_000_000L, ProtocolConfig.ACCESS_KEY_NONCE_RANGE_MULTIPLIER);
    }

    @Test
    void functionCallKeyCountsItsReceiverAndMethodNames() {
        long before = alice.storageUsage();
        alice.transact(Promise.create(alice.id()).addAccessKey(extra, NearToken.near(1),
                sandbox.root().id(), List.of("a", "bc")));
        // key 33 + nonce 8 + tag 1 + allowance 17 + receiver 4+9 + names 4 + (4+1) + (4+2) + entry 40
        assertEquals(before + 33 + 8 + 1 + 17 + 13 + 4 + 5 + 6 + 40, alice.storageUsage());
    }

    @Test
    void stakeLocksBalanceAndAStakingAccountCannotBeDeleted() {
        ExecutionResult<Void> r = alice.transact(Promise.create(alice.id()).stake(NearToken.near(4), extra));
        assertTrue(r.isSuccess());
        assertEquals(NearToken.near(4), alice.lockedBalance());

        ExecutionResult<Void> delete = alice.transact(Promise.create(alice.id()).deleteAccount(sandbox.root().id()));
        assertInstanceOf(ActionErrorKind.DeleteAccountStaking.class, kindOf(delete));

        ExecutionResult<Void> tooMuch = alice.transact(Promise.create(alice.id()).stake(NearToken.near(100), extra));
        assertInstanceOf(ActionErrorKind.TriesToStake.class, kindOf(tooMuch));
    }

    @Test
    void keyManagementOnAnotherAccountNeedsPermission() {
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(10));
        ExecutionResult<Void> r = bob.transact(Promise.create(alice.id()).addFullAccessKey(extra));
        assertInstanceOf(ActionErrorKind.ActorNoPermission.class, kindOf(r));
    }
}
