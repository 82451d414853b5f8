package io.jnear.runtime;

import io.jnear.runtime.exec.TransactionTrace;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import java.util.List;

/** Renders a transaction's outcomes as a tree: each receipt under the receipt that created it. */
final class OutcomeTree {
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String DIM = "\u001b[2m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private final TransactionTrace trace;
    private final boolean colour;
    private final StringBuilder out = new StringBuilder();

    private OutcomeTree(TransactionTrace trace, boolean colour) {
        this.trace = trace;
        this.colour = colour;
    }

    static String render(TransactionTrace trace, boolean colour) {
        OutcomeTree tree = new OutcomeTree(trace, colour);
        tree.transaction();
        return tree.out.toString();
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private void transaction() {
        ExecutionOutcome tx = trace.transactionOutcome();
        out.append(paint(BOLD, "Transaction")).append(' ').append(trace.signerId()).append(" -> ")
                .append(trace.receiverId()).append("  [block ").append(tx.blockHeight()).append("]\n");
        out.append("  ").append(paint(DIM, "gas burnt " + Gas.of(tx.gasBurnt()) + ", tokens burnt "
                + tx.tokensBurnt())).append('\n');
        if (tx.status() instanceof ExecutionStatus.Failure f) {
            out.append("  ").append(paint(RED, "rejected: " + f.error().message())).append('\n');
        }
        children(tx.receiptIds(), "");
    }

    private void children(List<CryptoHash> ids, String indent) {
        for (int i = 0; i < ids.size(); i++) {
            ExecutionOutcome child = trace.outcome(ids.get(i));
            boolean last = i == ids.size() - 1;
            if (child == null) {
                out.append(indent).append(last ? "└─ " : "├─ ").append(paint(DIM, "(pending) " + ids.get(i)))
                        .append('\n');
                continue;
            }
            receipt(child, indent, last);
        }
    }

    private void receipt(ExecutionOutcome o, String indent, boolean last) {
        String branch = last ? "└─ " : "├─ ";
        String under = indent + (last ? "   " : "│  ");
        out.append(indent).append(branch).append("block ").append(o.blockHeight()).append("  ");
        if (o.isRefund()) {
            out.append(paint(DIM, "refund " + ((Action.Transfer) o.actions().get(0)).deposit() + " to "
                    + o.executorId()));
            if (o.status() instanceof ExecutionStatus.Failure f) {
                out.append(paint(RED, "  burnt: " + f.error().message()));
            }
            out.append('\n');
            return;
        }
        out.append(paint(BOLD, o.executorId().toString())).append("  ").append(describe(o.actions()))
                .append(paint(DIM, "  <- " + o.predecessorId() + attachedGas(o.actions()))).append('\n');
        out.append(under).append(status(o.status())).append(paint(DIM, "  gas " + Gas.of(o.gasBurnt())
                + ", burnt " + o.tokensBurnt())).append('\n');
        for (String log : o.logs()) {
            out.append(under).append("log: ").append(log).append('\n');
        }
        children(o.receiptIds(), under);
    }

    private String status(ExecutionStatus status) {
        if (status instanceof ExecutionStatus.SuccessValue v) {
            return paint(GREEN, v.value().length == 0 ? "ok" : "=> " + v.text());
        }
        if (status instanceof ExecutionStatus.SuccessReceiptId) {
            return paint(GREEN, "=> returned a promise");
        }
        return paint(RED, "FAILED: " + ((ExecutionStatus.Failure) status).error().message());
    }

    private static String describe(List<Action> actions) {
        StringBuilder s = new StringBuilder();
        for (Action a : actions) {
            if (s.length() > 0) {
                s.append(", ");
            }
            if (a instanceof Action.FunctionCall f) {
                s.append(f.methodName()).append('(').append(abbreviate(f.argsAsString())).append(')');
                if (!f.deposit().isZero()) {
                    s.append(" +").append(f.deposit());
                }
            } else if (a instanceof Action.Transfer t) {
                s.append("transfer ").append(t.deposit());
            } else if (a instanceof Action.DeployContract d) {
                s.append("deploy ").append(d.code().name());
            } else {
                s.append(a.getClass().getSimpleName());
            }
        }
        return s.toString();
    }

    /** The gas attached to the receipt's function calls, so its refund can be worked out from the tree. */
    private static String attachedGas(List<Action> actions) {
        long gas = 0;
        for (Action a : actions) {
            if (a instanceof Action.FunctionCall f) {
                gas += f.gas().asGas();
            }
        }
        return gas == 0 ? "" : "  (attached " + Gas.of(gas) + ")";
    }

    private static String abbreviate(String args) {
        return args.length() <= 80 ? args : args.substring(0, 77) + "...";
    }
}
