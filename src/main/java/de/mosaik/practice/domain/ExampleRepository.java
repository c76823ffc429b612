package de.mosaik.practice.domain;

import de.mosaik.practice.Author;
import de.mosaik.practice.ExampleDraft;
import de.mosaik.practice.PracticeStatus;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The rows of {@code practice.example}, its versions, its reviews and the networks' criteria. */
@Repository
class ExampleRepository {

    private static final String COLUMNS = """
            id, slug, network_id, tenant_id, author_account_id, author_name, author_email, author_language,
            organisation_id, state, size_class, title, summary, field_of_work, target_groups, goals, approach,
            resources, funding_programme, results, lessons_learned, transferability, period_from, period_to,
            contact_name, contact_email, contact_consent, links, status, published_at, confirmed_on, views,
            updated_at, version""";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ExampleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PracticeExample> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from practice.example where id = ?")
                .param(id)
                .query((rs, row) -> example(rs))
                .optional();
    }

    Optional<PracticeExample> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from practice.example where id = ? for update")
                .param(id)
                .query((rs, row) -> example(rs))
                .optional();
    }

    List<PracticeExample> ofTenant(UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from practice.example where tenant_id = ? order by updated_at desc")
                .param(tenantId)
                .query((rs, row) -> example(rs))
                .list();
    }

    List<PracticeExample> ofAuthor(UUID networkId, UUID accountId) {
        return jdbc.sql("select " + COLUMNS
                        + " from practice.example where network_id = ? and author_account_id = ?"
                        + " order by updated_at desc")
                .params(networkId, accountId)
                .query((rs, row) -> example(rs))
                .list();
    }

    List<PracticeExample> ofNetwork(UUID networkId, List<PracticeStatus> statuses) {
        return jdbc.sql("select " + COLUMNS
                        + " from practice.example where network_id = :network and status in (:statuses)"
                        + " order by updated_at")
                .param("network", networkId)
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .query((rs, row) -> example(rs))
                .list();
    }

    boolean slugTaken(String slug, @Nullable UUID except) {
        return jdbc.sql("select count(*) from practice.example where slug = ? and id <> ?")
                        .params(slug, except == null ? new UUID(0, 0) : except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(UUID id, String slug, @Nullable UUID tenantId, Author author, Location location, ExampleDraft draft) {
        jdbc.sql("""
                        insert into practice.example (id, slug, network_id, tenant_id, author_account_id, author_name,
                               author_email, author_language, organisation_id, state, size_class, title, summary,
                               field_of_work, target_groups, goals, approach, resources, funding_programme, results,
                               lessons_learned, transferability, period_from, period_to, contact_name, contact_email,
                               contact_consent, links)
                        values (:id, :slug, :network, :tenant, :account, :authorName, :authorEmail, :language,
                               :organisation, :state, :size, :title, :summary, :field, :groups, :goals, :approach,
                               :resources, :funding, :results, :lessons, :transferability, :from, :to, :contactName,
                               :contactEmail, :consent, :links)
                        """)
                .param("id", id)
                .param("slug", slug)
                .param("tenant", tenantId)
                .param("account", author.accountId())
                .param("authorName", author.name())
                .param("authorEmail", author.email())
                .param("language", author.language())
                .param("state", location.state())
                .param("size", location.sizeClass())
                .params(draftParams(draft))
                .update();
    }

    /** Saves the texts if the row still has {@code version}; false when someone saved in between. */
    boolean update(UUID id, int version, String slug, Author author, Location location, ExampleDraft draft) {
        return jdbc.sql("""
                        update practice.example set slug = :slug, network_id = :network, author_language = :language,
                               organisation_id = :organisation, state = :state, size_class = :size, title = :title,
                               summary = :summary, field_of_work = :field, target_groups = :groups, goals = :goals,
                               approach = :approach, resources = :resources, funding_programme = :funding,
                               results = :results, lessons_learned = :lessons, transferability = :transferability,
                               period_from = :from, period_to = :to, contact_name = :contactName,
                               contact_email = :contactEmail, contact_consent = :consent, links = :links,
                               updated_at = now(), version = version + 1
                         where id = :id and version = :version
                        """)
                        .param("id", id)
                        .param("version", version)
                        .param("slug", slug)
                        .param("language", author.language())
                        .param("state", location.state())
                        .param("size", location.sizeClass())
                        .params(draftParams(draft))
                        .update()
                == 1;
    }

    /** Moves the example to {@code status} if it still has {@code version}; publishing sets the date once. */
    boolean changeStatus(UUID id, int version, PracticeStatus status) {
        return jdbc.sql("""
                        update practice.example set status = :status, updated_at = now(), version = version + 1,
                               published_at = case when :status = 'PUBLISHED' then coalesce(published_at, now())
                                                    else published_at end
                         where id = :id and version = :version
                        """)
                        .param("id", id)
                        .param("version", version)
                        .param("status", status.name())
                        .update()
                == 1;
    }

    void backdate(UUID id, java.time.Instant publishedAt, @Nullable LocalDate confirmedOn) {
        jdbc.sql("""
                        update practice.example set published_at = ?, confirmed_on = ?, created_at = ?, updated_at = ?
                         where id = ?
                        """)
                .params(
                        java.sql.Timestamp.from(publishedAt),
                        confirmedOn,
                        java.sql.Timestamp.from(publishedAt),
                        java.sql.Timestamp.from(publishedAt),
                        id)
                .update();
    }

    void confirm(UUID id, LocalDate today) {
        jdbc.sql("update practice.example set confirmed_on = ? where id = ?")
                .params(today, id)
                .update();
    }

    void addVersion(UUID exampleId, int number, Author author, List<String> changed, Map<String, String> fields) {
        jdbc.sql("""
                        insert into practice.example_version (id, example_id, number, changed_by, changed_by_name,
                               changed_fields, snapshot)
                        values (:id, :example, :number, :by, :name, :changed, cast(:snapshot as jsonb))
                        """)
                .param("id", UUID.randomUUID())
                .param("example", exampleId)
                .param("number", number)
                .param("by", author.accountId())
                .param("name", author.name())
                .param("changed", changed.toArray(String[]::new))
                .param("snapshot", json.writeValueAsString(fields))
                .update();
    }

    /** The fields of the latest version, to see what a save changes. */
    Map<String, String> latestSnapshot(UUID exampleId) {
        return jdbc.sql("""
                        select snapshot::text from practice.example_version where example_id = ?
                         order by number desc limit 1
                        """)
                .param(exampleId)
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, new TypeReference<Map<String, String>>() {}))
                .orElse(Map.of());
    }

    List<ExampleVersion> versions(UUID exampleId) {
        return jdbc.sql("""
                        select number, changed_by_name, changed_at, changed_fields from practice.example_version
                         where example_id = ? order by number desc
                        """)
                .param(exampleId)
                .query((rs, row) -> new ExampleVersion(
                        rs.getInt("number"),
                        rs.getString("changed_by_name"),
                        rs.getTimestamp("changed_at").toInstant(),
                        strings(rs.getArray("changed_fields"))))
                .list();
    }

    void addReview(
            UUID exampleId,
            UUID networkId,
            Author reviewer,
            PracticeStatus decision,
            List<String> met,
            String comment) {
        jdbc.sql("""
                        insert into practice.review (id, example_id, network_id, reviewer_account_id, reviewer_name,
                               decision, criteria_met, comment)
                        values (:id, :example, :network, :account, :name, :decision, :met, :comment)
                        """)
                .param("id", UUID.randomUUID())
                .param("example", exampleId)
                .param("network", networkId)
                .param("account", reviewer.accountId())
                .param("name", reviewer.name())
                .param("decision", decision.name())
                .param("met", met.toArray(String[]::new))
                .param("comment", comment)
                .update();
    }

    List<ReviewEntry> reviews(UUID exampleId) {
        return jdbc.sql("""
                        select reviewer_name, decision, criteria_met, comment, decided_at from practice.review
                         where example_id = ? order by decided_at desc
                        """)
                .param(exampleId)
                .query((rs, row) -> new ReviewEntry(
                        rs.getString("reviewer_name"),
                        PracticeStatus.valueOf(rs.getString("decision")),
                        strings(rs.getArray("criteria_met")),
                        rs.getString("comment"),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    List<Criterion> criteria(UUID networkId) {
        return jdbc.sql(
                        "select id, label, position from practice.criterion where network_id = ? order by position, created_at")
                .param(networkId)
                .query((rs, row) ->
                        new Criterion(rs.getObject("id", UUID.class), rs.getString("label"), rs.getInt("position")))
                .list();
    }

    void addCriterion(UUID networkId, String label) {
        jdbc.sql("""
                        insert into practice.criterion (id, network_id, label, position)
                        values (?, ?, ?, (select coalesce(max(position), 0) + 1 from practice.criterion where network_id = ?))
                        """).params(UUID.randomUUID(), networkId, label, networkId).update();
    }

    boolean removeCriterion(UUID networkId, UUID criterionId) {
        return jdbc.sql("delete from practice.criterion where id = ? and network_id = ?")
                        .params(criterionId, networkId)
                        .update()
                == 1;
    }

    /** Published examples last said to be current more than a year ago and not yet asked since. */
    List<PracticeExample> dueForConfirmation(LocalDate today, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from practice.example
                        where status = 'PUBLISHED'
                          and coalesce(confirmed_on, (published_at at time zone 'Europe/Berlin')::date) <= :yearAgo
                          and (confirmation_requested_on is null
                               or confirmation_requested_on
                                  < coalesce(confirmed_on, (published_at at time zone 'Europe/Berlin')::date))
                        order by published_at limit :limit
                        """)
                .param("yearAgo", today.minusYears(1))
                .param("limit", limit)
                .query((rs, row) -> example(rs))
                .list();
    }

    void markConfirmationRequested(UUID id, LocalDate today) {
        jdbc.sql("update practice.example set confirmation_requested_on = ? where id = ?")
                .params(today, id)
                .update();
    }

    private static Map<String, @Nullable Object> draftParams(ExampleDraft draft) {
        var params = new java.util.HashMap<String, @Nullable Object>();
        params.put("network", draft.networkId());
        params.put("organisation", draft.organisationId());
        params.put("title", draft.title());
        params.put("summary", draft.summary());
        params.put("field", draft.fieldOfWork());
        params.put("groups", draft.targetGroups().toArray(String[]::new));
        params.put("goals", draft.goals());
        params.put("approach", draft.approach());
        params.put("resources", draft.resources());
        params.put("funding", draft.fundingProgramme());
        params.put("results", draft.results());
        params.put("lessons", draft.lessonsLearned());
        params.put("transferability", draft.transferability());
        params.put("from", draft.periodFrom());
        params.put("to", draft.periodTo());
        params.put("contactName", draft.contactName());
        params.put("contactEmail", draft.contactEmail());
        params.put("consent", draft.contactConsent());
        params.put("links", draft.links());
        return params;
    }

    private static PracticeExample example(ResultSet rs) throws SQLException {
        var draft = new ExampleDraft(
                rs.getObject("network_id", UUID.class),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("field_of_work"),
                strings(rs.getArray("target_groups")),
                rs.getString("goals"),
                rs.getString("approach"),
                rs.getString("resources"),
                rs.getString("funding_programme"),
                rs.getString("results"),
                rs.getString("lessons_learned"),
                rs.getString("transferability"),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                rs.getBoolean("contact_consent"),
                rs.getString("links"));
        var published = rs.getTimestamp("published_at");
        return new PracticeExample(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("author_account_id", UUID.class),
                rs.getString("author_name"),
                rs.getString("author_email"),
                rs.getString("author_language"),
                rs.getString("state"),
                rs.getString("size_class"),
                draft,
                PracticeStatus.valueOf(rs.getString("status")),
                published == null ? null : published.toInstant(),
                rs.getObject("confirmed_on", LocalDate.class),
                rs.getLong("views"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    /** Where the example's municipality is, copied from the register for the library's facets. */
    record Location(String state, String sizeClass) {}
}
