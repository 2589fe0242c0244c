package dev.triangulate.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.Article;
import dev.triangulate.model.Claim;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Quote;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Slot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's record format: articles and the results of their analysis (sentences, claims,
 * quotes, event segments of a roundup) as JSON. Only what reconciliation and the pages need is kept; tokens and entity
 * mentions are not persisted.
 */
public final class Codec {
    static final ObjectMapper JSON = new ObjectMapper();

    private Codec() {}

    public static ObjectNode article(Article a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id()).put("title", a.title()).put("body", a.body());
        putOpt(o, "outlet", a.outlet());
        putOpt(o, "url", a.url());
        if (a.published() != null) o.put("published", a.published().toString());
        putOpt(o, "author", a.author());
        o.put("language", a.language());
        putOpt(o, "origin", a.origin());
        return o;
    }

    public static Article article(JsonNode o) {
        return new Article(o.get("id").asText(), str(o, "title"), str(o, "body"), str(o, "outlet"), str(o, "url"),
                o.hasNonNull("published") ? Instant.parse(o.get("published").asText()) : null,
                str(o, "author"), str(o, "language"), str(o, "origin"));
    }

    /** Sentences, claims and quotes of an extracted article (the article itself is stored separately). */
    public static ObjectNode extraction(ExtractedArticle e) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode ss = o.putArray("sentences");
        for (Sentence s : e.annotated().sentences()) ss.addArray().add(s.index()).add(s.begin()).add(s.end());
        ArrayNode cs = o.putArray("claims");
        for (Claim c : e.claims()) {
            ObjectNode co = cs.addObject().put("subject", c.subject()).put("slot", c.slot().name()).put("value", c.value())
                    .put("qualifier", (c.qualifier() == null ? Qualifier.EXACT : c.qualifier()).name());
            putOpt(co, "hedge", c.hedge());
            putOpt(co, "attribution", c.attribution());
            co.set("evidence", evidence(c.evidence()));
        }
        if (e.events().size() > 1) {
            ArrayNode ev = o.putArray("events");
            for (ExtractedArticle.Segment seg : e.events()) ev.addArray().add(seg.begin()).add(seg.end());
        }
        ArrayNode qs = o.putArray("quotes");
        for (Quote q : e.quotes()) {
            ObjectNode qo = qs.addObject().put("text", q.text()).put("direct", q.direct());
            putOpt(qo, "speaker", q.speaker());
            putOpt(qo, "cue", q.cue());
            qo.set("evidence", evidence(q.evidence()));
        }
        return o;
    }

    /** Rebuilds an extracted article from its stored extraction. */
    public static ExtractedArticle extraction(Article a, JsonNode o) {
        String text = a.text();
        List<Sentence> sentences = new ArrayList<>();
        for (JsonNode s : o.path("sentences")) {
            int b = s.get(1).asInt(), e = s.get(2).asInt();
            sentences.add(new Sentence(s.get(0).asInt(), b, e, text.substring(clamp(b, text), clamp(e, text))));
        }
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : o.path("claims")) {
            claims.add(new Claim(c.get("subject").asText(), Slot.valueOf(c.get("slot").asText()), c.get("value").asText(),
                    Qualifier.valueOf(c.get("qualifier").asText()), str(c, "hedge"), str(c, "attribution"),
                    evidence(a, c.get("evidence"))));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : o.path("quotes")) {
            quotes.add(new Quote(str(q, "speaker"), q.get("text").asText(), evidence(a, q.get("evidence")),
                    q.path("direct").asBoolean(true), str(q, "cue")));
        }
        List<ExtractedArticle.Segment> events = new ArrayList<>();
        for (JsonNode ev : o.path("events")) events.add(new ExtractedArticle.Segment(ev.get(0).asInt(), ev.get(1).asInt()));
        AnnotatedArticle annotated = new AnnotatedArticle(a, sentences, List.of(), List.of(), List.of(), List.of(), List.of());
        return new ExtractedArticle(annotated, claims, quotes, events);
    }

    // the sentence text is cut from the article again on load: it is not stored twice
    private static ObjectNode evidence(Evidence e) {
        return JSON.createObjectNode().put("sentence", e.sentenceIndex()).put("sentence_begin", e.sentenceBegin())
                .put("sentence_end", e.sentenceBegin() + e.sentence().length()).put("begin", e.begin()).put("end", e.end());
    }

    private static Evidence evidence(Article a, JsonNode e) {
        String text = a.text();
        int sb = e.get("sentence_begin").asInt(), se = e.get("sentence_end").asInt();
        return new Evidence(a.id(), e.get("sentence").asInt(), text.substring(clamp(sb, text), clamp(se, text)), sb,
                e.get("begin").asInt(), e.get("end").asInt());
    }

    private static int clamp(int i, String s) {
        return Math.max(0, Math.min(s.length(), i));
    }

    private static void putOpt(ObjectNode o, String k, String v) {
        if (v != null) o.put(k, v);
    }

    static String str(JsonNode o, String k) {
        JsonNode v = o.get(k);
        return v == null || v.isNull() ? null : v.asText();
    }
}
