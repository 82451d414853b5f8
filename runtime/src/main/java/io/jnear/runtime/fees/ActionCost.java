package io.jnear.runtime.fees;

/**
 * NEAR's action fee parameters, named as nearcore's {@code ActionCosts} (and its gas profiles) name them.
 */
public enum ActionCost {
    CREATE_ACCOUNT,
    DELETE_ACCOUNT,
    DEPLOY_CONTRACT_BASE,
    DEPLOY_CONTRACT_BYTE,
    FUNCTION_CALL_BASE,
    FUNCTION_CALL_BYTE,
    TRANSFER,
    STAKE,
    ADD_FULL_ACCESS_KEY,
    ADD_FUNCTION_CALL_KEY_BASE,
    ADD_FUNCTION_CALL_KEY_BYTE,
    DELETE_KEY,
    NEW_ACTION_RECEIPT,
    NEW_DATA_RECEIPT_BASE,
    NEW_DATA_RECEIPT_BYTE
}
