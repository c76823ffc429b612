package de.mosaik.shared.translation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The texts one kind of owner lets staff translate (an event, a page, an offer …): what the translation
 * overview, the side-by-side editor and the XLIFF export and import see. The owning module provides one bean
 * per owner kind. The German source stays in the owner's table and only the owner changes it (ADR 0014); this
 * interface only reads it, so that the translation work needs to know no module.
 */
public interface TranslatableContent {

    /** The owner kind of the {@link TextKey}s this bean answers for, e.g. {@code portal.page}. */
    String ownerKind();

    /** Message key of the kind's name in the overview, e.g. {@code portal.translatable.page}. */
    String kindLabelKey();

    /** The tenant's items of this kind with German text to translate, in the order staff know them. */
    List<TranslatableItem> items(UUID tenantId);

    /** One item of the tenant, or empty when it does not exist there (another tenant's id included). */
    default Optional<TranslatableItem> item(UUID tenantId, UUID ownerId) {
        return items(tenantId).stream()
                .filter(item -> item.ownerId().equals(ownerId))
                .findFirst();
    }

    /**
     * Message key naming {@code field} in the editor (e.g. "Titel"), or null to show the field name itself.
     * A default so that owners can add names later; {@code option.2} and the like may map to one key.
     */
    default @Nullable String fieldLabelKey(String field) {
        return null;
    }

    /**
     * Whether tenants translate this kind in their back office (the default). Texts that belong to no tenant (a
     * network's profile, its recommendations, practice examples) answer false: their translations are kept
     * {@link TranslationScope#withoutTenant() without a tenant} and edited where they belong, and the tenant's
     * translation work does not list the kind.
     */
    default boolean perTenant() {
        return true;
    }
}
