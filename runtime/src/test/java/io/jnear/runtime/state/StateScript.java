package io.jnear.runtime.state;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.U128;
import java.util.ArrayList;
import java.util.List;

/**
 * A random script of balance changes, undos and forks over up to three {@link ChainState}s, for the property
 * tests of what a state keeps with every change: each step picks a state, one of four accounts and one
 * operation.
 */
final class StateScript {
    /** What a step does: the operations, numbered as the tests pick them. */
    static final int CREATE = 0;
    static final int DELETE = 1;
    static final int SET_AMOUNT = 2;
    static final int SET_AMOUNT_AGAIN = 3;
    static final int SET_LOCKED = 4;
    static final int CHECKPOINT = 5;
    static final int ROLLBACK = 6;

    private static final int ACCOUNTS = 4;

    final List<ChainState> states = new ArrayList<>(List.of(new ChainState(100, 40)));
    private int checkpoint = -1;

    /** The state {@code step} acts on. */
    int stateOf(int step) {
        return step % states.size();
    }

    /**
     * Runs operation {@code op} of {@code step} (any other number commits the state and forks it while there are
     * fewer than three), with {@code amount} as a new balance and {@code locked} as a new stake.
     *
     * @return whether the step forked the state it acted on (the fork is the last of {@link #states})
     */
    boolean apply(int step, int op, U128 amount, U128 locked) {
        ChainState state = states.get(stateOf(step));
        AccountId id = AccountId.of("a" + (step / 7) % ACCOUNTS + ".near");
        AccountState a = state.get(id);
        switch (op) {
            case CREATE -> {
                if (a == null) {
                    state.createAccount(id);
                }
            }
            case DELETE -> state.deleteAccount(id);
            case SET_AMOUNT, SET_AMOUNT_AGAIN -> {
                if (a != null) {
                    state.setAmount(a, amount);
                }
            }
            case SET_LOCKED -> {
                if (a != null) {
                    state.setLocked(a, locked);
                }
            }
            case CHECKPOINT -> checkpoint = state.checkpoint();
            case ROLLBACK -> {
                state.rollback(Math.max(0, Math.min(checkpoint, state.checkpoint())));
                checkpoint = -1;
            }
            default -> {
                state.commit(0);
                checkpoint = -1;
                if (states.size() < 3) {
                    states.add(state.fork());
                    return true;
                }
            }
        }
        return false;
    }
}
