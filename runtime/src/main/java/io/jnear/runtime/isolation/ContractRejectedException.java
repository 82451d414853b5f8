package io.jnear.runtime.isolation;

/**
 * Contract code refused at deploy: it uses an API the contract API list does not allow. The message is
 * the one users read: {@code <api> is not allowed in contract code: <why>}.
 */
public final class ContractRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ContractRejectedException(String message) {
        super(message, null, false, false);
    }
}
