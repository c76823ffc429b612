package de.mosaik.practice.web;

import de.mosaik.practice.domain.Criterion;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The network's checklist for reviewing examples, with the label being typed. */
public record CriteriaPage(
        Place place,
        List<Criterion> criteria,
        String label,
        @Nullable String problem) {}
