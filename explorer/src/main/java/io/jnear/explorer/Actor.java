package io.jnear.explorer;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.Promise;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An account that sends transactions, in order, each in whichever block the explorer picks: a
 * transaction may land while the previous one is still in flight, which is how a second call reaches
 * a contract between the first call and its callback.
 *
 * <pre>{@code
 * Actor mallory = Actor.signedBy(mallory.id())
 *         .then("withdraw 1 NEAR", LeakyVaultStub.on(vault).withdraw(NearToken.near(1)))
 *         .then("withdraw 1 NEAR again", LeakyVaultStub.on(vault).withdraw(NearToken.near(1)));
 * }</pre>
 *
 * <p>Immutable: each method returns a new actor with one more step.
 */
public final class Actor {
    private final AccountId signer;
    private final List<Step> steps;

    private Actor(AccountId signer, List<Step> steps) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.steps = List.copyOf(steps);
    }

    /** An actor with no steps yet, signing with {@code signer}'s full-access key. */
    public static Actor signedBy(AccountId signer) {
        return new Actor(signer, List.of());
    }

    /** Adds a step that sends {@code transaction}. */
    public Actor then(String label, Promise<?> transaction) {
        return with(new Step(label, List.of(Alternative.of(label, transaction)), false));
    }

    /** Adds a step the actor may take or skip. */
    public Actor thenMaybe(String label, Promise<?> transaction) {
        return with(new Step(label, List.of(Alternative.of(label, transaction)), true));
    }

    /** Adds a step that sends one of {@code alternatives}: each is explored (e.g. a receiver that panics). */
    public Actor thenOneOf(String label, Alternative... alternatives) {
        return with(new Step(label, List.of(alternatives), false));
    }

    private Actor with(Step step) {
        List<Step> more = new ArrayList<>(steps);
        more.add(step);
        return new Actor(signer, more);
    }

    public AccountId signer() {
        return signer;
    }

    public List<Step> steps() {
        return steps;
    }

    @Override
    public String toString() {
        return signer.toString();
    }
}
