package dev.triangulate.present;

import dev.triangulate.model.Fact;
import dev.triangulate.model.FactValue;
import dev.triangulate.model.StoryQuote;
import dev.triangulate.model.StoryReport;
import java.util.List;
import java.util.stream.Collectors;

/** The terminal summary: per story, its articles and sources, then each fact with status and outlets. */
public final class TextSummary {
    private TextSummary() {}

    /** Renders the summary; {@code maxFacts} limits facts per story (0 = all). */
    public static String render(List<StoryReport> stories, int maxFacts) {
        StringBuilder sb = new StringBuilder();
        for (StoryReport s : stories) {
            sb.append("== ").append(s.headline()).append("  [").append(s.id()).append("]\n");
            sb.append("   ").append(s.articles().size()).append(" article(s), ").append(s.sources().size())
                    .append(" independent source(s): ")
                    .append(s.sources().stream().map(g -> g.id() + (g.articles().size() > 1 ? " x" + g.articles().size() : ""))
                            .collect(Collectors.joining(", ")))
                    .append('\n');
            int n = 0;
            for (Fact f : s.facts()) {
                if (maxFacts > 0 && n++ >= maxFacts) {
                    sb.append("   ... ").append(s.facts().size() - maxFacts).append(" more fact(s) in the JSON/HTML report\n");
                    break;
                }
                sb.append(String.format("   %-14s %-12s %-40s %s%n", f.status().key(), f.subject() + "." + f.slot().key(),
                        f.values().stream().map(TextSummary::value).collect(Collectors.joining(" | ")), ""));
            }
            for (StoryQuote q : s.quotes()) {
                sb.append("   quote  ").append(q.speaker() == null ? "(unknown speaker)" : q.speaker()).append(": \u201c")
                        .append(q.text().length() > 90 ? q.text().substring(0, 87) + "..." : q.text()).append("\u201d (")
                        .append(q.sources().size()).append(" article(s))\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String value(FactValue v) {
        return Text.display(v) + " (" + v.sources().stream().map(r -> r.outlet()).distinct().collect(Collectors.joining(", ")) + ")";
    }
}
