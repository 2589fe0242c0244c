package dev.triangulate.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triangulate.ingest.Ingestor;
import dev.triangulate.ingest.InputFormat;
import dev.triangulate.model.Article;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Test inputs (the example corpus) and a small HTTP client. */
final class TestSupport {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "test-token-123";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestSupport() {}

    static Path root() {
        String r = System.getProperty("triangulate.root");
        return (r == null ? Path.of("..") : Path.of(r)).toAbsolutePath().normalize();
    }

    static Path corpus() {
        return root().resolve("examples/corpus");
    }

    static List<Article> corpusArticles() throws Exception {
        return new Ingestor().read(List.of(corpus()), InputFormat.AUTO).articles();
    }

    /** An article as the API takes it. */
    static ObjectNode record(Article a) {
        ObjectNode o = JSON.createObjectNode().put("id", a.id()).put("title", a.title()).put("content", a.body());
        if (a.outlet() != null) o.put("outlet", a.outlet());
        if (a.url() != null) o.put("url", a.url());
        if (a.published() != null) o.put("published", a.published().toString());
        return o;
    }

    static ArrayNode records(List<Article> as) {
        ArrayNode arr = JSON.createArrayNode();
        as.forEach(a -> arr.add(record(a)));
        return arr;
    }

    record Response(int status, String body, String contentType) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }
    }

    static Response get(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (headers.length > 0) b.headers(headers);
        return send(b.build());
    }

    static Response post(int port, String path, String body, String... headers) throws Exception {
        return post(port, path, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    static Response post(int port, String path, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) b.headers(headers);
        return send(b.build());
    }

    static Response send(HttpRequest r) throws Exception {
        HttpResponse<String> resp = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        return new Response(resp.statusCode(), resp.body(), resp.headers().firstValue("Content-Type").orElse(""));
    }

    static String[] auth() {
        return new String[] {"Authorization", "Bearer " + TOKEN, "Content-Type", "application/json"};
    }

    /** A multipart/form-data body with the given files in the field {@code files}. */
    static byte[] multipart(String boundary, String[] names, byte[][] contents) {
        var out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < names.length; i++) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + names[i]
                    + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(contents[i]);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
