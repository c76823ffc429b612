package de.mosaik.shared.translation.work;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.SourceRevision;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.Translation;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationSaved;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The XLIFF round trip with a translation agency: export the German of chosen items into one language, import
 * the returned file. An import is checked completely before anything is written, and written in one
 * transaction: a file with one problem changes nothing.
 */
@Service
public class XliffExchange {

    private final TranslationWork work;
    private final Translations translations;
    private final TransactionTemplate transaction;

    XliffExchange(TranslationWork work, Translations translations, PlatformTransactionManager transactions) {
        this.work = work;
        this.translations = translations;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The XLIFF file of {@code items} into {@code language}, with the stored translation as target where one exists. */
    public byte[] export(List<TranslationWork.ItemTexts> items, ContentLanguage language, String original) {
        var units = new ArrayList<XliffUnit>();
        for (var texts : items) {
            for (var field : texts.item().fields()) {
                var stored = texts.text(field)
                        .translation(language)
                        .map(Translation::text)
                        .orElse(null);
                units.add(new XliffUnit(
                        texts.key(field), SourceRevision.of(field.german()), field.markdown(), field.german(), stored));
            }
        }
        return XliffWriter.write(new XliffFile(ContentLanguage.GERMAN, language, units), original);
    }

    /** What an import did: the problems that refused it (nothing written), or the number of texts written. */
    public record Outcome(@Nullable ContentLanguage language, int written, List<ImportProblem> problems) {

        public boolean refused() {
            return !problems.isEmpty();
        }
    }

    /** Imports {@code bytes} for the tenant; {@code status} says whether the texts become drafts or published. */
    public Outcome importFile(UUID tenantId, byte[] bytes, TranslationStatus status, @Nullable UUID editor) {
        if (status == TranslationStatus.MISSING) {
            throw new IllegalArgumentException("an import writes drafts or published translations");
        }
        var read = XliffReader.read(bytes);
        if (read.file() == null) {
            return new Outcome(null, 0, read.problems());
        }
        var file = read.file();
        var language = file.target();
        if (!work.languages(tenantId).contains(language)) {
            return new Outcome(
                    language,
                    0,
                    List.of(ImportProblem.ofFile(
                            "translation.import.problem.languageNotOffered", LanguageTags.of(language))));
        }
        var checked = check(tenantId, file);
        if (!checked.problems().isEmpty()) {
            return new Outcome(language, 0, checked.problems());
        }
        try {
            int written = transaction.execute(tx -> write(tenantId, checked.writes(), language, status, editor));
            return new Outcome(language, written, List.of());
        } catch (ConcurrentChange e) {
            return new Outcome(
                    language, 0, List.of(ImportProblem.ofUnit(e.unit, "translation.import.problem.concurrent")));
        }
    }

    private record Write(TextKey key, String german, String text, int storedVersion) {}

    private record Checked(List<Write> writes, List<ImportProblem> problems) {}

    /** Every unit against the tenant's current items: known id, unchanged German, sound markup. */
    private Checked check(UUID tenantId, XliffFile file) {
        var problems = new ArrayList<ImportProblem>();
        var writes = new ArrayList<Write>();
        var items = new HashMap<String, TranslationWork.ItemTexts>();
        for (var unit : file.units()) {
            var key = unit.key();
            var itemKey = key.ownerKind() + ":" + key.ownerId();
            var texts = items.computeIfAbsent(
                    itemKey,
                    k -> work.item(tenantId, key.ownerKind(), key.ownerId()).orElse(null));
            var field = texts == null ? null : texts.field(key.field()).orElse(null);
            if (texts == null || field == null) {
                problems.add(ImportProblem.ofUnit(unit.id(), "translation.import.problem.unknownId"));
                continue;
            }
            if (!SourceRevision.of(field.german()).equals(unit.sourceRevision())) {
                problems.add(ImportProblem.ofUnit(unit.id(), "translation.import.problem.sourceChanged"));
                continue;
            }
            var target = unit.target() == null
                    ? ""
                    : unit.target().replace("\r\n", "\n").strip();
            if (target.isEmpty()) {
                continue;
            }
            if (field.markdown()) {
                var broken = MarkupCheck.problem(field.german(), target);
                if (broken.isPresent()) {
                    problems.add(ImportProblem.ofUnit(unit.id(), broken.get()));
                    continue;
                }
            }
            if (target.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
                problems.add(ImportProblem.ofUnit(unit.id(), "translation.import.problem.control"));
                continue;
            }
            int version = texts.text(field)
                    .translation(file.target())
                    .map(Translation::version)
                    .orElse(0);
            writes.add(new Write(key, field.german(), target, version));
        }
        if (problems.isEmpty() && writes.isEmpty()) {
            problems.add(ImportProblem.ofFile("translation.import.problem.noTargets"));
        }
        return new Checked(writes, problems);
    }

    private int write(
            UUID tenantId,
            List<Write> writes,
            ContentLanguage language,
            TranslationStatus status,
            @Nullable UUID editor) {
        int written = 0;
        for (var write : writes) {
            var outcome = translations.save(
                    tenantId,
                    write.key(),
                    language,
                    new TranslationEdit(write.text(), status, write.storedVersion(), true),
                    write.german(),
                    editor);
            if (outcome == TranslationSaved.CONFLICT) {
                // Thrown to roll back what this import wrote before: nothing is half-imported.
                throw new ConcurrentChange(XliffUnit.id(write.key()));
            }
            if (outcome == TranslationSaved.SAVED) {
                written++;
            }
        }
        return written;
    }

    private static final class ConcurrentChange extends RuntimeException {
        private final String unit;

        ConcurrentChange(String unit) {
            super("translation changed during import: " + unit, null, false, false);
            this.unit = unit;
        }
    }
}
