package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public String getURL() {
        return "";
    }

    public String get_url() { //- //! ERROR jnear/duplicate-name
    public String url() { //+
        return "";
    }
}
