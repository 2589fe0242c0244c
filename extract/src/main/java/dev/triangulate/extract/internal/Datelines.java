package dev.triangulate.extract.internal;

import static dev.triangulate.extract.internal.PlaceRule.COUNTY;
import static dev.triangulate.extract.internal.PlaceRule.DATELINE_PLACE;
import static dev.triangulate.extract.internal.PlaceRule.DATELINE_TOWN;

import dev.triangulate.extract.internal.PlaceRule.Candidate;
import dev.triangulate.model.Claim;
import dev.triangulate.model.Gazetteer;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;

/**
 * The place a dateline gives, at the start of the body: "PEORIA, Ill. (AP) —" (town and state),
 * "SNOWVILLE, Box Elder County —" (town and county), "BED-STUY, BROOKLYN —" (neighbourhood and
 * town), "CHICAGO —" (town alone). Adds {@link PlaceRule}'s candidates at dateline strength.
 */
final class Datelines {
    private Datelines() {}

    /** A dateline: "DAYTON, Ohio (AP) —", "PEORIA, Ill. -", "UTICA, N.Y. (AP) -", "Dayton, Ohio (WXYZ) -", "JACKSON,Tenn.–". */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^([A-Z][A-Z.'’ -]{2,}[A-Z.]|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\\s?,\\s*([A-Z][A-Za-z]+\\.?(?: [A-Z][a-z]+\\.?)?|[A-Z]\\.(?:[A-Z][a-z]?\\.)+)"
            + "(?:\\s*(?:\\([^)]{1,30}\\))?\\s*[—–-]+|\\s*\\([^)]{1,30}\\)\\s+(?=[A-Z]))"); // "EUTAW, Ala. (AP) Authorities say": no dash

    /** "PEORIA, Ill. (AP) — ...": the city and state of a dateline at the start of the body. */
    static void read(SentenceView v, ArticleContext ctx) {
        int sentence = v.sentence.index() - ctx.firstSentence;
        if (sentence > FAR_DATELINE) return;
        java.util.regex.Matcher m = DATELINE.matcher(v.sentence.text());
        int b = v.sentence.begin();
        // after a byline and a date line at most; or after photo captions and page chrome, in capitals ("LOUISVILLE, KY (WAVE) -"),
        // when nothing before named a place (else it is mostly another story's on the page)
        if (sentence > 4 && !(ctx.placeCandidates.isEmpty() && m.find() && capitalsTown(m.group(1)))) return;
        m.reset();
        if (!m.find()) {
            if (!countyDateline(v, ctx)) townDateline(v, ctx);
            return;
        }
        var state = Gazetteer.usState(m.group(2));
        // "CROSBY, TEXAS -": a state in capitals too; "MEMPHIS, Tenn --": an abbreviation without its period
        if (state.isEmpty() && m.group(2).length() > 2) state = Gazetteer.usState(PlaceRule.titleCase(m.group(2)));
        if (state.isEmpty() && !m.group(2).endsWith(".")) state = Gazetteer.usState(m.group(2) + ".");
        if (state.isEmpty() && !Countries.contains(m.group(2))) {
            boroughDateline(v, ctx, m);
            return;
        }
        String city = PlaceRule.titleCase(m.group(1).trim());
        boolean county = PlaceRule.countyName(city); // "BRAZORIA COUNTY, Texas —" is no town; "WARREN TOWNSHIP -" is one
        ctx.placeCandidates.add(new Candidate(county ? COUNTY : DATELINE_PLACE, city, v.evidence(b + m.start(1), b + m.end(1), true), v));
        PlaceRule.region(v, ctx, state.map(Gazetteer.Place::name).orElse(m.group(2)), v.evidence(b + m.start(2), b + m.end(2), true));
    }

    /** How far into the article a dateline in capitals may stand, after captions and page chrome. */
    private static final int FAR_DATELINE = 12;

    private static boolean capitalsTown(String town) {
        return town.length() > 3 && town.equals(town.toUpperCase(java.util.Locale.ROOT));
    }

    private static final java.util.regex.Pattern COUNTY_DATELINE = java.util.regex.Pattern.compile(
            "^([A-Z][A-Z.'’ -]{2,}[A-Z.]|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\\s?,\\s*((?:[A-Z][A-Za-z]+ ){1,3}(?i:County|Parish))\\s*(?:\\([^)]{1,30}\\))?\\s*[—–-]+");

    /** "SNOWVILLE, Box Elder County —", "GREENVILLE, PITT COUNTY -": a dateline that gives the town's county instead of its state. */
    private static boolean countyDateline(SentenceView v, ArticleContext ctx) {
        java.util.regex.Matcher m = COUNTY_DATELINE.matcher(v.sentence.text());
        if (!m.find()) return false;
        String town = PlaceRule.titleCase(m.group(1).trim());
        if (PlaceRule.countyLike(town)) return false;
        int b = v.sentence.begin();
        ctx.placeCandidates.add(new Candidate(DATELINE_PLACE, town, v.evidence(b + m.start(1), b + m.end(1), true), v));
        return true;
    }

    /**
     * "BED-STUY, BROOKLYN —": a neighbourhood with its town, which is the place when the gazetteer
     * knows it and not the neighbourhood.
     */
    private static void boroughDateline(SentenceView v, ArticleContext ctx, java.util.regex.Matcher m) {
        String first = PlaceRule.titleCase(m.group(1).trim()), second = PlaceRule.titleCase(m.group(2).trim());
        boolean capitals = m.group(1).equals(m.group(1).toUpperCase(java.util.Locale.ROOT));
        if (!capitals || Towns.known(first) || !Towns.known(second) || Countries.contains(second)) return;
        int b = v.sentence.begin();
        ctx.add(v, Claim.INCIDENT, Slot.DISTRICT, first, Qualifier.EXACT, v.evidence(b + m.start(1), b + m.end(1), true));
        ctx.placeCandidates.add(new Candidate(DATELINE_TOWN, second, v.evidence(b + m.start(2), b + m.end(2), true), v));
    }

    private static final java.util.regex.Pattern BARE_DATELINE = java.util.regex.Pattern.compile(
            "([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),\\s+([A-Z][a-z]{1,4}\\.|[A-Z]{2})\\s*[—–-]?\\s*");

    /** "CHICAGO — A shooting in Austin ...", "AUSTIN (KXAN) —": a dateline without its state (one with its county is COUNTY_DATELINE's). */
    private static final java.util.regex.Pattern TOWN_DATELINE = java.util.regex.Pattern.compile(
            "^([A-Z][A-Z.'’-]*[A-Z.](?: [A-Z][A-Z.'’-]*[A-Z.]){0,2})(?:\\s*(?:\\([^)]{1,30}\\))?\\s*(?:—|–|--|-)\\s"
            + "|\\s*\\([^)]{1,30}\\)\\s*(?:—|–|--|-)(?=[A-Z]))"); // "COLUMBUS (WCMH)–Police say": no space after the dash

    /**
     * A town's name in capitals before a dash opens the body like a dateline. Only a name the
     * article also writes as a name elsewhere, or one the gazetteer knows as a town, counts, so
     * "UPDATE —" or "WATCH —" is no town.
     */
    private static void townDateline(SentenceView v, ArticleContext ctx) {
        // "Portsmouth, Va." on a line of its own above the story
        java.util.regex.Matcher bare = BARE_DATELINE.matcher(v.sentence.text());
        if (v.sentence.index() > 0 && bare.matches() && Gazetteer.usState(bare.group(2)).isPresent()) {
            int b = v.sentence.begin();
            ctx.placeCandidates.add(new Candidate(DATELINE_PLACE, bare.group(1), v.evidence(b + bare.start(1), b + bare.end(1), true), v));
            return;
        }
        java.util.regex.Matcher m = TOWN_DATELINE.matcher(v.sentence.text());
        if (!m.find()) return;
        String town = PlaceRule.titleCase(m.group(1).trim());
        if (PlaceRule.countyName(town) || Countries.contains(town) || Gazetteer.usState(town).isPresent()) return;
        if (!Lexicon.hasWord(v.article.article().text(), town) && !Towns.known(town)) return; // "MIAMI (CBSMiami) –" alone
        int b = v.sentence.begin();
        // below a town named by its police: some outlets put a neighbourhood there ("ROGERS PARK —")
        ctx.placeCandidates.add(new Candidate(DATELINE_TOWN, town, v.evidence(b + m.start(1), b + m.end(1), true), v));
    }
}
