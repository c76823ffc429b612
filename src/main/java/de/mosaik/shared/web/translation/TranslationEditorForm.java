package de.mosaik.shared.web.translation;

import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.work.TranslationWork;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the side-by-side editor posted for one item in one language: per field the typed text, draft or
 * published, the version it was opened with and whether an outdated translation still fits. Every editor of
 * the shared translation model (a tenant's, a network's) reads its form through this.
 */
public record TranslationEditorForm(Map<String, TranslationEdit> edits, Map<String, String> entered) {

    public static TranslationEditorForm read(TranslationWork.ItemTexts texts, Map<String, String> parameters) {
        var edits = new HashMap<String, TranslationEdit>();
        var entered = new HashMap<String, String>();
        for (var field : texts.item().fields()) {
            var id = TranslationEditorPage.id(field);
            var text = parameters.get("text_" + id);
            if (text == null) {
                continue;
            }
            entered.put(id, text);
            edits.put(
                    field.field(),
                    new TranslationEdit(
                            text,
                            "PUBLISHED".equals(parameters.get("status_" + id))
                                    ? TranslationStatus.PUBLISHED
                                    : TranslationStatus.DRAFT,
                            version(parameters.get("version_" + id)),
                            "true".equals(parameters.get("current_" + id))));
        }
        return new TranslationEditorForm(edits, entered);
    }

    /** What was typed into the fields a colleague changed meanwhile, to show it again. */
    public Map<String, String> kept(TranslationWork.ItemTexts texts, List<String> conflicts) {
        var kept = new HashMap<String, String>();
        texts.item().fields().stream()
                .filter(f -> conflicts.contains(f.field()))
                .forEach(f -> kept.put(TranslationEditorPage.id(f), entered.get(TranslationEditorPage.id(f))));
        return kept;
    }

    private static int version(@Nullable String value) {
        if (value == null || !value.matches("\\d{1,9}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return Integer.parseInt(value);
    }
}
