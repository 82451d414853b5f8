package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public String join(String accountId, String account_id) { //- //! ERROR jnear/duplicate-arg-key "Parameters accountId and account_id of method join both travel as JSON key \"account_id\""
    public String join(String accountId, String other) { //+
        return accountId;
    }
}
