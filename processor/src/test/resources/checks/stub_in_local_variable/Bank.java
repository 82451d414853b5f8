package test;

import io.jnear.annotations.*;

@CrossContractCall
public interface Bank {
    @Payable
    void deposit();

    void withdraw(String amount);
}
