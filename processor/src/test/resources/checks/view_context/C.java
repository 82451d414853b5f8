package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    Map<String, Long> visits = new TreeMap<>();

    @View
    public long visitsOf() { //-
        return visits.getOrDefault(Env.predecessorAccountId().toString(), 0L); //- //! ERROR jnear/view-context "@View method visitsOf calls Env.predecessorAccountId(), which a view call does not have"
    public long visitsOf(AccountId who) { //+
        return visits.getOrDefault(who.toString(), 0L); //+
    }

    @View
    public String deposit() {
        return Env.attachedDeposit().toString(); //- //! ERROR jnear/view-context "Env.attachedDeposit()"
        return "0"; //+
    }

    public void visit() {
        visits.merge(Env.predecessorAccountId().toString(), 1L, Long::sum);
    }
}
