package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommentFormFilterTest {
    private final CommentFormFilter filter = new CommentFormFilter();

    @ParameterizedTest
    @ValueSource(strings = {
        "Please enter your comment!", "Please enter your name here", "Leave a Reply", "Leave a comment",
        "Leave a Reply Cancel reply", "You must be logged in to post a comment.",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Save my name, email, and website in this browser…",
        "Your email address will not be published. Required fields are marked *",
        "You have entered an incorrect email address!", "Comments", "3 Comments", "Name *"})
    void dropsCommentFormLines(String line) {
        assertThat(filter.apply(line)).isEmpty();
    }

    @Test
    void keepsTheHeadlineGluedToAFormPrefix() {
        assertThat(filter.apply("Please enter your name hereVideo Shows Russia's Ambassador To Turkey Being "
                + "Assassinated Inside An Art Gallery"))
                .contains("Video Shows Russia's Ambassador To Turkey Being Assassinated Inside An Art Gallery");
        assertThat(filter.apply("Please enter your comment!Please enter your name hereShots fired in Ankara"))
                .contains("Shots fired in Ankara");
        assertThat(filter.apply("Leave a ReplyCancel replyGunman named")).contains("Gunman named");
    }

    @Test
    void keepsSentencesThatMentionComments() {
        String line = "Readers can leave a comment on the ministry's page, officials said.";
        assertThat(filter.apply(line)).contains(line);
        assertThat(filter.apply("Warning: The photos are very graphic.")).contains("Warning: The photos are very graphic.");
        assertThat(filter.apply("The spokesman declined to comment.")).contains("The spokesman declined to comment.");
    }
}
