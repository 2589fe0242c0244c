package dev.triangulate.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.Article;
import dev.triangulate.model.Claim;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropUnnamedTest {

    private static Claim victim(String name, String sentence) {
        return new Claim(Claim.INCIDENT, Slot.VICTIM, name, Qualifier.EXACT, null, null, new Evidence("t", 0, sentence, 0, 0, 1));
    }

    @Test
    void aNameFoundOnlyThroughAPronounOrARoleIsDropped() {
        Article a = new Article("t", "", "x", null, null, null, null, null, null);
        ArticleContext ctx = new ArticleContext(new AnnotatedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        ctx.claims.add(victim("Dwight Alcorn", "The boy was rushed to the hospital, where he later died."));
        ctx.claims.add(victim("Dana Fiskell", "Dana Fiskell, 20, was also shot."));
        ctx.claims.add(victim("Dana Fiskell", "She later died."));
        NotVictims.dropUnnamed(ctx);
        assertThat(ctx.claims).extracting(Claim::value).containsExactly("Dana Fiskell", "Dana Fiskell");
    }
}
