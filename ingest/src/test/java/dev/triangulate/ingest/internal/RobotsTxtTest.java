package dev.triangulate.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {
    @Test
    void ourGroupReplacesTheStarGroup() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /\n\nUser-agent: Triangulate\nDisallow: /private\n", "triangulate");
        assertThat(r.allows("/news/1")).isTrue();
        assertThat(r.allows("/private/x")).isFalse();
    }

    @Test
    void longestMatchWinsAndAllowWinsTies() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /news\nAllow: /news/public\n# comment\nDisallow: /*.pdf$\n", "triangulate");
        assertThat(r.allows("/news/1")).isFalse();
        assertThat(r.allows("/news/public/1")).isTrue();
        assertThat(r.allows("/files/a.pdf")).isFalse();
        assertThat(r.allows("/files/a.pdf?x=1")).isTrue();
        assertThat(r.allows("/")).isTrue();
    }

    @Test
    void emptyDisallowAllowsEverything() {
        assertThat(RobotsTxt.parse("User-agent: *\nDisallow:\n", "triangulate").allows("/x")).isTrue();
        assertThat(RobotsTxt.DISALLOW_ALL.allows("/x")).isFalse();
        assertThat(RobotsTxt.ALLOW_ALL.allows("/x")).isTrue();
    }
}
