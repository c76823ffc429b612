package de.mosaik.privacy.domain;

import de.mosaik.shared.privacy.PersonalDataAccessLog;
import de.mosaik.shared.web.CurrentUser;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Writes the access log; the signed-in account is taken from the security context. */
@Service
class AccessLogService implements PersonalDataAccessLog {

    private static final int LABEL_LENGTH = 300;

    private final JdbcClient jdbc;

    AccessLogService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(UUID tenantId, AccessKind kind, String resource, String label, @Nullable String personEmail) {
        var user = currentUser();
        jdbc.sql("""
                        insert into privacy.access_log (tenant_id, account_id, account_name, kind, resource, label, person_email)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        tenantId,
                        user == null ? null : user.accountId(),
                        user == null ? "" : user.displayName(),
                        kind.name(),
                        resource,
                        label.length() > LABEL_LENGTH ? label.substring(0, LABEL_LENGTH) : label,
                        personEmail)
                .update();
    }

    private static @Nullable CurrentUser currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
    }
}
