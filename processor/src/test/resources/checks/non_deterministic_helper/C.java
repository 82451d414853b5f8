package test;

import io.jnear.annotations.*;
import lib.Amounts;
import test.util.Ticker;

// The sandbox checks every class deployed with the contract: the classes of this compilation that the
// contract reaches, in any package and through each other (calls, super types, nested classes), are read
// too, and what they use that the sandbox refuses is reported on their own lines. Amounts is analysed
// before the contract, Jitter, Ticker and Wheel after it; Unused is reached by nothing and not read.
@Contract
public class C {
    long total;

    public long add(long amount) {
        total += Amounts.scaled(amount);
        return total + new Ticker().tick();
    }
}
