package de.mosaik.networks.domain;

import de.mosaik.networks.AdoptedRecommendation;
import de.mosaik.networks.MemberBody;
import de.mosaik.networks.NetworkKind;
import de.mosaik.networks.NetworkRole;
import de.mosaik.networks.NetworkSetup;
import de.mosaik.networks.NetworkSummary;
import de.mosaik.networks.NetworkVisibility;
import de.mosaik.networks.Networks;
import de.mosaik.networks.Participation;
import de.mosaik.networks.RecommendationStatus;
import de.mosaik.organisations.Organisation;
import de.mosaik.organisations.Organisations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Networks, their member bodies and who takes part in them. */
@Service
public class NetworkService implements Networks, NetworkSetup {

    static final String NETWORK_COLUMNS =
            "n.id, n.slug, n.name, n.kind, n.visibility, n.coordinating_organisation_id," + " n.version";
    static final String PARTICIPATION_COLUMNS =
            "d.id, d.network_id, d.account_id, d.role, d.member_id, m.organisation_id, d.editor";

    private final JdbcClient jdbc;
    private final Organisations organisations;

    NetworkService(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NetworkSummary> byId(UUID id) {
        return jdbc.sql("select " + NETWORK_COLUMNS + " from networks.network n where n.id = ?")
                .param(id)
                .query((rs, row) -> summary(rs))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NetworkSummary> bySlug(String slug) {
        return jdbc.sql("select " + NETWORK_COLUMNS + " from networks.network n where n.slug = ?")
                .param(slug)
                .query((rs, row) -> summary(rs))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<NetworkSummary> all() {
        return jdbc.sql("select " + NETWORK_COLUMNS + " from networks.network n order by n.name")
                .query((rs, row) -> summary(rs))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Participation> participation(UUID networkId, UUID accountId) {
        return jdbc.sql("select " + PARTICIPATION_COLUMNS + """
                         from networks.delegate d left join networks.member m on m.id = d.member_id
                        where d.network_id = ? and d.account_id = ?
                        """)
                .params(networkId, accountId)
                .query((rs, row) -> participation(rs))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<NetworkSummary> ofAccount(UUID accountId) {
        return jdbc.sql("select " + NETWORK_COLUMNS + """
                         from networks.network n
                        where exists (select 1 from networks.delegate d where d.network_id = n.id and d.account_id = ?)
                        order by n.name
                        """)
                .param(accountId)
                .query((rs, row) -> summary(rs))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberBody> members(UUID networkId) {
        var rows = jdbc.sql("""
                        select id, organisation_id, joined_on, left_on, meeting_quota
                          from networks.member where network_id = ?
                        """)
                .param(networkId)
                .query((rs, row) -> new MemberRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getObject("joined_on", LocalDate.class),
                        rs.getObject("left_on", LocalDate.class),
                        rs.getObject("meeting_quota", Integer.class)))
                .list();
        Map<UUID, Organisation> bodies =
                organisations.byIds(rows.stream().map(MemberRow::organisationId).toList()).stream()
                        .collect(Collectors.toMap(Organisation::id, Function.identity()));
        return rows.stream()
                .filter(r -> bodies.containsKey(r.organisationId()))
                .map(r -> {
                    var body = bodies.get(r.organisationId());
                    return new MemberBody(
                            r.id(),
                            r.organisationId(),
                            body.name(),
                            body.tenantId(),
                            r.joinedOn(),
                            r.leftOn(),
                            r.meetingQuota());
                })
                .sorted(Comparator.comparing(MemberBody::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<NetworkSummary> withMemberTenant(UUID tenantId) {
        var body = organisations.ofTenant(tenantId);
        if (body.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + NETWORK_COLUMNS + """
                         from networks.network n
                        where exists (select 1 from networks.member m
                                       where m.network_id = n.id and m.organisation_id = ?
                                         and m.joined_on <= current_date
                                         and (m.left_on is null or m.left_on > current_date))
                        order by n.name
                        """)
                .param(body.get().id())
                .query((rs, row) -> summary(rs))
                .list();
    }

    @Override
    @Transactional
    public UUID createNetwork(NewNetwork n) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into networks.network (id, slug, name, kind, description, coordinating_organisation_id,
                            visibility, founded_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        n.slug(),
                        n.name(),
                        n.kind().name(),
                        n.description(),
                        n.coordinatingOrganisationId(),
                        n.visibility().name(),
                        n.foundedOn())
                .update();
        return id;
    }

    @Override
    @Transactional
    public UUID addMember(UUID networkId, UUID organisationId, LocalDate joinedOn) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into networks.member (id, network_id, organisation_id, joined_on) values (?, ?, ?, ?)")
                .params(id, networkId, organisationId, joinedOn)
                .update();
        return id;
    }

    @Override
    @Transactional
    public UUID addDelegate(UUID networkId, @Nullable UUID memberId, UUID accountId, NetworkRole role, boolean editor) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into networks.delegate (id, network_id, member_id, account_id, role, editor, accepted_at)
                        values (?, ?, ?, ?, ?, ?, now())
                        """)
                .params(id, networkId, memberId, accountId, role.name(), editor)
                .update();
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AdoptedRecommendation> adoptedRecommendations(UUID networkId) {
        return jdbc.sql("""
                        select id, network_id, number, title, status from networks.recommendation
                         where network_id = ? and status <> 'DRAFT' order by number
                        """)
                .param(networkId)
                .query((rs, row) -> new AdoptedRecommendation(
                        rs.getObject("id", UUID.class),
                        rs.getObject("network_id", UUID.class),
                        rs.getInt("number"),
                        rs.getString("title"),
                        RecommendationStatus.valueOf(rs.getString("status"))))
                .list();
    }

    static NetworkSummary summary(ResultSet rs) throws SQLException {
        return new NetworkSummary(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getString("name"),
                NetworkKind.valueOf(rs.getString("kind")),
                NetworkVisibility.valueOf(rs.getString("visibility")),
                rs.getObject("coordinating_organisation_id", UUID.class),
                rs.getInt("version"));
    }

    static Participation participation(ResultSet rs) throws SQLException {
        return new Participation(
                rs.getObject("id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getObject("account_id", UUID.class),
                NetworkRole.valueOf(rs.getString("role")),
                rs.getObject("member_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getBoolean("editor"));
    }

    private record MemberRow(
            UUID id,
            UUID organisationId,
            LocalDate joinedOn,
            @Nullable LocalDate leftOn,
            @Nullable Integer meetingQuota) {}
}
