package de.mosaik.demo;

import de.mosaik.events.TenantVocabulary;
import de.mosaik.events.TermKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tenant's built-in vocabulary as the demo programme needs it, looked up by code once per
 * tenant. The events module seeds these terms when a tenant is created and adds any it lacks.
 */
final class DemoTerms {

    private final TenantVocabulary vocabulary;
    private final UUID tenantId;
    private final Map<String, UUID> known = new HashMap<>();

    DemoTerms(TenantVocabulary vocabulary, UUID tenantId) {
        this.vocabulary = vocabulary;
        this.tenantId = tenantId;
    }

    UUID id(TermKind kind, String code) {
        return known.computeIfAbsent(kind + ":" + code, key -> vocabulary.builtInTerm(tenantId, kind, code));
    }

    List<UUID> ids(TermKind kind, List<String> codes) {
        return codes.stream().map(code -> id(kind, code)).toList();
    }
}
