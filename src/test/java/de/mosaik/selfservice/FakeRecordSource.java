package de.mosaik.selfservice;

import de.mosaik.shared.web.PageContext;
import de.mosaik.shared.web.PersonalRecordSource;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A module's section as the overview gets it from any module, present in the test application
 * only. It answers just for addresses made for this purpose, so other tests never see it; one
 * kind of address makes it fail, to show that the other sections still appear.
 */
@Component
class FakeRecordSource implements PersonalRecordSource {

    static final String SHOWN = "fake-record-";
    static final String FAILING = "failing-record-";

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Section> section(UUID tenantId, String emailNormalized, PageContext ctx) {
        if (emailNormalized.startsWith(FAILING)) {
            throw new IllegalStateException("a module that cannot answer");
        }
        if (!emailNormalized.startsWith(SHOWN)) {
            return Optional.empty();
        }
        return Optional.of(new Section(
                "Teilnahmebescheinigungen (Test)",
                List.of(new Entry(
                        "Bescheinigung Fachtag Vielfalt",
                        List.of("Nummer KD-2026-0001", "Ausgestellt für " + emailNormalized),
                        "/" + "kreis-dueren/bescheinigung/test.pdf",
                        "Bescheinigung herunterladen"))));
    }
}
