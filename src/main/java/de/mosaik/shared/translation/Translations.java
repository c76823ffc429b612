package de.mosaik.shared.translation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores translations of the texts modules own (table {@code shared.translation}, see ADR 0014).
 * The German source stays in the owner's table; every call passes it in, so that this service
 * never reads another module's data. Each query is filtered by its {@link TranslationScope}: one tenant, or the
 * texts that belong to no tenant (networks and practice examples); only the public reads across scopes.
 */
@Service
public class Translations {

    private final JdbcClient jdbc;

    Translations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All translations of the given owners of one kind. */
    @Transactional(readOnly = true)
    public TranslationSet load(UUID tenantId, String ownerKind, Collection<UUID> ownerIds) {
        return load(TranslationScope.tenant(tenantId), ownerKind, ownerIds);
    }

    /** All translations of the given owners of one kind in {@code scope} (drafts included: for editors). */
    @Transactional(readOnly = true)
    public TranslationSet load(TranslationScope scope, String ownerKind, Collection<UUID> ownerIds) {
        if (ownerIds.isEmpty()) {
            return TranslationSet.empty(ownerKind);
        }
        var result = new HashMap<TextKey, Map<ContentLanguage, Translation>>();
        jdbc.sql("""
                        select owner_id, field, language, text, status, source_revision, version
                        from shared.translation
                        where %s and owner_kind = :kind and owner_id in (:owners)
                        """.formatted(scope.condition()))
                .params(scope.parameters())
                .param("kind", ownerKind)
                .param("owners", List.copyOf(ownerIds))
                .query(rs -> {
                    var key = new TextKey(ownerKind, rs.getObject("owner_id", UUID.class), rs.getString("field"));
                    var language = new ContentLanguage(rs.getString("language"));
                    result.computeIfAbsent(key, k -> new HashMap<>())
                            .put(
                                    language,
                                    new Translation(
                                            language,
                                            rs.getString("text"),
                                            TranslationStatus.valueOf(rs.getString("status")),
                                            rs.getString("source_revision"),
                                            rs.getInt("version")));
                });
        return new TranslationSet(ownerKind, result);
    }

    /**
     * Saves staff's translation of one text, made from {@code currentSource}. An empty text removes
     * the translation. Refused with {@link TranslationSaved#CONFLICT} when the stored version is
     * no longer the one the form was opened with, so that nobody overwrites a colleague unseen.
     */
    @Transactional
    public TranslationSaved save(
            UUID tenantId,
            TextKey key,
            ContentLanguage language,
            TranslationEdit edit,
            String currentSource,
            @Nullable UUID editor) {
        return save(TranslationScope.tenant(tenantId), key, language, edit, currentSource, editor);
    }

    /** {@link #save(UUID, TextKey, ContentLanguage, TranslationEdit, String, UUID)} in any scope. */
    @Transactional
    public TranslationSaved save(
            TranslationScope scope,
            TextKey key,
            ContentLanguage language,
            TranslationEdit edit,
            String currentSource,
            @Nullable UUID editor) {
        if (language.german()) {
            throw new IllegalArgumentException("German is the source, not a translation");
        }
        var stored = load(scope, key.ownerKind(), List.of(key.ownerId()))
                .text(key.ownerId(), key.field(), currentSource)
                .translation(language);
        int storedVersion = stored.map(Translation::version).orElse(0);
        if (storedVersion != edit.expectedVersion()) {
            return TranslationSaved.CONFLICT;
        }
        if (edit.text().isEmpty() || edit.status() == TranslationStatus.MISSING) {
            if (stored.isEmpty()) {
                return TranslationSaved.UNCHANGED;
            }
            int removed = jdbc.sql("""
                            delete from shared.translation where %s and owner_kind = :kind
                              and owner_id = :owner and field = :field and language = :language and version = :version
                            """.formatted(scope.condition()))
                    .params(keyParams(scope, key, language))
                    .param("version", storedVersion)
                    .update();
            return removed == 1 ? TranslationSaved.SAVED : TranslationSaved.CONFLICT;
        }
        if (stored.isPresent()
                && stored.get().text().equals(edit.text())
                && stored.get().status() == edit.status()
                && !edit.confirmCurrent()) {
            return TranslationSaved.UNCHANGED;
        }
        var revision = SourceRevision.of(currentSource);
        int written = stored.isEmpty()
                ? jdbc.sql("""
                                insert into shared.translation (tenant_id, owner_kind, owner_id, field, language,
                                    text, status, source_revision, version, updated_by)
                                values (%s, :kind, :owner, :field, :language, :text, :status, :revision, 1, :editor)
                                on conflict do nothing
                                """.formatted(scope.tenantId() == null ? "null" : ":tenant"))
                        .params(keyParams(scope, key, language))
                        .param("text", edit.text())
                        .param("status", edit.status().name())
                        .param("revision", revision)
                        .param("editor", editor)
                        .update()
                : jdbc.sql("""
                                update shared.translation
                                set text = :text, status = :status, source_revision = :revision,
                                    version = version + 1, updated_at = now(), updated_by = :editor
                                where %s and owner_kind = :kind and owner_id = :owner
                                  and field = :field and language = :language and version = :version
                                """.formatted(scope.condition()))
                        .params(keyParams(scope, key, language))
                        .param("text", edit.text())
                        .param("status", edit.status().name())
                        .param("revision", revision)
                        .param("editor", editor)
                        .param("version", storedVersion)
                        .update();
        return written == 1 ? TranslationSaved.SAVED : TranslationSaved.CONFLICT;
    }

    /**
     * Tells the translations that their German source was changed. Nothing is needed for a real
     * change: the translations notice it by their source revision and count as outdated. For a
     * {@code minorEdit} (a typo, a comma) the translations that were current stay current.
     */
    @Transactional
    public void sourceChanged(UUID tenantId, TextKey key, String oldSource, String newSource, boolean minorEdit) {
        sourceChanged(TranslationScope.tenant(tenantId), key, oldSource, newSource, minorEdit);
    }

    /** {@link #sourceChanged(UUID, TextKey, String, String, boolean)} in any scope. */
    @Transactional
    public void sourceChanged(
            TranslationScope scope, TextKey key, String oldSource, String newSource, boolean minorEdit) {
        if (!minorEdit || oldSource.equals(newSource)) {
            return;
        }
        jdbc.sql("""
                        update shared.translation set source_revision = :revision
                        where %s and owner_kind = :kind and owner_id = :owner and field = :field
                          and source_revision = :old
                        """.formatted(scope.condition()))
                .param("revision", SourceRevision.of(newSource))
                .param("old", SourceRevision.of(oldSource))
                .params(scope.parameters())
                .param("kind", key.ownerKind())
                .param("owner", key.ownerId())
                .param("field", key.field())
                .update();
    }

    /** Removes every translation of an owner, for the module that deletes it. */
    @Transactional
    public void removeOwner(UUID tenantId, String ownerKind, UUID ownerId) {
        removeOwner(TranslationScope.tenant(tenantId), ownerKind, ownerId);
    }

    /** {@link #removeOwner(UUID, String, UUID)} in any scope. */
    @Transactional
    public void removeOwner(TranslationScope scope, String ownerKind, UUID ownerId) {
        jdbc.sql("delete from shared.translation where %s and owner_kind = :kind and owner_id = :owner"
                        .formatted(scope.condition()))
                .params(scope.parameters())
                .param("kind", ownerKind)
                .param("owner", ownerId)
                .update();
    }

    /**
     * Copies the published translations of one owner to another owner, possibly of another tenant (a page
     * one tenant takes over from another). Text, status and source revision are kept, so that a copy whose
     * German equals the original's shows the same translations as current and the same ones as outdated.
     * Drafts stay with the original: its tenant has not released them. Returns the number copied.
     */
    @Transactional
    public int copyPublished(UUID fromTenant, String ownerKind, UUID fromOwner, UUID toTenant, UUID toOwner) {
        return jdbc.sql("""
                        insert into shared.translation (tenant_id, owner_kind, owner_id, field, language, text, status,
                            source_revision, version)
                        select :to, owner_kind, :toOwner, field, language, text, status, source_revision, 1
                        from shared.translation
                        where tenant_id = :from and owner_kind = :kind and owner_id = :fromOwner and status = 'PUBLISHED'
                        on conflict do nothing
                        """)
                .param("to", toTenant)
                .param("toOwner", toOwner)
                .param("from", fromTenant)
                .param("kind", ownerKind)
                .param("fromOwner", fromOwner)
                .update();
    }

    /**
     * The published translations of owners that are public across the whole platform (a practice example,
     * whose id is unique whichever tenant wrote it), whatever tenant stored them. Drafts are left out: the
     * public may not read them, and this is read for the public only.
     */
    @Transactional(readOnly = true)
    public TranslationSet loadPublished(String ownerKind, Collection<UUID> ownerIds) {
        if (ownerIds.isEmpty()) {
            return TranslationSet.empty(ownerKind);
        }
        var result = new HashMap<TextKey, Map<ContentLanguage, Translation>>();
        jdbc.sql("""
                        select owner_id, field, language, text, status, source_revision, version
                        from shared.translation
                        where owner_kind = :kind and owner_id in (:owners) and status = 'PUBLISHED'
                        """)
                .param("kind", ownerKind)
                .param("owners", List.copyOf(ownerIds))
                .query(rs -> {
                    var key = new TextKey(ownerKind, rs.getObject("owner_id", UUID.class), rs.getString("field"));
                    var language = new ContentLanguage(rs.getString("language"));
                    result.computeIfAbsent(key, k -> new HashMap<>())
                            .put(
                                    language,
                                    new Translation(
                                            language,
                                            rs.getString("text"),
                                            TranslationStatus.valueOf(rs.getString("status")),
                                            rs.getString("source_revision"),
                                            rs.getInt("version")));
                });
        return new TranslationSet(ownerKind, result);
    }

    /**
     * For every owner of one platform-wide public kind, the languages it has a published translation of
     * {@code field} in (German, the source, is not listed). One query for all owners, so that a library can
     * count its "exists in" facet without asking per entry; whether the translation is still current is not
     * checked here (that needs the German source, which the owner has).
     */
    @Transactional(readOnly = true)
    public Map<UUID, java.util.Set<ContentLanguage>> publishedLanguages(String ownerKind, String field) {
        var result = new HashMap<UUID, java.util.Set<ContentLanguage>>();
        jdbc.sql("""
                        select distinct owner_id, language from shared.translation
                        where owner_kind = :kind and field = :field and status = 'PUBLISHED'
                        """).param("kind", ownerKind).param("field", field).query(rs -> {
            result.computeIfAbsent(
                            rs.getObject("owner_id", UUID.class),
                            k -> new java.util.TreeSet<>(java.util.Comparator.comparing(ContentLanguage::code)))
                    .add(new ContentLanguage(rs.getString("language")));
        });
        return result;
    }

    private static Map<String, Object> keyParams(TranslationScope scope, TextKey key, ContentLanguage language) {
        var params = new HashMap<String, Object>(scope.parameters());
        params.put("kind", key.ownerKind());
        params.put("owner", key.ownerId());
        params.put("field", key.field());
        params.put("language", language.code());
        return params;
    }
}
