package de.mosaik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
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

    /** Where a failing comparison leaves the documentation as the code gives it, to diff against. */
    private static final Path WHAT_THE_CODE_GIVES = Path.of("target", "modules-docs");

    private static final String REGENERATE = "./mvnw test -Dtest=ModularityTests -Dmosaik.modules.write-docs=true";

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
        var committed = read(COMMITTED_DOCS);
        var stale = new TreeSet<String>();
        generated.forEach((name, text) -> {
            if (!text.equals(committed.get(name))) {
                stale.add(name);
            }
        });
        committed.keySet().stream().filter(name -> !generated.containsKey(name)).forEach(stale::add);
        if (!stale.isEmpty()) {
            write(generated, WHAT_THE_CODE_GIVES);
        }
        assertThat(stale)
                .as(
                        "docs/modules is out of date with the modules in the code (the current output is in %s);"
                                + " regenerate it with%n  %s%nand commit the changes",
                        WHAT_THE_CODE_GIVES, REGENERATE)
                .isEmpty();
    }

    @Test
    void documentationListsGetOneOrderWhateverOrderTheyComeIn() {
        var oneRun = "|Bean references\n|* `d.m.m.Mailer` (in Mail)\n* `d.m.e.EventSeats` (in Events)\n"
                + "|===\n  Rel(B, C)\n  Rel(A, B)\n";
        var otherRun = "|Bean references\n|* `d.m.e.EventSeats` (in Events)\n* `d.m.m.Mailer` (in Mail)\n"
                + "|===\n  Rel(A, B)\n  Rel(B, C)\n";

        assertThat(inFixedOrder(oneRun)).isEqualTo(inFixedOrder(otherRun)).isEqualTo(otherRun);
    }

    /**
     * The component diagram of all modules, one diagram and one canvas per module, and an index; with
     * lists in a fixed order, as the Documenter writes relationships and beans in an order that changes
     * from run to run.
     */
    private static Map<String, String> generate(Path folder) {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        var files = new TreeMap<String, String>();
        read(folder).forEach((name, text) -> files.put(name, inFixedOrder(text)));
        return files;
    }

    /**
     * Sorts each run of adjacent PlantUML elements or relationships ({@code Component(…)}, {@code Rel(…)})
     * and each AsciiDoc bullet list; the first bullet of a table cell keeps the cell's {@code |}.
     */
    static String inFixedOrder(String text) {
        var out = new ArrayList<String>();
        var run = new ArrayList<String>();
        String runKind = null;
        boolean cellStart = false;
        for (var line : text.split("\n", -1)) {
            var kind = listKind(line);
            boolean continues = runKind != null
                    && runKind.equals("*")
                    && kind == null
                    && !line.isBlank()
                    && !line.startsWith("|")
                    && !line.startsWith("_");
            if (continues) {
                run.set(run.size() - 1, run.get(run.size() - 1) + "\n" + line);
                continue;
            }
            if (kind == null || !kind.equals(runKind)) {
                flush(out, run, cellStart);
                runKind = kind;
                cellStart = line.startsWith("|* ");
            }
            if (kind == null) {
                out.add(line);
            } else {
                run.add(line.startsWith("|* ") ? line.substring(1) : line);
            }
        }
        flush(out, run, cellStart);
        return String.join("\n", out);
    }

    private static @Nullable String listKind(String line) {
        var trimmed = line.strip();
        if (trimmed.startsWith("Rel(")) {
            return "Rel";
        }
        if (trimmed.startsWith("Component(")) {
            return "Component";
        }
        return line.startsWith("* ") || line.startsWith("|* ") ? "*" : null;
    }

    private static void flush(List<String> out, List<String> run, boolean cellStart) {
        Collections.sort(run);
        for (int i = 0; i < run.size(); i++) {
            out.add(i == 0 && cellStart ? "|" + run.get(i) : run.get(i));
        }
        run.clear();
    }

    private static void replaceCommittedDocs(Map<String, String> generated) throws IOException {
        for (var stale : read(COMMITTED_DOCS).keySet()) {
            Files.delete(COMMITTED_DOCS.resolve(stale));
        }
        write(generated, COMMITTED_DOCS);
    }

    private static void write(Map<String, String> files, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (var file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
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
