package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    @Name("ft-transfer") //- //! ERROR jnear/invalid-name "@Name(\"ft-transfer\") is not a valid NEAR method name"
    @Name("ft_transfer") //+
    public void transfer() {
    }
}
