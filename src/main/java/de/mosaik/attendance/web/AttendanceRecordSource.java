package de.mosaik.attendance.web;

import de.mosaik.attendance.domain.AttendanceBook;
import de.mosaik.shared.web.PageContext;
import de.mosaik.shared.web.PersonalRecordSource;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The attendance section of a person's own record: per event, how many sessions they attended and each mark. */
@Component
class AttendanceRecordSource implements PersonalRecordSource {

    private final AttendanceBook book;

    AttendanceRecordSource(AttendanceBook book) {
        this.book = book;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Section> section(UUID tenantId, String emailNormalized, PageContext ctx) {
        var events = book.personal(tenantId, emailNormalized);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        var entries = events.stream()
                .map(event -> new Entry(
                        event.title(),
                        java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of(
                                                ctx.t("checkin.record.summary", event.attended(), event.sessions())),
                                        event.marks().stream()
                                                .map(mark -> ctx.t(
                                                        "checkin.record.session",
                                                        Times.moment(mark.startsAt(), ctx.locale()),
                                                        ctx.t("checkin.status."
                                                                + mark.status().name()))))
                                .toList(),
                        null,
                        null))
                .toList();
        return Optional.of(new Section(ctx.t("checkin.record.heading"), entries));
    }
}
