package test;

import io.jnear.annotations.*;

@Contract
public class C {
    private static final String GREETING = "Hello";
    private static int calls; //- //! ERROR jnear/mutable-static "Static field calls is mutable"
    int calls; //+

    public int bump() {
        return ++calls + GREETING.length();
    }
}
