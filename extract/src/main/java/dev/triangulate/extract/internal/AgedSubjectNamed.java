package dev.triangulate.extract.internal;

import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import java.util.List;
import java.util.Locale;

/**
 * The person the article describes by age, then named: "The 6-year-old is Abigail H., according to
 * the funeral home", "10 On Your Side learned the 13-year-old is Jordan S., a student at ...". Who
 * they are is left to the article, as for other identified victims.
 */
final class AgedSubjectNamed implements ClaimRule {

    @Override
    public void apply(SentenceView v, ArticleContext ctx) {
        if (VictimListRule.SUSPECT_WORDS.matcher(v.sentence.text().toLowerCase(Locale.ROOT)).find()) return;
        for (int i = v.first; i <= v.last(); i++) {
            if (!v.lower(i).equals("the")) continue;
            int k = afterAge(v, i + 1);
            if (k < 0) continue;
            if (VictimCountRule.HUMAN.contains(v.lower(k)) && !Lexicon.PERPETRATOR.contains(v.lower(k))) k++;
            if (!Regex.matches(v.lower(k), "is|was")) continue;
            var name = v.entityStartingAt(k + 1, EntityType.PERSON);
            if (name.isEmpty()) continue;
            // "the 6-year-old victim was Okafor's niece": the possessor is not the one described
            var after = v.at(name.get().lastToken() + 1);
            if (after != null && after.pos().equals("POS") || name.get().text().matches(".*['’]s")) continue;
            VictimListRule.record(v, ctx, List.<EntityMention>of(name.get()), "identified", i);
        }
    }

    /** The token after an age "13-year-old" (one token or five) at k, else -1. */
    private static int afterAge(SentenceView v, int k) {
        if (Regex.matches(v.lower(k), "\\d{1,3}-(year|month|week)-old")) return k + 1;
        if (Regex.matches(v.lower(k), "\\d{1,3}") && v.lower(k + 1).equals("-") && Regex.matches(v.lower(k + 2), "year|month|week")
                && v.lower(k + 3).equals("-") && v.lower(k + 4).equals("old")) return k + 5;
        return -1;
    }
}
