package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageCreditFilterTest {
    private final ImageCreditFilter filter = new ImageCreditFilter();

    @ParameterizedTest
    @ValueSource(strings = {
        "Image via Burhan Ozbilici / AP via BuzzFeed", "Cover image via Burhan Ozbilici/Associated Press",
        "Image via Yavuz Alatan/Agence France-Presse — Getty Images via NYT", "Photo: Reuters",
        "Photo by John Smith", "(Photo: AP)", "Image credit: Twitter", "Getty Images", "Credit: Jane Doe/AP",
        "Image source: Twitter", "Photos courtesy of the family", "AP Photo/Burhan Ozbilici", "© Reuters"})
    void dropsCreditLines(String line) {
        assertThat(filter.apply(line)).isEmpty();
    }

    @Test
    void cutsATrailingCreditOffACaption() {
        assertThat(filter.apply("People in the gallery react after the ambassador was shot. (Photo: AP)"))
                .contains("People in the gallery react after the ambassador was shot.");
        assertThat(filter.apply("Police at the scene (AP Photo/Burhan Ozbilici)")).contains("Police at the scene");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "People crouching and taking cover in the exhibition room after the shooting",
        "Video Shows Russia's Ambassador To Turkey Being Assassinated Inside An Art Gallery",
        "This video, posted on Twitter, shows Ambassador Karlov falling as he was shot from behind.",
        "Photos by an Associated Press photographer who was in the gallery at the time show the gunman standing "
                + "over the body of the ambassador with a pistol in his hand.",
        "Andrey Karlov was several minutes into a speech at a photo exhibition when he was shot.",
        "The photographer (who asked not to be named) said he heard eight shots."})
    void keepsCaptionsAndProse(String line) {
        assertThat(filter.apply(line)).contains(line);
    }
}
