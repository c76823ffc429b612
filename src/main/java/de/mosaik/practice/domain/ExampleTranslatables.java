package de.mosaik.practice.domain;

import de.mosaik.networks.NetworkSummary;
import de.mosaik.networks.NetworkTranslatables;
import de.mosaik.networks.Participation;
import de.mosaik.shared.translation.SourceText;
import de.mosaik.shared.translation.TranslatableItem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice examples a network reviews, as texts its people translate (owner kind {@code practice-example},
 * kept without a tenant whoever wrote the example: the library is platform-wide). The network's editors and
 * coordination translate every example of the network; an author their own. Withdrawn examples are left out.
 */
@Component
class ExampleTranslatables implements NetworkTranslatables {

    private final JdbcClient jdbc;

    ExampleTranslatables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String ownerKind() {
        return ExampleTexts.OWNER_KIND;
    }

    @Override
    public String kindLabelKey() {
        return "networks.translations.kind.practice";
    }

    @Override
    @Transactional(readOnly = true)
    public List<TranslatableItem> items(NetworkSummary network, Participation who) {
        return jdbc.sql("""
                        select id, title, summary, goals, approach, resources, results, lessons_learned,
                            transferability
                        from practice.example
                        where network_id = :network and status <> 'WITHDRAWN'
                          and (:all or author_account_id = :account)
                        order by title, id
                        """)
                .param("network", network.id())
                .param("all", who.reviews())
                .param("account", who.accountId())
                .query((rs, row) -> {
                    var fields = new ArrayList<SourceText>();
                    fields.add(new SourceText(ExampleTexts.TITLE, rs.getString("title"), false));
                    add(fields, ExampleTexts.SUMMARY, rs.getString("summary"), false);
                    for (var section : ExampleTexts.SECTIONS) {
                        add(fields, section, rs.getString(section), true);
                    }
                    var id = rs.getObject("id", java.util.UUID.class);
                    return new TranslatableItem(
                            id,
                            rs.getString("title"),
                            fields,
                            "/netzwerke/" + network.slug() + "/praxisbeispiele/" + id);
                })
                .list();
    }

    @Override
    public @Nullable String fieldLabelKey(String field) {
        return "networks.translations.field." + field;
    }

    private static void add(List<SourceText> fields, String field, @Nullable String german, boolean markdown) {
        if (german != null && !german.isBlank()) {
            fields.add(new SourceText(field, german, markdown));
        }
    }
}
