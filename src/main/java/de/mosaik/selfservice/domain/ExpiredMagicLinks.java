package de.mosaik.selfservice.domain;

import de.mosaik.shared.privacy.RetentionSweep;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Self-service links that have expired: they only ever opened a record for an hour. */
@Component
class ExpiredMagicLinks implements RetentionSweep {

    private final JdbcClient jdbc;

    ExpiredMagicLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Rule rule() {
        return Rule.EXPIRED_LINKS;
    }

    @Override
    public int sweep(UUID tenantId, Instant cutOff) {
        return jdbc.sql("delete from selfservice.magic_link where tenant_id = ? and expires_at < ?")
                .params(tenantId, Timestamp.from(cutOff))
                .update();
    }
}
