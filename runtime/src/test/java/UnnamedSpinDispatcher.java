import io.jnear.sdk.Env;
import io.jnear.sdk.json.JsonCodecs;
import io.jnear.sdk.spi.ContractDispatcher;

/** Attack fixture: a contract in the unnamed package, which must be checked and metered like any other. */
public final class UnnamedSpinDispatcher implements ContractDispatcher {
    private static int calls;

    @Override
    public boolean dispatch(String method) {
        calls++;
        if (method.equals("calls")) {
            Env.valueReturn(JsonCodecs.STRING.encode(Integer.toString(calls)));
            return true;
        }
        new UnnamedSpin().forever();
        return false;
    }
}

final class UnnamedSpin {
    void forever() {
        long x = 1;
        while (x != 0) {
            x++;
        }
    }
}
