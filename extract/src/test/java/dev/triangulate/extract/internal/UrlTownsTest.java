package dev.triangulate.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A known town of the page's address that the text names, where the tagger found no place. */
class UrlTownsTest {
    static String town(String url, String text) {
        int[] at = UrlTowns.find(url, text);
        return at == null ? null : text.substring(at[0], at[1]);
    }

    @Test
    void aSiteSectionAHostOrASlugsClosingTown() {
        assertThat(town("http://web.archive.org/web/20160121114348/http://www.reviewjournal.com:80/news/las-vegas/teen-indicted",
                "A teen killed his girlfriend inside their North Las Vegas home.")).isEqualTo("Las Vegas");
        assertThat(town("http://www.wapt.com/news/central-mississippi/jackson/sentencing-set/28088370",
                "The shooting happened on Greenwood Avenue in Jackson.")).isEqualTo("Jackson");
        assertThat(town("http://chicago.suntimes.com/news/boy-16-shot/", "A boy was shot, Chicago police said.")).isEqualTo("Chicago");
        assertThat(town("http://myinforms.com/en/a/19170726-5-injured-in-overnight-shootings-in-johnstown/",
                "Five people were hurt overnight in JOHNSTOWN.")).isEqualTo("JOHNSTOWN");
    }

    @Test
    void onlyATownTheTextWritesAsAName() {
        assertThat(town("http://www.example.com/news/home/boy-shot/1", "A boy was shot at home.")).isNull();
        assertThat(town("http://www.wapt.com/news/jackson/sentencing-set/28088370", "A man was sentenced.")).isNull();
        assertThat(town("http://www.example.com/news/texas/boy-shot/1", "A Texas boy was shot.")).isNull();
        assertThat(town(null, "A boy was shot.")).isNull();
    }
}
