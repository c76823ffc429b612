package de.mosaik.reporting.domain;

import de.mosaik.reporting.Figures;
import de.mosaik.reporting.PeriodReport;
import de.mosaik.reporting.PeriodReports;
import de.mosaik.reporting.ReportDimension;
import de.mosaik.reporting.ReportRequest;
import de.mosaik.reporting.ReportRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers reports from the participation facts and names their rows from the events' vocabularies. */
@Service
class FactReports implements PeriodReports {

    private final ParticipationFacts facts;
    private final ReportVocabulary vocabulary;

    FactReports(ParticipationFacts facts, ReportVocabulary vocabulary) {
        this.facts = facts;
        this.vocabulary = vocabulary;
    }

    @Override
    @Transactional(readOnly = true)
    public PeriodReport report(UUID tenantId, ReportRequest request) {
        var counts = facts.count(tenantId, request);
        var names = vocabulary.of(tenantId, employerIds(counts));
        var breakdowns = new EnumMap<ReportDimension, List<ReportRow>>(ReportDimension.class);
        for (var dimension : ReportDimension.values()) {
            breakdowns.put(dimension, rows(dimension, counts.breakdowns().getOrDefault(dimension, Map.of()), names));
        }
        return new PeriodReport(request, counts.totals(), facts.eventsHeld(tenantId, request), breakdowns);
    }

    private static List<UUID> employerIds(ParticipationFacts.Counts counts) {
        return counts.breakdowns().getOrDefault(ReportDimension.EMPLOYER, Map.of()).keySet().stream()
                .filter(key -> !key.isEmpty())
                .map(UUID::fromString)
                .toList();
    }

    private static List<ReportRow> rows(
            ReportDimension dimension, Map<String, Figures> counts, ReportVocabulary.Names names) {
        var rows = new ArrayList<ReportRow>();
        counts.forEach((key, figures) -> rows.add(
                switch (dimension) {
                    case YEAR, QUARTER, MONTH -> new ReportRow(key, key, null, figures);
                    case INSTITUTION_TYPE -> new ReportRow(key, key, key, figures);
                    case TARGET_GROUP, FORMAT, TOPIC -> names.term(key, figures);
                    case EVENT -> names.event(key, figures);
                    case EMPLOYER -> names.employer(key, figures);
                }));
        switch (dimension) {
            case YEAR, QUARTER, MONTH -> {}
            case EVENT -> rows.sort(Comparator.comparing(names::eventStart).thenComparing(ReportRow::name));
            // Largest first, "not stated" last: the order people read shares in.
            default ->
                rows.sort(Comparator.comparing((ReportRow row) -> row.key().isEmpty())
                        .thenComparing(row -> -row.figures().participations())
                        .thenComparing(ReportRow::name));
        }
        return List.copyOf(rows);
    }
}
