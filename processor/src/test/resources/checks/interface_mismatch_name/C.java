package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C implements Remote {
    @Name("send") //-
    @Override
    public void transfer(String receiverId) { //- //! ERROR jnear/interface-mismatch
    public void transfer(String receiverId) { //+
    }
}
