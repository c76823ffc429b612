package de.mosaik.shared.translation.work;

import de.mosaik.shared.translation.ContentLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The languages a tenant translates into: the default targets (the public UI languages, always there) and the
 * ones the tenant added. Removing an added language keeps its translations, so adding it again restores them.
 */
@Service
public class TranslationLanguages {

    private final JdbcClient jdbc;

    TranslationLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<ContentLanguage> of(UUID tenantId) {
        var result = new ArrayList<>(ContentLanguage.defaultTargets());
        result.addAll(added(tenantId));
        return List.copyOf(result);
    }

    /** The languages the tenant added, in the order it added them. */
    @Transactional(readOnly = true)
    public List<ContentLanguage> added(UUID tenantId) {
        return jdbc
                .sql("select language from shared.translation_language where tenant_id = ? order by added_at, language")
                .param(tenantId)
                .query(String.class)
                .list()
                .stream()
                .map(ContentLanguage::new)
                .toList();
    }

    /** Whether {@code language} can be added: a language code that is neither German nor a default target. */
    public static boolean addable(ContentLanguage language) {
        var code = language.code();
        return code.matches("[a-z]{2,3}")
                && (Set.of(Locale.getISOLanguages()).contains(code)
                        || !Locale.forLanguageTag(code)
                                .getDisplayLanguage(Locale.ENGLISH)
                                .equals(code))
                && !language.german()
                && !ContentLanguage.defaultTargets().contains(language);
    }

    @Transactional
    public void add(UUID tenantId, ContentLanguage language) {
        if (!addable(language)) {
            throw new IllegalArgumentException("not an addable language: " + language.code());
        }
        jdbc.sql("insert into shared.translation_language (tenant_id, language) values (?, ?) on conflict do nothing")
                .params(tenantId, language.code())
                .update();
    }

    @Transactional
    public void remove(UUID tenantId, ContentLanguage language) {
        jdbc.sql("delete from shared.translation_language where tenant_id = ? and language = ?")
                .params(tenantId, language.code())
                .update();
    }
}
