package de.mosaik.selfservice.web;

import de.mosaik.selfservice.domain.RegistrationRecord;
import de.mosaik.shared.web.PersonalRecordSource;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One section of the overview: the person's registrations in their own, richer form, or the
 * section another module provides, or a note that a module could not answer just now.
 */
public record OverviewSection(
        @Nullable List<RegistrationRecord.Shown> registrations,
        PersonalRecordSource.@Nullable Section section,
        boolean unavailable) {

    static OverviewSection ofRegistrations(List<RegistrationRecord.Shown> registrations) {
        return new OverviewSection(registrations, null, false);
    }

    static OverviewSection of(PersonalRecordSource.Section section) {
        return new OverviewSection(null, section, false);
    }

    static OverviewSection failed() {
        return new OverviewSection(null, null, true);
    }
}
