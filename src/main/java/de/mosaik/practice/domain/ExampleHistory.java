package de.mosaik.practice.domain;

import de.mosaik.practice.Author;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records a change beside the example's texts (its attachments, the recommendations it implements) in its
 * history like a save of the form: the example's version goes up (an older form open elsewhere is then
 * refused as stale), and a version names who changed which part, with the part's new state in the snapshot.
 */
@Component
class ExampleHistory {

    /** The names the history shows these parts under ({@code practiceoffice.field.…}). */
    static final String ATTACHMENTS = "attachments";

    static final String RECOMMENDATIONS = "recommendations";

    private final JdbcClient jdbc;
    private final ExampleRepository examples;

    ExampleHistory(JdbcClient jdbc, ExampleRepository examples) {
        this.jdbc = jdbc;
        this.examples = examples;
    }

    /** Call inside the transaction that made the change, after locking the example. */
    void record(UUID exampleId, Author by, String part, List<String> state) {
        int version = jdbc.sql("""
                        update practice.example set version = version + 1, updated_at = now()
                         where id = ? returning version
                        """).param(exampleId).query(Integer.class).single();
        var snapshot = new HashMap<>(examples.latestSnapshot(exampleId));
        snapshot.put(part, String.join("\n", state));
        examples.addVersion(exampleId, version, by, List.of(part), snapshot);
    }
}
