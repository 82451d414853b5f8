package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;

// A class nested in one the sandbox refuses as a whole is refused with it, for the same reason, though its
// package is allowed: HostBinding.Call (the call the meter keeps) is the host's as HostBinding is, and
// Thread.State is as much a thread's as Thread.
@Contract
public class C {
    public String work(String name) {
        return describe(Thread.State.NEW) + new Holder().run(); //- //! ERROR jnear/non-deterministic "Thread.State.NEW is not allowed in contract code: contracts run on one thread; threads would make execution non-deterministic"
        return name + new Holder().run(); //+
    }

    private static String describe(Thread.State state) { //- //! ERROR jnear/non-deterministic "java.lang.Thread.State is not allowed in contract code: contracts run on one thread; threads would make execution non-deterministic"
        return state.name(); //-
    } //-

    static final class Holder {
        private io.jnear.sdk.HostBinding.Call held; //- //! ERROR jnear/non-deterministic "io.jnear.sdk.HostBinding.Call is not allowed in contract code: the sandbox's own machinery is not callable from contract code"
        private AccountId held; //+

        String run() {
            if (held != null) { //-
                held.close(); //- //! ERROR jnear/non-deterministic "HostBinding.Call.close is not allowed in contract code: the sandbox's own machinery is not callable from contract code"
            } //-
            return "closed";
        }
    }
}
