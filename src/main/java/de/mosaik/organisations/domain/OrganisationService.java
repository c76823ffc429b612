package de.mosaik.organisations.domain;

import de.mosaik.organisations.FederalState;
import de.mosaik.organisations.InvalidOrganisationException;
import de.mosaik.organisations.Organisation;
import de.mosaik.organisations.OrganisationDetails;
import de.mosaik.organisations.OrganisationKind;
import de.mosaik.organisations.OrganisationProblem;
import de.mosaik.organisations.Organisations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the register of bodies and finds the ones that are probably entered twice. */
@Service
public class OrganisationService implements Organisations {

    static final String COLUMNS = "id, name, kind, street, postal_code, city, state, municipality_key, population,"
            + " website, email, phone, tenant_id, version";

    /** Trigram similarity of the folded names above which two bodies in one city count as the same. */
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
        if (!query.isBlank() && ComparableText.fold(query).isEmpty()) {
            // Only punctuation typed: nothing resembles it.
            return List.of();
        }
        return list(query, null, null, 0, limit).rows();
    }

    /** One page of the register, filtered by a search text, a kind and a Land (each optional), best matches first. */
    @Transactional(readOnly = true)
    public Listing list(
            String query, @Nullable OrganisationKind kind, @Nullable FederalState state, int offset, int limit) {
        var text = ComparableText.fold(query);
        var where = """
                 from organisations.organisation
                where (:text = '' or name_key like :contains or word_similarity(:text, name_key) > 0.4
                       or municipality_key like :prefix or city_key = :text)
                  and (cast(:kind as text) is null or kind = :kind)
                  and (cast(:state as text) is null or state = :state)
                """;
        var total = bind(jdbc.sql("select count(*)" + where), text, kind, state)
                .query(Integer.class)
                .single();
        var rows = bind(jdbc.sql("select " + COLUMNS + where + """
                                 order by (:text <> '' and name_key like :contains) desc,
                                          word_similarity(:text, name_key) desc, name
                                 limit :limit offset :offset
                                """), text, kind, state)
                .param("limit", Math.max(0, limit))
                .param("offset", Math.max(0, offset))
                .query((rs, row) -> organisation(rs))
                .list();
        return new Listing(rows, total);
    }

    /** A page of {@link #list} and how many bodies match in all. */
    public record Listing(List<Organisation> rows, int total) {}

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec, String text, @Nullable OrganisationKind kind, @Nullable FederalState state) {
        var digits = text.matches("[0-9]+") ? text + "%" : "-";
        return spec.param("text", text)
                .param("contains", "%" + text + "%")
                .param("prefix", digits)
                .param("kind", kind == null ? null : kind.name())
                .param("state", state == null ? null : state.name());
    }

    @Override
    @Transactional
    public Registered register(OrganisationDetails details) {
        // A key that is taken is no error here: its holder is the likely duplicate shown.
        var problems = DetailsCheck.problems(details);
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(problems);
        }
        var duplicates = likelyDuplicates(details, null);
        if (!duplicates.isEmpty()) {
            return Registered.duplicates(duplicates);
        }
        return Registered.added(registerConfirmed(details));
    }

    @Override
    @Transactional
    public UUID registerConfirmed(OrganisationDetails details) {
        refuseProblems(details);
        var d = DetailsCheck.tidy(details);
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into organisations.organisation (id, name, kind, street, postal_code, city, state,
                            municipality_key, population, website, email, phone)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        d.name(),
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
        var current = ofTenant(tenantId);
        if (current.isPresent() && !current.get().id().equals(organisationId)) {
            throw new IllegalArgumentException(
                    "the tenant already runs " + current.get().name());
        }
        var updated = jdbc.sql("""
                        update organisations.organisation set tenant_id = ?, updated_at = now(), version = version + 1
                         where id = ?
                        """).params(tenantId, organisationId).update();
        if (updated == 0) {
            throw new IllegalArgumentException("no body " + organisationId + " in the register");
        }
    }

    /** Takes the link to a tenant off a body, e.g. when it was linked to the wrong one. */
    @Transactional
    public void unlinkTenant(UUID organisationId) {
        jdbc.sql("""
                        update organisations.organisation set tenant_id = null, updated_at = now(), version = version + 1
                         where id = ? and tenant_id is not null
                        """).param(organisationId).update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationProblem> check(OrganisationDetails details) {
        var problems = new ArrayList<>(DetailsCheck.problems(details));
        if (problems.stream().noneMatch(p -> p.field().equals("municipalityKey"))) {
            var key = DetailsCheck.tidy(details).municipalityKey();
            if (key != null && keyTaken(key, null)) {
                problems.add(new OrganisationProblem("municipalityKey", "organisations.field.municipalityKey.taken"));
            }
        }
        return problems;
    }

    /** What is wrong with the details themselves, without looking at the other bodies of the register. */
    public List<OrganisationProblem> problems(OrganisationDetails details) {
        return DetailsCheck.problems(details);
    }

    /** As {@link #check}, for the details of the body {@code id} being edited: its own key is no problem. */
    @Transactional(readOnly = true)
    public List<OrganisationProblem> checkChange(UUID id, OrganisationDetails details) {
        var problems = new ArrayList<>(DetailsCheck.problems(details));
        var key = DetailsCheck.tidy(details).municipalityKey();
        if (problems.stream().noneMatch(p -> p.field().equals("municipalityKey")) && key != null && keyTaken(key, id)) {
            problems.add(new OrganisationProblem("municipalityKey", "organisations.field.municipalityKey.taken"));
        }
        return problems;
    }

    @Override
    @Transactional
    public Updated update(UUID id, int expectedVersion, OrganisationDetails details) {
        var problems = checkChange(id, details);
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(problems);
        }
        var d = DetailsCheck.tidy(details);
        var updated = jdbc.sql("""
                        update organisations.organisation
                           set name = ?, kind = ?, street = ?, postal_code = ?, city = ?, state = ?,
                               municipality_key = ?, population = ?, website = ?, email = ?, phone = ?,
                               updated_at = now(), version = version + 1
                         where id = ? and version = ?
                        """)
                .params(
                        d.name(),
                        d.kind().name(),
                        d.street(),
                        d.postalCode(),
                        d.city(),
                        d.state(),
                        d.municipalityKey(),
                        d.population(),
                        d.website(),
                        d.email(),
                        d.phone(),
                        id,
                        expectedVersion)
                .update();
        if (updated == 1) {
            return Updated.SAVED;
        }
        return byId(id).isPresent() ? Updated.STALE : Updated.NOT_FOUND;
    }

    /**
     * Bodies that are probably the one described: the same official key, the same website host, the same
     * name (case, umlauts and punctuation aside), or a very similar name in the same city. {@code except} is
     * the body being edited.
     */
    @Transactional(readOnly = true)
    public List<Organisation> likelyDuplicates(OrganisationDetails details, @Nullable UUID except) {
        var d = DetailsCheck.tidy(details);
        return jdbc.sql("select " + COLUMNS + """
                         from organisations.organisation
                        where (cast(:except as uuid) is null or id <> cast(:except as uuid))
                          and ((cast(:key as text) is not null and municipality_key = :key)
                           or (:host <> '' and website_host = :host)
                           or (:name <> '' and name_key = :name)
                           or (:city <> '' and city_key = :city and similarity(name_key, :name) > :same))
                        order by name
                        limit 10
                        """)
                .param("except", except)
                .param("key", d.municipalityKey())
                .param("host", WebsiteHost.of(d.website()))
                .param("name", ComparableText.fold(d.name()))
                .param("city", ComparableText.fold(d.city()))
                .param("same", SAME_NAME)
                .query((rs, row) -> organisation(rs))
                .list();
    }

    private void refuseProblems(OrganisationDetails details) {
        var problems = check(details);
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(problems);
        }
    }

    private boolean keyTaken(String key, @Nullable UUID except) {
        return jdbc.sql("""
                        select exists (select 1 from organisations.organisation
                                        where municipality_key = :key
                                          and (cast(:except as uuid) is null or id <> cast(:except as uuid)))
                        """)
                .param("key", key)
                .param("except", except)
                .query(Boolean.class)
                .single();
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
