package dev.triangulate.extract.internal;

import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * The person a funeral, vigil or memorial is held for: "the church will pay for the funeral for
 * 4-year-old Christopher L.", "Micheal W.'s funeral will be at 5 p.m.", "a celebration of life
 * service for Le'Vonte J., 2". Who they are is left to the article, as for other identified victims.
 */
final class MourningNames implements ClaimRule {

    private static final Set<String> RITES = Set.of("funeral", "vigil", "memorial", "wake", "visitation", "burial", "homegoing");

    @Override
    public void apply(SentenceView v, ArticleContext ctx) {
        for (int i = v.first; i <= v.last(); i++) {
            if (!RITES.contains(v.lower(i)) || !v.at(i).isNoun()) continue;
            // "the funeral for 4-year-old A", "a memorial service for A", "celebration of life service for A"
            int k = i + 1;
            if (Regex.matches(v.lower(k), "service|services|mass")) k++;
            if (Regex.matches(v.lower(k), "for|of|honoring")) {
                k = AgeWords.skip(v, k + 1, "the|late|little|a|an");
                var name = v.entityStartingAt(k, EntityType.PERSON);
                // "a vigil for Planned Parenthood of the Rocky Mountains": an institution, not a person
                if (name.isPresent() && !v.lower(name.get().lastToken() + 1).equals("of")) VictimListRule.record(v, ctx, List.<EntityMention>of(name.get()), "identified", i);
            }
            // "Christopher L.'s funeral is set for Friday"
            if (Regex.matches(v.lower(i - 1), "'s|’s|'|’")) {
                var name = v.entityEndingAt(i - 2, EntityType.PERSON);
                if (name.isPresent()) VictimListRule.record(v, ctx, List.<EntityMention>of(name.get()), "identified", i);
            }
        }
    }
}
