package io.jnear.sdk.spi;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import java.util.Objects;

/**
 * What every generated {@code <Name>Stub} shares: the account it calls and the gas, deposit and unused-gas
 * weight each call carries, with immutable {@code with…} setters. Kept here rather than generated into
 * every stub, so generated code stays small and javac compiles it quickly.
 *
 * @param <S> the concrete stub type, which {@code with…} methods return
 */
public abstract class StubSupport<S extends StubSupport<S>> {
    private final AccountId account;
    private final Gas staticGas;
    private final NearToken attachedDeposit;
    private final long unusedGasWeight;

    protected StubSupport(AccountId account, Gas staticGas, NearToken attachedDeposit, long unusedGasWeight) {
        this.account = Objects.requireNonNull(account, "account");
        this.staticGas = Objects.requireNonNull(staticGas, "staticGas");
        this.attachedDeposit = Objects.requireNonNull(attachedDeposit, "attachedDeposit");
        if (unusedGasWeight < 0) {
            throw new IllegalArgumentException("unused gas weight may not be negative: " + unusedGasWeight);
        }
        this.unusedGasWeight = unusedGasWeight;
    }

    /** A stub of the concrete type with these settings. */
    protected abstract S rebuild(AccountId account, Gas staticGas, NearToken attachedDeposit, long unusedGasWeight);

    /** Attaches {@code gas} to each call, on top of its share of unused gas. */
    public final S withStaticGas(Gas gas) {
        return rebuild(account, gas, attachedDeposit, unusedGasWeight);
    }

    /** Attaches {@code deposit} to each call. */
    public final S withAttachedDeposit(NearToken deposit) {
        return rebuild(account, staticGas, deposit, unusedGasWeight);
    }

    /** Gives each call {@code weight} shares of the caller's unused gas (0: only its static gas). */
    public final S withUnusedGasWeight(long weight) {
        return rebuild(account, staticGas, attachedDeposit, weight);
    }

    /** A promise of one call of {@code method} with JSON {@code args}, decoding its result with {@code decoder}. */
    protected final <T> Promise<T> call(String method, byte[] args, ResultDecoder<T> decoder) {
        return Promise.functionCall(account,
                new Action.FunctionCall(method, args, staticGas, attachedDeposit, unusedGasWeight), decoder);
    }
}
