package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C implements Remote {
    @Name("send") //-
    @Override
    public void transfer(String receiverId) { //- //! ERROR jnear/interface-mismatch "Method transfer implements Remote.transfer but exports it as \"send\", not"
    public void transfer(String receiverId) { //+
    }
}
