package dev.triangulate.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.model.Article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reads a development set (gva or ecbplus JSONL) for the tuning harness. */
record DevSet(List<Article> articles, Map<String, String> gold) {

    static DevSet read(Path path, String goldField) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        Map<String, String> gold = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(path)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = json.readTree(line);
                String id = n.get("id").asText();
                String body = n.has("content") ? n.get("content").asText() : n.get("text").asText();
                String title = n.has("title") ? n.get("title").asText() : "";
                var pub = n.has("dct") ? LocalDate.parse(n.get("dct").asText()).atStartOfDay(ZoneOffset.UTC).toInstant() : null;
                articles.add(new Article(id, title, body, null, null, pub, null, null, null));
                gold.put(id, n.get(goldField).asText());
            }
        }
        return new DevSet(articles, gold);
    }
}
