package de.mosaik.privacy.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log for the tenant administrator. Reading it is deliberately not logged itself: only
 * administrators may, and logging the log would only bury the entries that matter.
 */
@Service
public class AccessLogSearchService {

    /**
     * An export holds at most this many lines, so that a careless click cannot exhaust the memory;
     * two years of a busy integration centre stay well below it.
     */
    public static final int EXPORT_LIMIT = 100_000;

    private final AccessLogRepository repository;

    AccessLogSearchService(AccessLogRepository repository) {
        this.repository = repository;
    }

    /** One page, newest first, with one entry more than asked when there is a next page. */
    @Transactional(readOnly = true)
    public List<AccessLogEntry> page(UUID tenantId, AccessLogFilter filter, int page, int size) {
        return repository.find(tenantId, filter, (Math.max(1L, page) - 1) * size, size + 1);
    }

    @Transactional(readOnly = true)
    public List<AccessLogEntry> export(UUID tenantId, AccessLogFilter filter) {
        return repository.find(tenantId, filter, 0, EXPORT_LIMIT);
    }

    @Transactional(readOnly = true)
    public List<AccessLogAccount> accounts(UUID tenantId) {
        return repository.accounts(tenantId);
    }

    @Transactional(readOnly = true)
    public List<String> resources(UUID tenantId) {
        return repository.resources(tenantId);
    }
}
