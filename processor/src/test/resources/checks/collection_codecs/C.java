package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import io.jnear.sdk.collections.LookupMap;
import java.util.*;

@Contract
public class C {
    private LookupMap<AccountId, U128> balances = new LookupMap<>("b"); //- //! ERROR jnear/collection-codecs
    private LookupMap<AccountId, U128> balances = new LookupMap<>("b", AccountId.class, U128.class); //+

    public U128 balanceOf(AccountId account) {
        return balances.get(account);
    }
}
