package dev.triangulate.server;

import dev.triangulate.model.Article;
import dev.triangulate.model.Claim;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Fact;
import dev.triangulate.model.FactStatus;
import dev.triangulate.model.FactValue;
import dev.triangulate.model.Quote;
import dev.triangulate.model.SourceGroup;
import dev.triangulate.model.SourceRef;
import dev.triangulate.model.StoryQuote;
import dev.triangulate.model.StoryReport;
import dev.triangulate.server.store.Store;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The server-rendered web app: story list, story page, article page, add page. No scripts. */
final class Pages {
    static final int PAGE_SIZE = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private final Store store;

    Pages(Store store) {
        this.store = store;
    }

    // ------------------------------------------------------------------ story list

    String storyList(String query, String sort, int page) {
        boolean searching = query != null && !query.isBlank();
        Store.Order order = "biggest".equals(sort) ? Store.Order.BIGGEST : Store.Order.NEWEST;
        List<Store.StoryEntry> all = searching ? store.search(query, 200) : store.stories(order);
        int from = Math.min(all.size(), Math.max(0, page) * PAGE_SIZE);
        List<Store.StoryEntry> shown = all.subList(from, Math.min(all.size(), from + PAGE_SIZE));
        StringBuilder b = new StringBuilder();
        if (searching) {
            b.append("<h1>Search: ").append(esc(query)).append("</h1><p class=meta>").append(all.size())
                    .append(all.size() == 1 ? " story matches" : " stories match").append(" every word.</p>");
        } else {
            b.append("<h1>Stories</h1><p class=meta>").append(store.storyCount()).append(" stories from ").append(store.articleCount() - store.pending())
                    .append(" articles").append(pendingNote()).append(".</p>");
            b.append("<div class=tabs><a href=\"/?sort=newest\"").append(order == Store.Order.NEWEST ? " class=on" : "")
                    .append(">Newest</a><a href=\"/?sort=biggest\"").append(order == Store.Order.BIGGEST ? " class=on" : "").append(">Biggest</a></div>");
        }
        b.append("<div class=card>");
        if (shown.isEmpty()) {
            b.append("<p class=empty>").append(searching ? "No story matches." : "No articles yet: <a href=\"/add\">add some</a>.").append("</p>");
        } else {
            b.append("<table class=stories id=stories><thead><tr><th>Story</th><th class=num>Articles</th><th class=num>Outlets</th>"
                    + "<th class=num>Indep. sources</th><th>Facts</th><th>Latest</th></tr></thead><tbody>");
            for (Store.StoryEntry s : shown) {
                StoryReport r = store.report(s.id());
                int outlets = outlets(s).size();
                b.append("<tr><td class=h><a href=\"/stories/").append(url(s.id())).append("\">").append(esc(ApiJson.headline(store, s, r)))
                        .append("</a></td><td class=num>").append(s.size()).append("</td><td class=num>").append(outlets)
                        .append("</td><td class=num>").append(r == null ? "–" : r.sources().size()).append("</td><td>");
                b.append(statusCounts(r));
                b.append("</td><td class=meta>").append(time(s.latest())).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        b.append("</div>");
        if (all.size() > PAGE_SIZE) {
            b.append("<p class=meta>");
            String base = searching ? "/?q=" + url(query) + "&" : "/?sort=" + (order == Store.Order.BIGGEST ? "biggest" : "newest") + "&";
            if (page > 0) b.append("<a href=\"").append(base).append("page=").append(page - 1).append("\">← newer</a> ");
            if (from + PAGE_SIZE < all.size()) b.append("<a href=\"").append(base).append("page=").append(page + 1).append("\">more →</a>");
            b.append("</p>");
        }
        return layout(searching ? "Search: " + query : "Stories", b.toString(), query);
    }

    private String pendingNote() {
        int pending = store.pending();
        return pending > 0 ? "; " + pending + " more awaiting analysis join their stories once analyzed" : "";
    }

    private static String statusCounts(StoryReport r) {
        StringBuilder b = new StringBuilder();
        if (r != null) {
            Map<FactStatus, Integer> n = new EnumMap<>(FactStatus.class);
            for (Fact f : r.facts()) n.merge(f.status(), 1, Integer::sum);
            for (FactStatus st : FactStatus.values()) {
                if (n.containsKey(st)) b.append(badge(st, n.get(st) + " " + st.key())).append(' ');
            }
            if (r.facts().isEmpty()) b.append("<span class=meta>no facts</span> ");
        }
        return b.toString();
    }

    private Set<String> outlets(Store.StoryEntry s) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : s.articleIds()) {
            Store.StoredArticle a = store.article(id);
            if (a != null) out.add(a.article().outletOrUnknown());
        }
        return out;
    }

    // ------------------------------------------------------------------ story page

    /** The story page, or null when there is no such story. */
    String story(String id) {
        Store.StoryEntry s = store.story(id);
        if (s == null) return null;
        StoryReport r = store.report(id);
        StringBuilder b = new StringBuilder();
        b.append("<p class=meta><a href=\"/\">Stories</a> ›</p>");
        b.append("<h1 id=headline>").append(esc(ApiJson.headline(store, s, r))).append("</h1>");
        b.append("<p class=meta>").append(s.size()).append(s.size() == 1 ? " article" : " articles").append(" from ")
                .append(outlets(s).size()).append(" outlet(s)");
        if (r != null) b.append(", ").append(r.sources().size()).append(" independent source(s)");
        b.append(" · latest ").append(time(s.latest()));
        b.append("</p>");
        if (r == null) {
            b.append("<div class=card><p class=empty>No article of this story could be analyzed.</p></div>");
            b.append(articleList(s, null));
            return layout(ApiJson.headline(store, s, null), b.toString(), null);
        }
        b.append(factSheet(r));
        b.append(matrix(r));
        b.append("<div class=grid>").append(quotes(r)).append(timeline(r)).append("</div>");
        b.append(sourceGroups(r));
        b.append(articleList(s, r));
        return layout(r.headline(), b.toString(), null);
    }

    private String factSheet(StoryReport r) {
        StringBuilder b = new StringBuilder("<div class=card><h2>Fact sheet</h2><p class=meta>")
                .append(badge(FactStatus.CORROBORATED, "corroborated")).append(" two or more independent sources agree, nobody contradicts · ")
                .append(badge(FactStatus.SINGLE_SOURCE, "single-source")).append(" one source (copies count once) · ")
                .append(badge(FactStatus.DISPUTED, "disputed")).append(" sources conflict · ")
                .append(badge(FactStatus.DEVELOPING, "developing")).append(" the value changed over time. Open a value for its evidence.</p>");
        if (r.facts().isEmpty()) return b.append("<p class=empty>No facts were extracted.</p></div>").toString();
        b.append("<table class=facts id=facts><thead><tr><th>Fact</th><th>Status</th><th>Reported values and sources</th></tr></thead><tbody>");
        for (Fact f : r.facts()) {
            b.append("<tr class=fact data-slot=\"").append(esc(f.slot().key())).append("\" data-subject=\"").append(esc(f.subject()))
                    .append("\" data-status=\"").append(f.status().key()).append("\"><td><div class=slot>").append(esc(f.slot().key()))
                    .append("</div><div class=subject>").append(esc(f.subject())).append("</div></td><td>").append(badge(f.status(), f.status().key()))
                    .append("</td><td>");
            for (FactValue v : f.values()) {
                b.append("<details><summary><span class=value>").append(esc(display(v))).append(" <span class=n>· ").append(v.independentSources())
                        .append(v.independentSources() == 1 ? " independent source" : " independent sources").append(", ")
                        .append(articles(v)).append(articles(v) == 1 ? " article" : " articles").append("</span></span> <span class=ev-hint>evidence</span></summary><ul class=refs>");
                for (SourceRef ref : v.sources()) b.append("<li>").append(ref(ref)).append("</li>");
                b.append("</ul></details>");
            }
            b.append("</td></tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    private static long articles(FactValue v) {
        return v.sources().stream().map(SourceRef::article).distinct().count();
    }

    private static String ref(SourceRef ref) {
        StringBuilder b = new StringBuilder();
        b.append(highlighted(ref.sentence(), ref.relativeBegin(), ref.relativeEnd()));
        if (ref.hedge() != null) b.append("<span class=tag title=hedge>").append(esc(ref.hedge())).append("</span>");
        if (ref.attribution() != null) b.append("<span class=tag title=attribution>per ").append(esc(ref.attribution())).append("</span>");
        b.append("<div class=src><a href=\"/articles/").append(url(ref.article())).append("#s-").append(ref.sentenceBegin()).append("\">")
                .append(esc(ref.outlet() == null ? ref.article() : ref.outlet())).append("</a> · ").append(time(ref.published())).append("</div>");
        return b.toString();
    }

    private static String highlighted(String sentence, int b, int e) {
        return esc(sentence.substring(0, b)) + "<strong class=span>" + esc(sentence.substring(b, e)) + "</strong>" + esc(sentence.substring(e));
    }

    /** Who reports what: one row per fact, one column per independent source. */
    private String matrix(StoryReport r) {
        if (r.facts().isEmpty() || r.sources().isEmpty()) return "";
        StringBuilder b = new StringBuilder("<div class=card><h2>Who reports what</h2><p class=meta>One column per independent source; "
                + "a cell shows the value that source states. Red or amber: a value that conflicts with the green one.</p><div class=matrix><table id=matrix><thead><tr><th>Fact</th>");
        for (SourceGroup g : r.sources()) {
            b.append("<th class=src title=\"").append(esc(g.reason())).append("\">").append(esc(String.join(" + ", g.outlets()))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (Fact f : r.facts()) {
            b.append("<tr><td><b>").append(esc(f.slot().key())).append("</b> <span class=meta>").append(esc(f.subject())).append("</span></td>");
            for (SourceGroup g : r.sources()) {
                List<String> shown = new ArrayList<>();
                int firstIdx = -1;
                for (int i = 0; i < f.values().size(); i++) {
                    FactValue v = f.values().get(i);
                    for (SourceRef ref : v.sources()) {
                        if (g.id().equals(ref.source())) {
                            if (!shown.contains(display(v))) shown.add(display(v));
                            if (firstIdx < 0) firstIdx = i;
                        }
                    }
                }
                if (shown.isEmpty()) {
                    b.append("<td class=c></td>");
                } else {
                    boolean conflict = f.status() == FactStatus.DISPUTED || f.status() == FactStatus.DEVELOPING;
                    String cls = conflict ? "v" + Math.min(2, firstIdx) : "v0";
                    b.append("<td class=\"c ").append(cls).append("\">").append(esc(String.join(", ", shown))).append("</td>");
                }
            }
            b.append("</tr>");
        }
        return b.append("</tbody></table></div></div>").toString();
    }

    private String quotes(StoryReport r) {
        StringBuilder b = new StringBuilder("<div class=card id=quotes><h2>Quotes by speaker</h2>");
        if (r.quotes().isEmpty()) return b.append("<p class=empty>No direct quotes.</p></div>").toString();
        Map<String, List<StoryQuote>> by = new LinkedHashMap<>();
        List<StoryQuote> sorted = new ArrayList<>(r.quotes());
        sorted.sort(Comparator.comparing((StoryQuote q) -> q.speaker() == null ? "\uffff" : q.speaker()));
        for (StoryQuote q : sorted) by.computeIfAbsent(q.speaker() == null ? "Unattributed" : q.speaker(), k -> new ArrayList<>()).add(q);
        for (var e : by.entrySet()) {
            b.append("<div class=speaker>").append(esc(e.getKey())).append("</div>");
            for (StoryQuote q : e.getValue()) {
                b.append("<blockquote class=quote>“").append(esc(q.text())).append("”<div class=meta>");
                Set<String> seen = new LinkedHashSet<>();
                List<String> links = new ArrayList<>();
                for (SourceRef ref : q.sources()) {
                    if (seen.add(ref.article())) {
                        links.add("<a href=\"/articles/" + url(ref.article()) + "#s-" + ref.sentenceBegin() + "\">"
                                + esc(ref.outlet() == null ? ref.article() : ref.outlet()) + "</a>");
                    }
                }
                b.append(String.join(", ", links)).append("</div></blockquote>");
            }
        }
        return b.append("</div>").toString();
    }

    private record Event(Instant time, String outlet, String article, int anchor, String text) {}

    /** When each fact was first reported and when its value changed, by publication time. */
    private String timeline(StoryReport r) {
        List<Event> events = new ArrayList<>();
        for (Fact f : r.facts()) {
            List<FactValue> values = new ArrayList<>(f.values());
            Map<FactValue, SourceRef> first = new HashMap<>();
            for (FactValue v : values) {
                v.sources().stream().min(Comparator.comparing(SourceRef::published, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SourceRef::article)).ifPresent(ref -> first.put(v, ref));
            }
            values.sort(Comparator.comparing((FactValue v) -> first.get(v).published(), Comparator.nullsLast(Comparator.naturalOrder())));
            String name = f.slot().key() + (f.subject().equals("incident") ? "" : " (" + f.subject() + ")");
            for (int i = 0; i < values.size(); i++) {
                FactValue v = values.get(i);
                SourceRef ref = first.get(v);
                String what;
                if (i == 0) what = "first reported: ";
                else if (f.status() == FactStatus.DEVELOPING) what = "changed to ";
                else if (f.status() == FactStatus.DISPUTED) what = "contradicted: ";
                else what = "also reported: ";
                events.add(new Event(ref.published(), ref.outlet(), ref.article(), ref.sentenceBegin(),
                        "<b>" + esc(name) + "</b> " + what + "<span class=value>" + esc(display(v)) + "</span>"));
            }
        }
        events.sort(Comparator.comparing(Event::time, Comparator.nullsLast(Comparator.naturalOrder())));
        StringBuilder b = new StringBuilder("<div class=card id=timeline><h2>Timeline</h2><p class=meta>When each fact was first "
                + "published and when its value changed (UTC).</p>");
        if (events.isEmpty()) return b.append("<p class=empty>No facts yet.</p></div>").toString();
        b.append("<ul class=timeline>");
        for (Event e : events) {
            b.append("<li><time>").append(e.time() == null ? "unknown" : e.time().getEpochSecond() % 86_400 == 0 ? DAY.format(e.time()) : SHORT.format(e.time())).append("</time><div>").append(e.text()).append(" <span class=meta>— <a href=\"/articles/")
                    .append(url(e.article())).append("#s-").append(e.anchor()).append("\">").append(esc(e.outlet() == null ? e.article() : e.outlet()))
                    .append("</a></span></div></li>");
        }
        return b.append("</ul></div>").toString();
    }

    private String sourceGroups(StoryReport r) {
        StringBuilder b = new StringBuilder("<div class=card id=sources><h2>Independent sources</h2><p class=meta>Articles of one outlet and copies of "
                + "one text count as one source.</p><table><thead><tr><th>Source</th><th>Outlets</th><th>Articles</th><th>Why grouped</th></tr></thead><tbody>");
        int n = 1;
        for (SourceGroup g : r.sources()) {
            b.append("<tr><td>").append(n++).append("</td><td>").append(esc(String.join(", ", g.outlets()))).append("</td><td>");
            List<String> links = new ArrayList<>();
            for (String id : g.articles()) links.add("<a href=\"/articles/" + url(id) + "\">" + esc(title(id)) + "</a>");
            b.append(String.join("<br>", links)).append("</td><td class=meta>").append(esc(g.reason())).append("</td></tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    private String title(String articleId) {
        Store.StoredArticle a = store.article(articleId);
        return a == null || a.article().title().isBlank() ? articleId : a.article().title();
    }

    private String articleList(Store.StoryEntry s, StoryReport r) {
        StringBuilder b = new StringBuilder("<div class=card id=articles><h2>Articles</h2><table><thead><tr><th>Published</th><th>Outlet</th>"
                + "<th>Title</th><th>Analysis</th></tr></thead><tbody>");
        List<Store.StoredArticle> list = new ArrayList<>();
        for (String id : s.articleIds()) if (store.article(id) != null) list.add(store.article(id));
        list.sort(Comparator.comparing((Store.StoredArticle a) -> a.article().published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> a.article().id()));
        for (Store.StoredArticle a : list) {
            String id = a.article().id();
            String state = store.extraction(id) != null ? store.extraction(id).claims().size() + " claims"
                    : store.failure(id) != null ? "failed" : "pending";
            b.append("<tr><td class=meta>").append(time(a.article().published())).append("</td><td>").append(esc(a.article().outletOrUnknown()))
                    .append("</td><td><a href=\"/articles/").append(url(id)).append("\">").append(esc(title(id))).append("</a></td><td class=meta>")
                    .append(state).append("</td></tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    // ------------------------------------------------------------------ article page

    /** The article page with its evidence sentences highlighted, or null when unknown. */
    String article(String id) {
        Store.StoredArticle sa = store.article(id);
        if (sa == null) return null;
        Article a = sa.article();
        ExtractedArticle x = store.extraction(id);
        StringBuilder b = new StringBuilder();
        b.append("<p class=meta><a href=\"/\">Stories</a> › ");
        List<String> links = new ArrayList<>();
        for (String st : store.storiesOf(id)) {
            Store.StoryEntry e = store.story(st);
            if (e != null) links.add("<a href=\"/stories/" + url(st) + "\">" + esc(ApiJson.headline(store, e, store.report(st))) + "</a>");
        }
        b.append(String.join(" · ", links));
        if (links.size() > 1) b.append(" <span class=tag>roundup of ").append(links.size()).append(" incidents</span>");
        b.append("</p><h1>").append(esc(a.title().isBlank() ? a.id() : a.title())).append("</h1><p class=meta>").append(esc(a.outletOrUnknown()))
                .append(" · ").append(time(a.published()));
        if (a.author() != null) b.append(" · ").append(esc(a.author()));
        if (a.url() != null) b.append(" · <a href=\"").append(esc(safeUrl(a.url()))).append("\" rel=\"noopener noreferrer\">original</a>");
        b.append("</p>");
        String failure = store.failure(id);
        if (failure != null) b.append("<p class=\"notice err\">").append(esc(failure)).append("</p>");
        else if (x == null) b.append("<p class=notice>This article is being analyzed; its claims will appear here.</p>");
        b.append("<div class=two><div class=card><div class=article-text id=text>").append(highlightedText(a, x)).append("</div></div>");
        b.append("<div>").append(claimsTable(x)).append(quotesOf(x)).append("</div></div>");
        return layout(a.title(), b.toString(), null);
    }

    private record Range(int begin, int end) {}

    // The article text in paragraphs; sentences that state a claim or quote are <mark>ed, the stating words <strong>.
    static String highlightedText(Article a, ExtractedArticle x) {
        String text = a.text();
        TreeSet<Integer> bounds = new TreeSet<>();
        List<Range> sentences = new ArrayList<>();
        List<Range> spans = new ArrayList<>();
        if (x != null) {
            Map<Integer, Range> bySentence = new LinkedHashMap<>();
            List<Evidence> ev = new ArrayList<>();
            x.claims().forEach(c -> ev.add(c.evidence()));
            x.quotes().forEach(q -> ev.add(q.evidence()));
            for (Evidence e : ev) {
                int sb = clamp(e.sentenceBegin(), text), se = clamp(e.sentenceBegin() + e.sentence().length(), text);
                bySentence.putIfAbsent(sb, new Range(sb, se));
                int b = clamp(Math.max(e.begin(), sb), text), en = clamp(Math.min(e.end(), se), text);
                if (b < en) spans.add(new Range(b, en));
            }
            sentences.addAll(bySentence.values());
        }
        sentences.forEach(r -> { bounds.add(r.begin()); bounds.add(r.end()); });
        spans.forEach(r -> { bounds.add(r.begin()); bounds.add(r.end()); });
        StringBuilder out = new StringBuilder();
        int p = 0;
        for (String para : text.split("\n\\s*\n", -1)) {
            int start = text.indexOf(para, p);
            if (start < 0) start = p;
            int end = start + para.length();
            p = end;
            if (para.isBlank()) continue;
            out.append("<p>");
            Range openSentence = null;
            boolean openSpan = false;
            int pos = start;
            while (pos < end) {
                Integer next = bounds.higher(pos);
                int segEnd = next == null ? end : Math.min(end, next);
                Range s = find(sentences, pos);
                boolean inSpan = find(spans, pos) != null;
                if (s != openSentence) {
                    if (openSpan) { out.append("</strong>"); openSpan = false; }
                    if (openSentence != null) out.append("</mark>");
                    if (s != null) out.append("<mark class=ev id=\"s-").append(s.begin()).append("\">");
                    openSentence = s;
                }
                if (inSpan != openSpan) {
                    out.append(inSpan ? "<strong>" : "</strong>");
                    openSpan = inSpan;
                }
                out.append(esc(text.substring(pos, segEnd)).replace("\n", "<br>"));
                pos = segEnd;
            }
            if (openSpan) out.append("</strong>");
            if (openSentence != null) out.append("</mark>");
            out.append("</p>");
        }
        return out.toString();
    }

    private static Range find(List<Range> ranges, int pos) {
        for (Range r : ranges) if (r.begin() <= pos && pos < r.end()) return r;
        return null;
    }

    private static int clamp(int i, String s) {
        return Math.max(0, Math.min(s.length(), i));
    }

    private static String claimsTable(ExtractedArticle x) {
        StringBuilder b = new StringBuilder("<div class=card><h2>Claims</h2>");
        if (x == null || x.claims().isEmpty()) return b.append("<p class=empty>").append(x == null ? "Not analyzed yet." : "No claims found.").append("</p></div>").toString();
        b.append("<table id=claims><thead><tr><th>Fact</th><th>Value</th><th>Where</th></tr></thead><tbody>");
        for (Claim c : x.claims()) {
            b.append("<tr><td><b>").append(esc(c.slot().key())).append("</b><div class=meta>").append(esc(c.subject())).append("</div></td><td class=value>")
                    .append(esc(claimDisplay(c)));
            if (c.hedge() != null) b.append("<span class=tag>").append(esc(c.hedge())).append("</span>");
            if (c.attribution() != null) b.append("<span class=tag>per ").append(esc(c.attribution())).append("</span>");
            b.append("</td><td><a href=\"#s-").append(c.evidence().sentenceBegin()).append("\">“").append(esc(c.evidence().span())).append("”</a></td></tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    private static String quotesOf(ExtractedArticle x) {
        if (x == null || x.quotes().isEmpty()) return "";
        StringBuilder b = new StringBuilder("<div class=card><h2>Quotes</h2>");
        for (Quote q : x.quotes()) {
            b.append("<blockquote class=quote>").append(q.direct() ? "“" + esc(q.text()) + "”" : esc(q.text())).append("<div class=meta>")
                    .append(esc(q.speaker() == null ? "unattributed" : q.speaker()));
            if (!q.direct()) b.append(" · reported speech");
            b.append(" · <a href=\"#s-").append(q.evidence().sentenceBegin()).append("\">in text</a></div></blockquote>");
        }
        return b.append("</div>").toString();
    }

    // ------------------------------------------------------------------ add, login, errors

    String addPage(String notice, boolean error) {
        StringBuilder b = new StringBuilder("<h1>Add articles</h1>");
        if (notice != null) b.append("<p class=\"notice").append(error ? " err" : "").append("\">").append(notice).append("</p>");
        b.append("<div class=card><form class=add method=post action=\"/add\" enctype=\"multipart/form-data\">")
                .append("<label for=files>Files</label><input type=file id=files name=files multiple accept=\".txt,.text,.md,.jsonl,.ndjson,.gz\">")
                .append("<p class=meta>Plain text (front matter, headline, blank line, body) or JSONL, one article per line.</p>")
                .append("<label for=json>…or paste JSON</label><textarea id=json name=json placeholder='{\"id\": \"a1\", \"title\": \"...\", \"content\": \"...\", "
                        + "\"outlet\": \"...\", \"published\": \"2031-05-13T19:05:00Z\"}'></textarea>")
                .append("<label for=token>Write token</label><input type=password id=token name=token autocomplete=current-password size=40>")
                .append("<p><button type=submit>Add</button></p></form></div>");
        return layout("Add articles", b.toString(), null);
    }

    String login(String error) {
        StringBuilder b = new StringBuilder("<h1>Sign in</h1>");
        if (error != null) b.append("<p class=\"notice err\">").append(esc(error)).append("</p>");
        b.append("<div class=card><form method=post action=\"/login\"><label for=token>Access token</label> <input type=password id=token name=token size=40> ")
                .append("<button type=submit>Sign in</button></form></div>");
        return layout("Sign in", b.toString(), null);
    }

    static String errorPage(int status, String message) {
        return layout("Error " + status, "<h1>" + status + "</h1><p class=\"notice err\">" + esc(message) + "</p><p><a href=\"/\">Back to the stories</a></p>", null);
    }

    // ------------------------------------------------------------------ helpers

    static String layout(String title, String body, String query) {
        return "<!doctype html><html lang=en><head><meta charset=utf-8><meta name=viewport content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · triangulate</title><link rel=stylesheet href=\"/static/style.css\"></head><body>"
                + "<header class=top><div class=in><a class=brand href=\"/\">triangulate<span>·</span></a><nav><a href=\"/\">Stories</a>"
                + "<a href=\"/?sort=biggest\">Biggest</a><a href=\"/add\">Add articles</a></nav>"
                + "<form action=\"/\" method=get role=search><input type=search name=q placeholder=\"Search stories\" value=\"" + esc(query == null ? "" : query)
                + "\" aria-label=\"Search stories\"><button type=submit>Search</button></form></div></header><main>" + body
                + "</main><footer>triangulate — every fact with the sentence that states it</footer></body></html>";
    }

    static String badge(FactStatus s, String text) {
        return "<span class=\"badge " + s.key() + "\">" + esc(text) + "</span>";
    }

    static String display(FactValue v) {
        return dev.triangulate.present.Text.display(v);
    }

    static String claimDisplay(Claim c) {
        return dev.triangulate.present.Text.display(c.qualifier(), c.value());
    }

    /** "2031-05-13 19:05 UTC"; a date-only publication time (midnight UTC) as "2031-05-13". */
    static String time(Instant t) {
        if (t == null) return "unknown time";
        return t.getEpochSecond() % 86_400 == 0 && t.getNano() == 0 ? DAY.format(t) : TIME.format(t);
    }

    static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String safeUrl(String u) {
        String l = u.strip().toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://") ? u : "#";
    }

    static String esc(String s) {
        return dev.triangulate.present.Text.html(s);
    }
}
