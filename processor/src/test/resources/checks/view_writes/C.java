package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    long reads;
    List<String> seen = new ArrayList<>();

    @View
    public long count() {
        reads++; //- //! ERROR jnear/view-writes "@View method count assigns field reads"
        this.seen.add("x"); //- //! ERROR jnear/view-writes "calls seen.add(..)"
        remember(); //- //! ERROR jnear/view-writes "calls remember(), which assigns field reads"
        Promise.create("a.near").transfer(NearToken.ONE_YOCTO); //- //! ERROR jnear/view-writes "creates a promise (Promise.create)"
        Env.storageWrite(new byte[] {1}, new byte[] {2}); //- //! ERROR jnear/view-writes "calls Env.storageWrite()"
        List<String> local = new ArrayList<>(seen);
        local.add("y");
        return reads + local.size() + doubled();
    }

    @View
    public long twice() {
        Env.log("reading " + Env.currentAccountId());
        return doubled();
    }

    private long doubled() {
        return reads * 2 + seen.stream().filter(s -> !s.isEmpty()).count();
    }

    public void remember() {
        reads += 1;
    }
}
