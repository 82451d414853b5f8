package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@CrossContractCall
public interface Remote {
    String get(String key);

    String get(String key, String fallback); //- //! ERROR jnear/cross-contract-overload "Interface Remote declares \"get\""
    @Name("get_or") String get(String key, String fallback); //+
}
