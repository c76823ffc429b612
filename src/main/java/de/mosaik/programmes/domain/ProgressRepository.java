package de.mosaik.programmes.domain;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads who took part in a programme's events. Persons are recognised by their normalised e-mail
 * address across registrations, read through the views registration and attendance publish.
 */
@Repository
class ProgressRepository {

    private final JdbcClient jdbc;

    ProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person as their latest registration with the tenant names them. */
    record Person(String emailNormalized, String name, String email, String locale) {}

    /**
     * Everybody with a confirmed registration for an event of the programme, or only the person with
     * this address; named after their latest confirmed registration with the tenant (an unconfirmed
     * one could carry any name someone typed with their address).
     */
    List<Person> persons(UUID tenantId, UUID programmeId, @Nullable String emailNormalized) {
        return jdbc.sql("""
                        with persons as (
                            select distinct r.email_normalized
                            from registration.v_participant r
                            join programmes.building_block_event me on me.event_id = r.event_id and me.tenant_id = r.tenant_id
                            join programmes.building_block m on m.id = me.building_block_id
                            where r.tenant_id = :tenant and m.programme_id = :programme
                              and (cast(:email as varchar) is null or r.email_normalized = :email)
                        )
                        select distinct on (r.email_normalized) r.email_normalized, r.given_name, r.family_name,
                            r.email, r.locale
                        from registration.v_participant r
                        join persons p on p.email_normalized = r.email_normalized
                        where r.tenant_id = :tenant
                        order by r.email_normalized, r.created_at desc
                        """)
                .param("tenant", tenantId)
                .param("programme", programmeId)
                .param("email", emailNormalized)
                .query((rs, n) -> new Person(
                        rs.getString("email_normalized"),
                        (rs.getString("given_name") + " " + rs.getString("family_name")).strip(),
                        rs.getString("email"),
                        rs.getString("locale")))
                .list();
    }

    /**
     * The participants' registrations for the programme's events, or only those of the person with this
     * address, each with whether it was marked present at every session (see {@link AttendanceRule}).
     */
    List<AttendanceRule.Participation> participations(
            UUID tenantId, UUID programmeId, @Nullable String emailNormalized) {
        return jdbc.sql("with participations as (" + AttendanceRule.PARTICIPATIONS + """
                        )
                        select distinct p.registration_id, p.event_id, p.email_normalized, p.every_session_attended
                        from participations p
                        join programmes.building_block_event me on me.event_id = p.event_id and me.tenant_id = :tenant
                        join programmes.building_block m on m.id = me.building_block_id
                        where m.programme_id = :programme
                          and (cast(:email as varchar) is null or p.email_normalized = :email)
                        """)
                .param("tenant", tenantId)
                .param("programme", programmeId)
                .param("email", emailNormalized)
                .query((rs, n) -> new AttendanceRule.Participation(
                        rs.getObject("registration_id", UUID.class),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("email_normalized"),
                        rs.getBoolean("every_session_attended")))
                .list();
    }

    /** The tenant's programmes in which the person has a confirmed registration for an event. */
    List<UUID> programmesOf(UUID tenantId, String emailNormalized) {
        return jdbc.sql("""
                        select distinct p.id, p.valid_from from programmes.programme p
                        join programmes.building_block m on m.programme_id = p.id
                        join programmes.building_block_event me on me.building_block_id = m.id
                        join registration.v_participant r on r.event_id = me.event_id and r.tenant_id = me.tenant_id
                        where p.tenant_id = :tenant and r.email_normalized = :email
                        order by p.valid_from desc
                        """)
                .param("tenant", tenantId)
                .param("email", emailNormalized)
                .query((rs, n) -> rs.getObject("id", UUID.class))
                .list();
    }

    /** The address behind a registrant's personal link, if the link is one of this tenant's. */
    @Nullable
    String emailOfToken(UUID tenantId, String token) {
        return jdbc.sql("""
                        select r.email_normalized from registration.v_registration_link l
                        join registration.v_registration r on r.id = l.id
                        where l.tenant_id = :tenant and l.manage_token = :token
                        """)
                .param("tenant", tenantId)
                .param("token", token)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
