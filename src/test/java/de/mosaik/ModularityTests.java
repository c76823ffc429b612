package de.mosaik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries (each {@code package-info} declares its {@code allowedDependencies}) and the
 * module documentation committed in {@code docs/modules}, which must match the code so that a
 * newcomer reads the contracts as they are.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(MosaikApplication.class);

    /** Set to {@code true} to write the documentation into {@link #COMMITTED_DOCS} instead of comparing. */
    private static final String WRITE_DOCS = "mosaik.modules.write-docs";

    private static final Path COMMITTED_DOCS = Path.of("docs", "modules");

    /** Written by hand; every other file in {@link #COMMITTED_DOCS} is generated. */
    private static final String HAND_WRITTEN = "README.md";

    private static final String REGENERATE =
            "./mvnw test -Dtest=ModularityTests -Dmosaik.modules.write-docs=true";

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void committedModuleDocumentationMatchesTheCode(@TempDir Path scratch) throws IOException {
        var generated = generate(scratch.resolve("modules"));
        if (Boolean.getBoolean(WRITE_DOCS)) {
            replaceCommittedDocs(generated);
            return;
        }
        assertThat(read(COMMITTED_DOCS))
                .as("docs/modules is out of date with the modules in the code; regenerate it with:%n  %s%n"
                        + "and commit the changes", REGENERATE)
                .isEqualTo(generated);
    }

    /** The component diagram of all modules, one diagram and one canvas per module, and an index. */
    private static Map<String, String> generate(Path folder) {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        return read(folder);
    }

    private static void replaceCommittedDocs(Map<String, String> generated) throws IOException {
        Files.createDirectories(COMMITTED_DOCS);
        for (var stale : read(COMMITTED_DOCS).keySet()) {
            Files.delete(COMMITTED_DOCS.resolve(stale));
        }
        for (var file : generated.entrySet()) {
            Files.writeString(COMMITTED_DOCS.resolve(file.getKey()), file.getValue());
        }
    }

    /** The generated files of a folder by name, with line endings made equal across systems. */
    private static Map<String, String> read(Path folder) {
        var files = new TreeMap<String, String>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.list(folder)) {
            for (var path : paths.filter(Files::isRegularFile).toList()) {
                var name = path.getFileName().toString();
                if (!name.equals(HAND_WRITTEN)) {
                    files.put(name, Files.readString(path).replace("\r\n", "\n"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
