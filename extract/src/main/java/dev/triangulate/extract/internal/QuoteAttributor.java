package dev.triangulate.extract.internal;

import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.Claim;
import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Quote;
import dev.triangulate.model.QuoteSpan;
import dev.triangulate.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each quote its speaker by these rules, in order: a transcript label opening the quote
 * ("WALLACE: ..."); a speech verb right after the quote ("..." the attacker said / said Vell); a
 * name after a dash that closes it ("...” — Ada Lunn); "according to X" in the quote's sentence;
 * a speech verb before it (Vell said: "..."); the previous speaker, when close (a follow-up
 * paragraph of the same person). Speakers are normalized like claim subjects.
 *
 * <p>Also adds reported speech ({@link ReportedSpeech}: "X said (that) ...", "..., X said",
 * "according to X, ...") as quotes that are not direct. Both kinds are read in text order and
 * share the chain of previous speakers that resolves "he"/"she".
 */
final class QuoteAttributor {
    private QuoteAttributor() {}

    /** Pronouns resolved to a person. */
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");

    /** A quote or reported clause in text order, before its speaker is named. */
    private record Item(int begin, QuoteSpan direct, ReportedSpeech.Found reported, SentenceView view) {}

    static List<Quote> attribute(AnnotatedArticle a, List<SentenceView> views, ArticleContext ctx) {
        List<Item> items = new ArrayList<>();
        for (QuoteSpan q : a.quotes()) items.add(new Item(q.begin(), q, null, views.get(q.sentence())));
        for (SentenceView v : views) {
            for (ReportedSpeech.Found f : ReportedSpeech.find(v, a.quotes())) items.add(new Item(f.begin(), null, f, v));
        }
        items.sort(Comparator.comparingInt(Item::begin));
        List<Quote> out = new ArrayList<>();
        Chain chain = new Chain(Gender.of(a), views, surnames(a));
        for (Item it : items) {
            Quote q = it.direct() != null
                    ? direct(a, views, ctx, it.direct(), chain)
                    : reported(a, ctx, it.view(), it.reported(), chain);
            out.add(q);
            // a speaker inside someone else's words is not the one the next "he said" continues
            boolean nested = it.reported() != null && it.reported().nested();
            if (q.speaker() != null && !PERSONAL.contains(q.speaker()) && !nested) {
                chain.previous = q.speaker();
                if (looksLikeName(q.speaker())) chain.previousNamed = q.speaker();
            }
            chain.previousSentence = it.direct() != null
                    ? sentenceAt(a.sentences(), Math.max(it.direct().begin(), it.direct().end() - 1))
                    : it.view().sentence.index();
        }
        return joinContinuations(a.article().text(), out);
    }

    /**
     * One attribution, one quote: {@code “A,” she said. “B.”} is a quotation interrupted by its
     * attribution, not two statements. A direct quote without a cue of its own that follows a
     * direct quote of the same speaker, separated only by that quote's attribution (same paragraph,
     * the cue word in between), is joined to it: the text is both parts, the span runs from the
     * first opening mark to the last closing one.
     */
    static List<Quote> joinContinuations(String text, List<Quote> quotes) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : quotes) {
            Quote last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.direct() && q.direct() && last.cue() != null
                    && last.speaker() != null && last.speaker().equals(q.speaker())
                    && last.evidence().end() <= q.evidence().begin()) {
                String between = text.substring(last.evidence().end(), q.evidence().begin());
                // the second part's cue, if any, must be the shared one in between, not its own after it
                String after = text.substring(q.evidence().end(), Math.min(text.length(), q.evidence().end() + 60)).split("[\n.]", 2)[0];
                boolean ownCue = q.cue() != null && (!q.cue().equals(last.cue()) || Lexicon.hasWord(after, q.cue()));
                if (!ownCue && between.length() <= 160 && !between.contains("\n") && !Regex.matches(between, "(?s).*[“”\"].*")
                        && Lexicon.hasWord(between, last.cue())) {
                    var e = last.evidence();
                    out.set(out.size() - 1, new Quote(last.speaker(), last.text() + " " + q.text(),
                            new Evidence(e.articleId(), e.sentenceIndex(), e.sentence(), e.sentenceBegin(), e.begin(), q.evidence().end()),
                            true, last.cue()));
                    continue;
                }
            }
            out.add(q);
        }
        return out;
    }

    /** The speakers read so far: the last one, the last that is a name, and where. */
    private static final class Chain {
        final java.util.Map<String, Gender.G> genders;
        final List<SentenceView> views;
        final java.util.Map<Integer, boolean[]> quotedTokens = new java.util.HashMap<>();
        String previous;
        String previousNamed;
        int previousSentence = -10;

        final Set<String> surnames;

        Chain(java.util.Map<String, Gender.G> genders, List<SentenceView> views, Set<String> surnames) {
            this.genders = genders;
            this.views = views;
            this.surnames = surnames;
        }

        /** A person's mention; the tagger sometimes types a lone surname ("Ham") as an organization. */
        boolean person(EntityMention e) {
            return e.type() == EntityType.PERSON || (e.firstToken() == e.lastToken() && surnames.contains(e.text()));
        }

        /** Whether a mention lies inside quotation marks (quote spans, or marks the tagger found, e.g. '' ... ''). */
        boolean quoted(AnnotatedArticle a, EntityMention e) {
            SentenceView v = views.get(e.sentence());
            boolean[] q = quotedTokens.computeIfAbsent(e.sentence(), k -> ReportedSpeech.quotedTokens(v, a.quotes()));
            int k = e.firstToken() - v.first;
            return k >= 0 && k < q.length && q[k];
        }
    }


    /** The last words of the article's full person names ("Norman Ham" → "Ham"). */
    private static Set<String> surnames(AnnotatedArticle a) {
        Set<String> out = new java.util.HashSet<>();
        for (EntityMention e : a.entities()) {
            if (e.type() == EntityType.PERSON && e.lastToken() > e.firstToken()) out.add(a.tokens().get(e.lastToken()).text());
        }
        return out;
    }

    /** A proper name ("Anna Vell", "Trump"), not a description ("the official") or a pronoun. */
    private static boolean looksLikeName(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0)) && !PERSONAL.contains(s.toLowerCase(java.util.Locale.ROOT));
    }

    private static Quote direct(AnnotatedArticle a, List<SentenceView> views, ArticleContext ctx, QuoteSpan q, Chain chain) {
        String previous = chain.previous;
        int previousSentence = chain.previousSentence;
        SentenceView start = views.get(q.sentence());
        SentenceView endView = views.get(sentenceAt(a.sentences(), Math.max(q.begin(), q.end() - 1)));
        String[] cue = new String[1];
        String speaker = label(q);
        if (speaker != null) cue[0] = ":";
        if (speaker == null) speaker = after(endView, ctx, q, cue);
        if (speaker == null) speaker = dashName(views, endView, q);
        if (speaker == null) {
            speaker = accordingTo(start, endView);
            if (speaker != null) cue[0] = "according to";
        }
        if (speaker == null) speaker = before(start, ctx, q, cue);
        if (speaker == null) speaker = fromSource(start, ctx, q);
        if (speaker == null && q.sentence() > 0 && opensSentence(start, q)) {
            // "He said:" as its own paragraph, the quote below it
            SentenceView prev = views.get(q.sentence() - 1);
            if (prev.at(prev.last()) != null && prev.lower(prev.last()).equals(":")) speaker = before(prev, ctx, q, cue);
        }
        if (speaker == null && q.sentence() - previousSentence <= 3) speaker = previous;
        if (speaker != null && PERSONAL.contains(speaker)) speaker = pronoun(a, start, q.begin(), speaker, chain);
        String text = q.text().replaceAll("[\\s,;:]+$", "");
        return new Quote(speaker, text, new Evidence(a.article().id(), q.sentence(), start.sentence.text(), start.sentence.begin(),
                q.begin(), q.end()), true, cue[0]);
    }

    private static Quote reported(AnnotatedArticle a, ArticleContext ctx, SentenceView v, ReportedSpeech.Found f, Chain chain) {
        String speaker = f.speaker() == null ? null : name(v, ctx, f.speaker());
        if (speaker != null && PERSONAL.contains(speaker)) {
            speaker = pronoun(a, v, v.at(f.speaker().end()).begin(), speaker, chain);
        }
        String text = a.article().text().substring(f.begin(), f.end());
        return new Quote(speaker, text, v.evidence(f.begin(), f.end(), true), false, f.cueText());
    }

    /**
     * Whom "he"/"she" at character offset {@code at} refers to, among people of a gender the pronoun
     * agrees with ({@link Gender}): a person named earlier in the same sentence (outside quotation
     * marks); else the previous named speaker when at most three sentences back; else the nearest
     * person named before (outside quotation marks); else the previous named speaker (null when there is none).
     */
    private static String pronoun(AnnotatedArticle a, SentenceView v, int at, String pronoun, Chain chain) {
        for (EntityMention e : v.entities) {
            if (chain.person(e) && e.end() <= at && !chain.quoted(a, e) && !possessor(v, e) && agrees(pronoun, clean(e.text()), chain)) {
                return clean(e.text());
            }
        }
        // the person in the subject of the previous sentence ("Brenner spoke for an hour. He said ...",
        // "The minister, Mr. Vell, argues ... He said ...")
        if (v.sentence.index() > 0) {
            SentenceView p = chain.views.get(v.sentence.index() - 1);
            int verb = firstFiniteVerb(p);
            String subject = null; // the last person before the verb ("In an interview with X, Ham said")
            for (EntityMention e : p.entities) {
                if (chain.person(e) && (e.firstToken() - p.first <= 2 || e.lastToken() < verb) && !chain.quoted(a, e) && !possessor(p, e)
                        && agrees(pronoun, clean(e.text()), chain)) subject = clean(e.text());
            }
            if (subject != null) return subject;
        }
        String named = chain.previousNamed != null && agrees(pronoun, chain.previousNamed, chain) ? chain.previousNamed : null;
        if (named != null && v.sentence.index() - chain.previousSentence <= 3) return named;
        EntityMention nearest = null;
        for (EntityMention e : a.entities()) {
            if (!chain.person(e) || e.end() > at || chain.quoted(a, e) || !agrees(pronoun, clean(e.text()), chain)) continue;
            nearest = e;
        }
        if (nearest != null) return clean(nearest.text());
        return named;
    }

    /** "Joshua C.'s brother said ... He said": the possessor of a noun is not who speaks. */
    private static boolean possessor(SentenceView v, EntityMention e) {
        int next = e.lastToken() + 1;
        if (v.at(next) != null && v.at(next).pos().equals("POS")) next++;
        else if (!e.text().matches(".*['’]s?$")) return false;
        return v.at(next) != null && (v.at(next).isNoun() && !v.at(next).pos().startsWith("NNP") || v.at(next).pos().startsWith("JJ"));
    }

    /** Whether tokens [from, to) hold a finite verb: a clause, not a chain of appositions. */
    private static boolean hasFiniteVerb(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) if (Regex.matches(v.at(k).pos(), "VBD|VBZ|VBP|MD")) return true;
        return false;
    }

    /** The first finite verb of a sentence outside quotation marks, or the token after the sentence. */
    private static int firstFiniteVerb(SentenceView v) {
        boolean quoted = false;
        for (int k = v.first; v.at(k) != null; k++) {
            String t = v.at(k).text();
            if (Regex.matches(t, "[“”\"]|''|``")) quoted = !quoted;
            if (!quoted && Regex.matches(v.at(k).pos(), "VBD|VBZ|VBP|MD")) return k;
        }
        return v.last() + 1;
    }

    private static boolean agrees(String pronoun, String name, Chain chain) {
        return Gender.agrees(pronoun, Gender.of(name, chain.genders));
    }

    private static String clean(String name) {
        return name.replaceAll("['’]s$", "");
    }

    private static int sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) if (offset < s.end()) return s.index();
        return sentences.size() - 1;
    }

    /** A transcript label opening the quote: "WALLACE: ..." / "SEN. JOHN DOE: ..." (upper-case words and a colon). */
    private static final Pattern LABEL = Pattern.compile("^\\s*((?:[A-Z][A-Z.'’-]+\\s){0,3}[A-Z][A-Z'’-]+):\\s");

    private static String label(QuoteSpan q) {
        Matcher m = LABEL.matcher(q.text());
        return m.find() && m.group(1).length() >= 3 ? m.group(1) : null;
    }

    /** "...” — Ada Lunn" / "...”― Ada Lunn": a person named right after a dash that follows the quote. */
    private static String dashName(List<SentenceView> views, SentenceView v, QuoteSpan q) {
        int i = v.first;
        while (v.at(i) != null && v.at(i).begin() < q.end()) i++;
        if (v.at(i) == null && v.sentence.index() + 1 < views.size()) {
            // the closing mark ended the sentence: the dash opens the next one
            v = views.get(v.sentence.index() + 1);
            i = v.first;
        }
        if (v.at(i) == null || !Regex.matches(v.at(i).text(), "[—―–-]{1,2}")) return null;
        for (EntityMention e : v.entities) {
            if (e.type() == EntityType.PERSON && e.firstToken() == i + 1) return clean(e.text());
        }
        return null;
    }

    /** "..., the attacker said" / "..., said Vell" (within a few tokens of the closing mark). */
    private static String after(SentenceView v, ArticleContext ctx, QuoteSpan q, String[] cue) {
        int i = v.first;
        while (v.at(i) != null && v.at(i).begin() < q.end()) i++;
        int parenthesized = 0; // "(D-Wis.)" after a name does not count toward the distance
        boolean inParens = false;
        for (int k = i; k < i + 30 && v.at(k) != null; k++) {
            if (Regex.matches(v.at(k).text(), "[“\"‘]|``")) return null; // next quote starts
            if (Regex.matches(v.at(k).text(), "\\(|-LRB-")) inParens = true;
            if (inParens) parenthesized++;
            if (Regex.matches(v.at(k).text(), "\\)|-RRB-")) inParens = false;
            if (k - parenthesized >= i + 8) {
                // "...,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said":
                // far from the quote only when a chain of appositions right after it ends on the verb
                if (!(v.at(k).isVerb() && isSpeech(v.lemma(k)) && v.lower(k - 1).equals(","))) continue;
                Phrases.Span np = Phrases.after(v, i);
                if (np == null || !v.lower(np.end() + 1).equals(",") || hasFiniteVerb(v, np.end() + 1, k)) break;
                cue[0] = v.at(k).text();
                return name(v, ctx, np);
            }
            if (v.at(k).isVerb() && isSpeech(v.lemma(k))) {
                cue[0] = v.at(k).text();
                if (k > i) {
                    Phrases.Span np = Phrases.before(v, k);
                    // "..." Flynn, a top surrogate, said
                    if (np == null && v.lower(k - 1).equals(",")) np = ReportedSpeech.subjectEndingAt(v, k - 1);
                    if (np != null && np.start() >= i) return name(v, ctx, np);
                }
                // inverted order ("..., said Vell") only right after the quote, never an object ("asking her")
                if (k > i + 2 || v.at(k).pos().equals("VBG") || v.at(k).pos().equals("VBN")) return null;
                Phrases.Span np = Phrases.after(v, k + 1);
                if (np != null && np.start() == np.end() && v.at(np.end()).pos().equals("PRP")
                        && !Set.of("he", "she", "they", "we", "i").contains(v.lower(np.end()))) return null;
                return np == null ? null : name(v, ctx, np);
            }
        }
        return anyVerbAfter(v, ctx, q, i, cue);
    }

    /**
     * "“..., ” Toomey fumed": a quote that ends on a comma inside its marks is attributed by the
     * clause right after it, whatever the verb — a name or pronoun and a finite verb.
     */
    private static String anyVerbAfter(SentenceView v, ArticleContext ctx, QuoteSpan q, int i, String[] cue) {
        if (!Regex.matches(q.text().strip(), "(?s).*[,?!]$") || v.at(i) == null) return null;
        Phrases.Span np = Phrases.after(v, i);
        if (np == null || np.end() - np.start() > 5) return null;
        int k = np.end() + 1;
        while (v.at(k) != null && v.at(k).pos().startsWith("RB")) k++;
        if (v.at(k) == null || !Regex.matches(v.at(k).pos(), "VBD|VBZ")) return null;
        boolean person = v.at(np.end()).pos().equals("PRP") || v.entityAt(np.end()).map(e -> e.type() == EntityType.PERSON).orElse(false);
        if (!person) return null;
        cue[0] = v.at(k).text();
        return name(v, ctx, np);
    }

    private static boolean isSpeech(String lemma) {
        return Lexicon.SPEECH_VERBS.contains(lemma) || ReportedSpeech.CUES.contains(lemma);
    }

    private static String accordingTo(SentenceView... views) {
        for (SentenceView v : views) {
            for (int i = v.first; i < v.last(); i++) {
                if (v.lower(i).equals("according") && v.lower(i + 1).equals("to") && v.attribution != null) {
                    return v.attribution.replaceFirst("^(?i)(the|a|an) ", "");
                }
            }
        }
        return null;
    }

    /** "From the report: “...”" — the source named by "from" in a lead-in that ends on a colon. */
    private static String fromSource(SentenceView v, ArticleContext ctx, QuoteSpan q) {
        int colon = -1;
        for (int k = v.first; v.at(k) != null && v.at(k).end() <= q.begin(); k++) if (v.lower(k).equals(":")) colon = k;
        if (colon < 0) return null;
        for (int k = colon - 1; k >= v.first && k >= colon - 8; k--) {
            if (v.lower(k).equals("from")) {
                Phrases.Span np = Phrases.after(v, k + 1);
                return np != null && np.end() == colon - 1 ? name(v, ctx, np) : null;
            }
        }
        return null;
    }

    private static boolean opensSentence(SentenceView v, QuoteSpan q) {
        return v.at(v.first) != null && v.at(v.first).begin() >= q.begin() - 1;
    }

    /** Vell said: "..." / The gunman also yelled: "..." */
    private static String before(SentenceView v, ArticleContext ctx, QuoteSpan q, String[] cue) {
        if (v.at(v.first) != null && v.at(v.first).text().equals("Said")) {
            // inverted: "Said Ellis: “...”" (the tagger may read "Said" as a given name)
            Phrases.Span np = Phrases.after(v, v.first + 1);
            if (np != null && Regex.matches(v.lower(np.end() + 1), "[:,]") && v.at(np.end() + 1).end() <= q.begin()) {
                cue[0] = "Said";
                String s = name(v, ctx, np);
                return s == null ? null : s.replaceFirst("^Said ", "");
            }
        }
        int k = v.first;
        int lastVerb = -1;
        while (v.at(k) != null && v.at(k).end() <= q.begin()) {
            if (v.at(k).isVerb() && isSpeech(v.lemma(k))) lastVerb = k;
            k++;
        }
        if (lastVerb < 0) return null;
        cue[0] = v.at(lastVerb).text();

        Phrases.Span np = ReportedSpeech.behindMessage(v, Phrases.before(v, lastVerb));
        String s = np == null ? null : name(v, ctx, np);
        if (s == null) {
            // coordinated verbs: "the gunman wore a suit and shouted ..." → the sentence subject
            Phrases.Span subject = Phrases.after(v, v.first);
            if (subject != null) s = name(v, ctx, subject);
        }
        return s;
    }

    private static String name(SentenceView v, ArticleContext ctx, Phrases.Span np) {
        if (v.at(np.end()).pos().equals("PRP")) return v.lower(np.end());
        String s = Subjects.resolve(v, ctx, np);
        if (s != null) return s;
        String head = Phrases.head(v, np);
        if (Lexicon.GENERIC_PERSON.contains(head) && ctx.mentionsPerpetrator) return Claim.PERPETRATOR;
        return Phrases.bare(v, np);
    }
}
