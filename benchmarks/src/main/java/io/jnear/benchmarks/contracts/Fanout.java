package io.jnear.benchmarks.contracts;

import io.jnear.annotations.CallbackResult;
import io.jnear.annotations.Contract;
import io.jnear.annotations.Init;
import io.jnear.annotations.Private;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PromiseResult;
import java.util.ArrayList;
import java.util.List;

/** Joins of n calls and chains of n calls to {@link Echo}, for the per-promise cost. */
@Contract
public class Fanout {
    AccountId echo;

    /** For the generated state codec, which creates the contract and then reads its fields. */
    Fanout() {
    }

    @Init
    public Fanout(AccountId echo) {
        this.echo = echo;
    }

    public Promise<Integer> join(int n) {
        List<Promise<String>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(EchoStub.on(echo).withStaticGas(Gas.tgas(2)).withUnusedGasWeight(0).echo("m" + i));
        }
        return Promise.all(calls).then(FanoutStub.self().withStaticGas(Gas.tgas(100)).onAll());
    }

    @Private
    public int onAll(@CallbackResult List<PromiseResult<String>> answers) {
        int ok = 0;
        for (PromiseResult<String> a : answers) {
            if (a.isSuccess()) {
                ok++;
            }
        }
        return ok;
    }

    public Promise<String> chain(int n) {
        Promise<String> p = EchoStub.on(echo).withStaticGas(Gas.tgas(2)).withUnusedGasWeight(0).echo("0");
        for (int i = 1; i < n; i++) {
            p = p.then(EchoStub.on(echo).withStaticGas(Gas.tgas(2)).withUnusedGasWeight(0).echo(Integer.toString(i)));
        }
        return p;
    }
}
