package io.jnear.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.spi.ContractCode;
import io.jnear.sdk.spi.Json;
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
                        .functionCall("read", "{}", NearToken.ZERO, Gas.ZERO)));
    }
}
