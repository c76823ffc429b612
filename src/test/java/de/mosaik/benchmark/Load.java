package de.mosaik.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/** A small closed-loop load generator: {@code clients} threads send requests back to back. */
final class Load {

    private Load() {}

    /** Latencies in microseconds, status counts and the wall time of one run. */
    record Result(
            String name, int requests, long wallNanos, List<Long> latenciesMicros, Map<Integer, Integer> statuses) {

        double perSecond() {
            return requests / (wallNanos / 1e9);
        }

        double percentileMillis(double p) {
            if (latenciesMicros.isEmpty()) {
                return 0;
            }
            var sorted = new ArrayList<>(latenciesMicros);
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1000.0;
        }

        String line() {
            return "| %s | %d | %.0f | %.2f | %.2f | %s |"
                    .formatted(name, requests, perSecond(), percentileMillis(50), percentileMillis(99), statuses);
        }
    }

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8))
            .build();

    /** Sends {@code total} requests built by {@code request} (given the request's number) from {@code clients} threads. */
    static Result run(String name, int clients, int total, IntFunction<HttpRequest> request)
            throws InterruptedException {
        return runTasks(name, clients, total, i -> {
            try {
                return CLIENT.send(request.apply(i), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (Exception e) {
                return -1;
            }
        });
    }

    /** Runs {@code total} tasks (given their number, answering a status) from {@code clients} threads. */
    static Result runTasks(String name, int clients, int total, IntUnaryOperator task) throws InterruptedException {
        var next = new AtomicInteger();
        var latencies = Collections.synchronizedList(new ArrayList<Long>(total));
        var statuses = new ConcurrentHashMap<Integer, Integer>();
        var done = new CountDownLatch(clients);
        var pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < total) {
                        long sent = System.nanoTime();
                        int status;
                        try {
                            status = task.applyAsInt(i);
                        } catch (RuntimeException e) {
                            status = -1;
                        }
                        latencies.add((System.nanoTime() - sent) / 1000);
                        statuses.merge(status, 1, Integer::sum);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        long wall = System.nanoTime() - start;
        pool.shutdown();
        return new Result(name, total, wall, latencies, new TreeMap<>(statuses));
    }

    /** The 1, 5 and 15 minute load averages of the machine, to judge how quiet a run was. */
    static String loadAverage() {
        try {
            var fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }
}
