package test;

import io.jnear.annotations.*;

@Contract
public class C {
    private static final String GREETING = "Hello";
    static final io.jnear.sdk.U8 LEVELS = io.jnear.sdk.U8.of(3); // the SDK's unsigned numbers are immutable
    static final io.jnear.sdk.U64 LIMIT = io.jnear.sdk.U64.of(10);
    static final io.jnear.sdk.U64Number PAGE = io.jnear.sdk.U64Number.of(50);
    private static int calls; //- //! ERROR jnear/mutable-static "Static field calls is mutable"
    int calls; //+

    public int bump() {
        return ++calls + GREETING.length();
    }
}
