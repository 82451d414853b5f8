package io.jnear.processor;

import javax.tools.Diagnostic.Kind;

/**
 * Every message the processor prints. Each has a stable tag to search for (printed as
 * {@code [jnear/<tag>]}), a kind, and a text that says what is wrong and how to fix it; arguments are
 * filled in with {@link String#format}. Warnings can be silenced with
 * {@code @SuppressWarnings("jnear:<tag>")} on the element or an enclosing one.
 */
public enum Diagnostics {
    // --- the contract class
    CONTRACT_NOT_CLASS(Kind.ERROR, "contract-not-class",
            "@Contract is on %s, which is not a class; a contract is a class whose fields are its state. "
                    + "Make it a (non-record, non-enum) class or remove @Contract"),
    CONTRACT_NOT_PUBLIC(Kind.ERROR, "contract-not-public",
            "Contract class %s is not public; the generated dispatcher and stub must reach it. Declare it public"),
    CONTRACT_NOT_STATIC(Kind.ERROR, "contract-inner-class",
            "Contract class %s is an inner class; it cannot be instantiated on its own. Declare it static"),
    CONTRACT_ABSTRACT(Kind.ERROR, "contract-abstract",
            "Contract class %s is abstract; the runtime must instantiate it. Remove abstract, or annotate "
                    + "a concrete subclass instead"),
    CONTRACT_GENERIC(Kind.ERROR, "contract-generic",
            "Contract class %s has type parameters; its state could not be decoded. Remove the type parameters"),
    NO_CONSTRUCTOR(Kind.ERROR, "no-constructor",
            "Contract class %s has no usable constructor: add an @Init constructor (it becomes method \"new\") "
                    + "or a non-private no-argument constructor (used when the contract has no state yet)"),
    MULTIPLE_INIT(Kind.ERROR, "multiple-init",
            "Contract class %s has two @Init constructors exported as %s. "
                    + "Give each initializer its own name, e.g. @Name(\"new_default_meta\")"),
    INIT_NOT_PUBLIC(Kind.ERROR, "init-not-public",
            "@Init constructor of %s is not public; it is exported as method \"new\". Make it public"),
    INIT_CALLBACK(Kind.ERROR, "init-callback",
            "@CallbackResult on a parameter of the @Init constructor; an initializer cannot be a callback. "
                    + "Move the callback into a @Private method"),

    // --- exported methods and their annotations
    NOT_EXPORTED(Kind.ERROR, "not-exported",
            "@%s on %s, which is not exported because it is %s; only public instance methods of a @Contract "
                    + "are exported. Make it a public instance method or remove @%1$s"),
    OUTSIDE_CONTRACT(Kind.ERROR, "outside-contract",
            "@%s on %s, which is not in a @Contract class (or a @CrossContractCall interface); it has no "
                    + "effect there. Annotate the class with @Contract or remove @%1$s"),
    PUBLIC_CALLBACK(Kind.ERROR, "public-callback",
            "Method %s takes a @CallbackResult but is not @Private: anyone could call it with a forged result. "
                    + "Annotate it with @Private"),
    VIEW_PRIVATE(Kind.ERROR, "view-private",
            "Method %s is both @View and @Private; view calls have no predecessor to check. Remove @View "
                    + "(make it a call) or remove @Private"),
    VIEW_PAYABLE(Kind.ERROR, "view-payable",
            "Method %s is both @View and @Payable; view calls cannot carry a deposit. Remove @View or @Payable"),
    VIEW_PROMISE(Kind.ERROR, "view-promise",
            "@View method %s returns a Promise; view calls cannot schedule promises. Remove @View or return "
                    + "a value"),
    VIEW_CALLBACK(Kind.ERROR, "view-callback",
            "@View method %s takes a @CallbackResult; a callback runs as a call. Remove @View"),
    CHECKED_EXCEPTION(Kind.ERROR, "checked-exception",
            "%s declares checked exception %s, which the dispatcher cannot pass on; a failed call is a "
                    + "panic. Catch it and throw ContractPanic (or Env.panic) instead"),
    DUPLICATE_NAME(Kind.ERROR, "duplicate-name",
            "Method %s is exported as \"%s\", which %s already uses; NEAR methods are found by name only. "
                    + "Rename one of them or give it a distinct @Name"),
    INVALID_NAME(Kind.ERROR, "invalid-name",
            "@Name(\"%s\") is not a valid NEAR method name; use 1 to 256 characters of [A-Za-z0-9_]"),
    RESERVED_NAME(Kind.ERROR, "reserved-name",
            "Method %s clashes with the generated stub's own method %s(..); rename it (@Name keeps the NEAR name)"),
    UNMAPPABLE_PARAM(Kind.ERROR, "unmappable-type",
            "Parameter %s has type %s, which cannot be mapped to JSON: %s. %s"),
    UNMAPPABLE_RESULT(Kind.ERROR, "unmappable-type",
            "Method %s returns %s, which cannot be mapped to JSON: %s. %s"),
    UNSTORABLE_FIELD(Kind.ERROR, "unstorable-field",
            "State field %s has type %s, which cannot be stored as JSON: %s. %s, or mark the field transient"),
    UNSTORABLE_COLLECTION(Kind.ERROR, "unstorable-field",
            "State field %s has type %s, whose entries cannot be stored: %s. %s as its type arguments; the "
                    + "collection itself must stay in state (a transient one would lose its entries between calls)"),
    PRIVATE_STATE_FIELD(Kind.ERROR, "private-state-field",
            "State field %s is private; the generated Borsh state codec reads and writes state fields directly, "
                    + "without reflection. Make it package-private (remove private), or mark it transient if it "
                    + "is not state"),
    FINAL_STATE_FIELD(Kind.ERROR, "final-state-field",
            "State field %s is final; the generated Borsh state codec sets it when it restores the contract "
                    + "before each call. Remove final, or make it static final if it is a constant"),
    NO_STATE_CONSTRUCTOR(Kind.ERROR, "no-state-constructor",
            "Contract class %s has @Init constructors but no non-private no-argument constructor; the generated "
                    + "Borsh state codec creates the contract through one before it reads the stored fields. Add "
                    + "a package-private one: %s() {}"),
    INHERITED_STATE_FIELD(Kind.ERROR, "inherited-state-field",
            "Contract class %s inherits field %s from %s; the generated Borsh state codec stores the contract's "
                    + "own fields only. Declare the field in the contract, or mark it transient"),
    NO_BORSH_FORM(Kind.ERROR, "no-borsh-form",
            "State field %s has type %s, which has no Borsh form; state holds primitives, String, the SDK's "
                    + "value types, byte[], Optional, List and Map of those, enums, non-generic records of those, "
                    + "and LookupMaps whose keys and values are such types. Change its type, or mark it transient"),
    MUTABLE_STATIC(Kind.ERROR, "mutable-static",
            "Static field %s is mutable (%s); static fields are not contract state: they are not saved, not "
                    + "reverted when a call fails and not paid for as storage. Make it an instance field, or a "
                    + "static final constant of an immutable type"),

    // --- callbacks
    CALLBACK_FORM(Kind.ERROR, "callback-form",
            "Method %s has @CallbackResult parameters of an unsupported shape: %s. Take one result per joined "
                    + "promise (each PromiseResult<T> or T) or one List<PromiseResult<T>>"),
    JOIN_COUNT_MISMATCH(Kind.ERROR, "join-mismatch",
            "Callback %s takes %d results, but Promise.join(..) joins %d promises, so its results would be "
                    + "decoded into the wrong parameters. Take one @CallbackResult per joined promise, in order"),
    JOIN_TYPE_MISMATCH(Kind.ERROR, "join-mismatch",
            "Promise %d of Promise.join(..) resolves to %s, but callback %s takes it as %s (parameter %s), so "
                    + "decoding it would fail. Take PromiseResult<%2$s> there, or join the promises in the "
                    + "callback's order"),
    UNWRAPPED_CALLBACK(Kind.WARNING, "unwrapped-callback",
            "Callback parameter %s takes the bare result, so the callback panics before your code runs if the "
                    + "call failed (no chance to roll back). Take PromiseResult<%s> and check isSuccess(), or "
                    + "suppress with @SuppressWarnings(\"jnear:unwrapped-callback\")"),

    // --- @CrossContractCall interfaces
    CROSS_CONTRACT_NOT_INTERFACE(Kind.ERROR, "cross-contract-not-interface",
            "@CrossContractCall is on %s, which is not an interface; it describes another contract's methods. "
                    + "Make it an interface (or use @Contract for a contract)"),
    CROSS_CONTRACT_OVERLOAD(Kind.ERROR, "cross-contract-overload",
            "Interface %s declares %s more than once; NEAR methods are found by name only. Remove the overload "
                    + "or give one a distinct @Name"),
    CROSS_CONTRACT_GENERIC(Kind.ERROR, "cross-contract-generic",
            "%s is generic; a NEAR method's argument and result types are fixed. Use concrete types"),
    INTERFACE_MISMATCH(Kind.ERROR, "interface-mismatch",
            "Method %s implements %s.%s but %s, so callers through %s's stub would call something else. %s"),
    CONFORMS_TO_MISSING(Kind.ERROR, "interface-mismatch",
            "Contract %s declares @ConformsTo(%s.class) but exports no method \"%s\" (%s.%s), so calls through "
                    + "%s's stub would fail. Export a public method %s with the interface's parameters"),
    CONFORMS_TO_NOT_INTERFACE(Kind.ERROR, "interface-mismatch",
            "@ConformsTo names %s, which is not a @CrossContractCall interface; there is nothing to conform to. "
                    + "Name the @CrossContractCall interface whose stub calls this contract"),

    // --- determinism
    NON_DETERMINISTIC(Kind.ERROR, "non-deterministic",
            "%s is not allowed in contract code: %s. The sandbox refuses to deploy code that uses it (the list "
                    + "is META-INF/jnear/contract-api.txt); move it out of the contract's classes"),

    // --- Wasm cost (only when the project builds Wasm)
    WASM_COSTLY(Kind.WARNING, "wasm-costly",
            "%s is costly in a contract compiled to Wasm: %s. Use %s, or suppress with "
                    + "@SuppressWarnings(\"jnear:wasm-costly\")"),

    // --- the processor itself
    UNRESOLVED_TYPE(Kind.ERROR, "unresolved-type",
            "%s could not be processed because type %s did not resolve; fix that type (is it misspelt, or "
                    + "generated by a processor that failed?)"),
    INTERNAL_ERROR(Kind.ERROR, "internal-error",
            "The jnear processor failed on %s: %s. This is a bug in jnear; please report it with this source"),

    // --- checks of method bodies, wiring, re-initialisation, state and inheritance (issue 15)
    FORGED_RESULT(Kind.ERROR, "forged-result",
            "Method %s reads a promise result (%s) but is not @Private: anyone can call it as the callback of their own promise and hand "
                    + "it a forged result. Annotate it with @Private and take the result as a @CallbackResult "
                    + "PromiseResult<T> parameter"),
    UNREAD_CALLBACK_RESULT(Kind.WARNING, "unread-callback-result",
            "Callback %s never reads its @CallbackResult parameter %s, so it runs the same whether the call succeeded or failed. "
                    + "Check %2$s.isSuccess() and undo what the call was for when it failed, or suppress with "
                    + "@SuppressWarnings(\"jnear:unread-callback-result\")"),
    CALLBACK_CONTEXT(Kind.WARNING, "callback-context",
            "Callback %s %s, but in a callback %s. Pass what you need from the original call as an argument of "
                    + "the callback, or suppress with @SuppressWarnings(\"jnear:callback-context\")"),
    VIEW_WRITES(Kind.ERROR, "view-writes",
            "@View method %s %s, but a view may not change state or schedule promises: called as a view it fails "
                    + "(ProhibitedInView), called in a transaction it writes. Remove @View, or move that into a "
                    + "call method"),
    VIEW_CONTEXT(Kind.ERROR, "view-context",
            "@View method %s %s, which a view call does not have (NEAR fails it with ProhibitedInView). Take the "
                    + "value as an argument, or remove @View"),
    DEPOSIT_NOT_PAYABLE(Kind.ERROR, "deposit-not-payable",
            "Call of %s.%s attaches a deposit, but %2$s is not @Payable: the call fails with \"Method %s doesn't "
                    + "accept deposit\" and the deposit is refunded. Annotate %2$s with @Payable, or remove "
                    + "withAttachedDeposit"),
    NO_GAS(Kind.ERROR, "no-gas",
            "Call of %s.%s has no static gas and unused gas weight 0, so it is given no gas at all and fails. "
                    + "Give it withStaticGas(..) or an unused gas weight above 0"),
    FOREIGN_SELF(Kind.ERROR, "foreign-self",
            "%s.self() calls %s.%s on this contract's own account, but %s exports no method \"%s\", so the call "
                    + "fails with MethodResolveError(MethodNotFound). Use %1$s.on(account) to call another account, "
                    + "or %s.self() to call this contract"),
    EXPORTED_NEW(Kind.ERROR, "exported-new",
            "Method %s is exported as \"new\", the initializer's name, but it is not @Init: anyone can call it "
                    + "again and reset the state. Make it an @Init constructor, or export it under another name"),
    IMPLICIT_INIT_OWNER(Kind.ERROR, "implicit-init-owner",
            "%s %s, but %s has no @Init constructor: it runs when the first call of any method creates the state, "
                    + "so whoever calls first decides the value. Add an @Init constructor that takes it as an argument"),
    PREFIX_OVERLAP(Kind.ERROR, "prefix-overlap",
            "Collection %s has storage prefix \"%s\", which %s the prefix \"%s\" of collection %s: their keys can "
                    + "collide and one collection overwrites the other's entries. Give each collection a prefix that "
                    + "does not start another"),
    CODECLESS_COLLECTION(Kind.ERROR, "codecless-collection",
            "new %s<>(..) without codecs takes its Borsh codecs from a collection field's type arguments, and only as "
                    + "a collection field's initialiser or in a constructor's assignment to such a field; here nothing "
                    + "gives it codecs, so reading or writing an entry fails. Make it a collection field of %s, or "
                    + "pass Borsh codecs (new %1$s<>(\"%s\", BorshCodecs.…))"),
    DUPLICATE_ARG_KEY(Kind.ERROR, "duplicate-arg-key",
            "Parameters %s and %s of %s both travel as JSON key \"%s\", so one of them could never be passed. "
                    + "Rename one of them"),
    PRIVATE_DROPPED(Kind.ERROR, "private-dropped",
            "Method %s overrides %s, which is @Private, but is not @Private itself, so anyone can call it. Annotate "
                    + "the override with @Private"),
    UNCHAINED_CALLBACK(Kind.WARNING, "unchained-callback",
            "Callback %s is never chained: nothing in %s calls %s.%1$s() or names \"%s\", so no promise hands it "
                    + "a result and what it was written to do after the call never happens. Chain it with then(..) "
                    + "after the promise whose result it takes, or suppress with "
                    + "@SuppressWarnings(\"jnear:unchained-callback\")"),
    RESERVED_INIT(Kind.ERROR, "reserved-name",
            "Method init clashes with the generated stub's init(..), which builds the call of the @Init constructor, "
                    + "and an exported \"init\" that anyone can call again would re-initialise the state. If it sets "
                    + "the contract up, make it an @Init constructor; otherwise give it a name that says what it does");

    private final Kind kind;
    private final String tag;
    private final String format;

    Diagnostics(Kind kind, String tag, String format) {
        this.kind = kind;
        this.tag = tag;
        this.format = format;
    }

    public Kind kind() {
        return kind;
    }

    /** The tag with its prefix, e.g. {@code jnear/public-callback}. */
    public String tag() {
        return "jnear/" + tag;
    }

    /** The tag without prefix, as {@code @SuppressWarnings("jnear:<name>")} names it. */
    public String shortTag() {
        return tag;
    }

    public String format(Object... args) {
        return "[" + tag() + "] " + String.format(format, args);
    }
}
