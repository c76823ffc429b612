package de.mosaik.registration.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the change log of a registration for the staff's detail page. */
@Service
public class ParticipantHistoryService {

    /** One entry: who did what, when. {@code description} is a code such as {@code APPROVED}. */
    public record Change(Instant changedAt, String accountName, String description) {

        /** The codes the domain writes; a code added later shows as it is until it gets a text. */
        public static final Set<String> KNOWN =
                Set.of("ADDED", "APPROVED", "CANCELLED", "DECLINED", "EDITED", "MESSAGED", "MOVED_TO_TOP", "PROMOTED");

        /** Message key of the description (the log stores codes, so it reads in any language); null when unknown. */
        public @Nullable String messageKey() {
            return KNOWN.contains(description) ? "participants.change." + description : null;
        }
    }

    private final JdbcClient jdbc;

    ParticipantHistoryService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Change> of(UUID tenantId, UUID registrationId) {
        return jdbc.sql("""
                        select changed_at, account_name, description from registration.registration_change
                        where tenant_id = ? and registration_id = ? order by changed_at desc, id desc
                        """)
                .params(tenantId, registrationId)
                .query((rs, row) -> new Change(
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("account_name"),
                        rs.getString("description")))
                .list();
    }
}
