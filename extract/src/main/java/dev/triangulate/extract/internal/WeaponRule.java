package dev.triangulate.extract.internal;

import dev.triangulate.model.Claim;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;

/** The weapon: a specific weapon noun ("handgun", "assault rifle"), or "gun" when the attacker is "armed with a gun". */
final class WeaponRule implements ClaimRule {
    @Override
    public void apply(SentenceView v, ArticleContext ctx) {
        for (int i = v.first; i <= v.last(); i++) {
            String w = v.lemma(i);
            String weapon = null;
            if (Lexicon.WEAPONS.contains(w) && v.at(i).isNoun()) weapon = w;
            else if (w.equals("gun") && v.at(i).isNoun() && (v.lower(i - 2).equals("with") || v.lower(i - 1).equals("with"))) weapon = "gun";
            if (weapon == null) continue;
            int start = i;
            if (v.lower(i - 1).equals("assault") || v.lower(i - 1).equals("hunting")) {
                weapon = v.lower(i - 1) + " " + weapon;
                start = i - 1;
            }
            ctx.add(v, Claim.INCIDENT, Slot.WEAPON, weapon, Qualifier.EXACT, v.evidence(start, i));
        }
    }
}
