package de.mosaik.networks.web;

import de.mosaik.networks.MemberBody;
import de.mosaik.networks.domain.Delegate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The member list of a network as its pages and exports show it: current and former bodies with their
 * delegates, and the people who take part without a body (coordination, guests).
 */
public record MemberListing(List<Entry> current, List<Entry> former, List<Delegate> withoutBody) {

    public record Entry(MemberBody body, List<Delegate> delegates) {}

    static MemberListing of(List<MemberBody> members, List<Delegate> delegates, LocalDate today) {
        Map<UUID, List<Delegate>> byMember =
                delegates.stream().filter(d -> d.memberId() != null).collect(Collectors.groupingBy(Delegate::memberId));
        var entries = members.stream()
                .map(m -> new Entry(m, byMember.getOrDefault(m.memberId(), List.of())))
                .toList();
        return new MemberListing(
                entries.stream()
                        .filter(e ->
                                e.body().leftOn() == null || e.body().leftOn().isAfter(today))
                        .toList(),
                entries.stream()
                        .filter(e ->
                                e.body().leftOn() != null && !e.body().leftOn().isAfter(today))
                        .toList(),
                delegates.stream().filter(d -> d.memberId() == null).toList());
    }

    public int delegateCount() {
        return current.stream().mapToInt(e -> e.delegates().size()).sum() + withoutBody.size();
    }
}
