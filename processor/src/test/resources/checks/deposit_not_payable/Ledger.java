package test;

import io.jnear.annotations.*;

@CrossContractCall
public interface Ledger {
    void record(String entry);
}
