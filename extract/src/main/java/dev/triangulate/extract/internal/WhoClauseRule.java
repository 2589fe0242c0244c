package dev.triangulate.extract.internal;

import dev.triangulate.model.Claim;
import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;
import java.util.regex.Pattern;

/**
 * A name followed by a relative clause that says what happened to that person: "Leroy Hart, 41,
 * who was shot in the stomach", "Sergeant Rod Lane who was killed in the line of duty", "Mara
 * Stone, who later died". The clause is about the name it follows, whatever the rest of the
 * sentence says ("She was with Tom Reyes, 62, who was hit in a leg"; a bulleted list of the
 * wounded).
 */
final class WhoClauseRule implements ClaimRule {

    /** Passive fate after "who": "who was (also) shot", "who had been injured"; not "who shot" (the shooter). */
    private static final Pattern FATE = Pattern.compile(
            "^who (was|were|is|had been|has been) ((also|later|then|fatally|critically|seriously|mortally|accidentally|reportedly|badly|"
                    + "both|all|previously) )*(shot|killed|wounded|injured|hurt|hit|struck|grazed|gunned down|pronounced dead|slain|murdered)\\b.*"
                    + "|^who ((also|later) )?(died|suffered|sustained|succumbed)\\b.*"
                    // "who had been taken to Marymount Hospital": someone the shooting sent to hospital
                    + "|^who (was|were|had been|has been) ((also|later|then|critically) )*(taken|transported|rushed|airlifted|flown|hospitali[sz]ed)\\b.*");

    private static final Pattern ACCUSED = Pattern.compile("\\b(charged|suspects?|arrested|accused|indicted|booked|wanted)\\b");

    @Override
    public void apply(SentenceView v, ArticleContext ctx) {
        for (EntityMention e : v.entities) {
            if (e.type() != EntityType.PERSON) continue;
            int k = afterName(v, e.lastToken() + 1);
            if (!v.lower(k).equals("who")) continue;
            // "Charged with assault are A, 27, who was wounded in the leg, and B": the wounded may be the accused
            if (e.firstToken() > v.first && ACCUSED.matcher(v.text(v.first, e.firstToken() - 1).toLowerCase(java.util.Locale.ROOT)).find()) continue;
            String fate = fate(v.text(k, Math.min(v.last(), k + 7)).toLowerCase(java.util.Locale.ROOT));
            if (fate == null) continue;
            String person = FateRule.clean(e);
            var ev = v.evidence(e.firstToken(), Math.min(v.last(), k + 3));
            ctx.add(v, person, Slot.FATE, fate, Qualifier.EXACT, ev);
            ctx.add(v, Claim.INCIDENT, Slot.VICTIM, person, Qualifier.EXACT, ev);
        }
    }

    /** What the clause says befell the person (killed, shot, injured), or null. */
    private static String fate(String clause) {
        if (!FATE.matcher(clause).matches() || Regex.matches(clause, "^who (was|were|is|had been|has been) \\w+ by (police|officers?|deputies|troopers?)\\b.*")) return null;
        // taken into custody or to jail is no wound
        if (Regex.matches(clause, "^who \\w+ (\\w+ )?(taken|transported|rushed|airlifted|flown)\\b.*") && !Regex.matches(clause, ".*\\b(hospital|medical|trauma)\\b.*")) return null;
        if (Regex.matches(clause, ".*\\b(killed|died|dead|fatally|mortally|slain|murdered|succumbed|gunned)\\b.*")) return "killed";
        return Regex.matches(clause, ".*\\b(shot|hit|struck)\\b.*") ? "shot" : "injured";
    }

    /** The token after the name's age and home town (", 22, of Troy,") and the comma before the clause. */
    private static int afterName(SentenceView v, int k) {
        if (v.lower(k).equals(",") && Regex.matches(v.lower(k + 1), "\\d{1,3}") && v.lower(k + 2).equals(",")) k += 2;
        if (v.lower(k).equals(",") && v.lower(k + 1).equals("of") && v.at(k + 2) != null && v.at(k + 2).pos().startsWith("NNP")) {
            k += 3;
            while (v.at(k) != null && v.at(k).pos().startsWith("NNP")) k++;
        }
        if (v.lower(k).equals(",")) k++;
        return k;
    }
}
