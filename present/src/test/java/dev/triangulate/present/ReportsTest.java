package dev.triangulate.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.triangulate.model.Article;
import dev.triangulate.model.Fact;
import dev.triangulate.model.FactStatus;
import dev.triangulate.model.FactValue;
import dev.triangulate.model.Problem;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;
import dev.triangulate.model.SourceGroup;
import dev.triangulate.model.SourceRef;
import dev.triangulate.model.StoryQuote;
import dev.triangulate.model.StoryReport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {
    static final String SENTENCE = "Police said at least 3 <b>people</b> & others were hurt.";

    static StoryReport report() {
        Article a = new Article("a1", "Title <script>alert(1)</script>", SENTENCE, "Outlet \"Q\"", "javascript:alert(1)",
                Instant.parse("2030-01-01T00:00:00Z"), null, null, "x");
        int off = a.text().indexOf(SENTENCE);
        int b = off + SENTENCE.indexOf("at least"), e = off + SENTENCE.indexOf(" & others");
        SourceRef ref = new SourceRef("a1", "Outlet \"Q\"", "Outlet \"Q\"", a.published(), SENTENCE, off, b, e, "reportedly", "Police");
        Fact f = new Fact("incident", Slot.INJURED, List.of(new FactValue("3", Qualifier.AT_LEAST, List.of(ref))), FactStatus.SINGLE_SOURCE);
        return new StoryReport("story-a1", a.title(), List.of(a), List.of(new SourceGroup("Outlet \"Q\"", List.of("Outlet \"Q\""), List.of("a1"), "single article")),
                List.of(f), List.of(new StoryQuote("Vell", "We <3 you", List.of(ref))));
    }

    @Test
    void htmlEscapesEverythingAndMarksTheEvidenceSpan() {
        String html = HtmlReport.render(List.of(report()), List.of(new Problem("bad.txt", "not valid UTF-8")));
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>people</b>").doesNotContain("href=\"javascript");
        assertThat(html).contains("<mark>at least 3 &lt;b&gt;people&lt;/b&gt;</mark> &amp; others");
        assertThat(html).contains("single-source").contains("at least 3").contains("We &lt;3 you").contains("bad.txt");
    }

    @Test
    void jsonCarriesQualifierDisplayAndEvidenceOffsets() {
        JsonNode root = JsonReport.tree(List.of(report()), List.of());
        assertThat(root.get("schema").asInt()).isEqualTo(1);
        JsonNode v = root.get("stories").get(0).get("facts").get(0).get("values").get(0);
        assertThat(v.get("qualifier").asText()).isEqualTo("at_least");
        assertThat(v.get("display").asText()).isEqualTo("at least 3");
        JsonNode src = v.get("sources").get(0);
        String text = report().articles().get(0).text();
        assertThat(text.substring(src.get("begin").asInt(), src.get("end").asInt())).isEqualTo("at least 3 <b>people</b>");
        assertThat(src.get("hedge").asText()).isEqualTo("reportedly");
    }

    @Test
    void summaryShowsStatusAndOutlets() {
        String s = TextSummary.render(List.of(report()), 0);
        assertThat(s).contains("single-source").contains("incident.injured").contains("at least 3 (Outlet \"Q\")");
    }
}
