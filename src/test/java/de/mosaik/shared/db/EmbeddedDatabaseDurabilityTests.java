package de.mosaik.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Run mode keeps every acknowledged commit through a power cut; only the test profile trades that for speed. */
class EmbeddedDatabaseDurabilityTests extends IntegrationTest {

    @Test
    void runModeIsDurableUnlessSwitchedOff() {
        var unset = new DatabaseProperties(null, null, null, null, null, null);
        assertThat(unset.durable()).as("default").isTrue();
        assertThat(EmbeddedDatabase.serverSettings(unset.durable()))
                .containsEntry("fsync", "on")
                .containsEntry("synchronous_commit", "on")
                .containsEntry("full_page_writes", "on");
        assertThat(EmbeddedDatabase.serverSettings(false))
                .containsEntry("fsync", "off")
                .containsEntry("synchronous_commit", "off");
    }

    @Test
    void theSettingsReachTheServer() {
        // The test profile switches durability off, so the server must show the fast settings; the
        // library never touches full_page_writes, so its value proves that the property reached the server.
        assertThat(jdbc.sql("show full_page_writes").query(String.class).single())
                .isEqualTo("off");
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("off");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                .isEqualTo("off");
    }
}
