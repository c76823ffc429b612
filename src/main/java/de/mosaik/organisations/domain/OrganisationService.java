package de.mosaik.organisations.domain;

import de.mosaik.organisations.Organisation;
import de.mosaik.organisations.OrganisationDetails;
import de.mosaik.organisations.OrganisationKind;
import de.mosaik.organisations.Organisations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the register of bodies and finds the ones that are probably entered twice. */
@Service
public class OrganisationService implements Organisations {

    static final String COLUMNS = "id, name, kind, street, postal_code, city, state, municipality_key, population,"
            + " website, email, phone, tenant_id, version";

    /** Trigram similarity above which two names in one city count as the same body. */
    static final double SAME_NAME = 0.6;

    private final JdbcClient jdbc;

    OrganisationService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Organisation> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from organisations.organisation where id = ?")
                .param(id)
                .query((rs, row) -> organisation(rs))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Organisation> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from organisations.organisation where id in (:ids) order by name")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> organisation(rs))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Organisation> ofTenant(UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from organisations.organisation where tenant_id = ?")
                .param(tenantId)
                .query((rs, row) -> organisation(rs))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Organisation> search(String query, int limit) {
        var text = query.strip().toLowerCase();
        if (text.isEmpty()) {
            return jdbc.sql("select " + COLUMNS + " from organisations.organisation order by name limit ?")
                    .param(limit)
                    .query((rs, row) -> organisation(rs))
                    .list();
        }
        return jdbc.sql("select " + COLUMNS + """
                         from organisations.organisation
                        where lower(name) like :contains or word_similarity(:text, lower(name)) > 0.4
                           or municipality_key = :text
                        order by lower(name) like :contains desc, word_similarity(:text, lower(name)) desc, name
                        limit :limit
                        """)
                .param("text", text)
                .param(
                        "contains",
                        "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("limit", limit)
                .query((rs, row) -> organisation(rs))
                .list();
    }

    @Override
    @Transactional
    public Registered register(OrganisationDetails details) {
        var duplicates = likelyDuplicates(details);
        if (!duplicates.isEmpty()) {
            return Registered.duplicates(duplicates);
        }
        return Registered.added(registerConfirmed(details));
    }

    @Override
    @Transactional
    public UUID registerConfirmed(OrganisationDetails d) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into organisations.organisation (id, name, kind, street, postal_code, city, state,
                            municipality_key, population, website, email, phone)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        d.name().strip(),
                        d.kind().name(),
                        d.street(),
                        d.postalCode(),
                        d.city(),
                        d.state(),
                        d.municipalityKey(),
                        d.population(),
                        d.website(),
                        d.email(),
                        d.phone())
                .update();
        return id;
    }

    @Override
    @Transactional
    public void linkTenant(UUID organisationId, UUID tenantId) {
        jdbc.sql("update organisations.organisation set tenant_id = ?, updated_at = now() where id = ?")
                .params(tenantId, organisationId)
                .update();
    }

    /** Bodies that are probably the one described: same official key, same website, or a near-identical name. */
    @Transactional(readOnly = true)
    public List<Organisation> likelyDuplicates(OrganisationDetails d) {
        return jdbc.sql("select " + COLUMNS + """
                         from organisations.organisation
                        where (cast(:key as text) is not null and municipality_key = :key)
                           or (:host <> '' and lower(website) like :hostPattern)
                           or lower(name) = :name
                           or (lower(city) = :city and similarity(lower(name), :name) > :same)
                        order by name
                        limit 10
                        """)
                .param("key", d.municipalityKey())
                .param("host", WebsiteHost.of(d.website()))
                .param("hostPattern", "%" + WebsiteHost.of(d.website()) + "%")
                .param("name", d.name().strip().toLowerCase())
                .param("city", d.city().strip().toLowerCase())
                .param("same", SAME_NAME)
                .query((rs, row) -> organisation(rs))
                .list();
    }

    static Organisation organisation(ResultSet rs) throws SQLException {
        return new Organisation(
                rs.getObject("id", UUID.class),
                new OrganisationDetails(
                        rs.getString("name"),
                        OrganisationKind.valueOf(rs.getString("kind")),
                        rs.getString("street"),
                        rs.getString("postal_code"),
                        rs.getString("city"),
                        rs.getString("state"),
                        rs.getString("municipality_key"),
                        rs.getObject("population", Integer.class),
                        rs.getString("website"),
                        rs.getString("email"),
                        rs.getString("phone")),
                rs.getObject("tenant_id", UUID.class),
                rs.getInt("version"));
    }
}
