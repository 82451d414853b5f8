package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public String getURL() {
        return "";
    }

    public String get_url() { //- //! ERROR jnear/duplicate-name "Method get_url() is exported as \"get_url\", which method getURL() already uses"
    public String url() { //+
        return "";
    }
}
