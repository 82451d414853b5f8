package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C implements Remote {
    @Override
    public void transfer(String to) { //- //! ERROR jnear/interface-mismatch "Method transfer implements Remote.transfer but its argument key is \"to\", not"
    public void transfer(String receiverId) { //+
    }
}
