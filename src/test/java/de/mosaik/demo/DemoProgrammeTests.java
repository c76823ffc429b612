package de.mosaik.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoProgrammeTests extends IntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"kreis-dueren", "stadt-duisburg", "kreis-recklinghausen"})
    void eachTenantHasAProgrammeInThePastAndTheFuture(String slug) {
        assertThat(count("""
                        select count(*) from events.event e join identity.tenant t on t.id = e.tenant_id
                        where t.slug = ? and e.last_ends_at < now() and e.status in ('HELD', 'ARCHIVED')
                        """, slug)).isGreaterThanOrEqualTo(5);
        assertThat(count("""
                        select count(*) from events.event e join identity.tenant t on t.id = e.tenant_id
                        where t.slug = ? and e.first_starts_at > now() and e.status in ('PUBLISHED', 'REGISTRATION_CLOSED')
                        """, slug)).isGreaterThanOrEqualTo(5);
        assertThat(count("""
                        select count(*) from events.event e join identity.tenant t on t.id = e.tenant_id
                        where t.slug = ? and e.status = 'DRAFT'
                        """, slug)).isPositive();
        assertThat(count("""
                        select count(*) from events.event e join identity.tenant t on t.id = e.tenant_id
                        where t.slug = ? and e.status = 'CANCELLED'
                        """, slug)).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kreis-dueren", "stadt-duisburg", "kreis-recklinghausen"})
    void pastEventsHaveConfirmedParticipants(String slug) {
        assertThat(count("""
                        select count(*) from events.event e join identity.tenant t on t.id = e.tenant_id
                        where t.slug = ? and e.status in ('HELD', 'ARCHIVED') and e.title = any(?)
                          and (select count(*) from registration.registration r
                               where r.event_id = e.id and r.status = 'CONFIRMED') not between 10 and 30
                        """, slug, demoTitles())).isZero();
    }

    @Test
    void countersEqualTheRegistrationsOfEveryEvent() {
        assertThat(count("""
                        select count(*) from events.event e
                        join identity.tenant t on t.id = e.tenant_id
                        where t.slug in ('kreis-dueren', 'stadt-duisburg', 'kreis-recklinghausen')
                          and e.title = any(?)
                          and (e.seats_taken <> (select count(*) from registration.registration r where r.event_id = e.id
                                  and r.status in ('PENDING_CONFIRMATION', 'PENDING_APPROVAL', 'CONFIRMED'))
                           or e.waitlist_count <> (select count(*) from registration.registration r
                                  where r.event_id = e.id and r.status = 'WAITLISTED'))
                        """, (Object) demoTitles()))
                .as("the demo's events; fixtures of other tests set counters directly")
                .isZero();
    }

    @Test
    void noEventHoldsMoreSeatsThanItHas() {
        assertThat(count("select count(*) from events.event where capacity is not null and seats_taken > capacity"))
                .isZero();
    }

    @Test
    void someEventIsFullWithAWaitlist() {
        assertThat(count("""
                        select count(*) from events.event e join identity.tenant t on t.id = e.tenant_id
                        where t.slug in ('kreis-dueren', 'stadt-duisburg', 'kreis-recklinghausen')
                          and e.seats_taken = e.capacity and e.waitlist_count > 0 and e.status = 'PUBLISHED'
                        """)).isPositive();
    }

    @Test
    void thereIsAnUnlimitedPublicTalkAndAnOnlineAndAMultiSessionEvent() {
        assertThat(count("""
                        select count(*) from events.event e join events.term f on f.id = e.format_id
                        where f.code = 'VORTRAG' and e.capacity is null and e.status = 'PUBLISHED'
                        """)).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from events.event where has_online and status = 'PUBLISHED'"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("""
                        select count(*) from events.event e
                        where (select count(*) from events.session s where s.event_id = e.id) = 3
                        """)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void peopleComeToSeveralEvents() {
        assertThat(count("""
                        select count(*) from (
                            select r.tenant_id, r.email_normalized from registration.registration r
                            where r.status = 'CONFIRMED' group by r.tenant_id, r.email_normalized
                            having count(distinct r.event_id) >= 3) recurring
                        """)).isGreaterThan(30);
    }

    @Test
    void demoAddressesUseOnlyReservedDomains() {
        assertThat(count("""
                        select count(*) from registration.registration r join identity.tenant t on t.id = r.tenant_id
                        join events.event e on e.id = r.event_id
                        where t.slug in ('kreis-dueren', 'stadt-duisburg', 'kreis-recklinghausen')
                          and e.title = any(?)
                          and r.email_normalized not like '%.demo' and r.email_normalized not like '%@example.org'
                        """, (Object) demoTitles())).isZero();
    }

    @Test
    void sessionsAndDerivedColumnsAgree() {
        assertThat(count("""
                        select count(*) from events.event e
                        join identity.tenant t on t.id = e.tenant_id
                        where t.slug in ('kreis-dueren', 'stadt-duisburg', 'kreis-recklinghausen')
                          and e.title = any(?)
                          and (e.first_starts_at <> (select min(starts_at) from events.session s where s.event_id = e.id)
                            or e.last_ends_at <> (select max(ends_at) from events.session s where s.event_id = e.id)
                            or e.has_online <> (select bool_or(online) from events.session s where s.event_id = e.id)
                            or e.has_venue <> (select bool_or(venue_id is not null) from events.session s
                                               where s.event_id = e.id))
                        """, (Object) demoTitles())).isZero();
    }

    @Test
    void attendanceIsTakenThroughTheListSoThatEveryMarkIsLoggedAndLateEntriesShowAsLate() {
        assertThat(count("""
                        select count(*) from attendance.mark m
                        join events.event e on e.id = m.event_id
                        join events.session s on s.id = m.session_id
                        where e.title = any(?)
                          and not exists (select 1 from attendance.mark_change c
                              where c.session_id = m.session_id and c.registration_id = m.registration_id
                                and c.status = m.status and c.late = (m.recorded_at > s.ends_at))
                        """, (Object) demoTitles())).isZero();
        assertThat(count("""
                        select count(*) from attendance.mark m join events.event e on e.id = m.event_id
                        where e.title = any(?) and m.source = 'SHEET'
                        """, (Object) demoTitles())).isPositive();
        // Those who forgot to sign are corrected two days later: a late change from absent to present.
        assertThat(count("""
                        select count(*) from attendance.mark_change c join events.event e on e.id = c.event_id
                        where e.title = any(?) and c.late and c.previous_status = 'ABSENT' and c.status = 'ATTENDED'
                          and c.note = 'Unterschrift vergessen, nachgetragen'
                        """, (Object) demoTitles())).isPositive();
    }

    /** Other tests add events of their own to the demo tenants; these checks are about the demo's. */
    private static String[] demoTitles() {
        return java.util.stream.Stream.of("kreis-dueren", "stadt-duisburg", "kreis-recklinghausen")
                .flatMap(slug -> DemoEventCatalogue.forTenant(slug).events().stream())
                .map(event -> event.title)
                .toArray(String[]::new);
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }
}
