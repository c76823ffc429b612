package de.mosaik.shared.web.translation;

import de.mosaik.shared.text.Readability;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.SourceText;
import de.mosaik.shared.translation.Translation;
import de.mosaik.shared.translation.work.TranslationProgress;
import de.mosaik.shared.translation.work.TranslationWork;
import de.mosaik.shared.web.BackOfficeTenant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The side-by-side editor of one item in one language: per field the German source, the translation as stored or
 * as typed (after a refused save), its progress in every language, and the readability of German and Einfache
 * Sprache text.
 */
public record TranslationEditorPage(
        TranslationWork.ItemTexts texts,
        List<ContentLanguage> languages,
        ContentLanguage language,
        Map<String, String> kept,
        List<String> conflicts,
        String editPath,
        String itemPath,
        String overviewPath,
        boolean exports,
        @Nullable String readabilityPath) {

    /** The editor of a tenant's item: below the tenant's back office, with XLIFF export and live readability. */
    public TranslationEditorPage(
            TranslationWork.ItemTexts texts,
            List<ContentLanguage> languages,
            ContentLanguage language,
            Map<String, String> kept,
            List<String> conflicts,
            String editPath,
            BackOfficeTenant tenant) {
        this(
                texts,
                languages,
                language,
                kept,
                conflicts,
                editPath,
                tenant.path(TranslationRoutes.OVERVIEW + "/" + texts.content().ownerKind() + "/"
                        + texts.item().ownerId()),
                tenant.path(TranslationRoutes.OVERVIEW),
                true,
                tenant.path(TranslationRoutes.READABILITY));
    }

    /**
     * Where the Einfache Sprache field {@code field} posts its text while it is typed (htmx), or null where there is
     * no live figure (other languages, or editors without the readability route).
     */
    public @Nullable String liveReadability(String field, String id) {
        if (readabilityPath == null || !language.equals(ContentLanguage.EINFACH)) {
            return null;
        }
        return readabilityPath + "?feld=" + field + "&art=einfach&ziel=" + id;
    }

    public String kindLabelKey() {
        return texts.content().kindLabelKey();
    }

    public List<SourceText> fields() {
        return texts.item().fields();
    }

    /** The field's name for people: its message key's text, or the field name when the owner gives none. */
    public @Nullable String labelKey(SourceText field) {
        return texts.content().fieldLabelKey(field.field());
    }

    /** HTML ids and form names of a field: its name with dots replaced, which is unique within an item. */
    public static String id(SourceText field) {
        return field.field().replace('.', '-');
    }

    public @Nullable Translation stored(SourceText field) {
        return texts.text(field).translation(language).orElse(null);
    }

    public TranslationProgress progress(SourceText field) {
        return texts.progress(field, language);
    }

    public TranslationProgress progress(SourceText field, ContentLanguage other) {
        return texts.progress(field, other);
    }

    public String value(SourceText field) {
        var id = id(field);
        if (kept.containsKey(id)) {
            return kept.get(id);
        }
        var stored = stored(field);
        return stored == null ? "" : stored.text();
    }

    public boolean conflict(SourceText field) {
        return conflicts.contains(field.field());
    }

    public boolean multiline(SourceText field) {
        return field.markdown()
                || field.german().length() > 120
                || field.german().contains("\n");
    }

    public Readability.Figures germanReadability(SourceText field) {
        return Readability.of(field.german(), Readability.GERMAN_SENTENCE_LIMIT);
    }

    /** The readability of the Einfache Sprache translation, null in other languages or when there is no text. */
    public Readability.@Nullable Figures einfachReadability(SourceText field) {
        if (!language.equals(ContentLanguage.EINFACH)) {
            return null;
        }
        var value = value(field);
        return value.isBlank() ? null : Readability.of(value, Readability.EINFACH_SENTENCE_LIMIT);
    }
}
