package de.mosaik.registration.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the results of the last registrations in the visitor's session, under the form's
 * idempotency token: the result page survives a reload and a double submit, and nobody else can
 * see it, since the token is random and the session is the visitor's own.
 */
final class ResultStore {

    private static final String ATTRIBUTE = ResultStore.class.getName();
    private static final int KEPT = 20;

    private ResultStore() {}

    static void put(HttpServletRequest request, String reference, RegistrationResult result) {
        var session = request.getSession();
        synchronized (ResultStore.class) {
            var results = results(session.getAttribute(ATTRIBUTE));
            results.remove(reference);
            results.put(reference, result);
            while (results.size() > KEPT) {
                results.remove(results.keySet().iterator().next());
            }
            session.setAttribute(ATTRIBUTE, results);
        }
    }

    static Optional<RegistrationResult> get(HttpServletRequest request, String reference) {
        var session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(results(session.getAttribute(ATTRIBUTE)).get(reference));
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, RegistrationResult> results(Object stored) {
        return stored instanceof LinkedHashMap<?, ?> map
                ? (LinkedHashMap<String, RegistrationResult>) map
                : new LinkedHashMap<String, RegistrationResult>(Map.of());
    }
}
