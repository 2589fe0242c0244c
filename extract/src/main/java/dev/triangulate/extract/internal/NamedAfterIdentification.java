package dev.triangulate.extract.internal;

import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A report that someone was identified without naming them, then the name in the next sentence:
 * "The coroner's office has identified the woman police say was killed in an accidental shooting."
 * then "She was 22-year-old Maryann R., of Anaheim, the coroner's office said"; "Family has identified
 * the child who was shot and killed Thursday night." then "Aryah L. would have turned 2 next week";
 * "The name of a 20-year-old man who was killed ... was released today." then "He was Bernard G.".
 * The next sentence names the person when it opens on the name (not on an official's: "Coroner Greg
 * S. said ...") or on "he was" / "she was".
 */
final class NamedAfterIdentification {
    private NamedAfterIdentification() {}

    /** Someone identified or named: "has identified", "released the name of", "the name of ... was released". */
    private static final Pattern IDENTIFIED = Pattern.compile(
            "\\b(identified|identifies|identify|released (the )?(names?|identit(y|ies))|names? of .* (was|were|has been|have been) released|learned the names?)\\b");
    /** Not yet identified, or someone else to identify: "has not been identified", "asked not to be identified", "help identifying". */
    private static final Pattern NOT = Pattern.compile(
            "\\b(not|n't|no|yet|withh[eo]ld\\w*|declined|until|pending|help|asked|asking|hope|trying|attempting|unable|working to|weapon|gun|car|vehicle)\\b");
    private static final Pattern PEOPLE = Pattern.compile(
            "\\b(victims?|man|woman|men|women|boy|girl|child|children|teen|teenager|toddler|infant|baby|people|person|dead|deceased|bod(y|ies)|couple|pair)\\b");
    private static final Pattern SAYS = Pattern.compile("^(said|says|say|told|tells|added|confirmed|explained|described|spoke)\\b.*");

    /** Claims the name of each such pair of sentences in the article (in order). */
    static void claim(List<SentenceView> views, ArticleContext ctx) {
        for (int i = 0; i + 1 < views.size(); i++) {
            SentenceView cue = views.get(i);
            String text = cue.sentence.text().toLowerCase(Locale.ROOT);
            var m = IDENTIFIED.matcher(text);
            if (!m.find() || NOT.matcher(text).find() || !PEOPLE.matcher(text).find() || VictimListRule.SUSPECT_WORDS.matcher(text).find()) continue;
            // a name in the cue itself is the ordinary rules' ("identified the victim as A")
            if (cue.entities.stream().anyMatch(e -> e.type() == EntityType.PERSON) || Regex.matches(text, ".*\\bidentif\\w* .*\\bas\\b.*")) continue;
            SentenceView next = views.get(i + 1);
            String nextText = next.sentence.text().toLowerCase(Locale.ROOT);
            if (VictimListRule.SUSPECT_WORDS.matcher(nextText).find()) continue;
            int k = next.first;
            // "He was Bernard G., according to the coroner's office", "She was 22-year-old Maryann R."
            if (Regex.matches(next.lower(k), "he|she|they") && Regex.matches(next.lower(k + 1), "was|is|were|are")) k += 2;
            k = AgeWords.skip(next, k, "a|an");
            List<EntityMention> names = VictimListRule.list(next, k);
            if (names.isEmpty() || names.get(0).firstToken() != k) continue;
            // "Aryah L.'s family", "Lorenzo D.'s mom, Bernice B., says": someone else speaks of them
            int after = names.get(0).lastToken() + 1;
            if (Regex.matches(next.lower(after), "'s|’s|'|’")) continue;
            if (after <= next.last() && SAYS.matcher(next.text(after, Math.min(next.last(), after + 1)).toLowerCase(Locale.ROOT)).matches()) continue;
            String fate = VictimListRule.fateIn(text);
            VictimListRule.record(next, ctx, names, fate == null ? "identified" : fate, k);
        }
    }
}
