package io.jnear.testing;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.SubmittedTransaction;
import io.jnear.runtime.exec.TransactionTrace;
import io.jnear.runtime.svg.TraceSvg;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One test's sandbox, the accounts its declarations created, and every transaction it submitted. */
final class TestSandbox {
    private final Sandbox sandbox = Sandbox.create();
    private final List<SubmittedTransaction<?>> transactions = new ArrayList<>();
    private int setupTransactions;

    TestSandbox() {
        sandbox.onSubmit(transactions::add);
    }

    Sandbox sandbox() {
        return sandbox;
    }

    /** The account {@code declared} asks for, created once: a field and a parameter may share it. */
    Account account(TestAccount declared, String name) {
        AccountId id = idOf(declared.id(), name);
        if (!sandbox.exists(id)) {
            sandbox.createAccount(id.toString(), balance(declared.balance()));
            setupTransactions = transactions.size();
        }
        return sandbox.account(id);
    }

    /** The contract account {@code declared} asks for, deployed once; {@code test} provides {@code initBy}. */
    Account contract(Deployed declared, String name, Object test) {
        AccountId id = idOf(declared.id(), name);
        if (!sandbox.exists(id)) {
            Action.FunctionCall init = initCall(declared, test);
            sandbox.deploy(id.toString(), declared.contract(), init, balance(declared.balance()));
            setupTransactions = transactions.size();
        }
        return sandbox.account(id);
    }

    private static Action.FunctionCall initCall(Deployed declared, Object test) {
        if (!declared.initBy().isEmpty()) {
            if (!declared.init().isEmpty()) {
                throw new IllegalArgumentException("@Deployed takes init or initBy, not both");
            }
            return InitMethod.call(test, declared.initBy());
        }
        return declared.init().isEmpty() ? null : new Action.FunctionCall(declared.init(),
                declared.args().getBytes(StandardCharsets.UTF_8), Gas.ZERO, NearToken.ZERO, 0);
    }

    /** The receipt trees of the transactions the test ran after its declared accounts were set up. */
    String trees() {
        StringBuilder out = new StringBuilder();
        for (SubmittedTransaction<?> tx : testTransactions()) {
            out.append(tx.toTree()).append('\n');
        }
        return out.toString();
    }

    /** The picture of the same transactions. */
    String svg() {
        List<TransactionTrace> traces = new ArrayList<>();
        for (SubmittedTransaction<?> tx : testTransactions()) {
            traces.add(tx.trace());
        }
        return TraceSvg.render(traces);
    }

    private List<SubmittedTransaction<?>> testTransactions() {
        return transactions.subList(setupTransactions, transactions.size());
    }

    boolean ranTransactions() {
        return transactions.size() > setupTransactions;
    }

    private NearToken balance(String text) {
        return text.isEmpty() ? sandbox.config().defaultAccountBalance() : NearToken.parse(text);
    }

    private static AccountId idOf(String declared, String name) {
        if (!declared.isEmpty()) {
            return AccountId.of(declared);
        }
        if (name.matches("arg\\d+")) {
            throw new IllegalArgumentException("The parameter " + name + " has no name to make an account ID of: "
                    + "give its annotation an id, or compile the tests with -parameters");
        }
        return AccountId.of(name.toLowerCase(java.util.Locale.ROOT) + ".test.near");
    }
}
