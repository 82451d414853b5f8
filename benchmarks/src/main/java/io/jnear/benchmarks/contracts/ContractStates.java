package io.jnear.benchmarks.contracts;

import io.jnear.sdk.borsh.BorshCodec;

/** The generated state codecs of the benchmark contracts, for the floor benchmark in another package. */
public final class ContractStates {
    private ContractStates() {
    }

    public static BorshCodec<Pinger> pinger() {
        return PingerCodecs.StateCodec.INSTANCE;
    }

    public static BorshCodec<Echo> echo() {
        return EchoCodecs.StateCodec.INSTANCE;
    }
}
