package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public void work() {
        new Thread(() -> { }).start(); //- //! ERROR jnear/non-deterministic //! ERROR jnear/non-deterministic
        try {
            java.nio.file.Files.readAllBytes(java.nio.file.Path.of("x")); //- //! ERROR jnear/non-deterministic //! ERROR jnear/non-deterministic
            new java.net.Socket("example.com", 80).close(); //- //! ERROR jnear/non-deterministic //! ERROR jnear/non-deterministic
            if (Env.blockHeight() < 0) throw new java.io.IOException("never"); //+
        } catch (java.io.IOException e) {
            throw new ContractPanic(e.getMessage());
        }
    }
}
