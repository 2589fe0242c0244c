package dev.triangulate.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triangulate.model.Article;
import dev.triangulate.model.Claim;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Fact;
import dev.triangulate.model.FactStatus;
import dev.triangulate.model.Problem;
import dev.triangulate.model.Quote;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.StoryReport;
import dev.triangulate.present.JsonReport;
import dev.triangulate.server.store.Store;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The JSON documents of the API (see docs/api.md). */
final class ApiJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private ApiJson() {}

    /** A story in a listing: size, sources, facts per status, times. */
    static ObjectNode summary(Store store, Store.StoryEntry s) {
        StoryReport r = store.report(s.id());
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", s.id());
        o.put("headline", headline(store, s, r));
        List<String> ids = s.articleIds();
        o.put("articles", ids.size());
        Set<String> outlets = new LinkedHashSet<>();
        for (String id : ids) {
            Store.StoredArticle a = store.article(id);
            if (a != null) outlets.add(a.article().outletOrUnknown());
        }
        o.put("outlets", outlets.size());
        o.put("independent_sources", r == null ? 0 : r.sources().size());
        ObjectNode facts = o.putObject("facts");
        for (FactStatus st : FactStatus.values()) facts.put(st.key(), 0);
        if (r != null) for (Fact f : r.facts()) facts.put(f.status().key(), facts.get(f.status().key()).asInt() + 1);
        putTime(o, "latest", s.latest());
        putTime(o, "first_added", s.firstAdded());
        putTime(o, "last_added", s.lastAdded());
        return o;
    }

    static String headline(Store store, Store.StoryEntry s, StoryReport r) {
        if (r != null) return r.headline();
        for (String id : s.articleIds()) {
            Store.StoredArticle a = store.article(id);
            if (a != null && !a.article().title().isBlank()) return a.article().title();
        }
        return "(untitled)";
    }

    /** The fact sheet: the JSON report's story object (schema 1) plus the server's fields. */
    static ObjectNode factSheet(Store store, Store.StoryEntry s) {
        StoryReport r = store.report(s.id());
        ObjectNode o;
        if (r != null) {
            o = (ObjectNode) JsonReport.tree(List.of(r), List.<Problem>of()).get("stories").get(0);
        } else {
            o = MAPPER.createObjectNode();
            o.put("id", s.id()).put("headline", headline(store, s, null));
            o.putArray("articles");
            o.putArray("sources");
            o.putArray("facts");
            o.putArray("quotes");
        }
        ArrayNode all = o.putArray("all_articles");
        for (String id : s.articleIds()) {
            Store.StoredArticle a = store.article(id);
            if (a != null) all.add(articleHead(store, a));
        }
        return o;
    }

    static ObjectNode articleHead(Store store, Store.StoredArticle sa) {
        Article a = sa.article();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.id()).put("title", a.title()).put("outlet", a.outlet()).put("url", a.url());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("added", sa.added().toString());
        o.put("story", store.storyOf(a.id()));
        List<String> all = store.storiesOf(a.id());
        if (all.size() > 1) all.forEach(o.putArray("stories")::add); // a roundup of several incidents
        o.put("analysis", store.analysisState(a.id()));
        return o;
    }

    /** An article with its text, sentences, claims and quotes, each claim with its evidence. */
    static ObjectNode article(Store store, Store.StoredArticle sa) {
        ObjectNode o = articleHead(store, sa);
        Article a = sa.article();
        o.put("author", a.author()).put("language", a.language());
        o.put("text", a.text());
        String failure = store.failure(a.id());
        if (failure != null) o.put("error", failure);
        ExtractedArticle x = store.extraction(a.id());
        ArrayNode sentences = o.putArray("sentences");
        ArrayNode claims = o.putArray("claims");
        ArrayNode quotes = o.putArray("quotes");
        if (x != null) {
            for (Sentence s : x.annotated().sentences()) sentences.addObject().put("index", s.index()).put("begin", s.begin()).put("end", s.end());
            for (Claim c : x.claims()) {
                ObjectNode co = claims.addObject().put("subject", c.subject()).put("slot", c.slot().key()).put("value", c.value())
                        .put("qualifier", c.qualifier().key()).put("display", c.displayValue());
                if (c.hedge() != null) co.put("hedge", c.hedge());
                if (c.attribution() != null) co.put("attribution", c.attribution());
                co.set("evidence", evidence(c.evidence()));
            }
            for (Quote q : x.quotes()) {
                ObjectNode qo = quotes.addObject().put("speaker", q.speaker()).put("text", q.text()).put("direct", q.direct());
                if (q.cue() != null) qo.put("cue", q.cue());
                qo.set("evidence", evidence(q.evidence()));
            }
        }
        return o;
    }

    private static ObjectNode evidence(Evidence e) {
        return MAPPER.createObjectNode().put("sentence_index", e.sentenceIndex()).put("sentence", e.sentence())
                .put("sentence_begin", e.sentenceBegin()).put("begin", e.begin()).put("end", e.end()).put("span", e.span());
    }

    static ObjectNode error(int status, String message) {
        ObjectNode o = MAPPER.createObjectNode();
        o.putObject("error").put("status", status).put("message", message);
        return o;
    }

    private static void putTime(ObjectNode o, String k, Instant t) {
        o.put(k, t == null ? null : t.toString());
    }
}
