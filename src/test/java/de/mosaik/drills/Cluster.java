package de.mosaik.drills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two-node cluster of {@code scripts/cluster}, driven from a test: the drills use the same
 * script an operator would, so the script is exercised too. Ports differ from the script's
 * defaults so that a cluster someone runs by hand is not disturbed.
 */
final class Cluster {

    static final int BALANCER_PORT = 28080;
    static final int[] NODE_PORTS = {28081, 28082};
    static final int DB_PORT = 25432;

    private final Path root = Path.of("").toAbsolutePath();
    private final Path directory = root.resolve("target/drills/cluster");
    private final Map<String, String> environment;

    /** {@code environment}: further settings for the nodes, e.g. the SMTP server. */
    Cluster(Map<String, String> environment) {
        this.environment = environment;
    }

    String baseUrl() {
        return "http://localhost:" + BALANCER_PORT;
    }

    void start() {
        run("start");
    }

    void stop() {
        run("stop");
    }

    void killNode(int n) {
        run("kill-node", String.valueOf(n));
    }

    void startNode(int n) {
        run("start-node", String.valueOf(n));
    }

    void restartDatabase() {
        run("restart-db");
    }

    /** A fresh connection per use: the drills restart the database under it. */
    JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }

    private DataSource dataSource() {
        var source = new PGSimpleDataSource();
        source.setURL("jdbc:postgresql://127.0.0.1:" + DB_PORT + "/mosaik");
        source.setUser("mosaik");
        try {
            source.setPassword(
                    Files.readString(directory.resolve("db-password")).strip());
        } catch (IOException e) {
            throw new IllegalStateException("cluster not initialised", e);
        }
        source.setConnectTimeout(5);
        return source;
    }

    private void run(String... arguments) {
        var command =
                new ArrayList<String>(List.of(root.resolve("scripts/cluster").toString()));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).directory(root.toFile()).inheritIO();
        var env = builder.environment();
        env.put("CLUSTER_DIR", directory.toString());
        env.put("CLUSTER_PORT", String.valueOf(BALANCER_PORT));
        env.put("CLUSTER_NODE1_PORT", String.valueOf(NODE_PORTS[0]));
        env.put("CLUSTER_NODE2_PORT", String.valueOf(NODE_PORTS[1]));
        env.put("CLUSTER_DB_PORT", String.valueOf(DB_PORT));
        env.putAll(environment);
        try {
            var process = builder.start();
            if (!process.waitFor(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("scripts/cluster " + String.join(" ", arguments) + " hung");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        "scripts/cluster " + String.join(" ", arguments) + " failed: " + process.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
