package io.jnear.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnear.runtime.json.Json;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.spi.ContractCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hand-written contracts for the runtime's own tests, dispatched by a map from method name to body, so
 * the runtime is tested without the annotation processor.
 */
final class TestContracts {
    private TestContracts() {
    }

    static ContractCode code(String name, Map<String, Runnable> methods) {
        return ContractCode.of(name, name.getBytes(StandardCharsets.UTF_8), () -> method -> {
            Runnable body = methods.get(method);
            if (body == null) {
                return false;
            }
            body.run();
            return true;
        });
    }

    static JsonNode args() {
        try {
            byte[] input = Env.input();
            return Json.mapper().readTree(input.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] key(String k) {
        return k.getBytes(StandardCharsets.UTF_8);
    }

    static String read(String k) {
        byte[] v = Env.storageRead(key(k));
        return v == null ? null : new String(v, StandardCharsets.UTF_8);
    }

    static void write(String k, String v) {
        Env.storageWrite(key(k), v.getBytes(StandardCharsets.UTF_8));
    }

    static void returnJson(Object value) {
        Env.valueReturn(Json.toBytes(value));
    }

    /** A key-value store that can also fail on purpose. */
    static ContractCode store() {
        return code("store", Map.of(
                "set", () -> {
                    JsonNode a = args();
                    write(a.get("key").asText(), a.get("value").asText());
                },
                "get", () -> returnJson(read(args().get("key").asText())),
                "echo", () -> returnJson(args().get("value").asText()),
                "fail", () -> {
                    write("dirty", "yes");
                    Env.log("about to fail");
                    throw Env.panic(args().path("message").asText("boom"));
                },
                "receive", () -> {
                    write("received", Env.attachedDeposit().toYoctoString());
                    Env.log("received " + Env.attachedDeposit().toYoctoString());
                },
                "big_write", () -> {
                    int size = args().get("size").asInt();
                    Env.storageWrite(key("big"), new byte[size]);
                },
                "log_many", () -> {
                    int count = args().get("count").asInt();
                    for (int i = 0; i < count; i++) {
                        Env.log("line " + i);
                    }
                },
                "read_result", () -> Env.promiseResult(0),
                "overspend", () -> Promise.create(Env.predecessorAccountId())
                        .transfer(Env.accountBalance().plus(NearToken.ONE_YOCTO)),
                "swallow_gas_error", () -> {
                    try {
                        while (true) {
                            Env.storageHasKey(key("k"));
                        }
                    } catch (Throwable t) {
                        returnJson("caught " + t.getMessage());
                    }
                }));
    }

    /** A contract that calls others and reports the results its callbacks receive. */
    static ContractCode caller() {
        return code("caller", Map.of(
                "call", () -> {
                    JsonNode a = args();
                    write("before", "changed");
                    AccountId target = AccountId.of(a.get("target").asText());
                    NearToken deposit = NearToken.parse(a.path("deposit").asText("0"));
                    Gas calleeGas = Gas.of(a.path("gas").asLong(10 * Gas.ONE_TERA));
                    Gas callbackGas = Gas.of(a.path("callback_gas").asLong(10 * Gas.ONE_TERA));
                    long callbackWeight = a.path("callback_weight").asLong(0);
                    Promise.create(target)
                            .functionCall(a.get("method").asText(), a.path("args").asText("{}"), deposit, calleeGas)
                            .then(Promise.create(Env.currentAccountId()).functionCallWeight("on_result",
                                    "{}".getBytes(StandardCharsets.UTF_8), NearToken.ZERO, callbackGas,
                                    callbackWeight));
                },
                "join", () -> {
                    JsonNode a = args();
                    List<Promise<Void>> calls = new ArrayList<>();
                    for (JsonNode call : a.get("calls")) {
                        calls.add(Promise.create(AccountId.of(call.get("target").asText()))
                                .functionCall(call.get("method").asText(), call.path("args").asText("{}"),
                                        NearToken.ZERO, Gas.tgas(10)));
                    }
                    Promise.all(calls).then(Promise.create(Env.currentAccountId())
                            .functionCall("on_result", "{}", NearToken.ZERO, Gas.tgas(10)));
                },
                "forward", () -> {
                    JsonNode a = args();
                    Env.promiseReturn(Promise.create(AccountId.of(a.get("target").asText()))
                            .functionCall(a.get("method").asText(), a.path("args").asText("{}"), NearToken.ZERO,
                                    Gas.tgas(20)));
                },
                "weights", () -> {
                    JsonNode a = args();
                    AccountId target = AccountId.of(a.get("target").asText());
                    for (JsonNode w : a.get("weights")) {
                        Promise.create(target).functionCallWeight("echo",
                                "{\"value\":\"w\"}".getBytes(StandardCharsets.UTF_8), NearToken.ZERO,
                                Gas.tgas(1), w.asLong());
                    }
                },
                "on_result", () -> {
                    int n = Env.promiseResultsCount();
                    List<String> seen = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        PromiseResult<byte[]> r = Env.promiseResult(i);
                        seen.add(r.isSuccess() ? "ok:" + new String(r.value(), StandardCharsets.UTF_8) : "failed");
                    }
                    write("results", String.join(",", seen));
                    Env.log("callback saw " + seen);
                    returnJson(seen);
                },
                "read", () -> returnJson(read(args().get("key").asText())),
                "snapshot", () -> returnJson(read("before") + "/" + read("results")),
                "zero_gas_call", () -> Promise.create(Env.currentAccountId())
                        .functionCall("read", "{}", NearToken.ZERO, Gas.ZERO),
                "delete_self", () -> Promise.create(Env.currentAccountId())
                        .deleteAccount(io.jnear.sdk.AccountId.of(args().get("beneficiary").asText()))));
    }

    /** Methods that probe host costs and limits, each driven by its JSON arguments. */
    static ContractCode probe() {
        return code("probe", Map.ofEntries(
                Map.entry("log", () -> {
                    JsonNode a = args();
                    if (a.get("skip").asInt() == 0) {
                        Env.log(a.get("m").asText());
                    }
                }),
                Map.entry("hash", () -> {
                    JsonNode a = args();
                    if (a.get("skip").asInt() == 0) {
                        Env.sha256(key(a.get("m").asText()));
                    }
                }),
                Map.entry("write_key", () -> Env.storageWrite(new byte[args().get("n").asInt()], new byte[1])),
                Map.entry("write_value", () -> Env.storageWrite(key("v"), new byte[args().get("n").asInt()])),
                Map.entry("read_value", () -> Env.storageRead(key("v"))),
                Map.entry("return_big", () -> Env.valueReturn(new byte[args().get("n").asInt()])),
                Map.entry("huge_gas", () -> Promise.create(Env.currentAccountId())
                        .functionCall("log", "{}", NearToken.ZERO, Gas.of(Long.MAX_VALUE - 1_000))),
                Map.entry("reserve_then_spin", () -> {
                    Promise.create(Env.currentAccountId()).functionCall("log", "{\"m\":\"x\",\"skip\":0}",
                            NearToken.ZERO, Gas.of(args().get("reserve").asLong()));
                    io.jnear.sdk.HostBinding.schedulePending();
                    while (true) {
                        Env.storageHasKey(key("k"));
                    }
                }),
                Map.entry("promises", () -> {
                    int n = args().get("n").asInt();
                    List<Promise<Void>> all = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        all.add(Promise.create(Env.currentAccountId()).transfer(NearToken.ONE_YOCTO));
                    }
                    Promise.all(all).then(Promise.create(Env.currentAccountId())
                            .functionCall("log", "{}", NearToken.ZERO, Gas.ggas(1)));
                }),
                Map.entry("joins", () -> {
                    JsonNode a = args();
                    List<Promise<Void>> all = new ArrayList<>();
                    for (int i = 0; i < a.get("n").asInt(); i++) {
                        all.add(Promise.create(Env.currentAccountId()).transfer(NearToken.ONE_YOCTO));
                    }
                    for (int i = 0; i < a.get("joins").asInt(); i++) {
                        Promise.all(all.subList(0, 2));
                    }
                }),
                Map.entry("deploy_many", () -> {
                    Promise<Void> p = Promise.create(AccountId.of("d." + Env.currentAccountId()))
                            .createAccount().transfer(NearToken.near(1));
                    for (int i = 0; i < args().get("n").asInt(); i++) {
                        p.deployContract(ContractCode.of("tiny", new byte[args().path("size").asInt(1)],
                                () -> method -> false));
                    }
                }),
                // two methods with names of one length, to measure reading the input or a promise result
                Map.entry("in", () -> Env.input()),
                Map.entry("no", () -> {
                }),
                Map.entry("result_then", () -> {
                    JsonNode a = args();
                    Promise.create(Env.currentAccountId())
                            .functionCall("return_big", "{\"n\":" + a.get("n").asInt() + "}", NearToken.ZERO,
                                    Gas.tgas(5))
                            .then(Promise.create(Env.currentAccountId())
                                    .functionCall(a.get("callback").asText(), "{}", NearToken.ZERO, Gas.tgas(5)));
                }),
                Map.entry("cb_read", () -> Env.promiseResult(0)),
                Map.entry("cb_skip", () -> {
                }),
                Map.entry("call_empty", () -> Promise.create(Env.currentAccountId())
                        .functionCall("", "{}", NearToken.ZERO, Gas.tgas(5))),
                // each of these makes one host call more when "skip" is 0, to measure what that call costs
                Map.entry("promise", () -> {
                    JsonNode a = args();
                    if (a.get("skip").asInt() == 0) {
                        Promise.create(AccountId.of(a.get("m").asText())).transfer(NearToken.ONE_YOCTO);
                    }
                }),
                Map.entry("and", () -> {
                    JsonNode a = args();
                    List<Promise<Void>> two = List.of(
                            Promise.create(Env.currentAccountId()).transfer(NearToken.ONE_YOCTO),
                            Promise.create(Env.currentAccountId()).transfer(NearToken.ONE_YOCTO));
                    if (a.get("skip").asInt() == 0) {
                        Promise.all(two);
                    }
                }),
                Map.entry("me", () -> {
                    if (args().get("skip").asInt() == 0) {
                        Env.currentAccountId();
                    }
                }),
                Map.entry("deposit", () -> {
                    if (args().get("skip").asInt() == 0) {
                        Env.attachedDeposit();
                    }
                }),
                Map.entry("has", () -> {
                    JsonNode a = args();
                    if (a.get("skip").asInt() == 0) {
                        Env.storageHasKey(key(a.get("m").asText()));
                    }
                }),
                Map.entry("deploy_big", () -> Promise.create(Env.currentAccountId()).deployContract(
                        ContractCode.of("big", new byte[args().get("n").asInt()], () -> method -> false))),
                Map.entry("chain", () -> {
                    Promise<Void> first = Promise.create(Env.currentAccountId()).transfer(NearToken.ONE_YOCTO);
                    Promise<Void> second = Promise.create(Env.currentAccountId()).transfer(NearToken.ONE_YOCTO);
                    if (args().get("skip").asInt() == 0) {
                        first.then(second);
                    }
                }),
                Map.entry("log_big", () -> {
                    JsonNode a = args();
                    for (int i = 0; i < a.get("n").asInt(); i++) {
                        Env.log("x".repeat(a.get("size").asInt()));
                    }
                }),
                Map.entry("big_args", () -> Promise.create(Env.currentAccountId())
                        .functionCall("log", new byte[args().get("n").asInt()], NearToken.ZERO, Gas.tgas(5)))));
    }
}
