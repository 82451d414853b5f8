package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import io.jnear.sdk.collections.LookupMap;
import java.util.*;

@Contract
public class C {
    Set<String> admins = new HashSet<>(); //- //! ERROR jnear/no-borsh-form
    List<String> admins = new ArrayList<>(); //+
    LookupMap<AccountId, Set<U128>> history = new LookupMap<>("h"); //- //! ERROR jnear/no-borsh-form
    LookupMap<AccountId, List<U128>> history = new LookupMap<>("h"); //+

    public int admins() {
        return admins.size() + (history.containsKey(Env.predecessorAccountId()) ? 1 : 0);
    }
}
