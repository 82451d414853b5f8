package io.jnear.runtime.isolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The allow-list of JDK and library members contract code may use, read from
 * {@code META-INF/jnear/contract-api.txt} (the file documents its format; the processor reads the same
 * file). Answers four questions: may a class be named, may a member be used, may a contract class extend
 * a class, and may it implement an interface; a refusal carries the reason that completes {@code <api> is not allowed in contract
 * code: <why>}.
 */
final class ContractApi {
    static final String RESOURCE = "META-INF/jnear/contract-api.txt";

    private static final ContractApi INSTANCE = load();

    private enum Kind { ALLOW, DENY, TYPE }

    /** What one pattern says; {@code reason} is null for allow and type rules. */
    private record Rule(Kind kind, String reason) {
    }

    private final Map<String, String> reasons = new HashMap<>();
    /** Keyed by the pattern as written: {@code owner#name(params)}, {@code owner#name}, {@code owner}, {@code pkg/*}, {@code pkg/**}. */
    private final Map<String, Rule> rules = new HashMap<>();
    /** Type rules, keyed by class name: naming the class is fine even where its members are refused. */
    private final Map<String, Rule> typeRules = new HashMap<>();
    /** Extend rules, keyed by pattern ({@code owner}, {@code pkg/*}, {@code pkg/**}): the host classes contract classes may extend. */
    private final Map<String, Rule> extendRules = new HashMap<>();
    /** Implement rules, keyed by pattern as extend rules are: the host interfaces contract classes may implement. */
    private final Map<String, Rule> implementRules = new HashMap<>();

    private ContractApi() {
    }

    static ContractApi get() {
        return INSTANCE;
    }

    private static ContractApi load() {
        try (InputStream in = ContractApi.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            ContractApi api = new ContractApi();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                api.parse(line, number);
            }
            return api;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void parse(String raw, int number) {
        int hash = raw.indexOf(" #");
        String line = (raw.startsWith("#") ? "" : hash >= 0 ? raw.substring(0, hash) : raw).strip();
        if (line.isEmpty()) {
            return;
        }
        String[] parts = line.split("\\s+", 3);
        switch (parts[0]) {
            case "why" -> reasons.put(parts[1], parts[2]);
            case "allow" -> rules.put(parts[1], new Rule(Kind.ALLOW, null));
            case "type" -> typeRules.put(parts[1], new Rule(Kind.TYPE, null));
            case "extend" -> extendRules.put(parts[1], new Rule(Kind.ALLOW, null));
            case "implement" -> implementRules.put(parts[1], new Rule(Kind.ALLOW, null));
            case "deny" -> {
                String reason = reasons.get(parts[2]);
                if (reason == null) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": no reason named " + parts[2]);
                }
                rules.put(parts[1], new Rule(Kind.DENY, reason));
            }
            default -> throw new IllegalStateException(RESOURCE + ":" + number + ": unknown rule " + parts[0]);
        }
    }

    /** Why {@code className} (internal form) may not be named by contract code, or null if it may. */
    String refusalOfClass(String className) {
        if (typeRules.containsKey(className)) {
            return null;
        }
        return refusal(classRule(className));
    }

    /**
     * Why the member {@code name} with {@code descriptor}, declared by {@code owner}, may not be used, or
     * null if it may. Fields pass a descriptor without parameters.
     */
    String refusalOfMember(String owner, String name, String descriptor) {
        String member = owner + "#" + name;
        int close = descriptor.indexOf(')');
        Rule rule = close >= 0 ? rules.get(member + descriptor.substring(0, close + 1)) : null;
        if (rule == null) {
            rule = rules.get(member);
        }
        if (rule == null) {
            rule = classRule(owner);
        }
        return refusal(rule);
    }

    /**
     * Why a contract class may not extend the host class {@code className}, or null if it may: the JDK prices
     * and counts its input-sized methods by what the object reports about itself (its size, its
     * capacity), which a subclass could misreport, so only the classes the file lists may be extended.
     */
    String refusalOfSuperclass(String className) {
        return classRule(extendRules, className) != null ? null : reason("subclass");
    }

    /**
     * Why a contract class (or interface) may not implement (or extend) the host interface {@code className},
     * or null if it may: the JDK prices its work on a collection or a character sequence by the size or length
     * the object reports, which an implementation could misreport, so only the interfaces the file lists
     * (functional ones, {@code Comparable}, {@code Iterable}, …) may be implemented.
     */
    String refusalOfInterface(String className) {
        return classRule(implementRules, className) != null ? null : reason("implementation");
    }

    /** The text of the reason called {@code name} in the file. */
    String reason(String name) {
        return Objects.requireNonNull(reasons.get(name), name);
    }

    /**
     * The rule for naming {@code className}: its own, else the refusal of a class it is nested in that is
     * refused as a whole ({@code HostBinding.Call} is as much the host's as {@code HostBinding}), else its
     * package's.
     */
    private Rule classRule(String className) {
        Rule own = rules.get(className);
        if (own != null) {
            return own;
        }
        int packageEnd = className.lastIndexOf('/');
        int dollar = className.lastIndexOf('$');
        while (dollar > packageEnd) {
            Rule enclosing = rules.get(className.substring(0, dollar));
            if (enclosing != null && enclosing.kind == Kind.DENY) {
                return enclosing;
            }
            dollar = className.lastIndexOf('$', dollar - 1);
        }
        return classRule(rules, className);
    }

    private static Rule classRule(Map<String, Rule> rules, String className) {
        Rule rule = rules.get(className);
        if (rule != null) {
            return rule;
        }
        int slash = className.lastIndexOf('/');
        if (slash < 0) {
            return null;
        }
        String pkg = className.substring(0, slash);
        rule = rules.get(pkg + "/*");
        while (rule == null) {
            rule = rules.get(pkg + "/**");
            int up = pkg.lastIndexOf('/');
            if (rule != null || up < 0) {
                break;
            }
            pkg = pkg.substring(0, up);
        }
        return rule;
    }

    private String refusal(Rule rule) {
        if (rule == null) {
            return reasons.get("default");
        }
        return rule.kind == Kind.ALLOW ? null : rule.reason;
    }
}
