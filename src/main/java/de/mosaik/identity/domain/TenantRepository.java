package de.mosaik.identity.domain;

import de.mosaik.identity.Logo;
import de.mosaik.identity.NewTenant;
import de.mosaik.identity.TenantDetails;
import de.mosaik.identity.TenantProfile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class TenantRepository {

    private static final String COLUMNS = """
            id, slug, name, ki_name, description::text as description, street, postal_code, city, phone, email,
            website, theme, logo is not null as has_logo, imprint, privacy, accessibility, active, updated_at, version
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    TenantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TenantProfile> bySlug(String slug) {
        return jdbc.sql("select " + COLUMNS + " from identity.tenant where slug = ?")
                .param(slug)
                .query(this::map)
                .optional();
    }

    Optional<TenantProfile> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from identity.tenant where id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    List<TenantProfile> all(boolean activeOnly) {
        return jdbc.sql("select " + COLUMNS + " from identity.tenant" + (activeOnly ? " where active" : "")
                        + " order by name")
                .query(this::map)
                .list();
    }

    boolean any() {
        return jdbc.sql("select exists(select 1 from identity.tenant)")
                .query(Boolean.class)
                .single();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("select exists(select 1 from identity.tenant where slug = ?)")
                .param(slug)
                .query(Boolean.class)
                .single();
    }

    void insert(UUID id, NewTenant tenant) {
        withDetails(jdbc.sql("""
                                insert into identity.tenant (id, slug, name, ki_name, description, street, postal_code,
                                    city, phone, email, website, theme, imprint, privacy, accessibility)
                                values (:id, :slug, :name, :centreName, cast(:description as jsonb), :street, :postalCode,
                                    :city, :phone, :email, :website, :theme, :imprint, :privacy, :accessibility)
                                """), tenant.details())
                .param("id", id)
                .param("slug", tenant.slug())
                .param("name", tenant.name())
                .update();
    }

    /** Saves the details if nobody changed the tenant since {@code version} was read; false otherwise. */
    boolean updateDetails(UUID id, int version, TenantDetails details) {
        return withDetails(jdbc.sql("""
                                        update identity.tenant set ki_name = :centreName, description = cast(:description as jsonb),
                                            street = :street, postal_code = :postalCode, city = :city, phone = :phone,
                                            email = :email, website = :website, theme = :theme, imprint = :imprint,
                                            privacy = :privacy, accessibility = :accessibility, updated_at = now(),
                                            version = version + 1
                                        where id = :id and version = :version
                                        """), details)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    private JdbcClient.StatementSpec withDetails(JdbcClient.StatementSpec statement, TenantDetails details) {
        return statement
                .param("centreName", details.centreName())
                // German only: its translations live in shared.translation (TenantDescriptions).
                .param("description", json.writeValueAsString(germanOnly(details.description())))
                .param("street", details.street())
                .param("postalCode", details.postalCode())
                .param("city", details.city())
                .param("phone", details.phone())
                .param("email", details.email())
                .param("website", details.website())
                .param("theme", details.theme())
                .param("imprint", details.imprint())
                .param("privacy", details.privacy())
                .param("accessibility", details.accessibility());
    }

    boolean updateMaster(UUID id, int version, String slug, String name, boolean active) {
        return jdbc.sql("""
                        update identity.tenant set slug = ?, name = ?, active = ?, updated_at = now(), version = version + 1
                        where id = ? and version = ?
                        """).params(slug, name, active, id, version).update() == 1;
    }

    Optional<Logo> logo(String slug) {
        return jdbc.sql("select logo, logo_content_type from identity.tenant where slug = ? and logo is not null")
                .param(slug)
                .query((rs, n) -> new Logo(rs.getBytes(1), rs.getString(2)))
                .optional();
    }

    void setLogo(UUID id, byte[] bytes, String contentType) {
        jdbc.sql("update identity.tenant set logo = ?, logo_content_type = ?, updated_at = now() where id = ?")
                .params(bytes, contentType, id)
                .update();
    }

    void removeLogo(UUID id) {
        jdbc.sql("update identity.tenant set logo = null, logo_content_type = null, updated_at = now() where id = ?")
                .param(id)
                .update();
    }

    private TenantProfile map(ResultSet rs, int row) throws SQLException {
        Map<String, String> description = json.readValue(rs.getString("description"), new TypeReference<>() {});
        return new TenantProfile(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("ki_name"),
                description,
                rs.getString("street"),
                rs.getString("postal_code"),
                rs.getString("city"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("website"),
                rs.getString("theme"),
                rs.getBoolean("has_logo"),
                rs.getString("imprint"),
                rs.getString("privacy"),
                rs.getString("accessibility"),
                rs.getBoolean("active"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    private static Map<String, String> germanOnly(Map<String, String> description) {
        var german = TenantDescriptions.german(description);
        return german.isEmpty() ? Map.of() : Map.of("de", german);
    }
}
