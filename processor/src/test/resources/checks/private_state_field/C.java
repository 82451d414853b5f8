package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import io.jnear.sdk.collections.LookupMap;
import java.util.*;

@Contract
public class C {
    private String owner = "owner.near"; //- //! ERROR jnear/private-state-field
    String owner = "owner.near"; //+
    private LookupMap<AccountId, U128> balances = new LookupMap<>("b"); //- //! ERROR jnear/private-state-field
    LookupMap<AccountId, U128> balances = new LookupMap<>("b"); //+
    private transient int calls;

    public U128 balanceOf(AccountId account) {
        calls++;
        return balances.get(account);
    }

    public String owner() {
        return owner;
    }
}
