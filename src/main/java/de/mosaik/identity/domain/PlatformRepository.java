package de.mosaik.identity.domain;

import de.mosaik.identity.PlatformProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlatformRepository {

    private final JdbcClient jdbc;

    PlatformRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PlatformProfile find() {
        return jdbc.sql("select operator_name, email, imprint, privacy, accessibility, version from identity.platform")
                .query((rs, row) -> new PlatformProfile(
                        rs.getString("operator_name"),
                        rs.getString("email"),
                        rs.getString("imprint"),
                        rs.getString("privacy"),
                        rs.getString("accessibility"),
                        rs.getInt("version")))
                .single();
    }

    /** Saves the profile if nobody changed it since it was read (its version); false otherwise. */
    boolean update(PlatformProfile profile) {
        return jdbc.sql("""
                        update identity.platform set operator_name = ?, email = ?, imprint = ?, privacy = ?,
                            accessibility = ?, updated_at = now(), version = version + 1
                        where version = ?
                        """)
                        .params(
                                profile.operatorName(),
                                profile.email(),
                                profile.imprint(),
                                profile.privacy(),
                                profile.accessibility(),
                                profile.version())
                        .update()
                == 1;
    }
}
