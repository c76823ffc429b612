package de.mosaik.networks.domain;

import de.mosaik.networks.Networks;
import de.mosaik.networks.PracticeExampleFigures;
import de.mosaik.networks.PracticeExampleFigures.ExampleYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A network's yearly statistics, counted from its own tables and the practice library's figures. */
@Service
public class NetworkFiguresService {

    /** How many years the statistics show, back from the current one. */
    static final int YEARS = 10;

    private final JdbcClient jdbc;
    private final List<PracticeExampleFigures> examples;
    private final Networks networks;

    NetworkFiguresService(JdbcClient jdbc, List<PracticeExampleFigures> examples, Networks networks) {
        this.jdbc = jdbc;
        this.examples = examples;
        this.networks = networks;
    }

    /** The last {@value #YEARS} years up to {@code today}'s, oldest first, from the year the network began. */
    @Transactional(readOnly = true)
    public List<NetworkYear> years(UUID networkId, LocalDate today) {
        int last = today.getYear();
        int first = Math.max(last - YEARS + 1, firstYear(networkId, last));
        var counts = yearCounts(networkId, first, last);
        var recommendations = recommendations(networkId);
        var published = examplesByYear(networkId);
        var years = new ArrayList<NetworkYear>();
        for (int year = first; year <= last; year++) {
            var row = counts.getOrDefault(year, new int[4]);
            var example = published.getOrDefault(year, new ExampleYear(0, 0));
            years.add(new NetworkYear(
                    year,
                    row[0],
                    row[1],
                    row[2],
                    row[3],
                    recommendations.getOrDefault(year, Map.of()),
                    example.published(),
                    example.views()));
        }
        return years;
    }

    private int firstYear(UUID networkId, int fallback) {
        var first =
                jdbc.sql("""
                        select least(
                            (select extract(year from founded_on)::int from networks.network where id = :network),
                            (select min(extract(year from joined_on))::int from networks.member where network_id = :network),
                            (select min(extract(year from starts_on))::int from networks.meeting where network_id = :network))
                        """).param("network", networkId).query(Integer.class).optional();
        return first.orElse(fallback);
    }

    /** Per year: members at the year's end, joined, left, meetings — one statement over a series of years. */
    private Map<Integer, int[]> yearCounts(UUID networkId, int first, int last) {
        var counts = new HashMap<Integer, int[]>();
        jdbc.sql("""
                        select y.year,
                          (select count(*) from networks.member m where m.network_id = :network
                             and m.joined_on <= make_date(y.year, 12, 31)
                             and (m.left_on is null or m.left_on > make_date(y.year, 12, 31))) as members,
                          (select count(*) from networks.member m where m.network_id = :network
                             and extract(year from m.joined_on) = y.year) as joined,
                          (select count(*) from networks.member m where m.network_id = :network
                             and extract(year from m.left_on) = y.year) as left_count,
                          (select count(*) from networks.meeting t where t.network_id = :network
                             and extract(year from t.starts_on) = y.year) as meetings
                        from generate_series(:first, :last) as y(year)
                        """)
                .param("network", networkId)
                .param("first", first)
                .param("last", last)
                .query(rs -> {
                    counts.put(rs.getInt("year"), new int[] {
                        rs.getInt("members"), rs.getInt("joined"), rs.getInt("left_count"), rs.getInt("meetings")
                    });
                });
        return counts;
    }

    /** Recommendations adopted per year, by their status today; drafts are not counted. */
    private Map<Integer, Map<String, Integer>> recommendations(UUID networkId) {
        var byYear = new HashMap<Integer, Map<String, Integer>>();
        jdbc.sql("""
                        select extract(year from adopted_on)::int as year, status, count(*) as n
                          from networks.recommendation
                         where network_id = ? and status <> 'DRAFT' and adopted_on is not null
                         group by 1, 2
                        """).param(networkId).query(rs -> {
            byYear.computeIfAbsent(rs.getInt("year"), y -> new HashMap<>()).put(rs.getString("status"), rs.getInt("n"));
        });
        return byYear;
    }

    private Map<Integer, ExampleYear> examplesByYear(UUID networkId) {
        var sum = new HashMap<Integer, ExampleYear>();
        for (var source : examples) {
            source.byYear(networkId)
                    .forEach((year, figures) -> sum.merge(
                            year,
                            figures,
                            (a, b) -> new ExampleYear(a.published() + b.published(), a.views() + b.views())));
        }
        return sum;
    }

    /** Delegates present at the meetings of one year for one member body: persons marked present in a session. */
    public record BodyPresence(int year, String body, int present) {}

    /**
     * Per year (the last {@value #YEARS} up to {@code today}'s) and member body, how many registered persons were
     * marked present in at least one session of a meeting, summed over the year's meetings — from the attendance the
     * registering tenant took (attendance's published marks) and networks' record of each registration's body.
     */
    @Transactional(readOnly = true)
    public List<BodyPresence> presentByBody(UUID networkId, LocalDate today) {
        var names = new HashMap<UUID, String>();
        networks.members(networkId).forEach(m -> names.put(m.memberId(), m.name()));
        var rows = new ArrayList<BodyPresence>();
        jdbc.sql("""
                        select extract(year from mt.starts_on)::int as year, mr.member_id, count(*) as present
                          from networks.meeting_registrant mr
                          join networks.meeting mt on mt.id = mr.meeting_id
                         where mt.network_id = ? and extract(year from mt.starts_on) between ? and ?
                           and exists (select 1 from attendance.v_mark mk
                                         join networks.meeting_session s on s.event_session_id = mk.session_id
                                        where s.meeting_id = mt.id and mk.registration_id = mr.registration_id
                                          and mk.attended)
                         group by 1, 2
                        """)
                .params(networkId, today.getYear() - YEARS + 1, today.getYear())
                .query(rs -> {
                    rows.add(new BodyPresence(
                            rs.getInt("year"),
                            names.getOrDefault(rs.getObject("member_id", UUID.class), ""),
                            rs.getInt("present")));
                });
        rows.sort(java.util.Comparator.comparing(BodyPresence::year).reversed().thenComparing(BodyPresence::body));
        return rows;
    }
}
