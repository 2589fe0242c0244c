package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    static final String PROSE_1 = "Harbour officials in Port Alder said on Tuesday that the ferry terminal would reopen "
            + "next week after repairs to the damaged loading ramp were completed by the city engineers.";
    static final String PROSE_2 = "The mayor told reporters that the council had approved emergency funding, and that "
            + "commuters should expect delays on the northern routes until the end of the month.";
    static final String PROSE_3 = "Local businesses near the waterfront reported a sharp fall in visitors, with several "
            + "cafe owners saying they had lost more than half of their usual weekday trade.";

    static String page(String head, String article) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><head>" + head + "</head><body>"
                + "<header class=\"site-header\"><a href=\"/\">Meridian Press</a><ul class=\"menu\"><li><a href=\"/news\">News</a></li>"
                + "<li><a href=\"/sport\">Sport</a></li><li><a href=\"/weather\">Weather</a></li></ul></header>"
                + "<nav><a href=\"/a\">Politics</a> <a href=\"/b\">Business</a></nav>"
                + "<main><article><h1>Ferry terminal to reopen next week</h1>"
                + "<div class=\"byline\">By Jane Doe</div>" + article + "</article>"
                + "<div class=\"related-stories\"><h3>Related</h3><ul>"
                + "<li><a href=\"/x\">A completely different story about the harbour and its long history of trade</a></li>"
                + "<li><a href=\"/y\">Another story that readers of this page might also like to click on today</a></li></ul></div>"
                + "<section id=\"comments\"><p>What a terrible mess the council has made of this whole affair, honestly it is a disgrace.</p></section>"
                + "</main><footer><p>Copyright 2031 Meridian Press. All rights reserved. Contact us for licensing of our content.</p></footer>"
                + "<script>var x = 'Harbour officials said nothing';</script></body></html>";
    }

    @Test
    void extractsTheArticleBodyWithoutBoilerplate() {
        HtmlPage p = extractor.extract(page("<title>Ferry terminal to reopen | Meridian Press</title>",
                "<p>" + PROSE_1 + "</p><figure><img src=a.jpg><figcaption>The terminal, photographed on Monday.</figcaption></figure>"
                        + "<p>" + PROSE_2 + "</p><h2>Businesses hit</h2><p>" + PROSE_3 + "</p>"), "https://meridianpress.example/news/1");
        assertThat(p.text()).contains(PROSE_1, PROSE_2, PROSE_3, "Businesses hit");
        assertThat(p.text()).doesNotContain("Politics", "Sport", "completely different story", "terrible mess",
                "Copyright", "var x", "photographed on Monday", "By Jane Doe");
        assertThat(p.text().split("\n\n")).startsWith(PROSE_1);
        assertThat(p.title()).isEqualTo("Ferry terminal to reopen next week");
        assertThat(p.language()).isEqualTo("en");
        assertThat(p.canonicalUrl()).isEqualTo("https://meridianpress.example/news/1");
    }

    @Test
    void readsMetadataFromMetaTags() {
        String head = "<meta property=\"og:title\" content=\"Ferry terminal reopens\">"
                + "<meta property=\"og:site_name\" content=\"Meridian Press\">"
                + "<link rel=\"canonical\" href=\"https://meridianpress.example/ferry\">"
                + "<meta name=\"author\" content=\"Jane Doe\">"
                + "<meta property=\"article:published_time\" content=\"2031-05-13T19:05:00+0200\">"
                + "<meta property=\"article:modified_time\" content=\"2031-05-14T08:00:00Z\">";
        HtmlPage p = extractor.extract(page(head, "<p>" + PROSE_1 + "</p>"), "https://meridianpress.example/x?utm=1");
        assertThat(p.title()).isEqualTo("Ferry terminal reopens");
        assertThat(p.siteName()).isEqualTo("Meridian Press");
        assertThat(p.canonicalUrl()).isEqualTo("https://meridianpress.example/ferry");
        assertThat(p.author()).isEqualTo("Jane Doe");
        assertThat(p.published()).isEqualTo(Instant.parse("2031-05-13T17:05:00Z"));
        assertThat(p.modified()).isEqualTo(Instant.parse("2031-05-14T08:00:00Z"));
    }

    @Test
    void readsMetadataFromJsonLdInsideAGraph() {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"ignored\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Terminal to reopen\",\"datePublished\":\"2031-05-13T19:05:00Z\","
                + "\"dateModified\":\"2031-05-13T21:00:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
                + "{\"@type\":\"Person\",\"name\":\"Ali Khan\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Meridian Press\"}}]}"
                + "</script><script type=\"application/ld+json\">{ broken json</script>";
        HtmlPage p = extractor.extract(page(ld, "<p>" + PROSE_1 + "</p>"), null);
        assertThat(p.title()).isEqualTo("Terminal to reopen");
        assertThat(p.author()).isEqualTo("Jane Doe, Ali Khan");
        assertThat(p.siteName()).isEqualTo("Meridian Press");
        assertThat(p.published()).isEqualTo(Instant.parse("2031-05-13T19:05:00Z"));
        assertThat(p.modified()).isEqualTo(Instant.parse("2031-05-13T21:00:00Z"));
    }

    @Test
    void fallsBackToTheTimeElementAndTheTitleTag() {
        HtmlPage p = extractor.extract("<html><head><title>Harbour news - Meridian Press</title></head><body><div>"
                + "<time datetime=\"2031-05-13\">13 May</time><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p></div></body></html>", null);
        assertThat(p.published()).isEqualTo(Instant.parse("2031-05-13T00:00:00Z"));
        assertThat(p.title()).isEqualTo("Harbour news");
        assertThat(p.language()).isNull();
    }

    @Test
    void pageWithoutTextGivesEmptyText() {
        HtmlPage p = extractor.extract("<html><body><nav><a href=/>Home</a></nav><img src=x.png></body></html>", null);
        assertThat(p.text()).isEmpty();
    }

    @Test
    void deeplyNestedHtmlDoesNotOverflowTheStack() {
        StringBuilder sb = new StringBuilder("<html><body>");
        int depth = 100_000;
        sb.append("<div>".repeat(depth)).append("<p>").append(PROSE_1).append("</p>").append("</div>".repeat(depth));
        sb.append("</body></html>");
        HtmlPage p = extractor.extract(sb.toString(), null);
        assertThat(p.text()).contains("Harbour officials");
    }

    @Test
    @org.junit.jupiter.api.Timeout(60) // a guard against quadratic passes, not a speed measurement
    void deeplyNestedInlineMarkupWithTextAtEveryLevelIsHandledInLinearPasses() {
        int depth = 20_000;
        String html = "<html><body><div class=\"article-body\"><p>" + PROSE_1 + "</p>"
                + "<span>word ".repeat(depth) + "</span>".repeat(depth) + "</div></body></html>";
        HtmlPage p = extractor.extract(html, null);
        assertThat(p.text()).contains("Harbour officials");
    }

    @Test
    void theMarkedArticleBodyWinsOverLongerBoilerplate() {
        String html = "<html><body><div class=\"promo-box\"><p>" + PROSE_2 + " " + PROSE_3 + " " + PROSE_2 + "</p></div>"
                + "<div itemprop=\"articleBody\"><p>" + PROSE_1 + "</p></div></body></html>";
        HtmlPage p = extractor.extract(html, null);
        assertThat(p.text()).isEqualTo(PROSE_1);
    }

    @Test
    void missingCharsetIsDetectedFromTheBytes() {
        String html = page("", "<p>Zürich café owners said the Bürgermeister had promised support. " + PROSE_1 + "</p>");
        HtmlPage utf8 = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(utf8.text()).contains("Zürich café");
        assertThat(utf8.warnings()).isEmpty();
        HtmlPage latin = extractor.extract(html.getBytes(Charset.forName("windows-1252")), null, null);
        assertThat(latin.text()).contains("Zürich café");
    }

    @Test
    void wrongCharsetIsCorrectedWithAWarning() {
        String html = page("<meta charset=\"utf-8\">", "<p>Zürich café owners said the Bürgermeister had promised support. " + PROSE_1 + "</p>");
        HtmlPage p = extractor.extract(html.getBytes(Charset.forName("windows-1252")), null, null);
        assertThat(p.text()).contains("Zürich café");
        assertThat(p.warnings()).singleElement().asString().contains("not valid UTF-8");

        String declaredLatin = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
                "<p>Zürich café owners said the Bürgermeister had promised support. " + PROSE_1 + "</p>");
        HtmlPage q = extractor.extract(declaredLatin.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(q.text()).contains("Zürich café");
        assertThat(q.warnings()).singleElement().asString().contains("is UTF-8");
    }

    @Test
    void unknownCharsetIsSurvived() {
        String html = page("<meta charset=\"x-no-such-charset\">", "<p>" + PROSE_1 + "</p>");
        HtmlPage p = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(p.text()).contains(PROSE_1);
        assertThat(p.warnings()).singleElement().asString().contains("unknown charset");
    }

    @Test
    void headerCharsetWinsOverTheMetaTag() {
        String html = page("<meta charset=\"utf-8\">", "<p>Это русский текст о пароме. " + PROSE_1 + "</p>");
        HtmlPage p = extractor.extract(html.getBytes(Charset.forName("windows-1251")), "windows-1251", null);
        assertThat(p.text()).contains("Это русский текст");
    }
}
