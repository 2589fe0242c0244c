package dev.triangulate.extract.internal;

import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import java.util.List;
import java.util.Locale;

/**
 * The person the article tells of, named in apposition to the noun it has been calling them by:
 * "The little girl, Adriana E., was riding with her father", "Pena said the child, Ryan M., shot
 * himself". Only nouns for the one struck (victim, child, girl, boy, teen, toddler, baby), not a
 * parent or a man who may be anyone in the story. Who they are is left to the article.
 */
final class DescribedVictimNamed implements ClaimRule {

    @Override
    public void apply(SentenceView v, ArticleContext ctx) {
        if (VictimListRule.SUSPECT_WORDS.matcher(v.sentence.text().toLowerCase(Locale.ROOT)).find()) return;
        for (int i = v.first; i <= v.last(); i++) {
            if (!v.lower(i).equals("the")) continue;
            int k = AgeWords.skip(v, i + 1, "little|young");
            if (!Regex.matches(v.lower(k), "victim|child|girl|boy|teen|teenager|toddler|baby|infant") || !v.lower(k + 1).equals(",")) continue;
            int n = AgeWords.skip(v, k + 2, null);
            var name = v.entityStartingAt(n, EntityType.PERSON);
            if (name.isEmpty() || !Regex.matches(v.lower(name.get().lastToken() + 1), ",")) continue;
            VictimListRule.record(v, ctx, List.<EntityMention>of(name.get()), "identified", i);
        }
    }
}
