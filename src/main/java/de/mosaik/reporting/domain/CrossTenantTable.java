package de.mosaik.reporting.domain;

import java.util.List;

/**
 * The platform's statistics: per year the rows of the tenants that share their figures and their
 * sum, plus the names of the tenants that do not share (and whose figures are never read).
 *
 * @param years the years that can be chosen, newest first
 */
public record CrossTenantTable(
        List<Integer> years, List<CrossTenantRow> rows, List<CrossTenantSum> sums, List<String> notSharing) {

    public List<CrossTenantRow> rows(int year) {
        return rows.stream().filter(row -> row.year() == year).toList();
    }
}
