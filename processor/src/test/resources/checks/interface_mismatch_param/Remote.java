package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@CrossContractCall
public interface Remote {
    void transfer(String receiverId);
}
