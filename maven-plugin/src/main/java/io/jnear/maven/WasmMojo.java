package io.jnear.maven;

import io.jnear.build.ContractBuild;
import io.jnear.build.WasmBuildException;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code jnear:wasm}: compiles every {@code @Contract} of the project to NEAR Wasm, writing
 * {@code <Name>.wasm} and {@code <Name>.abi.json} to {@code target/wasm}. Bound to {@code package} by
 * default; a module NEAR would refuse fails the build.
 */
@Mojo(name = "wasm", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public class WasmMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
    private File classesDirectory;

    @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true)
    private List<String> classpathElements;

    /** Where the modules and ABIs go. */
    @Parameter(property = "jnear.wasm.outputDirectory", defaultValue = "${project.build.directory}/wasm")
    private File outputDirectory;

    /** Skips the Wasm build (it takes seconds per contract). */
    @Parameter(property = "jnear.wasm.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("jnear:wasm skipped");
            return;
        }
        List<File> dependencies = new ArrayList<>();
        for (String element : classpathElements) {
            File file = new File(element);
            if (!file.equals(classesDirectory)) {
                dependencies.add(file);
            }
        }
        ContractBuild build = new ContractBuild(classesDirectory.toPath(), dependencies);
        if (build.contracts().isEmpty()) {
            getLog().warn("No @Contract in " + classesDirectory + ": nothing to build to Wasm");
            return;
        }
        try {
            for (ContractBuild.Built built : build.buildAll(outputDirectory.toPath())) {
                getLog().info(built.contract() + " -> " + built.wasm() + " (" + built.bytes() + " bytes, "
                        + built.millis() + " ms)");
            }
        } catch (WasmBuildException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
