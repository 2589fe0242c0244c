package dev.triangulate.extract.internal;

import dev.triangulate.model.EntityMention;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * People named as doing something when gunfire struck or a gun went off: "Sy'mia P. was playing in a
 * pickup truck when a bullet grazed her side", "27-year old Jared H. was handling a revolver when it
 * discharged", "A, 16, and B, 17, were on a sidewalk when a black SUV pulled up and someone inside
 * opened fire, hitting both boys", "Eric M. was with Raekwon B. when someone opened fire". Gunfire
 * that only broke out nearby ("was in a writing class when gunfire erupted") tells of a witness, and a gun
 * that went off in someone's hands, striking another ("was playing with a pistol when it discharged,
 * striking 15-year-old Kevin B."), of the one who held it. Who they are is left to the article, as for other identified victims.
 */
final class WhenClauseRule implements ClaimRule {

    /** A shot that struck: the verb, then within a few words the person ("grazed her side", "struck the back of his head"). */
    private static final Pattern STRUCK = Pattern.compile(
            "\\b(struck|hit|hitting|striking|grazed|grazing|wounding|injuring|killing)\\b((?: [a-z0-9-]+){0,5}?) (him|her|his|them|both|himself|herself)\\b");
    private static final Pattern STRIKE_VERB = Pattern.compile("\\b(struck|hit|hitting|striking|grazed|grazing|wounding|injuring|killing)\\b");
    /** Someone fired at the people named, no one else said to be struck. */
    private static final Pattern FIRED = Pattern.compile("\\b(opened fire|(gun)?shots were fired)\\b");
    private static final Pattern GUN = Pattern.compile("\\b(bullets?|gun|guns|gunfire|shots?|rounds?|pistol|rifle|revolver|handgun|shotgun|weapon|firearm|discharged|went off|opened fire|fired)\\b");

    @Override
    public void apply(SentenceView v, ArticleContext ctx) {
        String lower = v.sentence.text().toLowerCase(Locale.ROOT);
        if (!lower.contains(" when ") || VictimListRule.SUSPECT_WORDS.matcher(lower).find()) return;
        // the subject opens the sentence, or the reported clause ("The sheriff's department says Monday that A ...")
        claim(v, ctx, v.first);
        // "Aug. 25, Savion S. was asleep when ...": a date the splitter cut before its day
        if (v.at(v.first).pos().equals("CD") && v.lower(v.first + 1).equals(",")) claim(v, ctx, v.first + 2);
        for (int j = v.first; j < v.last(); j++) {
            if (Regex.matches(v.lower(j), "said|says|say|that")) {
                claim(v, ctx, v.lower(j + 1).equals("that") ? j + 2 : j + 1);
                break;
            }
        }
    }

    private static void claim(SentenceView v, ArticleContext ctx, int k) {
        // "27-year old Jared H.": an age before the name
        k = AgeWords.skip(v, k, "a|an");
        List<EntityMention> names = VictimListRule.list(v, k);
        if (names.isEmpty() || names.get(0).firstToken() != k) return;
        int after = listEnd(v, names);
        if (!Regex.matches(v.lower(after), "was|were") && !(v.lower(after).equals("had") && v.lower(after + 1).equals("been"))) return;
        for (int w = after + 1; w <= after + 25 && w <= v.last(); w++) {
            if (Regex.matches(v.lower(w), ";|:")) return;
            if (!v.lower(w).equals("when")) continue;
            String clause = v.text(w, v.last()).toLowerCase(Locale.ROOT);
            // "when it discharged, striking 15-year-old Kevin B.": the one holding the gun shot someone else
            boolean struck = STRUCK.matcher(clause).find() || FIRED.matcher(clause).find() && !STRIKE_VERB.matcher(clause).find();
            if (struck && GUN.matcher(clause).find()) VictimListRule.record(v, ctx, names, "identified", w);
            return;
        }
    }

    /** The token after the list's last name and age ("A, 16, and B, 17, were"): the verb. */
    private static int listEnd(SentenceView v, List<EntityMention> names) {
        int k = names.get(names.size() - 1).lastToken() + 1;
        while (v.at(k) != null && Regex.matches(v.lower(k), ",|\\d{1,3}")) k++;
        return k;
    }
}
