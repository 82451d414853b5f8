package io.jnear.runtime.fees;

import io.jnear.runtime.state.AccountKind;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.Action;
import java.util.EnumMap;
import java.util.Map;

/**
 * NEAR's action fee table (in gas) for one protocol version, and what each action costs to send and to
 * execute. Byte counts are UTF-8 bytes, as nearcore counts them.
 */
public final class ActionFees {
    private final Fee[] fees;

    private ActionFees(Map<ActionCost, Fee> values) {
        fees = new Fee[ActionCost.values().length];
        for (ActionCost c : ActionCost.values()) {
            Fee f = values.get(c);
            if (f == null) {
                throw new IllegalArgumentException("no fee for " + c);
            }
            fees[c.ordinal()] = f;
        }
    }

    /** Protocol 86's fees (unchanged in 87). */
    public static ActionFees protocol86() {
        Map<ActionCost, Fee> f = new EnumMap<>(ActionCost.class);
        f.put(ActionCost.NEW_ACTION_RECEIPT, Fee.same(108_059_500_000L));
        f.put(ActionCost.NEW_DATA_RECEIPT_BASE, Fee.same(36_486_732_312L));
        f.put(ActionCost.NEW_DATA_RECEIPT_BYTE, new Fee(17_212_011L, 47_683_715L, 17_212_011L));
        f.put(ActionCost.FUNCTION_CALL_BASE, new Fee(200_000_000_000L, 200_000_000_000L, 780_000_000_000L));
        f.put(ActionCost.FUNCTION_CALL_BYTE, new Fee(2_235_934L, 47_683_715L, 2_235_934L));
        f.put(ActionCost.TRANSFER, Fee.same(115_123_062_500L));
        f.put(ActionCost.CREATE_ACCOUNT, new Fee(500_000_000_000L, 500_000_000_000L, 7_200_000_000_000L));
        f.put(ActionCost.DEPLOY_CONTRACT_BASE, Fee.same(184_765_750_000L));
        f.put(ActionCost.DEPLOY_CONTRACT_BYTE, new Fee(6_812_999L, 47_683_715L, 64_572_944L));
        f.put(ActionCost.ADD_FULL_ACCESS_KEY, Fee.same(101_765_125_000L));
        f.put(ActionCost.ADD_FUNCTION_CALL_KEY_BASE, Fee.same(102_217_625_000L));
        f.put(ActionCost.ADD_FUNCTION_CALL_KEY_BYTE, new Fee(1_925_331L, 47_683_715L, 1_925_331L));
        f.put(ActionCost.DELETE_KEY, Fee.same(94_946_625_000L));
        f.put(ActionCost.DELETE_ACCOUNT, Fee.same(147_489_000_000L));
        f.put(ActionCost.STAKE, new Fee(141_715_687_500L, 141_715_687_500L, 102_217_625_000L));
        return new ActionFees(f);
    }

    public Fee fee(ActionCost cost) {
        return fees[cost.ordinal()];
    }

    /**
     * Gas burnt to send {@code action} to a receiver of kind {@code receiver}; {@code sir} ("sender is
     * receiver") when it goes to its own sender.
     */
    public long send(Action action, boolean sir, AccountKind receiver) {
        return gas(action, receiver, true, sir);
    }

    /** Gas burnt to execute {@code action} on a receiver of kind {@code receiver}. */
    public long execution(Action action, AccountKind receiver) {
        return gas(action, receiver, false, false);
    }

    private long gas(Action action, AccountKind receiver, boolean send, boolean sir) {
        if (action instanceof Action.DeployContract d) {
            return pick(ActionCost.DEPLOY_CONTRACT_BASE, send, sir)
                    + pick(ActionCost.DEPLOY_CONTRACT_BYTE, send, sir) * d.code().size();
        }
        if (action instanceof Action.FunctionCall f) {
            return pick(ActionCost.FUNCTION_CALL_BASE, send, sir)
                    + pick(ActionCost.FUNCTION_CALL_BYTE, send, sir) * functionCallBytes(f);
        }
        if (action instanceof Action.AddKey k) {
            if (k.accessKey().permission() instanceof AccessKey.FunctionCallPermission p) {
                return pick(ActionCost.ADD_FUNCTION_CALL_KEY_BASE, send, sir)
                        + pick(ActionCost.ADD_FUNCTION_CALL_KEY_BYTE, send, sir) * methodNameBytes(p);
            }
            return pick(ActionCost.ADD_FULL_ACCESS_KEY, send, sir);
        }
        if (action instanceof Action.Transfer) {
            // A transfer may create an implicit account: it pays for that whether or not the account exists.
            long gas = pick(ActionCost.TRANSFER, send, sir);
            if (receiver.isImplicit()) {
                gas += pick(ActionCost.CREATE_ACCOUNT, send, sir);
            }
            if (receiver == AccountKind.NEAR_IMPLICIT) {
                gas += pick(ActionCost.ADD_FULL_ACCESS_KEY, send, sir);
            }
            return gas;
        }
        return pick(flatCost(action), send, sir);
    }

    private long pick(ActionCost cost, boolean send, boolean sir) {
        Fee f = fee(cost);
        return send ? f.send(sir) : f.execution();
    }

    private static ActionCost flatCost(Action action) {
        if (action instanceof Action.CreateAccount) {
            return ActionCost.CREATE_ACCOUNT;
        }
        if (action instanceof Action.Stake) {
            return ActionCost.STAKE;
        }
        if (action instanceof Action.DeleteKey) {
            return ActionCost.DELETE_KEY;
        }
        if (action instanceof Action.DeleteAccount) {
            return ActionCost.DELETE_ACCOUNT;
        }
        throw new IllegalArgumentException("no flat fee for " + action);
    }

    /** Bytes a function call is charged per byte for: method name (UTF-8) plus arguments. */
    public static long functionCallBytes(Action.FunctionCall call) {
        return utf8Length(call.methodName()) + call.args().length;
    }

    /** The length of {@code s} in UTF-8 bytes, without encoding it (method names are counted on every call). */
    public static int utf8Length(String s) {
        int n = s.length();
        int bytes = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes += 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    bytes += 2; // four bytes for the pair's two chars
                    i++;
                } else {
                    bytes += 2;
                }
            }
        }
        return bytes;
    }

    /** Bytes a function-call key is charged per byte for: each method name's UTF-8 length plus one. */
    public static long methodNameBytes(AccessKey.FunctionCallPermission permission) {
        long bytes = 0;
        for (String m : permission.methodNames()) {
            bytes += utf8Length(m) + 1;
        }
        return bytes;
    }
}
