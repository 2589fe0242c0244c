package dev.triangulate.present;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triangulate.model.Article;
import dev.triangulate.model.Fact;
import dev.triangulate.model.FactValue;
import dev.triangulate.model.Problem;
import dev.triangulate.model.SourceGroup;
import dev.triangulate.model.SourceRef;
import dev.triangulate.model.StoryQuote;
import dev.triangulate.model.StoryReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The stable JSON schema (version 1):
 * {@code {"schema":1,"stories":[{"id","headline","articles":[{"id","title","outlet","published","url"}],
 * "sources":[...],"facts":[{"subject","slot","status","values":[{"value","qualifier","display",
 * "sources":[{"article","outlet","source","sentence","begin","end","hedge","attribution"}]}]}],
 * "quotes":[{"speaker","text","articles":[...],"sources":[...]}]}],"problems":[...]}}.
 * Fields are only ever added, never renamed or removed.
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    /** Writes the report to a file, creating parent directories. */
    public static void write(List<StoryReport> stories, List<Problem> problems, Path out) throws IOException {
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            MAPPER.writeValue(os, tree(stories, problems));
        }
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(List<StoryReport> stories, List<Problem> problems) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", 1);
        ArrayNode arr = root.putArray("stories");
        for (StoryReport s : stories) arr.add(story(s));
        ArrayNode probs = root.putArray("problems");
        for (Problem p : problems) probs.addObject().put("origin", p.origin()).put("message", p.message());
        return root;
    }

    static ObjectNode story(StoryReport s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", s.id());
        n.put("headline", s.headline());
        ArrayNode arts = n.putArray("articles");
        for (Article a : s.articles()) {
            arts.addObject().put("id", a.id()).put("title", a.title()).put("outlet", a.outlet())
                    .put("published", a.published() == null ? null : a.published().toString()).put("url", a.url());
        }
        ArrayNode sources = n.putArray("sources");
        for (SourceGroup g : s.sources()) {
            ObjectNode o = sources.addObject().put("id", g.id()).put("reason", g.reason());
            g.outlets().forEach(o.putArray("outlets")::add);
            g.articles().forEach(o.putArray("articles")::add);
        }
        ArrayNode facts = n.putArray("facts");
        for (Fact f : s.facts()) {
            ObjectNode fo = facts.addObject().put("subject", f.subject()).put("slot", f.slot().key()).put("status", f.status().key());
            ArrayNode values = fo.putArray("values");
            for (FactValue v : f.values()) {
                ObjectNode vo = values.addObject().put("value", v.value()).put("qualifier", v.qualifier().key())
                        .put("display", Text.display(v));
                vo.put("independent_sources", v.independentSources());
                ArrayNode refs = vo.putArray("sources");
                v.sources().forEach(r -> refs.add(ref(r)));
            }
        }
        ArrayNode quotes = n.putArray("quotes");
        for (StoryQuote q : s.quotes()) {
            ObjectNode qo = quotes.addObject().put("speaker", q.speaker()).put("text", q.text());
            ArrayNode ids = qo.putArray("articles");
            q.sources().forEach(r -> ids.add(r.article()));
            ArrayNode refs = qo.putArray("sources");
            q.sources().forEach(r -> refs.add(ref(r)));
        }
        return n;
    }

    private static ObjectNode ref(SourceRef r) {
        ObjectNode o = MAPPER.createObjectNode().put("article", r.article()).put("outlet", r.outlet())
                .put("source", r.source()).put("published", r.published() == null ? null : r.published().toString())
                .put("sentence", r.sentence()).put("begin", r.begin()).put("end", r.end());
        if (r.hedge() != null) o.put("hedge", r.hedge());
        if (r.attribution() != null) o.put("attribution", r.attribution());
        return o;
    }
}
