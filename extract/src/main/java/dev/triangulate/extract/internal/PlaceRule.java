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
    record Candidate(int priority, String value, dev.triangulate.model.Evidence evidence, SentenceView view) {
        Candidate {
            value = clean(value);
        }

        boolean named() {
            return !value.isEmpty() && Character.isUpperCase(value.codePointAt(0));
        }
    }

    /** Candidate strengths: a dateline; a town with its state or its police; a dateline without a state; a town the event is in; elsewhere; a county. */
    static final int DATELINE_PLACE = 6, NAMED = 4, DATELINE_TOWN = 3, EVENT = 2, OTHER = 1, COUNTY = 0, OUTLET_TOWN = -1;
    /** The outlet's town at the end of a page title: "... - WMC Action News 5 - Memphis, Tennessee". */
    private static final java.util.regex.Pattern OUTLET = java.util.regex.Pattern.compile(
            "\\s[-–—|]\\s+([A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+){0,2}),\\s+([A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)\\s*$");

    /** The outlet's town after more of its name or a hyphen without spaces: "- Cleveland 19 News Cleveland, OH". */
    private static final java.util.regex.Pattern OUTLET_AFTER_NAME = java.util.regex.Pattern.compile(
            "(?:\\s[-–—|:]\\s+|[-–—|:]|\\sfor\\s)(?:[^-–—|:]*?\\s)?([A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+){0,2}),\\s+([A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)\\s*$");

    /** Where people meet that a town may modify ("at Fort Worth party", "at Kissimmee resort"). */
    private static final Set<String> GATHERINGS = Set.of("party", "resort", "cookout", "barbecue", "gathering", "vigil");

    /** Words that make "X police" a force that is not a town's: "State Police", "Capitol Police", "University Police". */
    private static final Set<String> NOT_TOWNS = Set.of("state", "capitol", "transit", "university", "campus", "park", "parks",
            "tribal", "military", "border", "railroad", "port", "airport", "housing", "school", "schools", "secret", "federal",
            "national", "highway", "the", "local", "area", "college", "mall", "railway", "harbor", "reservation", "isd", "tribune", "times", "post", "herald", "news", "journal", "gazette", "press", "precinct", "district", "division", "related", "coverage");
    /** Capitalized words that open a name run before "police" without being part of the town: "Photo", "Assistant". */
    private static final Set<String> LEADING_WORDS = Set.of("photo", "photos", "video", "assistant", "deputy", "chief", "head",
            "former", "interim", "acting", "credit", "courtesy", "via", "by", "said", "says", "sources", "metro", "metropolitan");
    /** Words between a town and its police that are not part of the town: "Louisville Metro Police". */
    private static final Set<String> FORCE_WORDS = Set.of("metro", "metropolitan", "regional", "area", "municipal", "volunteer");
    /** Event nouns a headline puts a town before: "LaSalle shooting". */
    private static final Set<String> EVENT_NOUNS = Set.of("shooting", "shootings", "homicide", "homicides", "murder",
            "killing", "slaying", "standoff", "stabbing", "gunfire", "violence", "death", "deaths");
    private static final java.util.regex.Pattern COMPASS = java.util.regex.Pattern.compile(
            "^(?:North|South|East|West)(?:east|west)(?:ern)? |^(?:[NS][EW]|[NS]\\.[EW]\\.) ");

    @Override
    public void apply(SentenceView v, ArticleContext ctx) {
        Datelines.read(v, ctx);
        if (shouting(v)) return; // "POLICE STOPPED THE CAR NEAR CENTRAL BLVD.": capitals say nothing about names
        headlineLabels(v, ctx);
        copyrightTown(v, ctx);
        localAuthority(v, ctx);
        boolean event = EventSentences.isEvent(v, ctx);
        townWithState(v, ctx, event);
        residentsTown(v, ctx);
        if (!event) {
            otherSentence(v, ctx);
            return;
        }
        headline(v, ctx);
        sideOfTown(v, ctx);
        for (EntityMention e : candidates(v)) {
            if (sideOfCity(v, e) || slogan(v, e)) continue;
            if (v.at(e.lastToken() + 1) != null && v.at(e.lastToken() + 1).pos().equals("POS")) {
                possessive(v, ctx, e); // "in San Francisco's Bayview District"; not "Russia's ministry"
                continue;
            }
            int prep = afterPlace(v, e) ? e.firstToken() - 2 : preposition(v, e.firstToken());
            if (prep < 0 || treatedIn(v, prep)) continue;
            if (FarReferences.far(v, prep)) continue; // "120 miles north of Kansas City": where it lies, not its town
            String name = e.text();
            var ev = v.evidence(prep, e.lastToken());
            int after = e.lastToken() + 1;
            while (v.at(after) != null && v.at(after).pos().startsWith("JJ")) after++;
            if (Lexicon.DISTRICT_NOUNS.contains(v.lower(after))) {
                ctx.add(v, Claim.INCIDENT, Slot.DISTRICT, name, Qualifier.EXACT, v.evidence(prep, after));
                // "in the Callaway area": a rural report's town, when no town is named
                if (v.lower(after).equals("area") && !countyLike(name)) {
                    ctx.placeCandidates.add(new Candidate(OTHER, name, v.evidence(prep, after), v));
                }
            } else if (Set.of("city", "town", "village", "capital").contains(v.lower(after)) && v.lower(after + 1).equals("of")) {
                // "the Marenland city of Port Alder": the location is the region
                region(v, ctx, name, ev);
            } else if (v.at(after) != null && Regex.matches(v.at(after).pos(), "NNS?")) {
                // "outside Marion nightclub", "in Pomona park": a town before a venue, without an article
                // (not "at Walmart store", "at Aria Health hospital", "in Maine home")
                if (prep == e.firstToken() - 1 && after == e.lastToken() + 1
                        && (Lexicon.VENUE_NOUNS.contains(v.lemma(after)) || GATHERINGS.contains(v.lemma(after)))
                        && !CARE_WORDS.contains(v.lower(after)) && !countyLike(name) && !v.at(e.firstToken()).ner().equals("ORGANIZATION")
                        && !Countries.contains(name) && Gazetteer.usState(name).isEmpty()) {
                    ctx.placeCandidates.add(new Candidate(EVENT, name, v.evidence(prep, after), v));
                }
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
                boolean county = countyLike(name);
                boolean withState = v.lower(e.lastToken() + 1).equals(",") && v.at(e.lastToken() + 2) != null
                        && Gazetteer.usState(v.at(e.lastToken() + 2).text()).isPresent();
                // "in the Denver suburb of Wheat Ridge", "the town of Eastman": the text says it is a town
                // "the Feltonville section of Philadelphia", "the west side of Detroit": the town around a part of it
                boolean town = v.lower(prep).equals("of")
                        && Regex.matches(v.lower(prep - 1), "suburb|town|city|village|borough|township|section|neighborhood|neighbourhood|district|side");
                if (town && Lexicon.DISTRICT_NOUNS.contains(v.lower(prep - 1))) partBefore(v, ctx, prep - 1);
                String enclosing = county ? null : EnclosingTowns.after(v, e.lastToken(), name);
                if (enclosing != null) name = enclosing; // "in East Elmhurst, Queens"
                ctx.placeCandidates.add(new Candidate(county ? COUNTY : withState || town ? NAMED : EVENT, name, ev, v));
            }
        }
        venues(v, ctx);
    }

    /**
     * "Hope, Ark., police are investigating", "Hope, AR man dies": a town written with its state,
     * as strong as a town named by its police in the event's sentences; "of Hope, Ark." (where
     * someone lives) and other sentences give a weak candidate.
     */
    private static void townWithState(SentenceView v, ArticleContext ctx, boolean event) {
        if (PlaceRule.titleCase(v)) return;
        for (int i = v.first + 1; i + 1 <= v.last(); i++) {
            if (!v.lower(i).equals(",") || Gazetteer.usState(v.at(i + 1).text()).isEmpty()) continue;
            int end = i - 1, start = end;
            if (!nameWord(v, end)) continue;
            while (start - 1 >= v.first && start > end - 2 && nameWord(v, start - 1)) start--;
            if (nameWord(v, start - 1)) continue; // a longer name: an organization's
            boolean name = true;
            // the tagger often takes a small town for a person ("Hope, Ark."); the state after it says place
            for (int k = start; k <= end; k++) name &= !Regex.matches(v.at(k).ner(), "DATE|TIME") && !LEADING_WORDS.contains(v.lower(k));
            String town = v.text(start, end);
            if (!name || Countries.contains(town) || Gazetteer.usState(town).isPresent() || STREETS.contains(v.lower(end))
                    || town.equals(town.toUpperCase(java.util.Locale.ROOT))) continue; // capitals: a dateline's, or page chrome
            // running text goes on after the state ("Hope, Ark., police are", "Hope, AR man dies"); page chrome does not
            // ("KSLA News 12 Shreveport, Louisiana News Weather & Sports", "... - Memphis, Tennessee")
            int next = v.lower(i + 2).equals(",") ? i + 3 : i + 2;
            if (v.at(next) == null || !Character.isLowerCase(v.at(next).text().charAt(0))) continue;
            if (v.sentence.index() == 0 && !nounAfterPlace(v, next) && !v.lower(next).equals("police")) continue;
            // after a preposition the candidate loop already has it
            if (start > v.first && PREPOSITIONS.contains(v.lower(start - 1)) && !v.lower(start - 1).equals("of")) continue;
            boolean residence = start > v.first && v.lower(start - 1).equals("of");
            if (residence && FarReferences.far(v, start - 2)) continue; // "40 miles southeast of Dallas, Texas"
            boolean county = countyLike(town);
            int priority = county ? COUNTY : event && !residence ? NAMED : OTHER;
            ctx.placeCandidates.add(new Candidate(priority, town, v.evidence(start, i + 1), v));
        }
    }

    /** "A 21-year-old Aurora man was injured", "a Columbus woman": where a person lives, a weak candidate. */
    private static void residentsTown(SentenceView v, ArticleContext ctx) {
        if (PlaceRule.titleCase(v)) return;
        for (int i = v.first + 1; i <= v.last(); i++) {
            if (!VictimCountRule.HUMAN.contains(v.lower(i)) || !nameWord(v, i - 1)) continue;
            int end = i - 1, start = end;
            while (start - 1 >= v.first && start > end - 2 && nameWord(v, start - 1)) start--;
            var before = v.at(start - 1);
            if (before == null || !(Regex.matches(before.pos(), "DT|CD|JJ") || Regex.matches(v.lower(start - 1), "old|.*-old"))) continue;
            boolean place = true;
            // the tagger takes many towns for people ("a 14-year-old Bismarck girl"); "the Johnson boy" is a family
            String allowed = v.lower(start - 1).equals("the") ? "LOCATION|O" : "LOCATION|O|PERSON";
            String town = v.text(start, end);
            // or for an organization ("a 6-year-old Milwaukee/ORGANIZATION boy"), when the gazetteer knows the town
            if (Towns.known(town)) allowed += "|ORGANIZATION";
            for (int k = start; k <= end; k++) place &= v.at(k).ner().matches(allowed) && Character.isUpperCase(v.at(k).text().charAt(0));
            if (!place || Countries.contains(town) || Gazetteer.usState(town).isPresent() || LEADING_WORDS.contains(v.lower(start))) continue;
            boolean county = countyLike(town);
            ctx.placeCandidates.add(new Candidate(county ? COUNTY : OTHER, town, v.evidence(start, end), v));
        }
    }

    /** A word of a name: a proper noun, or a capitalized word the tagger calls a location ("Aurora/NN/LOCATION"). */
    private static boolean nameWord(SentenceView v, int k) {
        var t = v.at(k);
        return t != null && Character.isUpperCase(t.text().charAt(0))
                && (t.pos().startsWith("NNP") || t.ner().equals("LOCATION") && t.pos().startsWith("NN"));
    }

    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : s.toCharArray()) {
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }

    /**
     * "Peoria police said", "the Largo Police Department", "Louisville Metro Police", "Jackson Police Chief
     * Lee Vance": the town whose police report the event, whatever the entity tagger made of its name
     * (a town's name is often tagged as a person or organization). A county's sheriff gives a county.
     */
    private static void localAuthority(SentenceView v, ArticleContext ctx) {
        for (int i = v.first + 1; i <= v.last(); i++) {
            if (!authority(v, i)) continue;
            int end = i - 1;
            while (end >= v.first && FORCE_WORDS.contains(v.lower(end)) && v.at(end).pos().startsWith("NNP")) end--;
            if (end < v.first || !v.at(end).pos().startsWith("NNP") && !townAdjective(v, end, i)) continue;
            int start = end;
            while (start - 1 >= v.first && start > end - 3 && v.at(start - 1).pos().startsWith("NNP")) start--;
            // "Photo: Detroit police", "Friday Ardmore police", "Assistant Chief": words before the town's name
            while (start < end && (LEADING_WORDS.contains(v.lower(start)) || Regex.matches(v.at(start).ner(), "DATE|TIME"))) start++;
            if (start > v.first && v.lower(start - 1).equals("-")) {
                if (jointForce(v, ctx, start, end, i)) return;
                continue;
            }
            if (start > v.first && Regex.matches(v.lower(start - 1), "['’]s|of")) continue; // "Oakland's police"
            boolean other = false;
            for (int k = start; k <= end; k++) {
                other |= NOT_TOWNS.contains(v.lower(k)) || LEADING_WORDS.contains(v.lower(k)) || !Character.isUpperCase(v.at(k).text().charAt(0))
                        || Regex.matches(v.at(k).text(), ".*\\p{L}\\.\\p{L}.*|\\p{Lu}{2,}") || Regex.matches(v.at(k).ner(), "DATE|TIME");
            }
            String name = v.text(start, end);
            if (other || Regex.matches(name, "(?i)city|county|town|village") || Countries.contains(name) || Gazetteer.usState(name).isPresent()) continue;
            // a sheriff serves a county ("Broward Sheriff's Office"), police a town
            boolean county = countyOrAbbreviated(name) || v.lower(i).equals("sheriff");
            ctx.placeCandidates.add(new Candidate(county ? COUNTY : NAMED, name, v.evidence(start, i), v));
            return;
        }
    }

    /**
     * "Mobile/JJ Police Officers said": a known town the tagger read as an adjective, before a force
     * written with a capital.
     */
    private static boolean townAdjective(SentenceView v, int k, int force) {
        String w = v.at(k).text();
        return v.at(k).pos().equals("JJ") && Character.isUpperCase(w.codePointAt(0)) && Character.isUpperCase(v.at(force).text().codePointAt(0))
                && (k == v.first || !v.at(k - 1).pos().startsWith("NNP")) && Towns.known(w) && !Countries.contains(w);
    }

    /** "the Kensington section of Philadelphia": Kensington, before the district noun at {@code noun}, is a district. */
    private static void partBefore(SentenceView v, ArticleContext ctx, int noun) {
        int end = noun - 1, start = end;
        if (end < v.first || !v.at(end).pos().startsWith("NNP")) return;
        while (start - 1 >= v.first && start > end - 3 && v.at(start - 1).pos().startsWith("NNP")) start--;
        ctx.add(v, Claim.INCIDENT, Slot.DISTRICT, v.text(start, end), Qualifier.EXACT, v.evidence(start, noun));
    }

    /**
     * "Savannah-Chatham Metro Police", "Charlotte-Mecklenburg police": a force of a town and its county,
     * which names the town first; "Winston-Salem police" is a town's own force, which the text also
     * names on its own ("in Winston-Salem"). Tokens {@code second..end} are the part after the hyphen.
     */
    private static boolean jointForce(SentenceView v, ArticleContext ctx, int second, int end, int force) {
        int last = second - 2;
        // not "KHOU-TV": a station's call letters
        if (last < v.first || !v.at(last).pos().startsWith("NNP") || !Character.isUpperCase(v.at(last).text().charAt(0))
                || Regex.matches(v.at(last).text(), "\\p{Lu}{2,}")) return false;
        int first = last;
        if (first - 1 >= v.first && v.at(first - 1).pos().startsWith("NNP") && !LEADING_WORDS.contains(v.lower(first - 1))
                && Character.isUpperCase(v.at(first - 1).text().charAt(0)) && !Regex.matches(v.at(first - 1).ner(), "DATE|TIME")) first--;
        String town = v.text(first, last);
        if (LEADING_WORDS.contains(town.toLowerCase(java.util.Locale.ROOT)) || Gazetteer.usState(town).isPresent()) return false;
        String whole = town + "-" + v.text(second, end);
        // the gazetteer knows the whole as one town ("Winston-Salem police" where the text never writes "in Winston-Salem")
        boolean oneTown = Towns.known(whole) || !countyLike(v.text(second, end)) && java.util.regex.Pattern.compile("\\b(?:in|of|near|from) " + java.util.regex.Pattern.quote(whole) + "\\b(?!\\s+(?:County|Parish|Metro|Metropolitan|[Pp]olice|Sheriff))|"
                + java.util.regex.Pattern.quote(whole) + ",\\s+\\p{Lu}").matcher(v.article.article().text()).find();
        ctx.placeCandidates.add(new Candidate(NAMED, oneTown ? whole : town, v.evidence(first, force), v));
        return true;
    }

    /** "police", "sheriff's", "PD", "fire department": a local force or service at token i. */
    private static boolean authority(SentenceView v, int i) {
        String w = v.lower(i);
        if (w.equals("police") || w.equals("sheriff") || w.equals("pd") || w.equals("firefighters")) return true;
        // "Union County deputies", "the Anderson County coroner": a county's officers
        if (Regex.matches(w, "deput(y|ies)|coroner") && Regex.matches(v.lower(i - 1), "county|parish")) return true;
        // "Durham investigators said": a town's own detectives, not "the investigators"
        // (a place by the tagger: "Homicide detectives", "Gang Unit investigators" are units)
        if ((w.equals("investigators") || w.equals("detectives")) && v.at(i - 1) != null && v.at(i - 1).ner().equals("LOCATION")
                && !Regex.matches(v.lower(i - 2), "the|a|an")) return true;
        return w.equals("fire") && Regex.matches(v.lower(i + 1), "department|rescue|officials|chief|crews|medics|captain|marshal");
    }

    /** "in San Francisco's Bayview District", "at Chicago's Navy Pier": the town of a district or venue named after it. */
    private static void possessive(SentenceView v, ArticleContext ctx, EntityMention e) {
        int prep = preposition(v, e.firstToken());
        if (prep < 0 && v.lower(e.firstToken() - 1).equals("on")) prep = e.firstToken() - 1; // "on Detroit's west side"
        if (prep < 0 || Countries.contains(e.text()) || Gazetteer.usState(e.text()).isPresent()) return;
        // "at St. Luke's Hospital", "outside of Art's Tavern": a person's name, not a town
        if (!v.at(e.firstToken()).ner().equals("LOCATION")) return;
        if (Regex.matches(v.lower(e.lastToken() + 2), "county|parish")) { // "in Prince George's County": the county's own name
            ctx.placeCandidates.add(new Candidate(COUNTY, v.text(e.firstToken(), e.lastToken() + 2), v.evidence(prep, e.lastToken() + 2), v));
            return;
        }
        for (int k = e.lastToken() + 2; k <= e.lastToken() + 5 && v.at(k) != null; k++) {
            String w = v.lower(k), lemma = v.lemma(k);
            if (Lexicon.DISTRICT_NOUNS.contains(w) || Lexicon.VENUE_NOUNS.contains(lemma) || STREETS.contains(w)) {
                ctx.placeCandidates.add(new Candidate(EVENT, e.text(), v.evidence(prep, e.lastToken()), v));
                if (Lexicon.DISTRICT_NOUNS.contains(w) && k > e.lastToken() + 2) partBefore(v, ctx, k); // "Orlando's Malibu Groves neighborhood"
                return;
            }
            if (!Regex.matches(v.at(k).pos(), "NNPS?|JJ|NN")) return;
        }
    }

    /**
     * "on Detroit's west side", "Erie's east side": a side of a town the gazetteer knows, whatever the
     * tagger made of the name (an organization here; a tagged place goes through {@link #possessive}).
     */
    private static void sideOfTown(SentenceView v, ArticleContext ctx) {
        for (int i = v.first + 1; i + 2 <= v.last(); i++) {
            if (!Regex.matches(v.lower(i), "['’]s") || !v.lower(i + 2).equals("side") || !Regex.matches(v.lower(i + 1), "(north|south|east|west)(east|west)?(ern)?")) continue;
            int end = i - 1, start = end;
            while (start - 1 >= v.first && start > end - 2 && nameWord(v, start - 1)) start--;
            if (!nameWord(v, end) || v.at(start).ner().equals("LOCATION")) continue;
            String town = v.text(start, end);
            if (Towns.known(town)) ctx.placeCandidates.add(new Candidate(EVENT, town, v.evidence(start, i + 2), v));
        }
    }

    /** "San Francisco: 5-year-old girl hit by stray bullet"; "... - WMC Action News 5 - Memphis, Tennessee" (the outlet's town, weakest). */
    private static void headlineLabels(SentenceView v, ArticleContext ctx) {
        if (v.sentence.index() != 0) return;
        for (EntityMention e : v.entities) {
            if (e.type() != EntityType.LOCATION || e.firstToken() != v.first || !v.lower(e.lastToken() + 1).equals(":")) continue;
            if (Countries.contains(e.text()) || Gazetteer.usState(e.text()).isPresent()) continue;
            ctx.placeCandidates.add(new Candidate(EVENT, e.text(), v.evidence(e.firstToken(), e.lastToken()), v));
        }
        java.util.regex.Matcher m = OUTLET.matcher(v.sentence.text());
        int b = v.sentence.begin();
        if (m.find() && Gazetteer.usState(m.group(2)).isPresent()) {
            ctx.placeCandidates.add(new Candidate(OUTLET_TOWN, m.group(1), v.evidence(b + m.start(1), b + m.end(1), true), v));
            return;
        }
        // "- Cleveland 19 News Cleveland, OH", "WDAM-TV 7-News, Weather, Sports-Hattiesburg, MS": the outlet's known town after its name
        m = OUTLET_AFTER_NAME.matcher(v.sentence.text());
        if (!m.find() || Gazetteer.usState(m.group(2)).isEmpty()) return;
        String[] words = m.group(1).split(" ");
        for (int k = 0; k < words.length; k++) {
            String town = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            if (Towns.known(town) && Gazetteer.usState(town).isEmpty()) {
                ctx.placeCandidates.add(new Candidate(OUTLET_TOWN, town, v.evidence(b + m.end(1) - town.length(), b + m.end(1), true), v));
                return;
            }
        }
    }

    /** "All content © 2017, WALA; Mobile, AL.": the outlet's town in its copyright line. */
    private static final java.util.regex.Pattern COPYRIGHT_TOWN = java.util.regex.Pattern.compile(
            "©\\s*\\d{4},?\\s+[^;.]{1,40};\\s*([A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+){0,2}),\\s*([A-Z]{2}|[A-Z][a-z]+\\.)");

    /** The outlet's town named in its copyright line, as weak as the outlet's town at the end of the page title. */
    private static void copyrightTown(SentenceView v, ArticleContext ctx) {
        java.util.regex.Matcher m = COPYRIGHT_TOWN.matcher(v.sentence.text());
        if (!m.find() || Gazetteer.usState(m.group(2)).isEmpty() || !Towns.known(m.group(1))) return;
        int b = v.sentence.begin();
        ctx.placeCandidates.add(new Candidate(OUTLET_TOWN, m.group(1), v.evidence(b + m.start(1), b + m.end(1), true), v));
    }

    /** "St. Louis woman killed", "Victim identified in LaSalle shooting": a town before a person or event noun in the headline. */
    private static void headline(SentenceView v, ArticleContext ctx) {
        if (v.sentence.index() != 0) return;
        boolean titleCase = titleCase(v);
        for (int i = v.first; i <= v.last(); i++) {
            if (!v.at(i).pos().startsWith("NNP")) continue;
            int j = i;
            while (v.at(j + 1) != null && v.at(j + 1).pos().startsWith("NNP") && !nounAfterPlace(v, j + 1)) j++;
            int start = i, end = j;
            i = j;
            if (!nounAfterPlace(v, end + 1) || end - start > 2) continue;
            boolean location = true;
            for (int k = start; k <= end; k++) location &= v.at(k).ner().equals("LOCATION");
            // a capital at the start of the headline or of one of its parts ("Police: Man shot") says nothing
            boolean opening = start == v.first || !Character.isLetterOrDigit(v.at(start - 1).text().charAt(0));
            // a town the tagger took for a person before a person noun: "Services set for Malin boy"
            boolean townOfPerson = v.at(start).ner().equals("PERSON") && end == start && VictimCountRule.HUMAN.contains(v.lower(end + 1));
            // "Sandston teen shot to death", "Elliston 13-year-old in stable condition": at the opening too, one name before a person
            // two words too when the gazetteer knows the town ("Great Falls student injured")
            boolean oneName = end == start || end == start + 1 && Towns.known(v.text(start, end));
            boolean residentOpening = opening && oneName && !titleCase && !VictimCountRule.HUMAN.contains(v.lower(start))
                    && (VictimCountRule.HUMAN.contains(v.lower(end + 1)) || v.at(end + 1) != null && v.at(end + 1).pos().equals("CD"))
                    && Regex.matches(v.at(start).ner(), "O|LOCATION|PERSON");
            if (!location && !residentOpening && (titleCase || opening || !Regex.matches(v.at(start).ner(), "O|ORGANIZATION") && !townOfPerson)) continue;
            String name = v.text(start, end);
            if (!location && organization(v, start, end)) continue;
            if (Countries.contains(name) || Gazetteer.usState(name).isPresent()) continue;
            boolean county = countyOrAbbreviated(name);
            ctx.placeCandidates.add(new Candidate(county ? COUNTY : EVENT, name, v.evidence(start, end), v));
            return;
        }
    }

    /** "Child Shot In The Head": in a title-case line, a word the article also writes in lower case ("his head") is no name. */
    private static boolean commonWordInTitleCase(Candidate c, String text) {
        if (!titleCase(c.view())) return false;
        // "Killed In Early Morning N.J.": the first word decides
        String lower = c.value().split(" ")[0].toLowerCase(java.util.Locale.ROOT);
        return Lexicon.hasWord(text, lower);
    }

    private static boolean nounAfterPlace(SentenceView v, int i) {
        // "Killeen 2-year-old in critical condition"
        if (v.at(i) != null && v.at(i).pos().equals("CD") && v.lower(i + 1).equals("-") && Regex.matches(v.lower(i + 2), "years?|months?")) return true;
        // "Des Moines nightclub shooting": a venue between the town and the event
        if (v.at(i) != null && v.at(i).pos().startsWith("NN") && Character.isLowerCase(v.at(i).text().charAt(0))
                && Lexicon.VENUE_NOUNS.contains(v.lemma(i)) && EVENT_NOUNS.contains(v.lower(i + 1))) return true;
        String w = v.lower(i);
        return v.at(i) != null && (VictimCountRule.HUMAN.contains(w) || EVENT_NOUNS.contains(w) || Regex.matches(w, "(wo)?men|teens"));
    }

    /** Words of an organization's or a venue's name: "in Walmart Inc.", "in Grace Church". */
    private static final Set<String> ORGANIZATION_WORDS = Set.of("inc", "inc.", "corp", "corp.", "company", "co", "llc",
            "department", "office", "association", "bank", "group", "news", "university", "college", "academy", "institute",
            "foundation", "party", "council", "court", "club", "church", "hospital", "school", "center", "services");

    private static boolean organization(SentenceView v, int start, int end) {
        for (int k = start; k <= end; k++) {
            if (ORGANIZATION_WORDS.contains(v.lower(k)) || Lexicon.VENUE_NOUNS.contains(v.lower(k))) return true;
        }
        boolean org = false;
        for (int k = start; k <= end; k++) org |= v.at(k).ner().equals("ORGANIZATION");
        // an organization the tagger is sure of: it also spans the next word ("LaSalle Bank")
        return org && v.at(end + 1) != null && v.at(end + 1).ner().equals("ORGANIZATION");
    }

    /** A headline in title case ("Teen Injured In Accidental Shooting"): capitals say nothing about names. */
    static boolean titleCase(SentenceView v) {
        int words = 0, capitals = 0;
        for (var t : v.tokens) {
            if (t.text().length() < 4 || !Character.isLetter(t.text().charAt(0))) continue;
            words++;
            if (Character.isUpperCase(t.text().charAt(0))) capitals++;
        }
        return words >= 3 && capitals >= 0.8 * words;
    }

    /** A sentence that is not about the event itself may still say where it was: "It happened in the 2000 block of Chelsea Avenue in Memphis." */
    private static void otherSentence(SentenceView v, ArticleContext ctx) {
        for (EntityMention e : v.entities) {
            if (e.type() != EntityType.LOCATION || !v.lower(e.firstToken() - 1).equals("in") || treatedIn(v, e.firstToken() - 1)) continue;
            var next = v.at(e.lastToken() + 1);
            if (next != null && (next.pos().startsWith("NN") || next.pos().equals("POS"))) continue;
            String name = e.text();
            if (Countries.contains(name) || Gazetteer.usState(name).isPresent() || STREETS.contains(v.lower(e.lastToken()))
                    || Lexicon.VENUE_NOUNS.contains(v.lemma(e.lastToken()))) continue;
            boolean county = countyLike(name);
            ctx.placeCandidates.add(new Candidate(county ? COUNTY : OTHER, name, v.evidence(e.firstToken() - 1, e.lastToken()), v));
        }
    }

    /** "Town of West Sweden" → "West Sweden", "Southeast Houston" → "Houston", "Aiken Co." → "Aiken County". */
    static String clean(String name) {
        String s = name.trim().replaceFirst("^(?i:the )?(?:Town|City|Village|Borough|Township) (?i:of) ", ""); // "TOWN OF BUSTI, N.Y." too
        java.util.regex.Matcher m = COMPASS.matcher(s);
        if (m.find() && m.end() < s.length()) s = s.substring(m.end());
        s = s.replaceFirst("\\bCo\\.?$", "County");
        s = s.replaceFirst("(?i)\\s+(?:neighborhood|neighbourhood|area|section)$", ""); // "Albany Park neighborhood"
        s = Holidays.withoutTrailingName(s); // "in Elliston Thanksgiving Day"
        if (Regex.matches(s, "(?:Washington,? )?D\\.? ?C\\.?")) return "Washington, D.C."; // "in Southwest D.C.", "DC"
        return COMPASS_ONLY.matcher(s).matches() ? "" : s; // "in Northeast", "16th Street SE": a part of some town
    }

    /** "on the Southwest Side": the tagger's place is a side of the city the article is about, not the town of Side. */
    private static boolean sideOfCity(SentenceView v, EntityMention e) {
        if (!v.lower(e.lastToken()).equals("side")) return false;
        int k = e.lastToken() - 1;
        return k >= v.first && Regex.matches(v.at(k).text(), "(North|South|East|West)(east|west)?");
    }

    /** A direction alone ("Northeast", "SE", "N.W."): Washington's quadrants and a city's sides, never a town. */
    private static final java.util.regex.Pattern COMPASS_ONLY = java.util.regex.Pattern.compile(
            "(?i)(?:north|south|east|west)(?:east|west)?(?:ern)?(?: side)?|[NS]\\.?[EW]\\.?|[NSEW]");

    /** A sentence in capitals (a shouted press release, a menu): its capitals mark no names. */
    static boolean shouting(SentenceView v) {
        int letters = 0, upper = 0;
        for (var t : v.tokens) {
            for (char c : t.text().toCharArray()) {
                if (!Character.isLetter(c)) continue;
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters >= 20 && upper >= 0.9 * letters;
    }

    /** Words that take a victim somewhere else: the hospital's town is not where it happened. */
    private static final Set<String> CARE_WORDS = Set.of("hospital", "clinic", "health", "infirmary");
    private static final Set<String> TRANSFER_VERBS = Set.of("take", "transport", "rush", "airlift", "fly", "drive", "carry", "transfer", "bring");

    /** "taken to a hospital in Dearborn", "Advocate Christ Medical Center in Oak Lawn", "flown to Wichita": the place of treatment. */
    static boolean treatedIn(SentenceView v, int prep) {
        for (int k = prep - 1; k >= prep - 8 && k >= v.first; k--) {
            boolean care = CARE_WORDS.contains(v.lower(k))
                    || Regex.matches(v.lower(k), "cent(er|re)") && Regex.matches(v.lower(k - 1), "medical|trauma|health");
            if (care && k >= prep - 2) return true;
            if (v.lower(k).equals("to") && v.at(k - 1) != null && TRANSFER_VERBS.contains(v.lemma(k - 1))) return true;
            if (v.at(k).isVerb() && !TRANSFER_VERBS.contains(v.lemma(k))) return false;
        }
        return false;
    }

    /** "in Click it or Ticket": a name an object pronoun follows is a slogan's or a title's verb, not a town. */
    private static boolean slogan(SentenceView v, EntityMention e) {
        var next = v.at(e.lastToken() + 1);
        return next != null && next.pos().equals("PRP") && Regex.matches(v.lower(e.lastToken() + 1), "it|them|him|me|us");
    }

    /** "southeast of Dallas", "just outside of Hillsboro": a town named as the reference point of a distance or side. */
    private static boolean distanceReference(Candidate c) {
        return Regex.matches(c.evidence().span(), "(?i)(?:(?:north|south)(?:east|west)?|east|west|outside) of .*");
    }

    /** A county's or township's name rather than a town's: "Broward County", "Ascension Parish", "Warren Township". */
    static boolean countyLike(String name) {
        return Regex.matches(name, ".*\\b(County|Parish|Township|Borough)$");
    }

    /** A county's name ("Broward County", "Ascension Parish"), not a township's, which records name as a town. */
    static boolean countyName(String name) {
        return Regex.matches(name, ".*\\b(County|Parish)$");
    }

    /** As {@link #countyLike}, also abbreviated ("Aiken Co."), as a force's or a headline's name may be. */
    private static boolean countyOrAbbreviated(String name) {
        return countyLike(name) || Regex.matches(name, ".*\\bCo\\.?$");
    }

    /** A larger place: a US state ("Ohio", "Tex.", "TX") is a region, anything else the country. */
    static void region(SentenceView v, ArticleContext ctx, String name, dev.triangulate.model.Evidence ev) {
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
            if (!Character.isUpperCase(v.at(i).text().codePointAt(0))) continue; // "in south/NNP Jackson": a setting word, not the name
            int j = i;
            // "in Grand Rapids Saturday": the weekday ends the name
            while (v.at(j + 1) != null && v.at(j + 1).pos().equals("NNP") && !Regex.matches(v.at(j + 1).ner(), "DATE|TIME")
                    && !v.entityAt(j + 1).map(e -> e.type() == EntityType.LOCATION).orElse(false)) j++;
            // "in Jeff-Vander-Lou neighborhood": the hyphens join one name
            while (v.lower(j + 1).equals("-") && v.at(j + 2) != null && v.at(j + 2).pos().equals("NNP")
                    && v.at(j).end() == v.at(j + 1).begin() && v.at(j + 1).end() == v.at(j + 2).begin()) j += 2; // not "May - WALB.com"
            // untagged, or a town the tagger took for an organization ("in LaSalle")
            boolean untagged = true;
            // "in LaSalle", "near Baconton", "in rural Foxhome", "in unincorporated suburban Villa Park"
            int p = i - 1;
            while (p > i - 4 && v.at(p) != null && SETTING_WORDS.contains(v.lower(p))) p--;
            boolean afterIn = Regex.matches(v.lower(p), "in|near|outside");
            // "in the Cub Run/MISC area": a name before a district noun
            boolean area = v.lower(i - 1).equals("the") && v.lower(i - 2).equals("in") && Lexicon.DISTRICT_NOUNS.contains(v.lower(j + 1));
            // the tagger takes many small towns for people ("shot in Branson Friday", "in Lake Butler", "in south Jackson"): after
            // "in", not before "'s", a name it tagged as a person throughout is a place ("in Charge Patrick Morgan" is not one name)
            boolean person = (afterIn || area) && !Regex.matches(v.lower(j + 1), "['’]s|'");
            for (int k = i; k <= j; k++) person &= Regex.matches(v.at(k).ner(), "PERSON|MISC"); // or miscellaneous: "in Grand Rapids"
            for (int k = i; k <= j; k++) untagged &= Regex.matches(v.at(k).ner(), "O|ORGANIZATION");
            untagged |= person;
            if (untagged && organization(v, i, j)) untagged = false;
            boolean region = v.lower(i - 1).equals(",") && v.entityEndingAt(i - 2, EntityType.LOCATION)
                    .map(l -> preposition(v, l.firstToken()) >= 0).orElse(false) && !v.at(i).ner().equals("ORGANIZATION");
            if (untagged && (afterIn || area) && !titleCase(v) || region) {
                out.add(new EntityMention(v.text(i, j), EntityType.LOCATION, v.sentence.index(), i, j, v.at(i).begin(), v.at(j).end()));
            }
            i = j;
        }
        out.sort(java.util.Comparator.comparingInt(EntityMention::firstToken));
        return out;
    }

    /** Words that describe a town's setting between the preposition and its name. */
    private static final Set<String> SETTING_WORDS = Set.of("rural", "unincorporated", "suburban", "nearby", "neighboring",
            "neighbouring", "downtown", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "northeast", "northwest", "southeast", "southwest", "central", "tiny", "small", "quiet");

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
                // "just outside of Hillsboro", "two miles north of Dayton": the nearest town
                if (v.at(k - 1) != null && Regex.matches(v.lower(k - 1), "outside|north|south|east|west|(north|south)(east|west)")) return k - 1;
                return k > 0 && (Lexicon.DISTRICT_NOUNS.contains(v.lower(k - 1))
                        || Set.of("city", "town", "village", "capital").contains(v.lower(k - 1))) ? k : -1;
            }
            if (PREPOSITIONS.contains(w)) return k;
            var t = v.at(k);
            if (t.ner().equals("LOCATION")) return -1; // the nearer location owns the preposition
            boolean np = Regex.matches(t.pos(), "DT|JJ|NN|NNP|NNS|POS|,") || t.ner().equals("MISC") || t.ner().equals("LOCATION");
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
            while (s < np.end() && Regex.matches(v.at(s).pos(), "DT|PRP\\$|JJ.?|VBN|RB")) s++;
            String venue = v.text(s, np.end());
            if (!v.entityAt(np.end()).isPresent()) venue = venue.toLowerCase(java.util.Locale.ROOT);
            ctx.add(v, Claim.INCIDENT, Slot.VENUE, venue, Qualifier.EXACT, v.evidence(np.start(), np.end()));
        }
    }

    /**
     * The article's place: a dateline first, then a town named with its state or by its police
     * ("Peoria police"), then the first town the event is "in"; a county only when no town is named.
     * The gazetteer then checks the choice (see {@link #knownTown}, {@link #townOfPart}): a place it
     * knows as no town, or a county, yields to the first town the article mentions; with no
     * candidate at all that town is assumed ("about").
     */
    static void resolve(List<SentenceView> views, ArticleContext ctx) {
        if (ctx.hasClaim(Slot.PLACE)) return;
        Candidate best = null;
        String text = ctx.article.article().text();
        countyForces(ctx);
        for (Candidate c : ctx.placeCandidates) {
            if (c.named() && (best == null || c.priority() > best.priority()) && !commonWordInTitleCase(c, text) && !street(c.value())
                    && !Holidays.oneWordName(c.value())) best = c; // first of the strongest
        }
        if (best == null) {
            Candidate assumed = firstKnownTown(views, text, true);
            if (assumed == null) assumed = titleTown(views, ctx, text);
            if (assumed == null) assumed = urlTown(views, ctx, text);
            if (assumed != null) {
                ctx.add(assumed.view(), Claim.INCIDENT, Slot.PLACE, assumed.value(), Qualifier.ABOUT, assumed.evidence());
                regionOfTown(ctx, assumed);
            }
            return;
        }
        best = cityAround(ctx, townOfPart(ctx, knownTown(ctx, best, text)));
        // only a county: a known town the article puts something in or near ("off Marshall Road in Crows Landing")
        if (countyName(best.value())) {
            Candidate stated = LocativeTowns.first(views, statedState(ctx));
            if (stated != null) best = stated;
        }
        // still no town ("Trentonian", "GUN", a neighbourhood), or a county, which is named when no
        // town is: the first town the article mentions at all
        if (!Towns.known(best.value())) {
            Candidate mentioned = firstKnownTown(views, text, false);
            // a town of another state than the one the article states is page chrome's or another story's ("Conejos County, Colo." and Albuquerque)
            if (mentioned != null && !inStatedState(ctx, mentioned.value())) mentioned = null;
            // a far reference point ("Smicksburg is about 60 miles northeast of Pittsburgh") gives the hamlet's state, never its town
            Candidate near = mentioned == null ? null : firstKnownTown(views, text, true);
            if (near != null && !inStatedState(ctx, near.value())) near = null;
            if (mentioned != null && hamlet(ctx, best)) regionOfTown(ctx, mentioned); // a hamlet, in the state of a town near it
            else if (near != null) best = near;
            else best = knownTownOpening(ctx, best);
        }
        // only a county, and no other town: the hospital's town, where records file such events
        if (countyName(best.value())) { // not a township, which records name as it is
            Candidate care = CareTowns.first(views);
            if (care != null) best = care;
        }
        best = townOfSidedCounty(best);
        best = widened(best, text);
        // the outlet's own town, when the article states no other, is an assumption that yields to any place a report states
        Qualifier q = best.priority() == OUTLET_TOWN ? Qualifier.ABOUT : Qualifier.EXACT;
        ctx.add(best.view(), Claim.INCIDENT, Slot.PLACE, best.value(), q, best.evidence());
        neighbourhoods(ctx, best);
        regionOfTown(ctx, best);
    }

    /**
     * "Savannah Chatham Metropolitan Police": a force named for two places the gazetteer knows (a
     * town and the county around it), as one name it does not know, is the first's, when the
     * article names no other town.
     */
    private static Candidate knownTownOpening(ArticleContext ctx, Candidate best) {
        // only a force's name: "Long Island City", "Parkway Village" are one place of their own
        if (countyLike(best.value()) || best.priority() != NAMED) return best;
        String[] words = best.value().split(" ");
        for (int n = words.length - 1; n >= 1; n--) {
            String opening = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
            // "Berlin Heights", "Sandy Creek" are hamlets; "Savannah Chatham" joins a town and the county of another name
            if (!Towns.known(rest)) continue;
            if (Gazetteer.usState(opening).isPresent() || Countries.contains(opening) || Towns.named(opening).isEmpty()) continue;
            Candidate c = townOfPart(ctx, new Candidate(best.priority(), opening, best.evidence(), best.view()));
            if (Towns.known(c.value())) return c;
        }
        return best;
    }

    /** Whether the article states no state, or a town of this name lies in the state it states ("Conejos County, Colo."). */
    private static boolean inStatedState(ArticleContext ctx, String town) {
        String state = statedState(ctx);
        return state == null || Towns.knownInState(town, state);
    }

    /** The postal code of the state the article states (not one assumed from a town), or null. */
    private static String statedState(ArticleContext ctx) {
        return ctx.claims.stream().filter(c -> c.slot() == Slot.REGION && Claim.INCIDENT.equals(c.subject()) && c.qualifier() == Qualifier.EXACT)
                .findFirst().flatMap(c -> Gazetteer.usState(c.value())).map(s -> s.key().substring(3).toUpperCase(java.util.Locale.ROOT)).orElse(null);
    }

    /** "Copeland Street homicide victim identified": an address, not a town ("Federal Way" is a town). */
    private static boolean street(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return name.indexOf(' ') > 0 && (STREETS.contains(last) || last.equals("place")) && !Towns.known(name);
    }

    private static final java.util.regex.Pattern SIDED_COUNTY = java.util.regex.Pattern.compile("^(?:East|West|North|South) (.+) (?:County|Parish)$");

    /** "East Baton Rouge Parish": a county named for a side of its town, whose events records file under the town. */
    private static Candidate townOfSidedCounty(Candidate best) {
        java.util.regex.Matcher m = SIDED_COUNTY.matcher(best.value());
        if (!m.matches() || !Towns.known(m.group(1))) return best;
        return new Candidate(best.priority(), m.group(1), best.evidence(), best.view());
    }

    /** A known town the title string gives ("Oak Hill man hospitalized") where the tagger found none. */
    private static Candidate titleTown(List<SentenceView> views, ArticleContext ctx, String text) {
        String title = ctx.article.article().title();
        if (views.isEmpty() || !text.startsWith(title)) return null;
        int[] at = TitleTowns.find(title, text);
        if (at == null) return null;
        SentenceView v = views.get(0);
        if (v.sentence.begin() > at[0] || v.sentence.begin() + v.sentence.text().length() < at[1]) return null;
        return new Candidate(EVENT, title.substring(at[0], at[1]), v.evidence(at[0], at[1], true), v);
    }

    /** A known town of the page's address that the text also names ("/news/las-vegas/..."), where the tagger found none. */
    private static Candidate urlTown(List<SentenceView> views, ArticleContext ctx, String text) {
        int[] at = UrlTowns.find(ctx.article.article().url(), text);
        if (at == null) return null;
        for (SentenceView v : views) {
            if (v.sentence.begin() <= at[0] && at[1] <= v.sentence.begin() + v.sentence.text().length()) {
                return new Candidate(EVENT, text.substring(at[0], at[1]), v.evidence(at[0], at[1], true), v);
            }
        }
        return null;
    }

    /** A neighbourhood of a big city the article names (see {@link Neighbourhoods}) yields to the city and stays as the district. */
    private static Candidate cityAround(ArticleContext ctx, Candidate best) {
        if (countyLike(best.value())) return best;
        Candidate city = Neighbourhoods.cityAround(ctx.placeCandidates, best);
        if (city == null) return best;
        ctx.add(best.view(), Claim.INCIDENT, Slot.DISTRICT, best.value(), Qualifier.EXACT, best.evidence());
        return new Candidate(best.priority(), city.value(), city.evidence(), city.view());
    }

    /**
     * The article's place is a big city: the other places its event is in that can only be
     * neighbourhoods of it are its districts ("Algiers" beside "New Orleans"), so that another
     * report's "Algiers" is a finer statement of the city in reconciliation.
     */
    private static void neighbourhoods(ArticleContext ctx, Candidate place) {
        String state = ctx.claims.stream().filter(c -> c.slot() == Slot.REGION && Claim.INCIDENT.equals(c.subject())).findFirst()
                .flatMap(c -> Gazetteer.usState(c.value())).map(s -> s.key().substring(3).toUpperCase(java.util.Locale.ROOT)).orElse(null);
        Towns.Town city = Neighbourhoods.bigUsCity(place.value(), state);
        if (city == null) return;
        for (Candidate c : List.copyOf(ctx.placeCandidates)) {
            if (c.named() && c.priority() >= EVENT && !countyLike(c.value()) && Neighbourhoods.inside(c.value(), city)) {
                ctx.add(c.view(), Claim.INCIDENT, Slot.DISTRICT, c.value(), Qualifier.EXACT, c.evidence());
            }
        }
    }

    /**
     * "DeKalb police said" in an article that names DeKalb County: the county's force, not the town
     * of DeKalb, so the candidate is the county, which yields to a town the article names.
     */
    private static void countyForces(ArticleContext ctx) {
        Set<String> counties = new java.util.HashSet<>();
        for (Candidate c : ctx.placeCandidates) {
            if (c.priority() == COUNTY) counties.add(c.value().replaceFirst(" (County|Parish)$", ""));
        }
        // a big city keeps its own police beside its county's offices ("Los Angeles County coroner")
        ctx.placeCandidates.replaceAll(c -> c.priority() == NAMED && counties.contains(c.value()) && Neighbourhoods.bigUsCity(c.value()) == null
                ? new Candidate(COUNTY, c.value() + " County", c.evidence(), c.view()) : c);
    }

    /**
     * A place the gazetteer does not hold at all that the article gives as the event's twice, or in a
     * dateline with its state ("in Pinetown" ... "in Pinetown"): a hamlet of under 1,000 people.
     */
    private static boolean hamlet(ArticleContext ctx, Candidate best) {
        if (!Towns.named(best.value()).isEmpty() || countyLike(best.value())) return false;
        if (best.priority() == DATELINE_PLACE) return true;
        return ctx.placeCandidates.stream().filter(c -> c.priority() >= EVENT && c.value().equals(best.value())).count() >= 2;
    }

    private static int count(String text, String name) {
        int n = 0;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) n++;
        return n;
    }

    /** One or two capitalized words before a name. */
    private static final java.util.regex.Pattern WORDS_BEFORE = java.util.regex.Pattern.compile(
            "(?:^|\\s)((?:\\p{Lu}[\\p{L}’'.-]*\\s+)?(\\p{Lu}[\\p{L}’'.-]*)\\s+)$");

    /**
     * "Broken Arrow teen shot", "a Lee’s Summit man": the tagger's name lost a first word that the
     * town's name has; the text names the longer town, so that is the place.
     */
    private static Candidate widened(Candidate best, String text) {
        var e = best.evidence();
        int from = Math.max(0, e.begin() - e.sentenceBegin());
        int at = e.sentence().indexOf(best.value(), from);
        if (at < 0) return best;
        java.util.regex.Matcher m = WORDS_BEFORE.matcher(e.sentence().substring(0, at));
        if (!m.find()) return best;
        for (String words : new String[] {m.group(1), m.group(2) + " "}) {
            String town = words + best.value();
            // "The Houston police": a leading article is no part of a name; an article that also writes the
            // shorter name alone ("North Richmond" beside "Richmond") means a part of that town (see townOfPart)
            if (words.strip().isEmpty() || Towns.key(town).equals(Towns.key(best.value())) || !Towns.known(town)
                    || count(text, best.value()) > count(text, town)) continue;
            int begin = e.sentenceBegin() + at - words.length();
            var evidence = new dev.triangulate.model.Evidence(e.articleId(), e.sentenceIndex(), e.sentence(), e.sentenceBegin(),
                    Math.min(begin, e.begin()), e.end());
            return new Candidate(best.priority(), town, evidence, best.view());
        }
        return best;
    }

    /**
     * The article names no state: the state of the town, when one town of that name outweighs
     * its namesakes the world over (five times the people), as an assumption ("about"), which
     * yields to any state a report states. "Tulsa" is in Oklahoma; "Springfield" and "Paris" tell nothing.
     */
    private static void regionOfTown(ArticleContext ctx, Candidate town) {
        if (ctx.hasClaim(Slot.REGION)) return;
        List<Towns.Town> namesakes = Towns.named(town.value()).stream()
                .sorted(java.util.Comparator.comparingInt(Towns.Town::population).reversed()).toList();
        if (namesakes.isEmpty() || namesakes.size() > 1 && namesakes.get(0).population() < 5L * namesakes.get(1).population()) return;
        Towns.Town t = namesakes.get(0);
        if (!t.country().equals("US")) return; // the small place list knows US states only
        Gazetteer.usState(t.state()).ifPresent(state -> {
            ctx.add(town.view(), Claim.INCIDENT, Slot.REGION, state.name(), Qualifier.ABOUT, town.evidence());
            if (!ctx.hasClaim(Slot.COUNTRY)) ctx.add(town.view(), Claim.INCIDENT, Slot.COUNTRY, "United States", Qualifier.ABOUT, town.evidence());
        });
    }

    /**
     * "North St. Louis" or "New Orleans East" where the article also names St. Louis, or where
     * the gazetteer knows the town but not the part ("South Philadelphia"): a part of the town.
     */
    private static Candidate townOfPart(ArticleContext ctx, Candidate best) {
        String town = best.value().replaceFirst("^(North|South|East|West) (?=\\p{Lu})|(?<=\\p{L}) (North|South|East|West)$", "");
        if (Regex.matches(town, "L\\.?A\\.?") && !town.equals(best.value())) town = "Los Angeles"; // "South L.A.": the city's short name
        if (town.equals(best.value())) return best;
        for (Candidate c : ctx.placeCandidates) {
            if (c.value().equals(town)) return new Candidate(best.priority(), town, c.evidence(), c.view());
        }
        return !Towns.known(best.value()) && Towns.known(town) ? new Candidate(best.priority(), town, best.evidence(), best.view()) : best;
    }

    /**
     * The first place the tagger found that the gazetteer knows as a town ("a man from Tulsa"),
     * unless it is where a victim was treated or, with {@code skipFar}, the far reference point of a
     * distance ("120 miles north of Kansas City"). With no candidate at all it is an assumption, not
     * a statement, so it is claimed as "about" that town and yields to any place a report states.
     */
    private static Candidate firstKnownTown(List<SentenceView> views, String text, boolean skipFar) {
        for (SentenceView v : views) {
            for (EntityMention e : v.entities) {
                if (e.type() != EntityType.LOCATION || Gazetteer.byName(e.text()).isPresent()) continue;
                int prep = preposition(v, e.firstToken());
                if (prep >= 0 && treatedIn(v, prep)) continue; // the hospital's town
                if (skipFar && prep >= 0 && FarReferences.far(v, prep)) continue; // "60 miles northeast of Pittsburgh"
                if (sideOfCity(v, e)) continue;
                Candidate c = new Candidate(OTHER, e.text(), v.evidence(e.firstToken(), e.lastToken()), v);
                if (c.named() && !commonWordInTitleCase(c, text) && !Holidays.oneWordName(c.value()) && Towns.known(c.value())) return c;
            }
        }
        return null;
    }

    /**
     * A strongest candidate the gazetteer knows as no town ("Whitehaven", "Bourbon Street", a word
     * the tagger took for a place) yields to the strongest candidate it knows as a town; a
     * section of a town ("Englewood" in Chicago) to a town of its state, and stays as the district.
     * The gazetteer is the world's: "Ankara" is a town, not an unknown word.
     */
    private static Candidate knownTown(ArticleContext ctx, Candidate best, String text) {
        if (countyLike(best.value())) return best;
        if (Towns.known(best.value())) return best;
        List<Towns.Town> named = Towns.named(best.value());
        Candidate town = null;
        for (Candidate c : ctx.placeCandidates) {
            if (!c.named() || countyLike(c.value()) || commonWordInTitleCase(c, text) || (town != null && c.priority() <= town.priority())) continue;
            if (distanceReference(c)) continue; // "in Rice, about 40 miles southeast of Dallas": Dallas only says where Rice is
            boolean known = Towns.named(c.value()).stream().anyMatch(t -> !t.section()
                    && (named.isEmpty() || named.stream().anyMatch(s -> s.sameState(t))));
            if (known) town = c;
        }
        if (town == null) return best;
        if (!named.isEmpty()) ctx.add(best.view(), Claim.INCIDENT, Slot.DISTRICT, best.value(), Qualifier.EXACT, best.evidence());
        return town;
    }
}
