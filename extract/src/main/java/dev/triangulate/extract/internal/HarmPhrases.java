package dev.triangulate.extract.internal;

import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import java.util.List;
import java.util.Locale;

/**
 * Names after phrasings of harm that carry no word of the fate rules: "An accident with a firearm
 * claimed the life of 4-year-old Summer M." (killed), "Caught in the crossfire was 20-year-old Eric H."
 * and "The bullet went through 21-month-old Aaliyah A.'s right thigh" (shot), and a relative named as
 * the person the article tells of, "She said her nephew was Manuel O." (identified).
 */
final class HarmPhrases implements ClaimRule {

    @Override
    public void apply(SentenceView v, ArticleContext ctx) {
        if (VictimListRule.SUSPECT_WORDS.matcher(v.sentence.text().toLowerCase(Locale.ROOT)).find()) return;
        for (int i = v.first; i <= v.last(); i++) {
            // "claimed the life of A", "took the lives of A and B"
            if (Regex.matches(v.lemma(i), "claim|take") && v.lower(i + 1).equals("the") && Regex.matches(v.lower(i + 2), "life|lives")
                    && v.lower(i + 3).equals("of")) record(v, ctx, i + 4, "killed", i);
            // "Caught in the crossfire was A"
            if (v.lower(i).equals("crossfire") && Regex.matches(v.lower(i + 1), "was|were") && Regex.matches(v.lower(i - 3), "caught")) {
                record(v, ctx, i + 2, "shot", i);
            }
            // "The bullet went through A's right thigh"
            if (Regex.matches(v.lower(i), "bullets?|rounds?|pellets?") && Regex.matches(v.lower(i + 1), "went|passed|tore|ripped")
                    && Regex.matches(v.lower(i + 2), "through|into")) {
                int k = afterAge(v, i + 3);
                var name = v.entityStartingAt(k, EntityType.PERSON);
                if (name.isPresent() && Regex.matches(v.lower(name.get().lastToken() + 1), "'s|’s|'|’")) {
                    VictimListRule.record(v, ctx, List.<EntityMention>of(name.get()), "shot", i);
                }
            }
            // "She said her nephew was A": the relative the speaker is asked about
            if (Regex.matches(v.lower(i), "his|her|their") && VictimCountRule.HUMAN.contains(v.lower(i + 1)) && !Lexicon.PERPETRATOR.contains(v.lower(i + 1))
                    && Regex.matches(v.lower(i + 2), "was|is")) record(v, ctx, i + 3, "identified", i);
        }
    }

    private static void record(SentenceView v, ArticleContext ctx, int k, String fate, int cue) {
        int from = afterAge(v, k);
        List<EntityMention> names = VictimListRule.list(v, from);
        if (!names.isEmpty() && names.get(0).firstToken() == from) VictimListRule.record(v, ctx, names, fate, cue);
    }

    /** The token after "the", "a" and an age ("4-year-old", "21-month-old"), else k. */
    private static int afterAge(SentenceView v, int k) {
        return AgeWords.skip(v, k, "the|a|an");
    }
}
