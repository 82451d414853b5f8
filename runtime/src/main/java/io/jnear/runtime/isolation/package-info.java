/**
 * Contract isolation and metering. Each deployment of a {@code @Contract} class gets its own copy of
 * every class the contract can run (the closure {@code ContractClasses} computes, whatever its packages),
 * checked against the contract API list before any of it runs and instrumented with ASM as it loads:
 *
 * <ul>
 *   <li><b>An allow-list, checked at deploy.</b> {@code ContractVerifier} reads every class: each class it
 *       names and each member it uses (calls, fields, method references, invokedynamic bootstraps) must be
 *       the contract's own or allowed by {@code META-INF/jnear/contract-api.txt} ({@code ContractApi});
 *       members are looked up on the class that declares them. A contract class may extend only its own
 *       classes and those the file's {@code extend} rules name (no JDK collection: a subclass could
 *       misreport the size its inherited methods are priced by), and implement only its own interfaces and
 *       those the {@code implement} rules name (no {@code List} or {@code CharSequence}: an implementation
 *       could misreport its size or length to the JDK work done on it). Anything else refuses the deployment with
 *       {@code <api> is not allowed in contract code: <why>}. The processor reads the same file.
 *   <li><b>Gas for computation.</b> One unit is one executed JVM bytecode instruction of contract code,
 *       priced at NEAR's {@code regular_op_cost} (822,756 gas), the price of one Wasm instruction: both
 *       are single stack-machine operations. Instructions are counted per basic block and the whole block
 *       is charged before it runs (a method's first block with its entry, which finds the call the
 *       method's other charges are given), passed to the host in batches of 1,000, so the same call costs
 *       the same gas on every machine and JVM, with or without the JIT. A call of a JDK method costs six;
 *       JDK methods whose work grows with their input are priced in proportion to what they are given ({@code JdkPrices}, {@code JdkWork}) or
 *       replaced by metered stand-ins ({@code MeteredJdk}); a caught exception costs 4,000.
 *   <li><b>Failures contract code cannot catch.</b> Every exception handler is entered through a stub
 *       outside every protected range that rethrows host failures (out of gas, call depth, memory) and
 *       JVM errors, so no handler shape javac emits (finally, synchronized, try-with-resources, nested)
 *       can swallow them or loop on them.
 *   <li><b>Call depth.</b> Methods nest at most {@code Meter.MAX_CALL_DEPTH} (1,000) deep, counted by the
 *       instrumentation, so results never depend on the JVM's stack size.
 *   <li><b>Memory.</b> Arrays allocated by contract code, its objects (24 bytes each), and what JDK
 *       methods allocate for it (a collection's or builder's growth, boxes, returned strings and arrays,
 *       collected stream elements), count against 64 MiB per call ({@code Exceeded the memory limit: …}) and cost one instruction per
 *       64 bytes (the JDK's small objects one per 4). A result whose size follows from the call's operands
 *       is counted before the JDK allocates it ({@code JdkPrices.Result}).
 *   <li><b>Determinism.</b> In contract code {@code HashMap}/{@code HashSet} become their linked
 *       subclasses and {@code Set.of}/{@code Map.of} keep their order ({@code OrderedSets},
 *       {@code OrderedMaps}), {@code Math} is {@code StrictMath}, identity hash codes and
 *       {@code Object.toString} (through {@code super} too, and inside the JDK's text and hash of
 *       collections, entries, optionals and nested arrays) number objects per call ({@code MeteredJdk},
 *       {@code NullSafeObjects}),
 *       records hash and print their components the same way ({@code RecordMethods}),
 *       monitors are removed; the list refuses clocks, randomness, {@code System.identityHashCode}, the
 *       default locale and charset.
 *   <li><b>Static state.</b> Two accounts running the same class never share static fields; a contract's
 *       static initialisers run metered when its classes load, against a budget of their own and outside
 *       any call ({@code StaticInitialisation}), so no call's gas depends on what ran before it.
 * </ul>
 *
 * <p>Not metered: JSON encoding in jnear's SDK, which the per-call allowance covers.
 */
package io.jnear.runtime.isolation;
