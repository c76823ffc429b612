package de.mosaik.shared.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.mosaik.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Translations of texts that belong to no tenant (a network's): the same lifecycle as a tenant's, one owner space
 * of their own, and never mixed with any tenant's rows in either direction.
 */
class TranslationsWithoutTenantTests extends IntegrationTest {

    private static final ContentLanguage EN = new ContentLanguage("en");
    private static final TranslationScope NONE = TranslationScope.withoutTenant();

    @Autowired
    Translations translations;

    private UUID tenant() {
        return jdbc.sql("select id from identity.tenant order by slug limit 1")
                .query(UUID.class)
                .single();
    }

    @Test
    void aTextWithoutTenantIsSavedPublishedAndLocked() {
        var key = new TextKey("test-network", UUID.randomUUID(), "description");
        var source = "Der Qualitätszirkel trifft sich zweimal im Jahr.";

        assertThat(translations.save(
                        NONE, key, EN, edit("Meets twice a year.", TranslationStatus.DRAFT, 0), source, null))
                .isEqualTo(TranslationSaved.SAVED);
        assertThat(text(key, source).in(EN).fallback())
                .as("a draft is not shown")
                .isTrue();
        assertThat(translations.save(
                        NONE, key, EN, edit("Meets twice a year.", TranslationStatus.PUBLISHED, 1), source, null))
                .isEqualTo(TranslationSaved.SAVED);
        assertThat(text(key, source).in(EN).text()).isEqualTo("Meets twice a year.");
        assertThat(translations.save(NONE, key, EN, edit("Stale", TranslationStatus.PUBLISHED, 1), source, null))
                .as("a form opened before the last save")
                .isEqualTo(TranslationSaved.CONFLICT);
        assertThat(translations
                        .loadPublished(key.ownerKind(), List.of(key.ownerId()))
                        .text(key.ownerId(), key.field(), source)
                        .in(EN)
                        .text())
                .as("the public reads it like a tenant's")
                .isEqualTo("Meets twice a year.");
        assertThat(tenantless(key)).isEqualTo(1);
    }

    @Test
    void aTenantAndTheScopeWithoutTenantNeverSeeEachOthersTranslations() {
        var tenant = tenant();
        var key = new TextKey("test-network", UUID.randomUUID(), "title");
        translations.save(tenant, key, EN, edit("The tenant's", TranslationStatus.PUBLISHED, 0), "Titel", null);

        assertThat(translations
                        .load(NONE, key.ownerKind(), List.of(key.ownerId()))
                        .byKey())
                .as("a tenant's rows in the scope without tenant")
                .isEmpty();
        assertThat(translations.save(NONE, key, EN, edit("The network's", TranslationStatus.DRAFT, 0), "Titel", null))
                .as("the same owner id without tenant is another row, not the tenant's at version 1")
                .isEqualTo(TranslationSaved.SAVED);
        assertThat(text(key, "Titel").translation(EN).orElseThrow().text()).isEqualTo("The network's");
        assertThat(translations
                        .load(tenant, key.ownerKind(), List.of(key.ownerId()))
                        .text(key.ownerId(), key.field(), "Titel")
                        .translation(EN)
                        .orElseThrow()
                        .text())
                .as("the tenant's translation, untouched by the network's")
                .isEqualTo("The tenant's");

        translations.removeOwner(tenant, key.ownerKind(), key.ownerId());
        assertThat(text(key, "Titel").translation(EN))
                .as("removing the tenant's keeps the network's")
                .isPresent();
        translations.removeOwner(NONE, key.ownerKind(), key.ownerId());
        assertThat(tenantless(key)).isZero();
    }

    @Test
    void aTextWithoutTenantHasAtMostOneTranslationPerLanguage() {
        var key = new TextKey("test-network", UUID.randomUUID(), "title");
        translations.save(NONE, key, EN, edit("One", TranslationStatus.DRAFT, 0), "Eins", null);

        assertThatThrownBy(() -> jdbc.sql("""
                                insert into shared.translation (tenant_id, owner_kind, owner_id, field, language, text,
                                    status, source_revision)
                                values (null, ?, ?, ?, 'en', 'Two', 'DRAFT', 'x')
                                """)
                        .params(key.ownerKind(), key.ownerId(), key.field())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(translations.save(NONE, key, EN, edit("Two", TranslationStatus.DRAFT, 0), "Eins", null))
                .as("a second first save of the same text")
                .isEqualTo(TranslationSaved.CONFLICT);
        assertThat(tenantless(key)).isEqualTo(1);
    }

    @Test
    void aChangedSourceOutdatesAndAMinorEditKeepsCurrent() {
        var key = new TextKey("test-network", UUID.randomUUID(), "body");
        translations.save(NONE, key, EN, edit("Open up.", TranslationStatus.PUBLISHED, 0), "Öffnen.", null);
        var tenant = tenant();
        translations.save(tenant, key, EN, edit("Tenant's", TranslationStatus.PUBLISHED, 0), "Öffnen.", null);

        translations.sourceChanged(NONE, key, "Öffnen.", "Öffnen!", true);
        assertThat(text(key, "Öffnen!").state(EN).outdated()).isFalse();
        assertThat(translations
                        .load(tenant, key.ownerKind(), List.of(key.ownerId()))
                        .text(key.ownerId(), key.field(), "Öffnen!")
                        .state(EN)
                        .outdated())
                .as("a minor edit without tenant leaves the tenant's rows alone")
                .isTrue();

        translations.sourceChanged(NONE, key, "Öffnen!", "Schließen.", false);
        assertThat(text(key, "Schließen.").state(EN).outdated()).isTrue();
        assertThat(text(key, "Schließen.").in(EN).fallback()).isTrue();
        assertThat(text(key, "Schließen.").in(EN).lang()).isEqualTo("de");
    }

    private static TranslationEdit edit(String text, TranslationStatus status, int version) {
        return new TranslationEdit(text, status, version, false);
    }

    private TranslatableText text(TextKey key, String source) {
        return translations
                .load(NONE, key.ownerKind(), List.of(key.ownerId()))
                .text(key.ownerId(), key.field(), source);
    }

    private int tenantless(TextKey key) {
        return jdbc.sql("select count(*) from shared.translation where tenant_id is null and owner_id = ?")
                .param(key.ownerId())
                .query(Integer.class)
                .single();
    }
}
