package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    @SuppressWarnings("rawtypes") //-
    public Promise ping() { //- //! ERROR jnear/unmappable-type
    public Promise<Void> ping() { //+
        return Promise.create(Env.currentAccountId());
    }
}
