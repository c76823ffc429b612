package de.mosaik.identity.domain;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.ShownText;
import de.mosaik.shared.translation.SourceText;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslatableContent;
import de.mosaik.shared.translation.TranslatableItem;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The tenant's public description as translatable content (ADR 0014): the German stays in
 * {@code identity.tenant.description}, its translations live in {@code shared.translation} like every other text
 * staff write, so that the overview, the editor and the XLIFF exchange know it and the start page falls back to
 * German per text.
 */
@Component
public class TenantDescriptions implements TranslatableContent {

    public static final String OWNER_KIND = "tenant";
    public static final String FIELD = "description";

    private final TenantRepository tenants;
    private final Translations translations;

    TenantDescriptions(TenantRepository tenants, Translations translations) {
        this.tenants = tenants;
        this.translations = translations;
    }

    @Override
    public String ownerKind() {
        return OWNER_KIND;
    }

    @Override
    public String kindLabelKey() {
        return "identity.translatable.tenant";
    }

    @Override
    public List<TranslatableItem> items(UUID tenantId) {
        return item(tenantId, tenantId).stream().toList();
    }

    @Override
    public Optional<TranslatableItem> item(UUID tenantId, UUID ownerId) {
        if (!tenantId.equals(ownerId)) {
            return Optional.empty();
        }
        return tenants.byId(tenantId)
                .filter(tenant -> !german(tenant.description()).isBlank())
                .map(tenant -> new TranslatableItem(
                        tenantId,
                        tenant.centreName().isBlank() ? tenant.name() : tenant.centreName(),
                        List.of(new SourceText(FIELD, german(tenant.description()), false)),
                        "/verwaltung/" + tenant.slug() + "/einstellungen"));
    }

    @Override
    public @Nullable String fieldLabelKey(String field) {
        return FIELD.equals(field) ? "identity.translatable.description" : null;
    }

    /** The description as the tenant's public start page shows it in {@code language}. */
    public ShownText shown(UUID tenantId, String german, ContentLanguage language) {
        return translations
                .load(tenantId, OWNER_KIND, List.of(tenantId))
                .text(tenantId, FIELD, german)
                .in(language);
    }

    /**
     * Takes over the description of a new tenant given in several languages (the demo data, an import): the
     * German is the source, the others become its published translations.
     */
    void takeOver(UUID tenantId, Map<String, String> description) {
        var source = german(description);
        if (source.isBlank()) {
            return;
        }
        var key = new TextKey(OWNER_KIND, tenantId, FIELD);
        description.forEach((code, text) -> {
            if (!ContentLanguage.GERMAN.code().equals(code) && text != null && !text.isBlank()) {
                translations.save(
                        tenantId,
                        key,
                        new ContentLanguage(code),
                        new TranslationEdit(text.strip(), TranslationStatus.PUBLISHED, 0, false),
                        source,
                        null);
            }
        });
    }

    /** The German of a description map; the column keeps nothing else. */
    static String german(Map<String, String> description) {
        var text = description.get(ContentLanguage.GERMAN.code());
        return text == null ? "" : text.strip();
    }
}
