package dev.triangulate.extract.internal;

import dev.triangulate.model.Claim;
import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;
import java.util.Set;

/**
 * What happened to the people involved: "Karlov was assassinated", "the gunman was killed",
 * "police arrested the suspect", "the murder of Karlov", "before being killed, the gunman".
 * Named people killed or hurt are also the incident's victims; "by a policeman" gives the
 * perpetrator's role.
 */
final class FateRule implements ClaimRule {

    private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "being", "be", "got", "get");
    private static final Set<String> DEATH_NOUNS = Set.of("death", "murder", "killing", "assassination", "shooting");

    /** Nouns a death noun modifies when it names a proceeding, not a death ("Stafford's murder trial"). */
    private static final Set<String> LEGAL_NOUNS = Set.of("trial", "trials", "case", "cases", "charge", "charges", "conviction",
            "convictions", "sentence", "sentencing", "suspect", "suspects", "defendant", "hearing", "indictment", "count", "counts", "retrial");

    private static final java.util.regex.Pattern GROUP = java.util.regex.Pattern.compile(
            "^(?:the )?(dead|killed|victims|injured|wounded|hurt|arrested)$");

    @Override
    public void apply(SentenceView v, ArticleContext ctx) {
        lists(v, ctx);
        for (int i = v.first; i <= v.last(); i++) {
            var t = v.at(i);
            String fate = Lexicon.FATE.get(v.lemma(i));
            if (fate != null && t.isVerb()) verbal(v, ctx, i, fate);
            if (DEATH_NOUNS.contains(v.lower(i)) && t.isNoun() && !v.lower(i).equals("shooting")) nominal(v, ctx, i);
        }
    }

    private void verbal(SentenceView v, ArticleContext ctx, int i, String fate) {
        int end = i;
        if (fate.equals("shot") && (v.lower(i + 1).equals("dead") || v.lower(i + 2).equals("death")
                || v.lower(i + 1).equals("and") && v.lemma(i + 2).equals("kill"))) {
            fate = "killed";
            end = v.lower(i + 1).equals("dead") ? i + 1 : i + 2;
        }
        // passive: walk back over auxiliaries to the subject
        int j = i - 1;
        boolean passive = false;
        while (v.at(j) != null && (Lexicon.AUX.contains(v.lower(j)) || v.at(j).pos().startsWith("RB"))) {
            if (BE.contains(v.lower(j))) passive = true;
            j--;
        }
        boolean intransitive = v.lemma(i).equals("die");
        if (passive || intransitive) {
            String subject = null;
            Phrases.Span np = null;
            if (v.at(j) != null && !v.lower(j).equals(",")) {
                np = Phrases.before(v, j + 1);
            } else if (v.lower(j).equals(",")) {
                // ", who was speaking at ..., was shot" or "Russia's envoy, Andrey G. Karlov, was shot"
                np = subjectBeforeClause(v, ctx, j);
            }
            // "Wendell Hill, 26, of Troy was killed": the place someone is from is not who was killed, the name before it is
            if (np != null && v.lower(np.start() - 1).equals("of")) {
                int k = np.start() - 2;
                while (v.at(k) != null && (v.lower(k).equals(",") || v.at(k).pos().equals("CD"))) k--;
                np = v.at(k) != null && v.at(k).pos().startsWith("NNP") ? Phrases.before(v, k + 1) : null;
            }
            if (np != null) subject = Subjects.resolve(v, ctx, np);
            if (subject == null && v.at(j) == null || v.lower(j).equals("before") || v.lower(j).equals("after")) {
                // "Before being killed, the gunman ..." → subject follows the comma
                int k = i + 1;
                if (v.lower(k).equals(",")) subject = Subjects.resolve(v, ctx, Phrases.after(v, k + 1));
            }
            if (subject != null) record(v, ctx, subject, fate, np == null ? i : Math.min(np.start(), i), end);
            if (subject != null && !subject.equals(Claim.PERPETRATOR)) agentRole(v, ctx, end + 1);
            return;
        }
        // active: "police killed the gunman", "he shot the ambassador"; not a compound ("shooting suspect X", "shooting scene")
        if (v.at(i).pos().equals("VBG") && v.at(i + 1) != null && Regex.matches(v.at(i + 1).pos(), "NNS?") && !v.lemma(i + 1).equals("victim")) return;
        Phrases.Span object = Phrases.after(v, i + 1);
        String subject = Subjects.resolve(v, ctx, object);
        if (subject != null) record(v, ctx, subject, fate, i, object.end());
    }

    /** "The dead included X" / "X was among those killed" / "X was among the dead". */
    private void lists(SentenceView v, ArticleContext ctx) {
        for (int i = v.first; i <= v.last(); i++) {
            if (v.lemma(i).equals("include") && v.at(i).isVerb()) {
                String group = groupBefore(v, i);
                var person = v.entityStartingAt(i + 1, EntityType.PERSON);
                if (group != null && person.isPresent()) record(v, ctx, clean(person.get()), group, i - 2, person.get().lastToken());
            }
            if (v.lower(i).equals("among") && v.lemma(i - 1).equals("be")) {
                int k = i + 1;
                if (v.lower(k).equals("the") || v.lower(k).equals("those")) k++;
                String group = fateOf(v.lower(k));
                if (group == null) continue;
                Phrases.Span np = Phrases.before(v, i - 1);
                String subject = np == null ? null : Subjects.resolve(v, ctx, np);
                if (subject != null) record(v, ctx, subject, group, np.start(), k);
            }
        }
    }

    private static String groupBefore(SentenceView v, int verb) {
        return fateOf(v.lower(verb - 1));
    }

    private static String fateOf(String w) {
        var m = GROUP.matcher(w);
        if (!m.matches()) return null;
        return switch (m.group(1)) {
            case "dead", "killed", "victims" -> "killed";
            case "arrested" -> "arrested";
            default -> "injured";
        };
    }

    /** Looks back over a comma-bounded clause (up to 30 tokens) for the subject before it. */
    private static Phrases.Span subjectBeforeClause(SentenceView v, ArticleContext ctx, int comma) {
        Phrases.Span direct = Phrases.before(v, comma);
        if (direct != null && Subjects.resolve(v, ctx, direct) != null) return direct;
        for (int k = comma - 1; k >= comma - 30 && v.at(k) != null; k--) {
            if (v.lower(k).equals(",")) {
                Phrases.Span np = Phrases.before(v, k);
                if (np != null && Subjects.resolve(v, ctx, np) != null) return np;
            }
        }
        return direct;
    }

    private void nominal(SentenceView v, ArticleContext ctx, int i) {
        // "the murder of Karlov"
        if (v.lower(i + 1).equals("of")) {
            var person = v.entityStartingAt(i + 2, EntityType.PERSON);
            if (person.isPresent()) {
                record(v, ctx, clean(person.get()), "killed", i, person.get().lastToken());
                return;
            }
            Phrases.Span np = Phrases.after(v, i + 2);
            String s = Subjects.resolve(v, ctx, np);
            if (s != null) record(v, ctx, s, "killed", i, np.end());
        }
        // "Karlov's death"; not "Stafford's murder trial", whose murder is another's
        if (v.at(i - 1) != null && v.at(i - 1).pos().equals("POS") && !LEGAL_NOUNS.contains(v.lower(i + 1))) {
            var person = v.entityEndingAt(i - 2, EntityType.PERSON);
            person.ifPresent(p -> record(v, ctx, clean(p), "killed", p.firstToken(), i));
        }
    }

    private void agentRole(SentenceView v, ArticleContext ctx, int from) {
        for (int k = from; k <= from + 4 && v.at(k) != null; k++) {
            if (v.lower(k).equals("by")) {
                Phrases.Span np = Phrases.after(v, k + 1);
                if (np == null) return;
                var person = v.entities.stream().filter(e -> e.type() == EntityType.PERSON
                        && e.firstToken() >= np.start() && e.lastToken() <= np.end()).findFirst();
                if (person.isPresent()) {
                    ctx.add(v, Claim.INCIDENT, Slot.PERPETRATOR, clean(person.get()), Qualifier.EXACT, v.evidence(k, np.end()));
                    return;
                }
                String role = Roles.normalize(v, np);
                if (role != null) ctx.add(v, Claim.PERPETRATOR, Slot.ROLE, role, Qualifier.EXACT, v.evidence(np.start(), np.end()));
                return;
            }
        }
    }

    private void record(SentenceView v, ArticleContext ctx, String subject, String fate, int a, int b) {
        var ev = v.evidence(Math.min(a, b), Math.max(a, b));
        ctx.add(v, subject, Slot.FATE, fate, Qualifier.EXACT, ev);
        boolean named = !subject.equals(Claim.PERPETRATOR) && !subject.equals(Claim.VICTIM);
        if (named && Set.of("killed", "injured", "shot").contains(fate)) {
            ctx.add(v, Claim.INCIDENT, Slot.VICTIM, subject, Qualifier.EXACT, ev);
        }
    }

    static String clean(EntityMention e) {
        return e.text().replaceAll("['’]s$", "");
    }
}
