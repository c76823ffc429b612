package de.mosaik.reporting.domain;

import de.mosaik.identity.Tenants;
import de.mosaik.reporting.PeriodReports;
import de.mosaik.reporting.ReportRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly figures of the tenants that agreed to share them, each computed by the same period report
 * the tenant sees itself (attended basis, as known today), so that the platform never shows other
 * numbers than the tenant's own. Only counts leave the tenant.
 */
@Service
public class PlatformFiguresService {

    private final JdbcClient jdbc;
    private final PeriodReports reports;
    private final Tenants allTenants;

    PlatformFiguresService(JdbcClient jdbc, PeriodReports reports, Tenants allTenants) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.allTenants = allTenants;
    }

    private record Tenant(UUID id, String name, boolean shares) {}

    /** All years with figures, or only {@code year} when it is one of them. */
    @Transactional(readOnly = true)
    public CrossTenantTable table(@Nullable Integer year, LocalDate today) {
        var sharingIds = Set.copyOf(jdbc.sql("select tenant_id from reporting.sharing where shares_figures")
                .query(UUID.class)
                .list());
        // identity orders them by name, as the platform lists them elsewhere
        var tenants = allTenants.all().stream()
                .map(t -> new Tenant(t.id(), t.name(), sharingIds.contains(t.id())))
                .toList();
        var sharing = tenants.stream().filter(Tenant::shares).toList();
        var years = years(sharing, today);
        var shown = year != null && years.contains(year) ? List.of(year) : years;
        var rows = new ArrayList<CrossTenantRow>();
        var sums = new ArrayList<CrossTenantSum>();
        for (int shownYear : shown) {
            var request = ReportRequest.attended(LocalDate.of(shownYear, 1, 1), LocalDate.of(shownYear, 12, 31), today);
            long participations = 0;
            long events = 0;
            var hours = BigDecimal.ZERO;
            for (var tenant : sharing) {
                var report = reports.report(tenant.id(), request);
                rows.add(new CrossTenantRow(shownYear, tenant.name(), report.totals(), report.eventsHeld()));
                participations += report.totals().participations();
                hours = hours.add(report.totals().hours());
                events += report.eventsHeld();
            }
            sums.add(new CrossTenantSum(shownYear, participations, hours, events));
        }
        var notSharing = tenants.stream()
                .filter(tenant -> !tenant.shares())
                .map(Tenant::name)
                .toList();
        return new CrossTenantTable(years, rows, sums, notSharing);
    }

    /** From the year of the sharing tenants' first participation to this year, newest first. */
    private List<Integer> years(List<Tenant> sharing, LocalDate today) {
        int from = sharing.isEmpty()
                ? today.getYear()
                : jdbc.sql("""
                                select coalesce(min(extract(year from event_starts_at at time zone 'Europe/Berlin'))::int, ?)
                                  from reporting.participation_fact where tenant_id = any(?)
                                """)
                        .params(
                                today.getYear(),
                                sharing.stream().map(Tenant::id).toArray(UUID[]::new))
                        .query(Integer.class)
                        .single();
        int first = Math.min(from, today.getYear());
        return IntStream.rangeClosed(first, today.getYear())
                .map(y -> today.getYear() - (y - first))
                .boxed()
                .toList();
    }
}
