package de.mosaik.registration.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the public API over real HTTP as a municipal website would: JSON, no cookies. */
final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient client = HttpClient.newHttpClient();

    ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    record Answer(int status, String contentType, JsonNode body, String raw, HttpResponse<String> response) {}

    Answer post(String path, Map<String, Object> body, String acceptLanguage) {
        return send(path, JSON.writeValueAsString(body), "application/json", acceptLanguage);
    }

    Answer send(String path, String body, String contentType, String acceptLanguage) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var raw = response.body();
            JsonNode json = raw.isBlank() ? JSON.createObjectNode() : JSON.readTree(raw);
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    json,
                    raw,
                    response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
