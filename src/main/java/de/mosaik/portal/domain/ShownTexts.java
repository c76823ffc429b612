package de.mosaik.portal.domain;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.ShownText;
import de.mosaik.shared.translation.TranslationSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** One owner's texts as a page in one language shows them, each falling back to German on its own. */
public record ShownTexts(Map<String, ShownText> byField) {

    static ShownTexts of(TranslationSet set, UUID ownerId, Map<String, String> german, ContentLanguage language) {
        var shown = new HashMap<String, ShownText>();
        german.forEach((field, source) ->
                shown.put(field, set.text(ownerId, field, source).in(language)));
        return new ShownTexts(Map.copyOf(shown));
    }

    public ShownText get(String field) {
        var text = byField.get(field);
        return text != null ? text : ShownText.german("");
    }
}
