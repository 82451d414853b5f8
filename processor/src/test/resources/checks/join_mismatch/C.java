package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

// Java's generics cannot count a join's members: a callback after Promise.join is checked against it.
@Contract
public class C {
    @View
    public String name() {
        return "c";
    }

    @View
    public long size() {
        return 1;
    }

    public Promise<String> ask(String other) {
        return Promise.join(
                CStub.on(other).withStaticGas(Gas.tgas(5)).name(),
                CStub.on(other).withStaticGas(Gas.tgas(5)).size(), //- //! ERROR jnear/join-mismatch "Promise 1 of Promise.join(..) resolves to java.lang.Long, but callback onFour takes it as java.lang.String (parameter b)"
                CStub.on(other).withStaticGas(Gas.tgas(5)).name(), //+
                CStub.on(other).withStaticGas(Gas.tgas(5)).name(),
                CStub.on(other).withStaticGas(Gas.tgas(5)).size())
                .then(CStub.self().withStaticGas(Gas.tgas(5)).onFour());
    }

    public Promise<String> askFive(String other) {
        var questions = Promise.join(
                CStub.on(other).withStaticGas(Gas.tgas(5)).name(),
                CStub.on(other).withStaticGas(Gas.tgas(5)).name(),
                CStub.on(other).withStaticGas(Gas.tgas(5)).name(),
                CStub.on(other).withStaticGas(Gas.tgas(5)).size(), //-
                CStub.on(other).withStaticGas(Gas.tgas(5)).size());
        var reader = CStub.self().withStaticGas(Gas.tgas(5)).onFour();
        return questions.then(reader); //- //! ERROR jnear/join-mismatch "Callback onFour takes 4 results, but Promise.join(..) joins 5 promises"
        return questions.then(reader); //+
    }

    @Private
    public String onFour(@CallbackResult PromiseResult<String> a, @CallbackResult PromiseResult<String> b,
            @CallbackResult PromiseResult<String> c, @CallbackResult PromiseResult<Long> d) {
        return a.valueOr("") + b.valueOr("") + c.valueOr("") + d.valueOr(0L);
    }
}
