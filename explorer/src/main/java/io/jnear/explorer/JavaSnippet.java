package io.jnear.explorer;

import io.jnear.runtime.exec.InjectedFailure;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import java.math.BigInteger;
import java.util.List;

/**
 * Writes a schedule as the body of an ordinary sandbox test: each transaction sent with
 * {@code submit}, each block produced with {@code produceBlock()}, then {@code runUntilIdle()}. Arguments
 * are written as the raw JSON the chain saw, so the snippet needs nothing but the runtime's API.
 */
final class JavaSnippet {
    private JavaSnippet() {
    }

    static String of(Explorer explorer, Schedule schedule, Violation violation) {
        StringBuilder java = new StringBuilder();
        java.append("// Start from the sandbox the exploration started from (same accounts, contracts and height ")
                .append(explorer.start.blockHeight()).append(").\n");
        java.append("// Needs: import io.jnear.sdk.AccountId; import io.jnear.sdk.Gas; import io.jnear.sdk.NearToken; ")
                .append("import io.jnear.sdk.Promise;");
        if (schedule.blocks().stream().flatMap(b -> b.failures().stream())
                .anyMatch(f -> f.how() != InjectedFailure.PANIC)) {
            java.append(" import io.jnear.runtime.exec.InjectedFailure;");
        }
        java.append('\n');
        int tx = 0;
        long height = explorer.start.blockHeight();
        for (BlockPlan plan : schedule.blocks()) {
            height++;
            if (plan.receiptOrder() != null) {
                java.append("// In block ").append(height).append(" the explorer ran the receipts due in another order ")
                        .append("(sandbox.reorderReceiptsDueNext): ").append(plan.receiptOrder()).append('\n');
            }
            for (FailedCall f : plan.failures()) {
                java.append("sandbox.failCallsDueNext(AccountId.of(\"").append(f.receiver()).append("\"), ")
                        .append(literal(f.method()));
                if (f.how() != InjectedFailure.PANIC) {
                    java.append(", InjectedFailure.").append(f.how().name());
                }
                java.append("); // fails ").append(f.howInWords()).append('\n');
            }
            for (Submission s : plan.submissions()) {
                Actor actor = explorer.actors.get(s.actor());
                Alternative alternative = actor.steps().get(s.step()).alternatives().get(s.alternative());
                java.append("var tx").append(++tx).append(" = sandbox.account(\"").append(actor.signer())
                        .append("\").submit(").append(promise(alternative.transaction())).append("); // ")
                        .append(alternative.label()).append('\n');
            }
            java.append("sandbox.produceBlock(); // block ").append(height).append('\n');
        }
        java.append("sandbox.runUntilIdle();\n");
        java.append("// ").append(violation.atRest() ? "Now at rest" : "After block "
                + (explorer.start.blockHeight() + violation.blockIndex())).append(", '").append(violation.invariant())
                .append("' does not hold: ").append(violation.message().replace('\n', ' ')).append('\n');
        return java.toString();
    }

    private static String promise(Promise<?> p) {
        StringBuilder out = new StringBuilder("Promise.create(\"").append(p.receiver()).append("\")");
        List<Action> actions = p.actions();
        for (Action a : actions) {
            if (a instanceof Action.FunctionCall f) {
                // a transaction's own call has no caller whose unused gas it could share: its weight is moot
                out.append("\n        .functionCall(").append(literal(f.methodName())).append(", ")
                        .append(literal(f.argsAsString())).append(", ").append(token(f.deposit())).append(", ")
                        .append(gas(f.gas())).append(')');
            } else if (a instanceof Action.Transfer t) {
                out.append(".transfer(").append(token(t.deposit())).append(')');
            } else if (a instanceof Action.CreateAccount) {
                out.append(".createAccount()");
            } else if (a instanceof Action.DeleteAccount d) {
                out.append(".deleteAccount(AccountId.of(\"").append(d.beneficiaryId()).append("\"))");
            } else {
                out.append(" /* then ").append(a).append(" */");
            }
        }
        return out.toString();
    }

    private static String token(NearToken amount) {
        if (amount.asYocto().signum() == 0) {
            return "NearToken.ZERO";
        }
        BigInteger[] near = amount.asYocto().divideAndRemainder(BigInteger.TEN.pow(24));
        if (near[1].signum() == 0 && near[0].bitLength() < 63) {
            return "NearToken.near(" + near[0] + ")";
        }
        return "NearToken.ofYocto(new BigInteger(\"" + amount.asYocto() + "\"))";
    }

    private static String gas(Gas gas) {
        if (gas.isZero()) {
            return "Gas.ZERO";
        }
        return gas.asGas() % Gas.ONE_TERA == 0 ? "Gas.tgas(" + gas.asGas() / Gas.ONE_TERA + ")" : "Gas.of(" + gas.asGas() + "L)";
    }

    static String literal(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
