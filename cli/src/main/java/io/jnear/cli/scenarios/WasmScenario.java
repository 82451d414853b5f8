package io.jnear.cli.scenarios;

import io.jnear.cli.Narrator;
import io.jnear.cli.Scenario;
import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.samples.interop.StatusMessageStub;
import io.jnear.samples.interop.StatusRelay;
import io.jnear.samples.interop.StatusRelayStub;
import io.jnear.samples.token.TokenReceiver;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.wasm.ReferenceContracts;
import java.nio.charset.StandardCharsets;

/**
 * Java and Rust contracts side by side: a Java contract calls near-sdk-rs's status message (Wasm) and its
 * callbacks run a block later; then near-sdk-rs's fungible token sends tokens to a Java receiver and
 * resolves what the Java contract handed back.
 */
public final class WasmScenario implements Scenario {
    private static final long TEN_TGAS = Gas.tgas(10).asGas();
    /** What the token charges to register one account: 125 bytes of storage. */
    private static final NearToken STORAGE_BOUND = NearToken.ofYocto(new java.math.BigInteger("1250000000000000000000"));

    @Override
    public String name() {
        return "wasm";
    }

    @Override
    public String summary() {
        return "Java and real near-sdk-rs (Wasm) contracts calling each other, callbacks included";
    }

    @Override
    public void run(Sandbox sandbox, Narrator narrator) {
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(20));
        Account status = sandbox.deployWasm("status.test.near", ReferenceContracts.read("status_message.wasm"));
        Account relay = sandbox.deploy("relay.test.near", StatusRelay.class, StatusRelayStub.init(status.id().toString()));

        narrator.step("relay.test.near (Java) sets alice's status on status.test.near (near-sdk-rs, Wasm); its "
                + "callback runs a block after the Rust contract answered");
        narrator.transaction(alice.transact(StatusRelayStub.on(relay.id()).relay("hello from Java", TEN_TGAS)));
        narrator.step("the Java contract reads the status back through the Rust contract's typed stub");
        narrator.transaction(alice.transact(StatusRelayStub.on(relay.id()).statusOf(alice.id())));
        narrator.step("with 0.1 Tgas the Rust call runs out of gas; the Java callback still runs and reports it");
        narrator.transaction(alice.transact(StatusRelayStub.on(relay.id()).relay("too big a job", 100_000_000_000L)));
        narrator.note("status.test.near says alice's status is: "
                + sandbox.view(StatusMessageStub.on(status.id()).getStatus(alice.id())).orElse("(none)"));

        Account token = sandbox.deployWasm("token.test.near", ReferenceContracts.read("fungible_token.wasm"),
                json("new_default_meta", "{\"owner_id\":\"alice.test.near\",\"total_supply\":\"1000000\"}"));
        Account receiver = sandbox.deploy("receiver.test.near", TokenReceiver.class);
        alice.call(token.id(), "storage_deposit", "{\"account_id\":\"receiver.test.near\"}",
                STORAGE_BOUND, Gas.tgas(30));
        narrator.step("near-sdk-rs's fungible token (Wasm) sends 100 tokens to a Java receiver with ft_transfer_call; "
                + "the receiver hands 30 back and the token's ft_resolve_transfer refunds them to alice");
        narrator.transaction(alice.call(token.id(), "ft_transfer_call",
                "{\"receiver_id\":\"receiver.test.near\",\"amount\":\"100\",\"msg\":\"return:30\"}",
                NearToken.ONE_YOCTO, Gas.tgas(100)));
        narrator.note("token balances: alice " + sandbox.viewJson(token.id(), "ft_balance_of",
                "{\"account_id\":\"alice.test.near\"}") + ", receiver.test.near " + sandbox.viewJson(token.id(),
                "ft_balance_of", "{\"account_id\":\"receiver.test.near\"}"));
    }

    private static Action.FunctionCall json(String method, String args) {
        return new Action.FunctionCall(method, args.getBytes(StandardCharsets.UTF_8), Gas.tgas(50), NearToken.ZERO, 0);
    }
}
