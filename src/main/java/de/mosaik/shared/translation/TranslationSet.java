package de.mosaik.shared.translation;

import java.util.Map;
import java.util.UUID;

/** The stored translations of several owners of one kind, loaded in one query. */
public record TranslationSet(String ownerKind, Map<TextKey, Map<ContentLanguage, Translation>> byKey) {

    public TranslationSet {
        byKey = Map.copyOf(byKey);
    }

    public static TranslationSet empty(String ownerKind) {
        return new TranslationSet(ownerKind, Map.of());
    }

    /** The text {@code field} of {@code ownerId}, with {@code source} as its German. */
    public TranslatableText text(UUID ownerId, String field, String source) {
        return new TranslatableText(source, byKey.getOrDefault(new TextKey(ownerKind, ownerId, field), Map.of()));
    }
}
