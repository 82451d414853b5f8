package io.jnear.runtime.isolated;

import io.jnear.sdk.Env;
import io.jnear.sdk.spi.ContractDispatcher;
import java.nio.charset.StandardCharsets;

/** Hand-written in the shape the processor generates: a switch on the method name. */
public final class ComputeDispatcher implements ContractDispatcher {
    @Override
    public boolean dispatch(String method) {
        Compute c = new Compute();
        Object result = switch (method) {
            case "sum" -> c.sum(Integer.parseInt(new String(Env.input(), StandardCharsets.UTF_8).trim()));
            case "loop_forever" -> c.loopForever();
            case "swallow_everything" -> c.swallowEverything();
            case "recurse" -> c.recurse(0);
            case "allocate" -> c.allocate();
            case "allocate_in_steps" -> c.allocateInSteps();
            case "bump_static" -> c.bumpStatic();
            default -> null;
        };
        if (result == null) {
            return false;
        }
        Env.valueReturn(result.toString().getBytes(StandardCharsets.UTF_8)); // a JSON number
        return true;
    }
}
