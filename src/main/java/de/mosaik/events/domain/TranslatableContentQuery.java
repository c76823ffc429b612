package de.mosaik.events.domain;

import de.mosaik.shared.translation.SourceText;
import de.mosaik.shared.translation.TranslatableContent;
import de.mosaik.shared.translation.TranslatableItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the events module's translatable owners (events, questions, venues) have in common: one
 * SELECT of the tenant's rows, narrowed to one owner by an extra condition, each row mapped to a
 * {@link TranslatableItem}.
 */
@Transactional(readOnly = true)
abstract class TranslatableContentQuery implements TranslatableContent {

    private final JdbcClient jdbc;
    private final String select;
    private final String oneOwner;
    private final String ownerKind;
    private final String kindLabelKey;

    /**
     * @param select the query with {@code :tenant} and a {@code %s} where {@code oneOwner} goes
     * @param oneOwner the condition with {@code :id} that keeps one owner, e.g. {@code "and id = :id"}
     */
    TranslatableContentQuery(JdbcClient jdbc, String select, String oneOwner, String ownerKind, String kindLabelKey) {
        this.jdbc = jdbc;
        this.select = select;
        this.oneOwner = oneOwner;
        this.ownerKind = ownerKind;
        this.kindLabelKey = kindLabelKey;
    }

    @Override
    public String ownerKind() {
        return ownerKind;
    }

    @Override
    public String kindLabelKey() {
        return kindLabelKey;
    }

    @Override
    public List<TranslatableItem> items(UUID tenantId) {
        return jdbc.sql(select.formatted(""))
                .param("tenant", tenantId)
                .query(this::item)
                .list();
    }

    @Override
    public Optional<TranslatableItem> item(UUID tenantId, UUID ownerId) {
        return jdbc.sql(select.formatted(oneOwner))
                .param("tenant", tenantId)
                .param("id", ownerId)
                .query(this::item)
                .optional();
    }

    /** One row of the query as the owner's item with its German texts. */
    abstract TranslatableItem item(ResultSet rs, int row) throws SQLException;

    /** Nothing to translate where the German is empty. */
    static void add(List<SourceText> fields, String field, @Nullable String german, boolean markdown) {
        if (german != null && !german.isBlank()) {
            fields.add(new SourceText(field, german, markdown));
        }
    }
}
