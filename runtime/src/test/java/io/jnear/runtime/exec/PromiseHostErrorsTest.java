package io.jnear.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnear.runtime.ProtocolConfig;
import io.jnear.runtime.state.AccountState;
import io.jnear.runtime.state.ChainState;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * nearcore's host errors for promises a contract misuses, with its texts: the SDK's types rule these
 * calls out, so they are made on {@link VmLogic} directly, as a Wasm contract can make them.
 */
class PromiseHostErrorsTest {
    private static final ProtocolConfig PROTOCOL = ProtocolConfig.protocol86();
    private static final AccountId SELF = AccountId.of("c.near");

    private static VmLogic vm() {
        ChainState state = new ChainState(PROTOCOL.accountBytes(), PROTOCOL.entryOverheadBytes());
        AccountState account = state.createAccount(SELF);
        state.setAmount(account, NearToken.near(10).asU128());
        return new VmLogic(null, state, account, new byte[0], NearToken.ZERO, Gas.tgas(300).asGas(), PROTOCOL,
                false, List.of(), List.of(), new ChunkWrites());
    }

    @Test
    void returningAJointPromiseIsProhibited() {
        VmLogic vm = vm();
        int a = vm.promiseBatchCreate(SELF);
        int b = vm.promiseBatchCreate(SELF);
        int joint = vm.promiseAnd(new int[] {a, b});
        VmError e = assertThrows(VmError.class, () -> vm.promiseReturn(joint));
        assertEquals("Returning joint promise is currently prohibited.", e.getMessage());
    }

    @Test
    void actionsCannotBeAppendedToAJointPromise() {
        VmLogic vm = vm();
        int joint = vm.promiseAnd(new int[] {vm.promiseBatchCreate(SELF), vm.promiseBatchCreate(SELF)});
        VmError e = assertThrows(VmError.class,
                () -> vm.promiseBatchAction(joint, new Action.Transfer(NearToken.ONE_YOCTO)));
        assertEquals("Actions can only be appended to non-joint promise.", e.getMessage());
    }

    @Test
    void aJoinFailsAtTheFirstPromisePastTheInputLimitBeforeLookingAtTheNext() {
        VmLogic vm = vm();
        int[] indices = new int[130];
        for (int i = 0; i < 129; i++) {
            indices[i] = vm.promiseBatchCreate(SELF);
        }
        indices[129] = 999; // never looked at: the 129th promise already crossed the limit of 128
        VmError e = assertThrows(VmError.class, () -> vm.promiseAnd(indices));
        assertEquals("The number of input data dependencies 129 exceeds the limit 128", e.getMessage());
    }

    @Test
    void anUnknownPromiseIndexIsAnError() {
        VmError e = assertThrows(VmError.class, () -> vm().promiseReturn(3));
        assertEquals("3 does not correspond to existing promises", e.getMessage());
    }
}
