package de.mosaik.portal.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The contacts named on an offer or a place, kept in one join table each; only the tenant's own contacts are linked. */
final class LinkedContacts {

    private LinkedContacts() {}

    static List<UUID> of(JdbcClient jdbc, String table, String ownerColumn, UUID ownerId) {
        return jdbc.sql("select contact_id from portal." + table + " where " + ownerColumn + " = ? order by position")
                .param(ownerId)
                .query(UUID.class)
                .list();
    }

    static void replace(
            JdbcClient jdbc, String table, String ownerColumn, UUID tenantId, UUID ownerId, List<UUID> ids) {
        jdbc.sql("delete from portal." + table + " where " + ownerColumn + " = ?")
                .param(ownerId)
                .update();
        int position = 0;
        for (var id : ids.stream().distinct().toList()) {
            position += jdbc.sql("insert into portal." + table + " (" + ownerColumn + ", contact_id, position) "
                            + "select ?, id, ? from portal.contact where id = ? and tenant_id = ?")
                    .params(ownerId, position, id, tenantId)
                    .update();
        }
    }
}
