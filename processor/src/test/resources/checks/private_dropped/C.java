package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C extends Base {
    @Private //+
    @Override
    public void settle(String id) { //! ERROR jnear/private-dropped "Method settle overrides Base.settle, which is @Private, but is not @Private itself"
        Env.log(id);
    }
}
