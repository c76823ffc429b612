package de.mosaik.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/** Runs Debian's pgbench against the PostgreSQL server behind the application's data source. */
final class Pgbench {

    private static final Pattern HOST_AND_PORT = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/");
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private Pgbench() {}

    record Server(String host, int port, String user, String version) {}

    static Server server(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            var matcher = HOST_AND_PORT.matcher(meta.getURL());
            if (!matcher.find()) {
                throw new IllegalStateException("no host and port in " + meta.getURL());
            }
            return new Server(
                    matcher.group(1),
                    Integer.parseInt(matcher.group(2)),
                    meta.getUserName(),
                    meta.getDatabaseProductVersion());
        }
    }

    /** Runs pgbench with {@code arguments} and returns its output; fails if it fails. */
    static String run(Server server, String... arguments) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(
                "/usr/bin/pgbench", "-h", server.host(), "-p", String.valueOf(server.port()), "-U", server.user()));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed: " + output);
        }
        return output;
    }

    static double tps(String output) {
        var matcher = TPS.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no tps in " + output);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
