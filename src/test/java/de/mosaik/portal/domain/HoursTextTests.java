package de.mosaik.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.mosaik.portal.TimeRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening hours as staff type them, and the line a mistake is in. */
class HoursTextTests {

    @Test
    void readsShortAndLongTimes() throws HoursText.Invalid {
        assertThat(HoursText.ranges("9-12, 14:00 – 16.30"))
                .containsExactly(TimeRange.of("09:00", "12:00"), TimeRange.of("14:00", "16:30"));
        assertThat(HoursText.ranges(" ")).isEmpty();
        assertThat(HoursText.format(HoursText.ranges("9-12,14-16"))).isEqualTo("09:00-12:00, 14:00-16:00");
    }

    @Test
    void refusesBackwardsOverlappingAndGarbledRanges() {
        for (var wrong : List.of("12-9", "9-12, 11-13", "neun bis zwölf", "25-26", "9-")) {
            assertThatThrownBy(() -> HoursText.ranges(wrong)).as(wrong).isInstanceOf(HoursText.Invalid.class);
        }
    }

    @Test
    void readsExceptionsAndNamesTheWrongLine() throws HoursText.Invalid {
        var days = HoursText.exceptions("24.12.2026 geschlossen\n\n2026-12-31 9-12\n");
        assertThat(days).containsEntry(LocalDate.of(2026, 12, 24), List.of());
        assertThat(days).containsEntry(LocalDate.of(2026, 12, 31), List.of(TimeRange.of("09:00", "12:00")));
        assertThat(HoursText.formatExceptions(days)).isEqualTo("24.12.2026 geschlossen\n31.12.2026 09:00-12:00");

        assertThatThrownBy(() -> HoursText.exceptions("24.12.2026 geschlossen\n32.12.2026 geschlossen"))
                .isInstanceOfSatisfying(
                        HoursText.Invalid.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThatThrownBy(() -> HoursText.exceptions("24.12.2026 zu\n"))
                .isInstanceOfSatisfying(
                        HoursText.Invalid.class, e -> assertThat(e.line()).isEqualTo(1));
        assertThatThrownBy(() -> HoursText.exceptions("24.12.2026 geschlossen\n24.12.2026 9-12"))
                .isInstanceOfSatisfying(
                        HoursText.Invalid.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void slugsAreReadableAndUnique() {
        var slugs = de.mosaik.shared.text.Slugs.upTo(PortalSlugs.MAX, PortalSlugs.FALLBACK);
        assertThat(slugs.of("Schulberatung für Neuzugewanderte")).isEqualTo("schulberatung-fuer-neuzugewanderte");
        assertThat(slugs.of("Sprachmittler*innen im Bildungs- und Gesundheitsbereich"))
                .isEqualTo("sprachmittler-innen-im-bildungs-und-gesundheitsbereich");
        assertThat(slugs.unique("Griffbereit", s -> s.equals("griffbereit"))).isEqualTo("griffbereit-2");
        assertThat(slugs.of("!!!")).isEqualTo("eintrag");
    }
}
