package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@CrossContractCall //- //! ERROR jnear/cross-contract-not-interface
public abstract class Remote { //-
@CrossContractCall //+
public interface Remote { //+
    abstract String ping(); //-
    String ping(); //+
}
