package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@CrossContractCall //- //! ERROR jnear/cross-contract-not-interface "@CrossContractCall is on test.Remote, which is not an interface"
public abstract class Remote { //-
@CrossContractCall //+
public interface Remote { //+
    abstract String ping(); //-
    String ping(); //+
}
