package de.mosaik.networks.domain;

import de.mosaik.identity.Accounts;
import de.mosaik.identity.Accounts.AccountSummary;
import de.mosaik.identity.NetworkAccounts;
import de.mosaik.networks.NetworkRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

/**
 * The member bodies and delegates of one network as the coordination keeps them. Every statement names the
 * network, so that an id of another network's member or delegate finds nothing.
 */
@Service
public class NetworkMembership {

    private static final String DELEGATE_COLUMNS = """
            id, member_id, account_id, role, editor, function_title, phone, show_email, show_phone, invited_at,
            accepted_at, version
            """;

    private final JdbcClient jdbc;
    private final NetworkAccounts accounts;
    private final Accounts languages;

    NetworkMembership(JdbcClient jdbc, NetworkAccounts accounts, Accounts languages) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.languages = languages;
    }

    public enum Outcome {
        DONE,
        ALREADY_MEMBER,
        CHANGED_MEANWHILE,
        NOT_FOUND
    }

    /** The network's people with their names, coordination first, then by name. */
    @Transactional(readOnly = true)
    public List<Delegate> delegates(UUID networkId) {
        var rows = jdbc.sql("select " + DELEGATE_COLUMNS + " from networks.delegate where network_id = ?")
                .param(networkId)
                .query((rs, row) -> row(rs))
                .list();
        Map<UUID, AccountSummary> people = accounts
                .byIds(rows.stream().map(DelegateRow::accountId).toList())
                .stream()
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        var spoken = languages.languages(people.keySet());
        return rows.stream()
                .filter(r -> people.containsKey(r.accountId()))
                .map(r -> r.named(
                        people.get(r.accountId()),
                        spoken.getOrDefault(r.accountId(), java.util.Locale.GERMAN)
                                .getLanguage()))
                .sorted(Comparator.comparing(Delegate::role)
                        .thenComparing(Delegate::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Delegate> delegate(UUID networkId, UUID delegateId) {
        return delegates(networkId).stream()
                .filter(d -> d.id().equals(delegateId))
                .findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Delegate> entryOf(UUID networkId, UUID accountId) {
        return delegates(networkId).stream()
                .filter(d -> d.accountId().equals(accountId))
                .findFirst();
    }

    @Transactional(readOnly = true)
    public int memberVersion(UUID networkId, UUID memberId) {
        return jdbc.sql("select version from networks.member where network_id = ? and id = ?")
                .params(networkId, memberId)
                .query(Integer.class)
                .optional()
                .orElse(-1);
    }

    /** Adds a body of the register as a member; a body is a member of one network once. */
    @Transactional
    public Outcome addMember(UUID networkId, UUID organisationId, LocalDate joinedOn) {
        int added = jdbc.sql("""
                        insert into networks.member (id, network_id, organisation_id, joined_on) values (?, ?, ?, ?)
                        on conflict (network_id, organisation_id) do nothing
                        """)
                .params(UUID.randomUUID(), networkId, organisationId, joinedOn)
                .update();
        return added == 1 ? Outcome.DONE : Outcome.ALREADY_MEMBER;
    }

    /** Sets the day the body left (null: still a member) and its meeting quota (null: no limit). */
    @Transactional
    public Outcome updateMember(
            UUID networkId, UUID memberId, int version, @Nullable LocalDate leftOn, @Nullable Integer quota) {
        int changed = jdbc.sql("""
                        update networks.member set left_on = ?, meeting_quota = ?, version = version + 1
                         where network_id = ? and id = ? and version = ?
                        """)
                .params(leftOn, quota, networkId, memberId, version)
                .update();
        if (changed == 1) {
            return Outcome.DONE;
        }
        return memberVersion(networkId, memberId) < 0 ? Outcome.NOT_FOUND : Outcome.CHANGED_MEANWHILE;
    }

    /** Adds an account to the network; nothing when the account takes part already. */
    @Transactional
    public Outcome addDelegate(
            UUID networkId,
            @Nullable UUID memberId,
            UUID accountId,
            NetworkRole role,
            boolean editor,
            boolean accepted) {
        int added = jdbc.sql("""
                        insert into networks.delegate (id, network_id, member_id, account_id, role, editor, accepted_at)
                        values (?, ?, ?, ?, ?, ?, case when ? then now() end)
                        on conflict (network_id, account_id) do nothing
                        """)
                .params(UUID.randomUUID(), networkId, memberId, accountId, role.name(), editor, accepted)
                .update();
        return added == 1 ? Outcome.DONE : Outcome.ALREADY_MEMBER;
    }

    /** The coordination changes a person's role and editor flag. */
    @Transactional
    public Outcome updateRole(UUID networkId, UUID delegateId, int version, NetworkRole role, boolean editor) {
        int changed = jdbc.sql("""
                        update networks.delegate set role = ?, editor = ?, version = version + 1
                         where network_id = ? and id = ? and version = ?
                           and (? <> 'DELEGATE' or member_id is not null)
                        """)
                .params(role.name(), editor, networkId, delegateId, version, role.name())
                .update();
        return changed == 1 ? Outcome.DONE : missingOrChanged(networkId, delegateId);
    }

    /** The person's own entry: what they do and which contact details the other members may see. */
    @Transactional
    public Outcome updateOwnEntry(
            UUID networkId,
            UUID accountId,
            int version,
            String functionTitle,
            String phone,
            boolean showEmail,
            boolean showPhone) {
        int changed = jdbc.sql("""
                        update networks.delegate
                           set function_title = ?, phone = ?, show_email = ?, show_phone = ?, version = version + 1,
                               accepted_at = coalesce(accepted_at, now())
                         where network_id = ? and account_id = ? and version = ?
                        """)
                .params(functionTitle, phone, showEmail, showPhone, networkId, accountId, version)
                .update();
        if (changed == 1) {
            return Outcome.DONE;
        }
        return entryOf(networkId, accountId).isPresent() ? Outcome.CHANGED_MEANWHILE : Outcome.NOT_FOUND;
    }

    /** Removes a person from the network; the account itself stays. */
    @Transactional
    public Outcome remove(UUID networkId, UUID delegateId) {
        int removed = jdbc.sql("delete from networks.delegate where network_id = ? and id = ?")
                .params(networkId, delegateId)
                .update();
        return removed == 1 ? Outcome.DONE : Outcome.NOT_FOUND;
    }

    private Outcome missingOrChanged(UUID networkId, UUID delegateId) {
        return jdbc.sql("select count(*) from networks.delegate where network_id = ? and id = ?")
                                .params(networkId, delegateId)
                                .query(Integer.class)
                                .single()
                        == 0
                ? Outcome.NOT_FOUND
                : Outcome.CHANGED_MEANWHILE;
    }

    private static DelegateRow row(ResultSet rs) throws SQLException {
        Timestamp accepted = rs.getTimestamp("accepted_at");
        return new DelegateRow(
                rs.getObject("id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getObject("account_id", UUID.class),
                NetworkRole.valueOf(rs.getString("role")),
                rs.getBoolean("editor"),
                rs.getString("function_title"),
                rs.getString("phone"),
                rs.getBoolean("show_email"),
                rs.getBoolean("show_phone"),
                rs.getTimestamp("invited_at"),
                accepted,
                rs.getInt("version"));
    }

    private record DelegateRow(
            UUID id,
            @Nullable UUID memberId,
            UUID accountId,
            NetworkRole role,
            boolean editor,
            String functionTitle,
            String phone,
            boolean showEmail,
            boolean showPhone,
            Timestamp invitedAt,
            @Nullable Timestamp acceptedAt,
            int version) {

        Delegate named(AccountSummary person, String language) {
            return new Delegate(
                    id,
                    memberId,
                    accountId,
                    person.displayName(),
                    person.email(),
                    role,
                    editor,
                    functionTitle,
                    phone,
                    showEmail,
                    showPhone,
                    invitedAt.toInstant(),
                    acceptedAt == null ? null : acceptedAt.toInstant(),
                    language,
                    version);
        }
    }
}
