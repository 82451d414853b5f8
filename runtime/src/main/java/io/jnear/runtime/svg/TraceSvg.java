package io.jnear.runtime.svg;

import io.jnear.runtime.exec.TransactionTrace;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Draws transactions as an SVG picture: one horizontal lane per account, one column per block, a box
 * per transaction and receipt outcome, solid arrows from each outcome to the receipts it created, and
 * dashed arrows for results delivered to callbacks. Several transactions share one picture, in order.
 *
 * <p>The output depends only on the traces (no clock, no hash-ordered iteration), so the same run
 * always draws the same bytes.
 */
public final class TraceSvg {
    private static final int MARGIN = 20;
    private static final int HEADER_HEIGHT = 40;
    private static final int BLOCK_WIDTH = 180;
    private static final int BOX_WIDTH = 150;
    private static final int BOX_HEIGHT = 30;
    private static final int SLOT_GAP = 8;
    private static final int LANE_PADDING = 12;
    private static final int LEGEND_HEIGHT = 40;
    private static final int LEGEND_WIDTH = 580;
    // Monospace at 12px: about 7.2px per character, rounded up so estimated widths never clip.
    private static final int CHAR_WIDTH = 8;
    private static final int BOX_LABEL_CHARS = (BOX_WIDTH - 12) / CHAR_WIDTH;
    // Beyond this many blocks, empty ones are left out rather than drawing a very wide, mostly empty picture.
    private static final int MAX_CONTIGUOUS_BLOCKS = 60;

    private final List<Box> boxes = new ArrayList<>();
    private final Map<CryptoHash, Box> boxById = new HashMap<>();
    private final Map<AccountId, Lane> lanes = new LinkedHashMap<>();
    private final Map<String, Integer> slotsTaken = new HashMap<>();
    private final List<Arrow> arrows = new ArrayList<>();
    private final StringBuilder svg = new StringBuilder();

    private TraceSvg() {
    }

    /** The picture of {@code traces}, in the order given; traces not yet included in a block are left out. */
    public static String render(List<TransactionTrace> traces) {
        TraceSvg picture = new TraceSvg();
        int number = 0;
        for (TransactionTrace trace : traces) {
            if (trace.transactionOutcome() != null) {
                picture.add(trace, ++number);
            }
        }
        picture.connect(traces);
        return picture.draw();
    }

    private enum Kind { TRANSACTION, RECEIPT, REFUND }

    /** One outcome's box: where it sits and what it says. */
    private record Box(ExecutionOutcome outcome, Kind kind, Lane lane, long block, int slot, String label,
            String tooltip) {
        boolean failed() {
            return outcome.isFailure();
        }
    }

    /** A horizontal band for one account; as tall as its busiest block needs. */
    private static final class Lane {
        final AccountId account;
        int slots = 1;
        int top;

        Lane(AccountId account) {
            this.account = account;
        }

        int height() {
            return 2 * LANE_PADDING + slots * BOX_HEIGHT + (slots - 1) * SLOT_GAP;
        }
    }

    private record Arrow(Box from, Box to, boolean dataFlow, String tooltip) {
    }

    private Lane lane(AccountId account) {
        return lanes.computeIfAbsent(account, Lane::new);
    }

    private void add(TransactionTrace trace, int number) {
        // Signer and receiver first, so a transaction reads top-down from who signed to whom it went.
        lane(trace.signerId());
        lane(trace.receiverId());
        ExecutionOutcome tx = trace.transactionOutcome();
        place(tx, Kind.TRANSACTION, "tx " + number, transactionTooltip(trace, number));
        for (ExecutionOutcome o : trace.receiptOutcomes()) {
            Kind kind = o.isRefund() ? Kind.REFUND : Kind.RECEIPT;
            place(o, kind, kind == Kind.REFUND ? "refund" : actionNames(o.actions()), receiptTooltip(o));
        }
    }

    private void place(ExecutionOutcome outcome, Kind kind, String label, String tooltip) {
        Lane lane = lane(outcome.executorId());
        // Outcomes of one account in one block stack downwards in execution order.
        int slot = slotsTaken.merge(lane.account + "@" + outcome.blockHeight(), 1, Integer::sum) - 1;
        lane.slots = Math.max(lane.slots, slot + 1);
        Box box = new Box(outcome, kind, lane, outcome.blockHeight(), slot, label, tooltip);
        boxes.add(box);
        boxById.put(outcome.id(), box);
    }

    private void connect(List<TransactionTrace> traces) {
        for (Box box : boxes) {
            for (CryptoHash child : box.outcome().receiptIds()) {
                Box to = boxById.get(child);
                // A receipt still in flight has no outcome yet, so nothing to point at.
                if (to != null) {
                    arrows.add(new Arrow(box, to, false, box.outcome().executorId() + " (block " + box.block()
                            + ") created a receipt for " + to.outcome().executorId() + " (block " + to.block() + ")"));
                }
            }
        }
        for (TransactionTrace trace : traces) {
            for (TransactionTrace.DataFlow flow : trace.dataFlows()) {
                Box from = boxById.get(flow.producerId());
                Box to = boxById.get(flow.consumerId());
                if (from != null && to != null) {
                    arrows.add(new Arrow(from, to, true, (flow.success() ? "result" : "failure")
                            + " of " + from.outcome().executorId() + " (block " + from.block() + ") delivered to "
                            + to.outcome().executorId() + " in block " + flow.arrivedAt()));
                }
            }
        }
    }

    private List<Long> columns() {
        TreeSet<Long> used = new TreeSet<>();
        for (Box box : boxes) {
            used.add(box.block());
        }
        if (used.isEmpty()) {
            return List.of();
        }
        long first = used.first();
        long last = used.last();
        if (last - first + 1 > MAX_CONTIGUOUS_BLOCKS) {
            return List.copyOf(used);
        }
        // Empty blocks stay in the picture: the gap between a call and its callback is the point.
        List<Long> all = new ArrayList<>();
        for (long h = first; h <= last; h++) {
            all.add(h);
        }
        return all;
    }

    private String draw() {
        List<Long> columns = columns();
        Map<Long, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnOf.put(columns.get(i), i);
        }
        int labelWidth = 0;
        for (Lane lane : lanes.values()) {
            labelWidth = Math.max(labelWidth, lane.account.toString().length() * CHAR_WIDTH);
        }
        int left = MARGIN + labelWidth + MARGIN;
        int top = MARGIN + HEADER_HEIGHT;
        int y = top;
        for (Lane lane : lanes.values()) {
            lane.top = y;
            y += lane.height();
        }
        int lanesBottom = y;
        int width = left + Math.max(LEGEND_WIDTH, columns.size() * BLOCK_WIDTH) + MARGIN;
        int height = lanesBottom + LEGEND_HEIGHT + MARGIN;

        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"monospace\" font-size=\"12\">\n");
        svg.append("""
                <style>
                  .block-label { fill: #555; text-anchor: middle; }
                  .lane-label { fill: #222; font-weight: bold; dominant-baseline: middle; }
                  .lane-band { fill: none; stroke: #ccc; }
                  .column { fill: #f5f7fa; }
                  .box rect { fill: #e8f1fb; stroke: #3b6ea5; }
                  .box.transaction rect { fill: #fff4d6; stroke: #b08400; }
                  .box.refund rect { fill: #f0f0f0; stroke: #888; }
                  .box.failed rect { fill: #fde2e1; stroke: #c62828; stroke-width: 2; }
                  .box text { fill: #222; text-anchor: middle; dominant-baseline: middle; }
                  .box.failed text { fill: #c62828; }
                  .arrow, .key { fill: none; stroke: #3b6ea5; stroke-width: 1.5; }
                  .arrow.data, .key.data-key { stroke: #2e7d32; stroke-dasharray: 6 4; }
                  .arrow.data.failure { stroke: #c62828; }
                </style>
                <defs>
                  <marker id="head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#3b6ea5"/></marker>
                  <marker id="head-data" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#2e7d32"/></marker>
                  <marker id="head-failure" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#c62828"/></marker>
                </defs>
                """);
        // An opaque background: viewers that show transparency (or convert to PNG) would otherwise draw
        // the unshaded columns and the legend's text on black.
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");

        // Alternate column shading so the eye can follow a block downwards through every lane.
        for (int i = 0; i < columns.size(); i++) {
            int x = left + i * BLOCK_WIDTH;
            if (i % 2 == 0) {
                svg.append("<rect class=\"column\" x=\"").append(x).append("\" y=\"").append(MARGIN)
                        .append("\" width=\"").append(BLOCK_WIDTH).append("\" height=\"")
                        .append(lanesBottom - MARGIN).append("\"/>\n");
            }
            svg.append("<text class=\"block-label\" x=\"").append(x + BLOCK_WIDTH / 2).append("\" y=\"")
                    .append(MARGIN + HEADER_HEIGHT / 2).append("\">block ").append(columns.get(i))
                    .append("</text>\n");
        }
        for (Lane lane : lanes.values()) {
            svg.append("<g class=\"lane\" data-account=\"").append(xml(lane.account.toString())).append("\">")
                    .append("<rect class=\"lane-band\" x=\"").append(MARGIN).append("\" y=\"").append(lane.top)
                    .append("\" width=\"").append(width - 2 * MARGIN).append("\" height=\"").append(lane.height())
                    .append("\"/><text class=\"lane-label\" x=\"").append(MARGIN + 6).append("\" y=\"")
                    .append(lane.top + lane.height() / 2).append("\">").append(xml(lane.account.toString()))
                    .append("</text></g>\n");
        }
        for (Box box : boxes) {
            int x = boxX(box, left, columnOf);
            int boxY = boxY(box);
            svg.append("<g class=\"box ").append(box.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append(box.failed() ? " failed" : "").append("\" data-id=\"").append(box.outcome().id())
                    .append("\"><title>").append(xml(box.tooltip())).append("</title><rect x=\"").append(x)
                    .append("\" y=\"").append(boxY).append("\" width=\"").append(BOX_WIDTH).append("\" height=\"")
                    .append(BOX_HEIGHT).append("\" rx=\"").append(box.kind() == Kind.TRANSACTION ? 12 : 4)
                    .append("\"/><text x=\"").append(x + BOX_WIDTH / 2).append("\" y=\"")
                    .append(boxY + BOX_HEIGHT / 2).append("\">").append(xml(abbreviate(box.label(), BOX_LABEL_CHARS)))
                    .append("</text></g>\n");
        }
        // Arrows last, so no box hides an arrowhead.
        for (Arrow arrow : arrows) {
            drawArrow(arrow, left, columnOf);
        }
        legend(left, lanesBottom + MARGIN);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static int boxX(Box box, int left, Map<Long, Integer> columnOf) {
        return left + columnOf.get(box.block()) * BLOCK_WIDTH + (BLOCK_WIDTH - BOX_WIDTH) / 2;
    }

    private static int boxY(Box box) {
        return box.lane().top + LANE_PADDING + box.slot() * (BOX_HEIGHT + SLOT_GAP);
    }

    private void drawArrow(Arrow arrow, int left, Map<Long, Integer> columnOf) {
        int fromX = boxX(arrow.from(), left, columnOf);
        int fromY = boxY(arrow.from()) + BOX_HEIGHT / 2;
        int toX = boxX(arrow.to(), left, columnOf);
        int toY = boxY(arrow.to()) + BOX_HEIGHT / 2;
        // Data leaves from the lower half of a box and calls from the middle, so the two never overlap.
        if (arrow.dataFlow()) {
            fromY += BOX_HEIGHT / 4;
            toY += BOX_HEIGHT / 4;
        }
        String path;
        if (toX > fromX) {
            int x1 = fromX + BOX_WIDTH;
            int bend = (toX - x1) / 2;
            path = "M" + x1 + "," + fromY + " C" + (x1 + bend) + "," + fromY + " " + (toX - bend) + "," + toY
                    + " " + toX + "," + toY;
        } else {
            // Same block (a local receipt, or a callback run at once): loop out to the right and back in.
            int x = fromX + BOX_WIDTH;
            int loop = 30 + Math.abs(toY - fromY) / 4;
            path = "M" + x + "," + fromY + " C" + (x + loop) + "," + fromY + " " + (x + loop) + "," + toY + " "
                    + x + "," + toY;
        }
        boolean failure = arrow.dataFlow() && arrow.tooltip().startsWith("failure");
        String classes = "arrow" + (arrow.dataFlow() ? " data" : "") + (failure ? " failure" : "");
        String head = failure ? "head-failure" : arrow.dataFlow() ? "head-data" : "head";
        svg.append("<path class=\"").append(classes).append("\" d=\"").append(path)
                .append("\" marker-end=\"url(#").append(head).append(")\"><title>").append(xml(arrow.tooltip()))
                .append("</title></path>\n");
    }

    /** A key to the arrows and colours; its classes differ from the drawing's so it never counts as part of it. */
    private void legend(int left, int y) {
        svg.append("<g class=\"legend\">")
                .append("<path class=\"key\" d=\"M").append(left).append(',').append(y).append(" h40\" marker-end=\"url(#head)\"/>")
                .append("<text x=\"").append(left + 48).append("\" y=\"").append(y + 4).append("\">creates receipt</text>")
                .append("<path class=\"key data-key\" d=\"M").append(left + 200).append(',').append(y)
                .append(" h40\" marker-end=\"url(#head-data)\"/>")
                .append("<text x=\"").append(left + 248).append("\" y=\"").append(y + 4)
                .append("\">result delivered to callback</text>")
                .append("<rect x=\"").append(left + 500).append("\" y=\"").append(y - 8)
                .append("\" width=\"16\" height=\"16\" fill=\"#fde2e1\" stroke=\"#c62828\"/>")
                .append("<text x=\"").append(left + 522).append("\" y=\"").append(y + 4).append("\">failed</text>")
                .append("</g>\n");
    }

    private static String transactionTooltip(TransactionTrace trace, int number) {
        ExecutionOutcome tx = trace.transactionOutcome();
        StringBuilder s = new StringBuilder();
        s.append("transaction ").append(number).append(": ").append(trace.signerId()).append(" -> ")
                .append(trace.receiverId()).append(", block ").append(tx.blockHeight())
                .append("\ngas burnt ").append(Gas.of(tx.gasBurnt())).append(", tokens burnt ").append(tx.tokensBurnt());
        if (tx.status() instanceof ExecutionStatus.Failure f) {
            s.append("\nrejected: ").append(f.error().message());
        }
        return s.toString();
    }

    private static String receiptTooltip(ExecutionOutcome o) {
        StringBuilder s = new StringBuilder();
        s.append(o.executorId()).append(", block ").append(o.blockHeight());
        if (!o.isRefund()) {
            s.append(", from ").append(o.predecessorId());
        }
        for (Action a : o.actions()) {
            s.append('\n').append(actionDetail(a));
        }
        s.append('\n').append(statusText(o.status()));
        s.append("\ngas burnt ").append(Gas.of(o.gasBurnt())).append(", tokens burnt ").append(o.tokensBurnt());
        for (String log : o.logs()) {
            s.append("\nlog: ").append(log);
        }
        return s.toString();
    }

    private static String statusText(ExecutionStatus status) {
        if (status instanceof ExecutionStatus.SuccessValue v) {
            return v.value().length == 0 ? "ok" : "returned " + abbreviate(v.text(), 200);
        }
        if (status instanceof ExecutionStatus.SuccessReceiptId r) {
            return "returned the promise " + r.receiptId();
        }
        return "FAILED: " + ((ExecutionStatus.Failure) status).error().message();
    }

    /** The short name in a box: the method called, or the kind of each action. */
    private static String actionNames(List<Action> actions) {
        List<String> names = new ArrayList<>();
        for (Action a : actions) {
            names.add(a instanceof Action.FunctionCall f ? f.methodName() : actionKind(a));
        }
        return String.join(" + ", names);
    }

    private static String actionKind(Action a) {
        if (a instanceof Action.Transfer) {
            return "transfer";
        } else if (a instanceof Action.CreateAccount) {
            return "create_account";
        } else if (a instanceof Action.DeployContract) {
            return "deploy";
        } else if (a instanceof Action.AddKey) {
            return "add_key";
        } else if (a instanceof Action.DeleteKey) {
            return "delete_key";
        } else if (a instanceof Action.DeleteAccount) {
            return "delete_account";
        } else if (a instanceof Action.Stake) {
            return "stake";
        }
        return a.getClass().getSimpleName();
    }

    private static String actionDetail(Action a) {
        if (a instanceof Action.FunctionCall f) {
            return f.methodName() + "(" + abbreviate(f.argsAsString(), 200) + ")"
                    + (f.deposit().isZero() ? "" : " + " + f.deposit());
        } else if (a instanceof Action.Transfer t) {
            return "transfer " + t.deposit();
        } else if (a instanceof Action.DeployContract d) {
            return "deploy " + d.code().name();
        }
        return actionKind(a);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /**
     * {@code text} as XML character data or attribute value: markup characters escaped, and characters
     * XML 1.0 cannot carry at all (most control characters, lone surrogates) replaced by U+FFFD, since a
     * contract's logs and panic messages are arbitrary strings.
     */
    static String xml(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        s.append(c).append(text.charAt(++i));
                    } else if (c == '\t' || c == '\n' || c == '\r'
                            || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c))) {
                        s.append(c);
                    } else {
                        s.append('\uFFFD');
                    }
                }
            }
        }
        return s.toString();
    }
}
