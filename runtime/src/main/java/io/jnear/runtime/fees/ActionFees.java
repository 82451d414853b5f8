package io.jnear.runtime.fees;

import io.jnear.sdk.AccessKey;
import io.jnear.sdk.Action;

/**
 * NEAR's action fees (protocol 86, in gas) and what each action costs to send and execute.
 */
public final class ActionFees {
    public static final Fee ACTION_RECEIPT_CREATION = new Fee(108_059_500_000L, 108_059_500_000L, 108_059_500_000L);
    public static final Fee DATA_RECEIPT_CREATION_BASE = new Fee(36_486_732_312L, 36_486_732_312L, 36_486_732_312L);
    public static final Fee DATA_RECEIPT_CREATION_PER_BYTE = new Fee(17_212_011L, 47_683_715L, 17_212_011L);
    public static final Fee FUNCTION_CALL_BASE = new Fee(200_000_000_000L, 200_000_000_000L, 780_000_000_000L);
    public static final Fee FUNCTION_CALL_PER_BYTE = new Fee(2_235_934L, 47_683_715L, 2_235_934L);
    public static final Fee TRANSFER = new Fee(115_123_062_500L, 115_123_062_500L, 115_123_062_500L);
    public static final Fee CREATE_ACCOUNT = new Fee(500_000_000_000L, 500_000_000_000L, 7_200_000_000_000L);
    public static final Fee DEPLOY_CONTRACT_BASE = new Fee(184_765_750_000L, 184_765_750_000L, 184_765_750_000L);
    public static final Fee DEPLOY_CONTRACT_PER_BYTE = new Fee(6_812_999L, 47_683_715L, 64_572_944L);
    public static final Fee ADD_FULL_ACCESS_KEY = new Fee(101_765_125_000L, 101_765_125_000L, 101_765_125_000L);
    public static final Fee ADD_FUNCTION_CALL_KEY_BASE = new Fee(102_217_625_000L, 102_217_625_000L, 102_217_625_000L);
    public static final Fee ADD_FUNCTION_CALL_KEY_PER_BYTE = new Fee(1_925_331L, 47_683_715L, 1_925_331L);
    public static final Fee DELETE_KEY = new Fee(94_946_625_000L, 94_946_625_000L, 94_946_625_000L);
    public static final Fee DELETE_ACCOUNT = new Fee(147_489_000_000L, 147_489_000_000L, 147_489_000_000L);
    public static final Fee STAKE = new Fee(141_715_687_500L, 141_715_687_500L, 102_217_625_000L);

    private ActionFees() {
    }

    /** Gas burnt to send {@code action}. */
    public static long send(Action action, boolean sir) {
        if (action instanceof Action.DeployContract d) {
            return DEPLOY_CONTRACT_BASE.send(sir) + DEPLOY_CONTRACT_PER_BYTE.send(sir) * d.code().size();
        }
        if (action instanceof Action.FunctionCall f) {
            return FUNCTION_CALL_BASE.send(sir) + FUNCTION_CALL_PER_BYTE.send(sir) * functionCallBytes(f);
        }
        if (action instanceof Action.AddKey k) {
            return addKey(k.accessKey(), true, sir);
        }
        return flatFee(action).send(sir);
    }

    /** Gas burnt to execute {@code action}. */
    public static long execution(Action action) {
        if (action instanceof Action.DeployContract d) {
            return DEPLOY_CONTRACT_BASE.execution() + DEPLOY_CONTRACT_PER_BYTE.execution() * d.code().size();
        }
        if (action instanceof Action.FunctionCall f) {
            return FUNCTION_CALL_BASE.execution() + FUNCTION_CALL_PER_BYTE.execution() * functionCallBytes(f);
        }
        if (action instanceof Action.AddKey k) {
            return addKey(k.accessKey(), false, false);
        }
        return flatFee(action).execution();
    }

    private static Fee flatFee(Action action) {
        if (action instanceof Action.CreateAccount) {
            return CREATE_ACCOUNT;
        }
        if (action instanceof Action.Transfer) {
            return TRANSFER;
        }
        if (action instanceof Action.Stake) {
            return STAKE;
        }
        if (action instanceof Action.DeleteKey) {
            return DELETE_KEY;
        }
        if (action instanceof Action.DeleteAccount) {
            return DELETE_ACCOUNT;
        }
        throw new IllegalArgumentException("no flat fee for " + action);
    }

    /** Bytes a function call is charged per byte for: method name plus arguments. */
    public static long functionCallBytes(Action.FunctionCall call) {
        return (long) call.methodName().length() + call.args().length;
    }

    private static long addKey(AccessKey key, boolean send, boolean sir) {
        if (key.permission() instanceof AccessKey.FunctionCallPermission p) {
            long bytes = 0;
            for (String m : p.methodNames()) {
                bytes += m.length();
            }
            return send
                    ? ADD_FUNCTION_CALL_KEY_BASE.send(sir) + ADD_FUNCTION_CALL_KEY_PER_BYTE.send(sir) * bytes
                    : ADD_FUNCTION_CALL_KEY_BASE.execution() + ADD_FUNCTION_CALL_KEY_PER_BYTE.execution() * bytes;
        }
        return send ? ADD_FULL_ACCESS_KEY.send(sir) : ADD_FULL_ACCESS_KEY.execution();
    }
}
