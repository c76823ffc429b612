package de.mosaik.events.domain;

import de.mosaik.events.TenantSpeakers;
import de.mosaik.identity.Accounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Internal and external speakers of the tenant. */
@Service
public class SpeakerService implements TenantSpeakers {

    private static final String COLUMNS = "id, account_id, name, organisation, bio, publish_consent, active, version";

    private final JdbcClient jdbc;
    private final Accounts accounts;

    SpeakerService(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<Speaker> all(UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from events.speaker where tenant_id = ? order by active desc, name")
                .param(tenantId)
                .query((rs, row) -> speaker(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Speaker> byId(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from events.speaker where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query((rs, row) -> speaker(rs))
                .optional();
    }

    /** Active accounts of the tenant, for choosing an internal speaker. */
    @Transactional(readOnly = true)
    public List<AccountChoice> accounts(UUID tenantId) {
        return accounts.active(tenantId).stream()
                .map(a -> new AccountChoice(a.id(), a.displayName(), a.email()))
                .toList();
    }

    /** The new speaker's id; empty when the chosen account is not one of the tenant's. */
    @Transactional
    public Optional<UUID> create(UUID tenantId, SpeakerDetails details) {
        var resolved = resolve(tenantId, details);
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        var d = resolved.get();
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into events.speaker (id, tenant_id, account_id, name, organisation, bio, publish_consent)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, tenantId, d.accountId(), d.name(), d.organisation(), d.bio(), d.publishConsent())
                .update();
        return Optional.of(id);
    }

    @Override
    @Transactional
    public Optional<UUID> create(
            UUID tenantId,
            @Nullable UUID accountId,
            String name,
            String organisation,
            String bio,
            boolean publishConsent) {
        return create(tenantId, new SpeakerDetails(accountId, name, organisation, bio, publishConsent));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ListedSpeaker> byName(UUID tenantId) {
        return jdbc.sql("select id, account_id, name from events.speaker where tenant_id = ? order by name")
                .param(tenantId)
                .query((rs, row) -> new ListedSpeaker(
                        rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), rs.getString("name")))
                .list();
    }

    @Transactional
    public EventEditOutcome update(UUID tenantId, UUID id, int version, SpeakerDetails details, boolean active) {
        var resolved = resolve(tenantId, details);
        if (byId(tenantId, id).isEmpty() || resolved.isEmpty()) {
            return EventEditOutcome.NOT_FOUND;
        }
        var d = resolved.get();
        int changed = jdbc.sql("""
                        update events.speaker set account_id = ?, name = ?, organisation = ?, bio = ?,
                            publish_consent = ?, active = ?, version = version + 1
                        where id = ? and tenant_id = ? and version = ?
                        """)
                .params(
                        d.accountId(),
                        d.name(),
                        d.organisation(),
                        d.bio(),
                        d.publishConsent(),
                        active,
                        id,
                        tenantId,
                        version)
                .update();
        return changed == 1 ? EventEditOutcome.DONE : EventEditOutcome.CHANGED_MEANWHILE;
    }

    /** An internal speaker takes the name of their account, which must belong to the tenant. */
    private Optional<SpeakerDetails> resolve(UUID tenantId, SpeakerDetails details) {
        if (details.accountId() == null) {
            return Optional.of(details);
        }
        return accounts(tenantId).stream()
                .filter(a -> a.id().equals(details.accountId()))
                .findFirst()
                .map(a -> new SpeakerDetails(
                        a.id(), a.name(), details.organisation(), details.bio(), details.publishConsent()));
    }

    private static Speaker speaker(ResultSet rs) throws SQLException {
        return new Speaker(
                rs.getObject("id", UUID.class),
                new SpeakerDetails(
                        rs.getObject("account_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("organisation"),
                        rs.getString("bio"),
                        rs.getBoolean("publish_consent")),
                rs.getBoolean("active"),
                rs.getInt("version"));
    }
}
