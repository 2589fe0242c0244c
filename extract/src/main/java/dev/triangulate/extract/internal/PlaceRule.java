package dev.triangulate.extract.internal;

import dev.triangulate.model.Claim;
import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Gazetteer;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where it happened: the first city-level place of the article's event sentences, the
 * country, districts and venues. Event sentences are the headline, the lead, and sentences
 * with an event verb; sentences about another year ("shot in Warsaw in 1927") are skipped.
 */
final class PlaceRule implements ClaimRule {

    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "inside", "near", "outside", "across",
            "throughout", "of");

    /** Nouns after a city name that make it the place of the report: "Peoria police", "Dayton firefighters". */
    private static final Set<String> LOCAL_AUTHORITIES = Set.of("police", "officers", "authorities", "firefighters",
            "detectives", "investigators", "officials");
    /** Street words: a name ending in one is an address, not a town. */
    private static final Set<String> STREETS = Set.of("street", "st.", "avenue", "ave.", "road", "rd.", "boulevard", "blvd.",
            "drive", "dr.", "lane", "ln.", "way", "court", "ct.", "highway", "parkway", "pkwy.", "circle", "terrace", "trail");

    /** A place the event may be in; the strongest one becomes the article's place (see {@link #resolve}). */
    record Candidate(int priority, String value, dev.triangulate.model.Evidence evidence, SentenceView view) {}

    /** A dateline: "DAYTON, Ohio (AP) —", "PEORIA, Ill. -". */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^([A-Z][A-Z.'’ -]{2,}[A-Z.]),\\s+([A-Z][a-z]+\\.?(?: [A-Z][a-z]+\\.?)?)\\s*(?:\\([^)]{1,30}\\))?\\s*[—–-]+");

    @Override
    public void apply(SentenceView v, ArticleContext ctx) {
        dateline(v, ctx);
        if (!EventSentences.isEvent(v, ctx)) return;
        for (EntityMention e : candidates(v)) {
            if (v.at(e.lastToken() + 1) != null && v.at(e.lastToken() + 1).pos().equals("POS")) continue; // "Russia's ministry"
            int prep = afterPlace(v, e) ? e.firstToken() - 2 : preposition(v, e.firstToken());
            if (prep < 0) continue;
            String name = e.text();
            var ev = v.evidence(prep, e.lastToken());
            int after = e.lastToken() + 1;
            while (v.at(after) != null && v.at(after).pos().startsWith("JJ")) after++;
            if (Lexicon.DISTRICT_NOUNS.contains(v.lower(after))) {
                ctx.add(v, Claim.INCIDENT, Slot.DISTRICT, name, Qualifier.EXACT, v.evidence(prep, after));
            } else if (Set.of("city", "town", "village", "capital").contains(v.lower(after)) && v.lower(after + 1).equals("of")) {
                // "the Marenland city of Port Alder": the location is the region
                region(v, ctx, name, ev);
            } else if (v.at(after) != null && v.at(after).pos().matches("NNS?")) {
                continue; // "the North Quay ferry terminal": a name inside a venue phrase, not a place
            } else if (v.lower(prep).equals("at")) {
                // "at North Quay" names a spot inside the town (a district), "at Alder General Hospital" a venue
                boolean venue = Lexicon.VENUE_NOUNS.contains(v.lemma(e.lastToken()));
                ctx.add(v, Claim.INCIDENT, venue ? Slot.VENUE : Slot.DISTRICT, name, Qualifier.EXACT, ev);
            } else if (Countries.contains(name) || afterPlace(v, e) || Gazetteer.usState(name).isPresent()) {
                region(v, ctx, name, ev);
            } else if (STREETS.contains(v.lower(e.lastToken())) || Lexicon.VENUE_NOUNS.contains(v.lemma(e.lastToken()))) {
                ctx.add(v, Claim.INCIDENT, Slot.VENUE, name, Qualifier.EXACT, ev); // "on Kaley Avenue", "in Bunny Friend Park"
            } else {
                boolean county = name.matches(".*\\b(County|Parish|Township|Borough)$");
                boolean withState = v.lower(e.lastToken() + 1).equals(",") && v.at(e.lastToken() + 2) != null
                        && Gazetteer.usState(v.at(e.lastToken() + 2).text()).isPresent();
                ctx.placeCandidates.add(new Candidate(county ? 0 : withState ? 2 : 1, name, ev, v));
            }
        }
        venues(v, ctx);
        localAuthority(v, ctx);
    }

    /** "PEORIA, Ill. (AP) — ...": the city and state of a dateline at the start of the body. */
    private static void dateline(SentenceView v, ArticleContext ctx) {
        if (v.sentence.index() > ctx.firstSentence + 2) return;
        java.util.regex.Matcher m = DATELINE.matcher(v.sentence.text());
        if (!m.find()) return;
        var state = Gazetteer.usState(m.group(2));
        if (state.isEmpty() && !Countries.contains(m.group(2))) return;
        String city = titleCase(m.group(1).trim());
        int b = v.sentence.begin();
        ctx.placeCandidates.add(new Candidate(3, city, v.evidence(b + m.start(1), b + m.end(1), true), v));
        region(v, ctx, state.map(Gazetteer.Place::name).orElse(m.group(2)), v.evidence(b + m.start(2), b + m.end(2), true));
    }

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : s.toCharArray()) {
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }

    /** "Peoria police said": the city whose authorities report the event. */
    private static void localAuthority(SentenceView v, ArticleContext ctx) {
        for (EntityMention e : v.entities) {
            if (e.type() != EntityType.LOCATION || !LOCAL_AUTHORITIES.contains(v.lower(e.lastToken() + 1))) continue;
            if (Countries.contains(e.text()) || Gazetteer.usState(e.text()).isPresent()) continue;
            boolean county = e.text().matches(".*\\b(County|Parish|Township|Borough)$");
            ctx.placeCandidates.add(new Candidate(county ? 0 : 2, e.text(), v.evidence(e.firstToken(), e.lastToken() + 1), v));
            return;
        }
    }

    /** A larger place: a US state ("Ohio", "Tex.", "TX") is a region, anything else the country. */
    private static void region(SentenceView v, ArticleContext ctx, String name, dev.triangulate.model.Evidence ev) {
        var state = Gazetteer.usState(name);
        if (state.isPresent()) {
            if (!ctx.hasClaim(Slot.REGION)) ctx.add(v, Claim.INCIDENT, Slot.REGION, state.get().name(), Qualifier.EXACT, ev);
            if (!ctx.hasClaim(Slot.COUNTRY)) ctx.add(v, Claim.INCIDENT, Slot.COUNTRY, "United States", Qualifier.EXACT, ev);
        } else if (!ctx.hasClaim(Slot.COUNTRY)) {
            ctx.add(v, Claim.INCIDENT, Slot.COUNTRY, Countries.canonical(name), Qualifier.EXACT, ev);
        }
    }

    /**
     * Location mentions, plus proper-noun runs the 4-class model left untagged or mis-tagged
     * where the syntax says place: right after "in" ("in Granholt"), or after "Place ,"
     * ("Port Alder, Marenland").
     */
    static List<EntityMention> candidates(SentenceView v) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention e : v.entities) if (e.type() == EntityType.LOCATION) out.add(e);
        for (int i = v.first; i <= v.last(); i++) {
            if (!v.at(i).pos().equals("NNP") || v.entityAt(i).map(e -> e.type() == EntityType.LOCATION).orElse(false)) continue;
            int j = i;
            while (v.at(j + 1) != null && v.at(j + 1).pos().equals("NNP")
                    && !v.entityAt(j + 1).map(e -> e.type() == EntityType.LOCATION).orElse(false)) j++;
            boolean untagged = true;
            for (int k = i; k <= j; k++) untagged &= v.at(k).ner().equals("O");
            boolean afterIn = v.lower(i - 1).equals("in");
            boolean region = v.lower(i - 1).equals(",") && v.entityEndingAt(i - 2, EntityType.LOCATION)
                    .map(l -> preposition(v, l.firstToken()) >= 0).orElse(false) && !v.at(i).ner().equals("ORGANIZATION");
            if (untagged && afterIn || region) {
                out.add(new EntityMention(v.text(i, j), EntityType.LOCATION, v.sentence.index(), i, j, v.at(i).begin(), v.at(j).end()));
            }
            i = j;
        }
        out.sort(java.util.Comparator.comparingInt(EntityMention::firstToken));
        return out;
    }

    /** "Port Alder, Marenland": a location right after "Place ," is the larger region. */
    private static boolean afterPlace(SentenceView v, EntityMention e) {
        return v.lower(e.firstToken() - 1).equals(",")
                && v.entityEndingAt(e.firstToken() - 2, EntityType.LOCATION).map(l -> preposition(v, l.firstToken()) >= 0).orElse(false);
    }

    /** Index of the locative preposition governing the location, or -1 ("to Turkey" is a direction, not a place). */
    private static int preposition(SentenceView v, int start) {
        for (int k = start - 1; k >= start - 5 && v.at(k) != null; k--) {
            String w = v.lower(k);
            if (w.equals("of")) {
                return k > 0 && (Lexicon.DISTRICT_NOUNS.contains(v.lower(k - 1))
                        || Set.of("city", "town", "village", "capital").contains(v.lower(k - 1))) ? k : -1;
            }
            if (PREPOSITIONS.contains(w)) return k;
            var t = v.at(k);
            if (t.ner().equals("LOCATION")) return -1; // the nearer location owns the preposition
            boolean np = t.pos().matches("DT|JJ|NN|NNP|NNS|POS|,") || t.ner().equals("MISC") || t.ner().equals("LOCATION");
            if (!np) return -1;
        }
        return -1;
    }

    private static void venues(SentenceView v, ArticleContext ctx) {
        for (int i = v.first; i <= v.last(); i++) {
            String w = v.lower(i);
            // "at the gallery", "inside a school"; or the object of the event verb: "fire destroyed a warehouse"
            boolean object = v.at(i).isVerb() && Lexicon.EVENT_VERBS.contains(v.lemma(i));
            if (!w.equals("at") && !w.equals("inside") && !w.equals("in") && !object) continue;
            Phrases.Span np = Phrases.after(v, i + 1);
            if (np == null || !Lexicon.VENUE_NOUNS.contains(v.lemma(np.end()))) continue;
            int s = np.start();
            while (s < np.end() && v.at(s).pos().matches("DT|PRP\\$|JJ.?|VBN|RB")) s++;
            String venue = v.text(s, np.end());
            if (!v.entityAt(np.end()).isPresent()) venue = venue.toLowerCase(java.util.Locale.ROOT);
            ctx.add(v, Claim.INCIDENT, Slot.VENUE, venue, Qualifier.EXACT, v.evidence(np.start(), np.end()));
        }
    }

    /**
     * The article's place: a dateline first, then a town named with its state or by its police
     * ("Peoria police"), then the first town the event is "in"; a county only when no town is named.
     */
    static void resolve(ArticleContext ctx) {
        if (ctx.hasClaim(Slot.PLACE)) return;
        Candidate best = null;
        for (Candidate c : ctx.placeCandidates) if (best == null || c.priority() > best.priority()) best = c; // first of the strongest
        if (best != null) ctx.add(best.view(), Claim.INCIDENT, Slot.PLACE, best.value(), Qualifier.EXACT, best.evidence());
    }
}
