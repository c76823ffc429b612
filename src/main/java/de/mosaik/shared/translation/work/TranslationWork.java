package de.mosaik.shared.translation.work;

import de.mosaik.shared.text.Readability;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.SourceText;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslatableContent;
import de.mosaik.shared.translation.TranslatableItem;
import de.mosaik.shared.translation.TranslatableText;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationSaved;
import de.mosaik.shared.translation.TranslationScope;
import de.mosaik.shared.translation.TranslationSet;
import de.mosaik.shared.translation.Translations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's translation work over every owner's {@link TranslatableContent}: what is missing or outdated in
 * which language, one item's texts for the side-by-side editor, and saving one language of one item.
 */
@Service
@Transactional(readOnly = true)
public class TranslationWork {

    private final Map<String, TranslatableContent> contents;
    private final Translations translations;
    private final TranslationLanguages languages;

    TranslationWork(List<TranslatableContent> contents, Translations translations, TranslationLanguages languages) {
        this.contents = contents.stream()
                .filter(TranslatableContent::perTenant)
                .sorted(Comparator.comparing(TranslatableContent::ownerKind))
                .collect(Collectors.toMap(
                        TranslatableContent::ownerKind, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.translations = translations;
        this.languages = languages;
    }

    /** Every owner kind, for the overview's filter. */
    public List<TranslatableContent> kinds() {
        return List.copyOf(contents.values());
    }

    public Optional<TranslatableContent> kind(String ownerKind) {
        return Optional.ofNullable(contents.get(ownerKind));
    }

    public List<ContentLanguage> languages(UUID tenantId) {
        return languages.of(tenantId);
    }

    /** One item with its stored translations, or empty when the tenant has no such item. */
    public Optional<ItemTexts> item(UUID tenantId, String ownerKind, UUID ownerId) {
        return kind(ownerKind)
                .flatMap(content -> content.item(tenantId, ownerId)
                        .map(item -> new ItemTexts(
                                content, item, translations.load(tenantId, ownerKind, List.of(ownerId)))));
    }

    /** The items of the tenant that {@code filter} lets through, with their progress in the tenant's languages. */
    public Overview overview(UUID tenantId, OverviewFilter filter) {
        var targets = languages.of(tenantId);
        var shown = filter.language() == null ? targets : List.of(filter.language());
        var rows = new ArrayList<OverviewRow>();
        var words = new LinkedHashMap<ContentLanguage, Integer>();
        shown.forEach(language -> words.put(language, 0));
        for (var content : contents.values()) {
            if (filter.ownerKind() != null && !filter.ownerKind().equals(content.ownerKind())) {
                continue;
            }
            var items = content.items(tenantId);
            var set = translations.load(
                    tenantId,
                    content.ownerKind(),
                    items.stream().map(TranslatableItem::ownerId).toList());
            for (var item : items) {
                var texts = new ItemTexts(content, item, set);
                var progress = new LinkedHashMap<ContentLanguage, TranslationProgress>();
                var toTranslate = new LinkedHashMap<ContentLanguage, Integer>();
                for (var language : shown) {
                    progress.put(language, texts.progress(language));
                    toTranslate.put(language, texts.wordsToTranslate(language));
                }
                if (filter.progress() != null && !progress.containsValue(filter.progress())) {
                    continue;
                }
                rows.add(new OverviewRow(texts, progress, toTranslate));
                toTranslate.forEach((language, count) -> words.merge(language, count, Integer::sum));
            }
        }
        return new Overview(shown, rows, words);
    }

    /**
     * Saves staff's translations of one item into one language, each against the German it was shown next to.
     * Returns the fields a colleague changed meanwhile; those are not written, the others are.
     */
    @Transactional
    public List<String> save(
            UUID tenantId,
            ItemTexts texts,
            ContentLanguage language,
            Map<String, TranslationEdit> edits,
            @Nullable UUID editor) {
        return save(TranslationScope.tenant(tenantId), texts, language, edits, editor);
    }

    /** {@link #save(UUID, ItemTexts, ContentLanguage, Map, UUID)} in any scope. */
    @Transactional
    public List<String> save(
            TranslationScope scope,
            ItemTexts texts,
            ContentLanguage language,
            Map<String, TranslationEdit> edits,
            @Nullable UUID editor) {
        var conflicts = new ArrayList<String>();
        for (var field : texts.item().fields()) {
            var edit = edits.get(field.field());
            if (edit == null) {
                continue;
            }
            var outcome = translations.save(scope, texts.key(field), language, edit, field.german(), editor);
            if (outcome == TranslationSaved.CONFLICT) {
                conflicts.add(field.field());
            }
        }
        return conflicts;
    }

    /**
     * Items whose texts belong to no tenant (a network's), each with its stored translations (drafts included),
     * for the pages where their people translate them. One query per kind.
     */
    public List<ItemTexts> withoutTenant(TranslatableContent content, List<TranslatableItem> items) {
        var set = translations.load(
                TranslationScope.withoutTenant(),
                content.ownerKind(),
                items.stream().map(TranslatableItem::ownerId).toList());
        return items.stream().map(item -> new ItemTexts(content, item, set)).toList();
    }

    /** What the overview lets through: null means any. */
    public record OverviewFilter(
            @Nullable String ownerKind,
            @Nullable ContentLanguage language,
            @Nullable TranslationProgress progress) {}

    public record Overview(
            List<ContentLanguage> languages, List<OverviewRow> rows, Map<ContentLanguage, Integer> wordsToTranslate) {}

    public record OverviewRow(
            ItemTexts texts,
            Map<ContentLanguage, TranslationProgress> progress,
            Map<ContentLanguage, Integer> wordsToTranslate) {}

    /** One item, its owner and its stored translations. */
    public record ItemTexts(TranslatableContent content, TranslatableItem item, TranslationSet set) {

        public TextKey key(SourceText field) {
            return new TextKey(content.ownerKind(), item.ownerId(), field.field());
        }

        public TranslatableText text(SourceText field) {
            return set.text(item.ownerId(), field.field(), field.german());
        }

        public TranslationProgress progress(SourceText field, ContentLanguage language) {
            return TranslationProgress.of(text(field).state(language));
        }

        public TranslationProgress progress(ContentLanguage language) {
            return TranslationProgress.weakest(item.fields().stream()
                    .map(field -> progress(field, language))
                    .toList());
        }

        /** German words of the texts that are missing or outdated in {@code language}. */
        public int wordsToTranslate(ContentLanguage language) {
            return item.fields().stream()
                    .filter(field -> progress(field, language).toTranslate())
                    .mapToInt(field -> Readability.wordCount(field.german()))
                    .sum();
        }

        public Optional<SourceText> field(String name) {
            return item.fields().stream().filter(f -> f.field().equals(name)).findFirst();
        }
    }
}
