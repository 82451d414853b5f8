package io.jnear.testing;

/**
 * The receipt trees of a failed test's transactions, attached to its failure as a suppressed exception so
 * that they print with the failure in the IDE and in build reports.
 */
public final class ReceiptTrees extends Exception {
    private static final long serialVersionUID = 1L;

    ReceiptTrees(String trees) {
        super("Transactions of the test:\n" + trees, null, false, false);
    }
}
