package io.jnear.benchmarks.contracts;

import io.jnear.annotations.Contract;

/** The callee of the round trip: answers with its argument and counts the calls it served. */
@Contract
public class Echo {
    long served; // package-private: the state is generated Borsh

    public String echo(String message) {
        served++;
        return message;
    }
}
