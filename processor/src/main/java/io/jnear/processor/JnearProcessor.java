package io.jnear.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.Trees;
import io.jnear.annotations.CallbackResult;
import io.jnear.annotations.ConformsTo;
import io.jnear.annotations.Contract;
import io.jnear.annotations.CrossContractCall;
import io.jnear.annotations.Init;
import io.jnear.annotations.Name;
import io.jnear.annotations.Payable;
import io.jnear.annotations.Private;
import io.jnear.annotations.View;
import io.jnear.processor.model.ContractModel;
import io.jnear.processor.model.JsonTypes;
import io.jnear.processor.model.ModelBuilder;
import io.jnear.processor.validation.CheckContext;
import io.jnear.processor.validation.StrayAnnotationCheck;
import io.jnear.processor.validation.Validator;
import io.jnear.processor.writing.AbiWriter;
import io.jnear.processor.writing.CodecWriter;
import io.jnear.processor.writing.DispatcherWriter;
import io.jnear.processor.writing.GeneratedSources;
import io.jnear.processor.writing.RuntimeTypes;
import io.jnear.processor.writing.StubWriter;
import io.jnear.processor.writing.WasmEntryWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * The jnear annotation processor. Per @Contract class: validate, build the model, write
 * {@code <Name>Stub}, {@code <Name>Dispatcher} and the ABI; per @CrossContractCall interface: validate and
 * write {@code <Name>Stub}. Types whose signatures (or nested types' signatures) mention types not generated
 * yet are deferred by name to the next round ({@link MissingTypes}). The checks that read method bodies and
 * initialisers run once javac has analysed the contract's class ({@link AnalysedContracts}), when the stubs
 * those bodies call exist and every tree is attributed. Nothing escapes {@link #process} or those checks: a
 * failure becomes an error on the element.
 *
 * <p>Option {@code -Ajnear.abi.version=<v>} sets the ABI's metadata version (default {@code 0.0.0}).
 */
@AutoService(Processor.class)
public final class JnearProcessor extends AbstractProcessor {
    public static final String ABI_VERSION_OPTION = "jnear.abi.version";

    private static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(Contract.class,
            CrossContractCall.class, Private.class, View.class, Payable.class, Init.class, CallbackResult.class,
            Name.class, ConformsTo.class);

    private final Set<String> deferred = new LinkedHashSet<>();
    /** Contracts whose bodies are checked after javac's analysis; null where the compiler is not javac. */
    private AnalysedContracts analysed;
    private Reporter reporter;
    private Validator validator;
    private ModelBuilder models;
    private GeneratedSources sources;
    private AbiWriter abiWriter;
    private JsonTypes jsonTypes;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        Trees trees = treesOf(env);
        reporter = new Reporter(env.getMessager(), trees);
        jsonTypes = new JsonTypes(env.getTypeUtils(), env.getElementUtils());
        validator = new Validator(new CheckContext(reporter, env.getTypeUtils(), env.getElementUtils(), jsonTypes,
                trees));
        models = new ModelBuilder(env.getElementUtils(), env.getTypeUtils());
        sources = new GeneratedSources(env.getFiler());
        abiWriter = new AbiWriter(jsonTypes, env.getOptions().getOrDefault(ABI_VERSION_OPTION, "0.0.0"));
        if (trees != null) {
            analysed = AnalysedContracts.register(env,
                    contract -> runGuarded(contract, () -> validator.validateBodies(contract)),
                    type -> runGuarded(type, () -> validator.classAnalysed(type)),
                    () -> runGuarded(null, validator::compilationFinished));
        }
    }

    /** The Trees API, or null where the compiler is not javac (the checks of bodies are then skipped). */
    private static Trees treesOf(ProcessingEnvironment env) {
        try {
            return Trees.instance(env);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return ANNOTATIONS.stream().map(Class::getCanonicalName).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(ABI_VERSION_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            processRound(round);
        } catch (RuntimeException | Error e) {
            // never let the compiler crash; say what happened on the best element we know
            reporter.report(Diagnostics.INTERNAL_ERROR, null, "this round", stackTrace(e));
        }
        return true; // the annotations are jnear's own; claiming them keeps -Xlint:processing quiet

    }

    private void processRound(RoundEnvironment round) {
        Set<TypeElement> types = new LinkedHashSet<>();
        for (String name : deferred) {
            TypeElement t = processingEnv.getElementUtils().getTypeElement(name);
            if (t != null) {
                types.add(t);
            }
        }
        deferred.clear();
        // one scan of the round's elements for all of jnear's annotations, not one scan per annotation
        AnnotatedElements annotated = AnnotatedElements.of(round, processingEnv.getElementUtils(), ANNOTATIONS);
        for (Element e : annotated.with(Contract.class)) {
            types.add((TypeElement) e);
        }
        for (Element e : annotated.with(CrossContractCall.class)) {
            types.add((TypeElement) e);
        }
        runGuarded(null, () -> StrayAnnotationCheck.check(annotated, processingEnv.getElementUtils(), reporter));

        Set<String> ownOutputs = new HashSet<>();
        for (TypeElement type : types) {
            ownOutputs.add(ModelBuilder.flatName(type) + "Stub");
            ownOutputs.add(ModelBuilder.flatName(type) + "Dispatcher");
        }
        for (TypeElement type : types) {
            Optional<TypeMirror> unresolved = MissingTypes.in(type, ownOutputs);
            if (unresolved.isPresent()) {
                if (round.processingOver()) {
                    reporter.report(Diagnostics.UNRESOLVED_TYPE, type, type.getQualifiedName(), unresolved.get());
                } else {
                    deferred.add(type.getQualifiedName().toString());
                }
                continue;
            }
            runGuarded(type, () -> processType(type));
        }
        if (round.processingOver()) {
            deferred.clear();
        }
    }

    private void processType(TypeElement type) throws Exception {
        boolean isContract = type.getAnnotation(Contract.class) != null;
        int errorsBefore = reporter.errorCount();
        if (isContract) {
            validator.validateContract(type);
            if (analysed != null) {
                analysed.add(type);
            }
        } else {
            validator.validateCrossContract(type);
        }
        if (reporter.errorCount() > errorsBefore) {
            return; // write output only for elements without errors
        }
        ContractModel model = models.build(type);
        CodecWriter codecs = new CodecWriter(model, jsonTypes, processingEnv.getTypeUtils());
        sources.writeSource(model.packageName(), new StubWriter().write(model, codecs), type);
        if (isContract) {
            sources.writeSource(model.packageName(), new DispatcherWriter().write(model, codecs), type);
            sources.writeResource(AbiWriter.resourcePath(model), abiWriter.write(model), type);
            if (buildsWasm()) {
                sources.writeSource(model.packageName(), new WasmEntryWriter().write(model), type);
            }
        }
        if (!codecs.isEmpty()) {
            sources.writeSource(model.packageName(), codecs.write(), type);
        }
    }

    /** Whether TeaVM's interop annotations are on the class path: the project compiles contracts to Wasm. */
    private boolean buildsWasm() {
        return processingEnv.getElementUtils().getTypeElement(RuntimeTypes.TEAVM_EXPORT.canonicalName()) != null;
    }

    private interface Step {
        void run() throws Exception;
    }

    private void runGuarded(TypeElement type, Step step) {
        try {
            step.run();
        } catch (Exception | Error e) {
            reporter.report(Diagnostics.INTERNAL_ERROR, type,
                    type == null ? "this round" : type.getQualifiedName().toString(), stackTrace(e));
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
