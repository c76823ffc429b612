package de.mosaik.networks.domain;

import de.mosaik.networks.NetworkKind;
import de.mosaik.networks.NetworkSetup;
import de.mosaik.networks.NetworkSetup.NewNetwork;
import de.mosaik.networks.NetworkVisibility;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A network's name, kind, description and visibility: created by the platform, kept by its coordination. */
@Service
public class NetworkProfiles {

    private final JdbcClient jdbc;
    private final NetworkSetup setup;

    NetworkProfiles(JdbcClient jdbc, NetworkSetup setup) {
        this.jdbc = jdbc;
        this.setup = setup;
    }

    @Transactional(readOnly = true)
    public Optional<NetworkDetails> details(UUID networkId) {
        return jdbc.sql("select " + NetworkService.NETWORK_COLUMNS
                        + ", n.description, n.founded_on from networks.network n where n.id = ?")
                .param(networkId)
                .query((rs, row) -> new NetworkDetails(
                        NetworkService.summary(rs),
                        rs.getString("description"),
                        rs.getObject("founded_on", LocalDate.class)))
                .optional();
    }

    @Transactional(readOnly = true)
    public boolean slugTaken(String slug) {
        return jdbc.sql("select count(*) from networks.network where slug = ?")
                        .param(slug)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Creates the network; empty when its address is taken meanwhile. */
    @Transactional
    public Optional<UUID> create(NewNetwork network) {
        if (slugTaken(network.slug())) {
            return Optional.empty();
        }
        return Optional.of(setup.createNetwork(network));
    }

    /** Saves the coordination's changes; false when someone else saved the network meanwhile. */
    @Transactional
    public boolean update(
            UUID networkId,
            int version,
            String name,
            NetworkKind kind,
            String description,
            NetworkVisibility visibility) {
        return jdbc.sql("""
                                update networks.network
                                   set name = ?, kind = ?, description = ?, visibility = ?, updated_at = now(),
                                       version = version + 1
                                 where id = ? and version = ?
                                """)
                        .params(name, kind.name(), description, visibility.name(), networkId, version)
                        .update()
                == 1;
    }
}
