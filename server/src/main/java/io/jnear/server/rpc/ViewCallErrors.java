package io.jnear.server.rpc;

/**
 * The text of a failed view call as nearcore's RPC writes it ({@code wasm execution failed with error:}
 * and the Rust debug form of the {@code FunctionCallError}), which near-api-js matches to its typed
 * errors. The runtime reports view failures as text, so the known shapes are recognised by their text;
 * anything else is passed on as it is.
 */
final class ViewCallErrors {
    private static final String PREFIX = "wasm execution failed with error: ";
    private static final String PANICKED = "Smart contract panicked: ";
    private static final String PROHIBITED = " is not allowed in view calls";

    private ViewCallErrors() {
    }

    static String nearcoreText(String runtimeText) {
        int codeMissing = runtimeText.indexOf("cannot find contract code for account ");
        if (codeMissing >= 0) {
            String account = runtimeText.substring(codeMissing + "cannot find contract code for account ".length());
            return PREFIX + "FunctionCallError(CompilationError(CodeDoesNotExist { account_id: " + quoted(account)
                    + " }))";
        }
        if (runtimeText.equals("MethodNotFound") || runtimeText.equals("MethodResolveError(MethodNotFound)")) {
            return PREFIX + "FunctionCallError(MethodResolveError(MethodNotFound))";
        }
        if (runtimeText.startsWith(PANICKED)) {
            return PREFIX + "FunctionCallError(HostError(GuestPanic { panic_msg: "
                    + quoted(runtimeText.substring(PANICKED.length())) + " }))";
        }
        String hostFunction = runtimeText.endsWith(PROHIBITED)
                ? runtimeText.substring(0, runtimeText.length() - PROHIBITED.length()) : null;
        if (hostFunction != null && !hostFunction.isEmpty() && !hostFunction.contains(" ")) {
            return PREFIX + "FunctionCallError(HostError(ProhibitedInView { method_name: " + quoted(hostFunction)
                    + " }))";
        }
        return PREFIX + runtimeText;
    }

    /** Rust's {@code {:?}} of a string: double quotes, with quotes and backslashes escaped. */
    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
