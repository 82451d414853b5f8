package io.jnear.samples.joins;

import io.jnear.annotations.CallbackResult;
import io.jnear.annotations.Contract;
import io.jnear.annotations.Init;
import io.jnear.annotations.Private;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PromiseResult;

/**
 * Asks three price oracles at once and averages the answers in one callback. The three calls run in
 * the same block; the callback waits for all three and gets each result, typed, in order, failed or
 * not, so one oracle being down costs an answer, not the whole query.
 */
@Contract
public class PriceAggregator {
    String first;
    String second;
    String third;

    /** For the generated state codec, which creates the contract and then reads its fields. */
    PriceAggregator() {
    }

    @Init
    public PriceAggregator(String first, String second, String third) {
        this.first = first;
        this.second = second;
        this.third = third;
    }

    public Promise<Long> averagePrice() {
        return Promise.and(askPrice(first), askPrice(second), askPrice(third))
                .then(PriceAggregatorStub.self().withStaticGas(Gas.tgas(5)).averagePriceCallback());
    }

    private static Promise<Long> askPrice(String oracle) {
        return PriceOracleStub.on(oracle).withStaticGas(Gas.tgas(5)).getPrice();
    }

    @Private
    public long averagePriceCallback(@CallbackResult PromiseResult<Long> fromFirst,
            @CallbackResult PromiseResult<Long> fromSecond, @CallbackResult PromiseResult<Long> fromThird) {
        long sum = 0;
        int answers = 0;
        if (fromFirst.isSuccess()) {
            sum += fromFirst.value();
            answers++;
        } else {
            Env.log(first + " did not answer");
        }
        if (fromSecond.isSuccess()) {
            sum += fromSecond.value();
            answers++;
        } else {
            Env.log(second + " did not answer");
        }
        if (fromThird.isSuccess()) {
            sum += fromThird.value();
            answers++;
        } else {
            Env.log(third + " did not answer");
        }
        if (answers == 0) {
            throw Env.panic("No oracle answered");
        }
        return sum / answers;
    }
}
