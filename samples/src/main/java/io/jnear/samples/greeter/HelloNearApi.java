package io.jnear.samples.greeter;

import io.jnear.annotations.CrossContractCall;

/**
 * What the greeter calls on Hello NEAR, declared on the caller's side: the processor generates
 * {@code HelloNearApiStub} from it. The contract behind it may be written in any language; only the
 * method names ({@code get_greeting}, {@code set_greeting}) and the JSON must match.
 */
@CrossContractCall
public interface HelloNearApi {
    String getGreeting();

    void setGreeting(String greeting);
}
