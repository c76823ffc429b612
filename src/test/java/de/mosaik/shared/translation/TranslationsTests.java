package de.mosaik.shared.translation;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The stored lifecycle of a translation: save, lock, outdate on a source change, keep on a minor edit. */
class TranslationsTests extends IntegrationTest {

    private static final ContentLanguage EN = new ContentLanguage("en");

    @Autowired
    Translations translations;

    private UUID tenant() {
        return jdbc.sql("select id from identity.tenant order by slug limit 1")
                .query(UUID.class)
                .single();
    }

    @Test
    void statusGoesFromMissingToDraftToPublishedAndBackToMissing() {
        var tenant = tenant();
        var key = new TextKey("test", UUID.randomUUID(), "title");
        var source = "Fachtag Demokratie";

        assertThat(state(tenant, key, source)).isEqualTo(TranslationState.MISSING);
        assertThat(translations.save(tenant, key, EN, edit("Democracy day", TranslationStatus.DRAFT, 0), source, null))
                .isEqualTo(TranslationSaved.SAVED);
        assertThat(state(tenant, key, source).status()).isEqualTo(TranslationStatus.DRAFT);
        assertThat(translations.save(
                        tenant, key, EN, edit("Democracy day", TranslationStatus.PUBLISHED, 1), source, null))
                .isEqualTo(TranslationSaved.SAVED);
        assertThat(text(tenant, key, source).in(EN).text()).isEqualTo("Democracy day");
        assertThat(translations.save(tenant, key, EN, edit("", TranslationStatus.PUBLISHED, 2), source, null))
                .isEqualTo(TranslationSaved.SAVED);
        assertThat(state(tenant, key, source)).isEqualTo(TranslationState.MISSING);
    }

    @Test
    void aStaleFormDoesNotOverwriteAColleaguesTranslation() {
        var tenant = tenant();
        var key = new TextKey("test", UUID.randomUUID(), "title");
        translations.save(tenant, key, EN, edit("First", TranslationStatus.DRAFT, 0), "Quelle", null);
        translations.save(tenant, key, EN, edit("Second", TranslationStatus.DRAFT, 1), "Quelle", null);

        assertThat(translations.save(tenant, key, EN, edit("Stale", TranslationStatus.DRAFT, 1), "Quelle", null))
                .isEqualTo(TranslationSaved.CONFLICT);
        assertThat(text(tenant, key, "Quelle").translation(EN).orElseThrow().text())
                .isEqualTo("Second");
    }

    @Test
    void aChangedSourceOutdatesAndAMinorEditKeepsCurrent() {
        var tenant = tenant();
        var key = new TextKey("test", UUID.randomUUID(), "consent");
        translations.save(tenant, key, EN, edit("I agree.", TranslationStatus.PUBLISHED, 0), "Ich stimme zu.", null);

        translations.sourceChanged(tenant, key, "Ich stimme zu.", "Ich stimme zu!", true);
        assertThat(state(tenant, key, "Ich stimme zu!").outdated()).isFalse();

        translations.sourceChanged(tenant, key, "Ich stimme zu!", "Ich stimme nicht zu.", false);
        assertThat(state(tenant, key, "Ich stimme nicht zu.").outdated()).isTrue();
        assertThat(text(tenant, key, "Ich stimme nicht zu.").in(EN).fallback()).isTrue();

        var confirmed = new TranslationEdit("I agree.", TranslationStatus.PUBLISHED, 1, true);
        translations.save(tenant, key, EN, confirmed, "Ich stimme nicht zu.", null);
        assertThat(state(tenant, key, "Ich stimme nicht zu.").outdated()).isFalse();
    }

    @Test
    void anotherTenantSeesNoTranslation() {
        var tenants = jdbc.sql("select id from identity.tenant order by slug limit 2")
                .query(UUID.class)
                .list();
        var key = new TextKey("test", UUID.randomUUID(), "title");
        translations.save(tenants.get(0), key, EN, edit("Mine", TranslationStatus.PUBLISHED, 0), "Meins", null);

        assertThat(translations
                        .load(tenants.get(1), "test", List.of(key.ownerId()))
                        .byKey())
                .isEmpty();
    }

    private static TranslationEdit edit(String text, TranslationStatus status, int version) {
        return new TranslationEdit(text, status, version, false);
    }

    private TranslatableText text(UUID tenant, TextKey key, String source) {
        return translations
                .load(tenant, key.ownerKind(), List.of(key.ownerId()))
                .text(key.ownerId(), key.field(), source);
    }

    private TranslationState state(UUID tenant, TextKey key, String source) {
        return text(tenant, key, source).state(EN);
    }
}
