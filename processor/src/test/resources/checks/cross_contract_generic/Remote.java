package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@CrossContractCall
public interface Remote {
    <T> T get(String key); //- //! ERROR jnear/cross-contract-generic "Method get is generic" //! ERROR jnear/unmappable-type
    String get(String key); //+
}
