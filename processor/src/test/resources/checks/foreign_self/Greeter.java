package test;

import io.jnear.annotations.*;

@CrossContractCall
public interface Greeter {
    String greeting();
}
