package dev.triangulate.present;

import dev.triangulate.model.Article;
import dev.triangulate.model.Fact;
import dev.triangulate.model.FactValue;
import dev.triangulate.model.Problem;
import dev.triangulate.model.SourceGroup;
import dev.triangulate.model.SourceRef;
import dev.triangulate.model.StoryQuote;
import dev.triangulate.model.StoryReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A self-contained HTML report (no scripts, no external resources): per story a fact sheet
 * with status, values and every source's evidence sentence (the stating words marked), the
 * quotes by speaker, the independent sources and the articles.
 */
public final class HtmlReport {
    private HtmlReport() {}

    private static final String CSS = """
            body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#222}
            h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:2px solid #ddd}
            table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border-top:1px solid #e4e4e4;padding:.35rem;vertical-align:top;text-align:left}
            .status{font-size:.8rem;font-weight:600;padding:.1rem .4rem;border-radius:.3rem;white-space:nowrap}
            .corroborated{background:#d9f2dc;color:#17622a}.single-source{background:#eee;color:#555}
            .disputed{background:#fbdada;color:#8a1c1c}.developing{background:#fdf0cc;color:#7a5600}
            .ev{font-size:.88rem;color:#444;margin:.15rem 0}.ev mark{background:#fff3a0}
            .meta{color:#777;font-size:.85rem}blockquote{margin:.4rem 0;padding-left:.8rem;border-left:3px solid #ccc}
            """;

    /** Writes the report, creating parent directories. */
    public static void write(List<StoryReport> stories, List<Problem> problems, Path out) throws IOException {
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, render(stories, problems), StandardCharsets.UTF_8);
    }

    /** The report as an HTML document. */
    public static String render(List<StoryReport> stories, List<Problem> problems) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>triangulate report</title><style>")
                .append(CSS).append("</style></head><body><h1>triangulate report</h1><p class=\"meta\">")
                .append(stories.size()).append(" stor").append(stories.size() == 1 ? "y" : "ies").append(", ")
                .append(stories.stream().mapToInt(s -> s.articles().size()).sum()).append(" articles</p><ul>");
        for (StoryReport s : stories) {
            h.append("<li><a href=\"#").append(esc(s.id())).append("\">").append(esc(s.headline())).append("</a> <span class=\"meta\">(")
                    .append(s.articles().size()).append(" articles)</span></li>");
        }
        h.append("</ul>");
        for (StoryReport s : stories) story(h, s);
        if (!problems.isEmpty()) {
            h.append("<h2>Skipped input</h2><ul>");
            for (Problem p : problems) h.append("<li><code>").append(esc(p.origin())).append("</code>: ").append(esc(p.message())).append("</li>");
            h.append("</ul>");
        }
        return h.append("</body></html>\n").toString();
    }

    private static void story(StringBuilder h, StoryReport s) {
        h.append("<section id=\"").append(esc(s.id())).append("\"><h2>").append(esc(s.headline())).append("</h2>");
        h.append("<p class=\"meta\">").append(s.articles().size()).append(" articles from ").append(s.sources().size())
                .append(" independent sources</p>");
        h.append("<h3>Facts</h3><table><tr><th>Fact</th><th>Status</th><th>Values and evidence</th></tr>");
        for (Fact f : s.facts()) {
            h.append("<tr><td>").append(esc(f.subject())).append(" &middot; <b>").append(esc(f.slot().key())).append("</b></td>")
                    .append("<td><span class=\"status ").append(f.status().key()).append("\">").append(f.status().key()).append("</span></td><td>");
            for (FactValue v : f.values()) {
                h.append("<div><b>").append(esc(Text.display(v))).append("</b> <span class=\"meta\">")
                        .append(v.independentSources()).append(" independent source(s)</span>");
                for (SourceRef r : v.sources()) evidence(h, r);
                h.append("</div>");
            }
            h.append("</td></tr>");
        }
        h.append("</table>");
        if (!s.quotes().isEmpty()) {
            h.append("<h3>Quotes</h3>");
            Map<String, List<StoryQuote>> bySpeaker = new TreeMap<>();
            for (StoryQuote q : s.quotes()) bySpeaker.computeIfAbsent(q.speaker() == null ? "(unknown speaker)" : q.speaker(), k -> new java.util.ArrayList<>()).add(q);
            for (var e : bySpeaker.entrySet()) {
                h.append("<h4>").append(esc(e.getKey())).append("</h4>");
                for (StoryQuote q : e.getValue()) {
                    h.append("<blockquote>\u201c").append(esc(q.text())).append("\u201d<div class=\"meta\">")
                            .append(esc(q.sources().stream().map(SourceRef::outlet).distinct().collect(Collectors.joining(", "))))
                            .append("</div></blockquote>");
                }
            }
        }
        h.append("<h3>Independent sources</h3><ul>");
        for (SourceGroup g : s.sources()) {
            h.append("<li><b>").append(esc(g.id())).append("</b>: ").append(esc(String.join(", ", g.articles())))
                    .append(" <span class=\"meta\">(").append(esc(g.reason())).append(")</span></li>");
        }
        h.append("</ul><h3>Articles</h3><table><tr><th>Published</th><th>Outlet</th><th>Title</th><th>Id</th></tr>");
        for (Article a : s.articles()) {
            h.append("<tr><td>").append(a.published() == null ? "unknown" : esc(a.published().toString())).append("</td><td>")
                    .append(esc(a.outletOrUnknown())).append("</td><td>");
            if (a.url() != null && a.url().matches("https?://\\S+")) {
                h.append("<a href=\"").append(esc(a.url())).append("\">").append(esc(a.title())).append("</a>");
            } else {
                h.append(esc(a.title()));
            }
            h.append("</td><td><code>").append(esc(a.id())).append("</code></td></tr>");
        }
        h.append("</table></section>");
    }

    private static void evidence(StringBuilder h, SourceRef r) {
        h.append("<p class=\"ev\">").append(esc(r.outlet())).append(": ");
        String sentence = r.sentence();
        h.append(esc(sentence.substring(0, r.relativeBegin()))).append("<mark>")
                .append(esc(sentence.substring(r.relativeBegin(), r.relativeEnd()))).append("</mark>")
                .append(esc(sentence.substring(r.relativeEnd())));
        if (r.hedge() != null) h.append(" <i class=\"meta\">(hedged: ").append(esc(r.hedge())).append(")</i>");
        if (r.attribution() != null) h.append(" <i class=\"meta\">(attributed to ").append(esc(r.attribution())).append(")</i>");
        h.append("</p>");
    }

    static String esc(String s) {
        return Text.html(s);
    }
}
