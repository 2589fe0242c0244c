package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlFilterTest {
    private final HtmlFilter filter = new HtmlFilter();

    @Test
    void dropsALineThatIsOnlyAnImageTag() {
        // Shaped like the seed's tag: quotes and "/>" inside attributes, alt text that must not leak.
        String img = "<img class=\" wp-image-1448\" src=\"\" alt=\"People crouching \" width=\"667\" "
                + "srcset=\" 624w,×169 x.jpg 300w” sizes=”(max-width: 667px) 100vw, 667px” />";
        assertThat(filter.apply(img)).isEmpty();
        assertThat(filter.apply("<br>")).isEmpty();
        assertThat(filter.apply("<p></p> <br/>")).isEmpty();
    }

    @Test
    void stripsInlineTagsAndDecodesEntities() {
        assertThat(filter.apply("Smith &amp; Wesson <b>said</b> &quot;no&quot;<br>"))
                .hasValueSatisfying(s -> assertThat(s.strip().replaceAll("\\s+", " "))
                        .isEqualTo("Smith & Wesson said \"no\""));
    }

    @Test
    void removesScriptsCommentsAndCutOffTags() {
        assertThat(filter.apply("<script>var x = 1 < 2;</script>")).isEmpty();
        assertThat(filter.apply("<!-- ad slot -->")).isEmpty();
        assertThat(filter.apply("Caption text <img src=\"a.jpg\" alt=\"x\"")).hasValueSatisfying(
                s -> assertThat(s.strip()).isEqualTo("Caption text"));
    }

    @Test
    void leavesProseWithAngleBracketsAlone() {
        assertThat(filter.apply("The vote was 5 < 7 and 9 > 3.")).contains("The vote was 5 < 7 and 9 > 3.");
        assertThat(filter.apply("I <3 Ankara")).contains("I <3 Ankara");
        assertThat(filter.apply("No markup here.")).contains("No markup here.");
    }

    @Test
    void escapedMarkupIsRemovedSoASecondPassChangesNothing() {
        String once = filter.apply("Hello &lt;b&gt;world&lt;/b&gt;").orElseThrow();
        assertThat(once).doesNotContain("<b>");
        assertThat(filter.apply(once)).contains(once);
    }
}
