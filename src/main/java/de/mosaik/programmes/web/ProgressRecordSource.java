package de.mosaik.programmes.web;

import de.mosaik.programmes.domain.ProgressService;
import de.mosaik.shared.web.PageContext;
import de.mosaik.shared.web.PersonalRecordSource;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The programme progress part of a person's own record: each programme with its modules' state. */
@Component
class ProgressRecordSource implements PersonalRecordSource {

    private final ProgressService progress;

    ProgressRecordSource(ProgressService progress) {
        this.progress = progress;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Section> section(UUID tenantId, String emailNormalized, PageContext ctx) {
        var entries = new ArrayList<Entry>();
        for (var programme : progress.ofPerson(tenantId, emailNormalized)) {
            var person = programme.person();
            var details = new ArrayList<String>();
            details.add(
                    person.complete()
                            ? ctx.t("progress.record.complete")
                            : ctx.t(
                                    "progress.record.fulfilled",
                                    person.fulfilledCount(),
                                    programme.buildingBlocks().size()));
            for (var state : person.buildingBlocks()) {
                var event = state.fulfilledBy();
                details.add(
                        event == null
                                ? ctx.t(
                                        "progress.record.moduleOpen",
                                        state.buildingBlock().title())
                                : ctx.t(
                                        "progress.record.moduleFulfilled",
                                        state.buildingBlock().title(),
                                        event.title(),
                                        ProgrammeFormat.dates(event.dates(), ctx.locale())));
            }
            entries.add(new Entry(programme.programme().title(), details, null, null));
        }
        return entries.isEmpty()
                ? Optional.empty()
                : Optional.of(new Section(ctx.t("progress.record.heading"), entries));
    }
}
