package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutletsTest {
    @ParameterizedTest
    @CsvSource({
        "https://www.example.com/a/b, example.com", "http://News.Example.org:8080/x?y=1, news.example.org",
        "http://web.archive.org/web/20151030223013/http://www.wral.com/story/1/, wral.com",
        "https://web.archive.org/web/2016id_/https://www.example.net/a, example.net",
        "http://web.archive.org/web/2015/www.example.com/a, example.com"})
    void hostWithoutWww(String url, String outlet) {
        assertThat(Outlets.fromUrl(url)).contains(outlet);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a url", "/relative/path", "mailto:someone@example.com"})
    void noHostNoOutlet(String url) {
        assertThat(Outlets.fromUrl(url)).isEmpty();
    }
}
