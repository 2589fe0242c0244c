package dev.triangulate.extract.internal;

import dev.triangulate.model.QuoteSpan;
import dev.triangulate.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds reported (indirect) speech in one sentence, by shallow patterns over POS tags:
 * <ul>
 *   <li>"X said (that) CLAUSE", "X told reporters CLAUSE", "X has argued CLAUSE", "X said Friday in a statement that ...";</li>
 *   <li>"CLAUSE, X said." and "CLAUSE, said X." (the content before the comma);</li>
 *   <li>"according to X, CLAUSE" and "CLAUSE, according to X.";</li>
 *   <li>"..., saying/adding CLAUSE" (the speaker is the sentence's subject).</li>
 * </ul>
 * Content that is mostly a direct quotation is left to {@link QuoteAttributor}. The speaker is
 * returned as a token span; naming it (and resolving pronouns) is the caller's job.
 */
final class ReportedSpeech {
    private ReportedSpeech() {}

    /** Verbs that report speech, writing or stated belief and take a clause ("said that ...", "argued ..."). */
    static final Set<String> CUES = Set.copyOf(java.util.List.of("say", "tell", "add", "argue", "claim", "note", "warn", "insist", "explain",
            "state", "declare", "announce", "write", "tweet", "report", "suggest", "acknowledge", "admit", "contend",
            "maintain", "assert", "predict", "promise", "vow", "deny", "stress", "emphasize", "emphasise", "caution",
            "concede", "complain", "recall", "reply", "respond", "testify", "confirm", "estimate", "believe", "think",
            "allege", "charge", "observe", "remark", "counter", "retort", "joke", "boast", "brag", "lament", "conclude",
            "indicate", "disclose", "reveal", "ask", "wonder", "agree", "fear", "hope", "signal", "pledge", "threaten",
            "assure", "inform", "remind", "warn", "predict", "post", "mention", "point", "speculate", "question",
            "guarantee", "swear", "proclaim", "recount", "repeat", "reiterate", "show", "find", "feel", "worry"));

    /**
     * Verbs of judging and asking whose content is their object ("X called Y a disgrace", "X accused
     * Y of lying", "X criticized the plan", "X urged voters to ..."): the content runs from the
     * object to the end of the sentence.
     */
    static final Set<String> OBJECT_CUES = Set.of("call", "criticize", "criticise", "accuse", "describe", "urge",
            "defend", "praise", "blame", "endorse", "attack", "slam", "condemn", "dismiss", "label", "deride",
            "reject", "applaud", "mock", "blast", "denounce", "encourage",
            // stances and intentions, which the same annotation practice counts: "voters want ...", "she declined to comment"
            "want", "decline", "refuse", "plan", "seek", "intend", "support", "oppose", "favor", "favour", "prefer");

    /** Cues that take the addressee as object before the content ("told reporters that ..."). */
    private static final Set<String> ADDRESSEE = Set.of("tell", "assure", "inform", "remind", "warn", "ask", "promise");

    /** Auxiliaries and adverbs allowed between a subject and its cue verb ("has also said", "would later claim"). */
    private static final Set<String> BETWEEN = Set.copyOf(java.util.List.of("has", "have", "had", "is", "are", "was", "were", "will", "would",
            "also", "again", "later", "then", "previously", "repeatedly", "publicly", "privately", "recently", "once",
            "has", "did", "does", "do", "had", "may", "might", "could", "can", "should", "must", "n't", "not", "never",
            "already", "often", "frequently", "just", "even", "still", "reportedly", "quickly", "flatly", "falsely",
            "long", "first", "ve", "'s", "’s", "'ve", "’ve", "'d", "’d"));

    /**
     * One finding: speaker tokens (null when unknown), the cue token, and the content's character span;
     * {@code nested} when it was found inside another speaker's words ("X noted that the agency announced ...").
     */
    record Found(Phrases.Span speaker, int cue, String cueText, int begin, int end, boolean nested) {
        Found(Phrases.Span speaker, int cue, String cueText, int begin, int end) {
            this(speaker, cue, cueText, begin, end, false);
        }
    }

    static List<Found> find(SentenceView v, List<QuoteSpan> quotes) {
        List<Found> out = new ArrayList<>();
        boolean[] quoted = quotedTokens(v, quotes);
        accordingTo(v, out);
        headline(v, out);
        askedAbout(v, out);
        for (int i = v.first; i <= v.last(); i++) {
            Token t = v.at(i);
            if (!t.isVerb() || !(CUES.contains(v.lemma(i)) || OBJECT_CUES.contains(v.lemma(i))) || quoted[i - v.first]) continue;
            int cue = i;
            if (out.stream().anyMatch(f -> f.cue() == cue)) continue;
            Found f = trailing(v, i);
            if (f == null) f = leading(v, i);
            if (f == null) f = participle(v, i);
            if (f != null) out.add(f);
        }
        // a speaker inside quotation marks is the quoted person's words, and "me"/"him" is never the one speaking
        out.removeIf(f -> f.speaker() != null && (quoted[f.speaker().end() - v.first] || OBJECT_PRONOUNS.contains(v.lower(f.speaker().end()))));
        out.removeIf(f -> f.end() - f.begin() < 2 || mostlyQuoted(f.begin(), f.end(), quotes, v));
        // "... but on Tuesday wrote that ...": the content stands, but a date is not who speaks
        out.replaceAll(f -> f.speaker() != null && isTime(v.at(f.speaker().end()))
                ? new Found(null, f.cue(), f.cueText(), f.begin(), f.end(), f.nested()) : f);
        // the same content found twice (a cue inside another's content): keep the earlier cue, unless the
        // later one has its own speaker after the earlier cue ("Video shows X, but Shelby said Y"): then the
        // earlier content ends where the later attribution starts
        List<Found> kept = new ArrayList<>();
        for (Found f : out) {
            int outer = -1;
            for (int j = 0; j < kept.size(); j++) {
                Found k = kept.get(j);
                if (k.begin() <= f.begin() && f.end() <= k.end() && cueTokenIn(v, k, f.cue())) outer = j;
            }
            if (outer < 0) {
                kept.add(f);
                continue;
            }
            Found k = kept.get(outer);
            int from = f.speaker() != null && f.speaker().start() > k.cue() ? f.speaker().start() : -1;
            // "Clinton attacked Trump, saying ..." / "announced X and said Y": the same speaker's second cue
            if (from < 0 && f.cue() > k.cue() + 1 && Regex.matches(v.lower(f.cue() - 1), ",|and|—|–|--")) from = f.cue();
            if (from < 0 || v.at(from).begin() < k.begin()) continue;
            int end = from - 1;
            while (end > k.cue() && (Regex.matches(v.at(end).pos(), "[.:,]|CC") || v.lower(end).equals("—"))) end--;
            if (end <= k.cue() || v.at(end).end() <= k.begin()) continue;
            kept.set(outer, new Found(k.speaker(), k.cue(), k.cueText(), k.begin(), v.at(end).end(), k.nested()));
            kept.add(new Found(f.speaker(), f.cue(), f.cueText(), f.begin(), f.end(), true));
        }
        return kept;
    }

    /** Never the one speaking in news prose: objects ("told me") and the reader ("you"). */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "her", "us", "them", "you");

    /**
     * Tokens inside quotation marks: inside the analysis' quote spans, or between an opening and a
     * closing mark as tagged (also the '' ... '' of some news archives, which have no quote spans).
     */
    static boolean[] quotedTokens(SentenceView v, List<QuoteSpan> quotes) {
        boolean[] in = new boolean[v.tokens.size()];
        boolean toggled = false;
        for (int k = 0; k < in.length; k++) {
            Token t = v.tokens.get(k);
            boolean mark = t.pos().equals("``") || t.pos().equals("''");
            boolean opening = mark && opens(v, t);
            if (opening) toggled = true;
            boolean inSpan = false;
            for (QuoteSpan q : quotes) if (q.begin() <= t.begin() && t.end() <= q.end()) { inSpan = true; break; }
            in[k] = inSpan || toggled || mark;
            if (mark && !opening) toggled = false;
        }
        return in;
    }

    /**
     * Whether a quotation mark opens: curly marks say so themselves; a straight or doubled mark
     * opens when it follows a space (or starts the text) and is followed by a word — the tagger's
     * guess is wrong too often when a sentence split puts a closing mark first.
     */
    private static boolean opens(SentenceView v, Token t) {
        String w = t.text();
        if (w.equals("“") || w.equals("‘")) return true;
        if (w.equals("”") || w.equals("’")) return false;
        String text = v.article.article().text();
        boolean spaceBefore = t.begin() == 0 || Character.isWhitespace(text.charAt(t.begin() - 1)) || text.charAt(t.begin() - 1) == '(';
        boolean wordAfter = t.end() < text.length() && !Character.isWhitespace(text.charAt(t.end()));
        return spaceBefore && wordAfter;
    }

    private static boolean cueTokenIn(SentenceView v, Found outer, int cue) {
        return v.at(cue).begin() >= outer.begin() && v.at(cue).end() <= outer.end();
    }

    /** "X said (that) CLAUSE": the cue's subject before it, the content after it. */
    private static Found leading(SentenceView v, int i) {
        Token t = v.at(i);
        String pos = t.pos();
        int s = i - 1;
        boolean perfect = false, progressive = false;
        while (v.at(s) != null && (BETWEEN.contains(v.lower(s)) || v.at(s).pos().startsWith("RB") || v.at(s).pos().equals("MD"))) {
            String w = v.lemma(s);
            if (w.equals("have")) perfect = true;
            if (w.equals("be")) progressive = true;
            s--;
        }
        boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")
                || (pos.equals("VBN") && perfect) || (pos.equals("VBG") && progressive) || (pos.equals("VB") && s < i - 1);
        if (!finite) return null;
        if (pos.equals("VBN") && !perfect) return null;
        Phrases.Span subject = subjectEndingAt(v, s);
        if (subject == null && (v.lower(s).equals("and") || v.lower(s).equals("but"))) {
            // "Mrs. Clinton shook her head and said ...": the subject that opens the sentence
            Phrases.Span first = Phrases.after(v, v.first);
            if (first != null && first.end() < s && (v.at(first.end()).isNoun() || v.at(first.end()).pos().equals("PRP"))) subject = first;
        }
        if (subject == null) return null;
        if (OBJECT_CUES.contains(v.lemma(i))) {
            int k = i + 1;
            while (v.at(k) != null && (v.at(k).pos().startsWith("RB") || v.at(k).pos().equals("RP"))) k++;
            if (v.at(k) == null || !(v.at(k).isNoun() || Regex.matches(v.at(k).pos(), "PRP\\$?|DT|JJ.*|CD|``|TO"))) return null;
            if (v.lower(k).equals("for") || v.lower(k).equals("on")) return null;
            int end = contentEnd(v, k);
            if (end < 0 || end - k < 1) return null;
            return new Found(subject, i, v.at(i).text(), v.at(k).begin(), v.at(end).end());
        }
        int k = afterCue(v, i);
        if (k < 0) return null;
        int end = contentEnd(v, k);
        if (end < 0 || !clause(v, k, end)) return null;
        return new Found(subject, i, v.at(i).text(), v.at(k).begin(), v.at(end).end());
    }

    /** The noun phrase (or pronoun) ending at token s, skipping an apposition or relative clause set off by commas. */
    static Phrases.Span subjectEndingAt(SentenceView v, int s) {
        Token last = v.at(s);
        if (last == null) return null;
        if (last.pos().equals("WP") || last.pos().equals("WDT")) {
            // "the official who said ..." → "the official"
            int p = s - 1;
            if (v.lower(p).equals(",")) p--;
            return Phrases.before(v, p + 1);
        }
        if (last.text().equals(",")) {
            // "Trump, the Republican nominee, said ..." / "Jane Roe, 27, a teacher in Ohio, said ...":
            // the phrase before the first comma of the chain, where a clause can start
            Phrases.Span nearest = null;
            for (int p = s - 1; p >= v.first && p >= s - 30; p--) {
                if (!v.lower(p).equals(",")) continue;
                Phrases.Span np = Phrases.before(v, p);
                if (np == null || !(v.at(np.end()).isNoun() || v.at(np.end()).pos().equals("PRP"))) continue;
                if (nearest == null) nearest = np;
                if (np.start() == v.first || Regex.matches(v.lower(np.start() - 1), ",|''|”|:|and|but|``|“")) return np;
            }
            return nearest;
        }
        Phrases.Span np = Phrases.before(v, s + 1);
        if (np == null) return null;

        // a subject starts the clause: the token before it is not a verb or preposition ("supporters of Trump said" is fine)
        return np;
    }

    /**
     * The first token of the content after a cue: skips the addressee of "tell", a particle ("point out"),
     * adverbs, time words and a short "in a statement"/"on Twitter" phrase, then a colon or comma.
     * Content starts at "that", "if", "whether", or any other clause start. -1 when nothing follows.
     */
    private static int afterCue(SentenceView v, int i) {
        int k = i + 1;
        if (ADDRESSEE.contains(v.lemma(i))) {
            Phrases.Span obj = Phrases.after(v, k);
            if (obj != null && !v.lower(obj.start()).equals("that")) k = obj.end() + 1;
        }
        for (int guard = 0; guard < 12 && v.at(k) != null; guard++) {
            Token t = v.at(k);
            String w = t.lower();
            if (t.pos().equals("RP") || t.pos().startsWith("RB") && !w.equals("not") || isTime(t)) {
                k++;
            } else if ((w.equals("in") || w.equals("on") || w.equals("at") || w.equals("during") || w.equals("to")
                    || w.equals("via") || w.equals("through") || w.equals("after") || w.equals("before")) && shortPhraseThen(v, k)) {
                k = skipPhrase(v, k);
            } else {
                break;
            }
        }
        if (v.lower(k).equals(":") || v.lower(k).equals(",") || v.lower(k).equals("—") || v.lower(k).equals("--")) k++;
        if (v.at(k) == null) return -1;
        return k;
    }

    private static boolean isTime(Token t) {
        return t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("DURATION");
    }

    /** A preposition starting a short phrase (≤ 6 tokens) that is followed by "that", a comma or a colon. */
    private static boolean shortPhraseThen(SentenceView v, int k) {
        for (int p = k + 1; p <= k + 7 && v.at(p) != null; p++) {
            String w = v.lower(p);
            if (w.equals("that") || w.equals(",") || w.equals(":")) return p > k + 1;
            if (v.at(p).isVerb() || w.equals("“") || w.equals("\"") || w.equals("``")) return false;
        }
        return false;
    }

    private static int skipPhrase(SentenceView v, int k) {
        int p = k + 1;
        while (v.at(p) != null && !v.lower(p).equals("that") && !v.lower(p).equals(",") && !v.lower(p).equals(":")) p++;
        return p;
    }

    /** The last content token: the sentence end without its final punctuation (a closing quote mark is kept). */
    private static int contentEnd(SentenceView v, int k) {
        int end = v.last();
        while (end >= k && Regex.matches(v.at(end).pos(), "[.:,]|-RRB-") && !closingQuote(v, end)) end--;
        if (end > k && closingQuote(v, end) && v.at(end - 1).pos().equals(".")) {
            return end; // ... the guts to talk about it.”
        }
        return end < k ? -1 : end;
    }

    private static boolean closingQuote(SentenceView v, int i) {
        if (v.at(i) == null) return false;
        String w = v.at(i).text();
        return w.equals("”") || w.equals("''") || w.equals("\"") || w.equals("’");
    }

    /** Content worth reporting: at least three tokens and a verb, or a question/quotation (whether, if). */
    private static boolean clause(SentenceView v, int k, int end) {
        if (end - k < 2) return false;
        for (int p = k; p <= end; p++) if (v.at(p).isVerb() || v.at(p).pos().equals("MD")) return true;
        return false;
    }

    /** "CLAUSE, X said." / "CLAUSE, said X." / "CLAUSE, X said Friday in a statement." */
    private static Found trailing(SentenceView v, int i) {
        String pos = v.at(i).pos();
        if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))) return null;
        // what follows the cue must be the end of the sentence (time words, a short phrase, an addressee)
        int after = i + 1;
        Phrases.Span subjectAfter = null;
        int comma = -1;
        Phrases.Span subjectBefore = null;
        int s = i - 1;
        while (v.at(s) != null && (v.at(s).pos().startsWith("RB") || BETWEEN.contains(v.lower(s)))) s--;
        Phrases.Span apposed = v.lower(s).equals(",") ? subjectEndingAt(v, s) : null;
        if (apposed != null && Regex.matches(v.lower(apposed.start() - 1), ",|''|”")) {
            // "..., Flynn, a top surrogate, said Thursday."
            subjectBefore = apposed;
            comma = apposed.start() - 1;
            if (closingQuote(v, comma) && v.lower(comma - 1).equals(",")) comma--;
        } else if (v.lower(s).equals(",") || v.lower(s).equals("”") || v.lower(s).equals("''")) {
            // ", said X"
            subjectAfter = Phrases.after(v, after);
            if (subjectAfter == null || isTime(v.at(subjectAfter.end()))) return null;
            // "..., said McConnell's trip was ...": the phrase after the cue is the subject of its content
            if (v.at(subjectAfter.end() + 1) != null && Regex.matches(v.at(subjectAfter.end() + 1).pos(), "VBD|VBZ|VBP|MD")) return null;
            after = subjectAfter.end() + 1;
            comma = s;
        } else {
            subjectBefore = subjectEndingAt(v, s);
            if (subjectBefore == null) return null;
            comma = subjectBefore.start() - 1;
            // ",'' Mr. Burman said" / ",” she said": a closing mark after the comma
            if (closingQuote(v, comma) && v.lower(comma - 1).equals(",")) comma--;
            if (!v.lower(comma).equals(",")) return null;
        }
        if (subjectBefore != null && !restIsTail(v, after, v.lemma(i))) return null;
        int end = comma - 1;
        while (end >= v.first && (Regex.matches(v.at(end).pos(), "[.:,]") || v.lower(end).equals("—"))) end--;
        int start = v.first;
        // a sentence opening on a quote mark: the content is a direct quotation, left to the quote rules
        if (end - start < 2 || !clause(v, start, end)) return null;
        return new Found(subjectBefore != null ? subjectBefore : subjectAfter, i, v.at(i).text(), v.at(start).begin(), v.at(end).end());
    }

    /** Whether tokens from k to the sentence end are only time words, adverbs, a short phrase and final punctuation. */
    private static boolean restIsTail(SentenceView v, int k, String cue) {
        int p = k;
        if (ADDRESSEE.contains(cue)) {
            Phrases.Span obj = Phrases.after(v, p);
            if (obj != null) p = obj.end() + 1;
        }
        int words = 0;
        for (; v.at(p) != null; p++) {
            Token t = v.at(p);
            // another quotation follows (", she said. “...”" in one sentence): it continues the content
            if (p > k && (t.text().equals("“") || t.text().equals("``")) ) return true;
            if ((t.text().equals("''") || t.text().equals("\"")) && p > k && Regex.matches(v.at(p - 1).pos(), "[.:,]")) return true;
            if (Regex.matches(t.pos(), "[.:,]|``|''") || closingQuote(v, p)) continue;
            if (t.isVerb() || t.pos().equals("MD") || t.lower().equals("that")) return false;
            if (++words > 8) return false;
        }
        return true;
    }

    /** Things that carry words but do not speak: "Trump issued a statement saying ..." is Trump speaking. */
    static final Set<String> MESSAGES = Set.of("statement", "tweet", "post", "email", "e-mail", "letter", "interview",
            "release", "message", "video", "speech", "remark", "note", "memo", "op-ed", "column", "ad", "advertisement");

    /**
     * For a phrase naming a message ("a statement"), the subject of the verb it is the object of
     * ("Trump issued a statement" → "Trump"); the phrase itself otherwise.
     */
    static Phrases.Span behindMessage(SentenceView v, Phrases.Span np) {
        if (np == null || !MESSAGES.contains(v.lemma(np.end()))) return np;
        int k = np.start() - 1;
        if (v.at(k) == null || !v.at(k).isVerb()) return np;
        int s = k - 1;
        while (v.at(s) != null && (BETWEEN.contains(v.lower(s)) || v.at(s).pos().startsWith("RB"))) s--;
        Phrases.Span subject = subjectEndingAt(v, s);
        return subject == null ? np : subject;
    }

    /** "..., saying CLAUSE" / "..., adding that ...": the speaker is the subject that opens the sentence. */
    private static Found participle(SentenceView v, int i) {
        if (!v.at(i).pos().equals("VBG")) return null;
        if (!Regex.matches(v.lower(i - 1), ",|—|–|--")) {
            // "Trump issued a statement saying that ..."
            Phrases.Span message = Phrases.before(v, i);
            Phrases.Span speaker = behindMessage(v, message);
            if (message == null || speaker == message) return null;
            int k = afterCue(v, i);
            if (k < 0) return null;
            int end = contentEnd(v, k);
            if (end < 0 || !clause(v, k, end)) return null;
            return new Found(speaker, i, v.at(i).text(), v.at(k).begin(), v.at(end).end());
        }
        Phrases.Span subject = Phrases.after(v, v.first);
        if (subject == null || subject.end() >= i) return null;
        int k = afterCue(v, i);
        if (k < 0) return null;
        int end = contentEnd(v, k);
        if (end < 0 || !clause(v, k, end)) return null;
        return new Found(subject, i, v.at(i).text(), v.at(k).begin(), v.at(end).end());
    }

    /** "Sanders: Clinton email story has moved" — a proper name and a colon opening a sentence (headline style). */
    private static void headline(SentenceView v, List<Found> out) {
        int k = v.first;
        while (v.at(k) != null && Regex.matches(v.at(k).pos(), "NNPS?|POS") && k - v.first < 5) k++;
        if (k == v.first || !v.lower(k).equals(":") || v.last() - k < 3) return;
        int end = contentEnd(v, k + 1);
        if (end < 0) return;
        out.add(new Found(new Phrases.Span(v.first, k - 1), k, ":", v.at(k + 1).begin(), v.at(end).end()));
    }

    /**
     * "Asked whether the plan would survive, the mayor said ...": the question put to the speaker is
     * an attribution of its own (the asker unnamed), from the question word to the comma.
     */
    private static void askedAbout(SentenceView v, List<Found> out) {
        int i = v.first;
        if (v.at(i) == null || !v.lower(i).equals("asked")) return;
        int k = i + 1;
        while (v.at(k) != null && v.at(k).pos().startsWith("RB")) k++;
        if (v.at(k) == null || !Regex.matches(v.lower(k), "about|whether|if|what|why|how|who|when|where|which|to")) return;
        int comma = k + 1;
        while (v.at(comma) != null && !v.lower(comma).equals(",")) comma++;
        if (v.at(comma) == null || comma - k < 3) return;
        out.add(new Found(null, i, v.at(i).text(), v.at(k).begin(), v.at(comma - 1).end()));
    }

    /** "according to X, CLAUSE" and "CLAUSE, according to X." */
    private static void accordingTo(SentenceView v, List<Found> out) {
        for (int i = v.first; i < v.last(); i++) {
            if (!v.lower(i).equals("according") || !v.lower(i + 1).equals("to")) continue;
            Phrases.Span who = Phrases.after(v, i + 2);
            if (who == null) continue;
            int afterWho = who.end() + 1;
            // "according to a report by the agency" → extend over "of/by/from X"
            while (v.at(afterWho) != null && v.at(afterWho).pos().equals("IN") && !v.lower(afterWho).equals("that")) {
                Phrases.Span more = Phrases.after(v, afterWho + 1);
                if (more == null) break;
                afterWho = more.end() + 1;
            }
            if (i == v.first || (i == v.first + 1 && v.at(v.first).pos().equals("CC"))) {
                // according to X, CLAUSE
                int k = v.lower(afterWho).equals(",") ? afterWho + 1 : afterWho;
                if (v.at(k) == null) continue;
                int end = contentEnd(v, k);
                if (end >= 0 && clause(v, k, end)) out.add(new Found(who, i, "according to", v.at(k).begin(), v.at(end).end()));
            } else if (v.lower(i - 1).equals(",") || restIsTail(v, afterWho, "according")) {
                int end = i - 1;
                while (end >= v.first && Regex.matches(v.at(end).pos(), "[.:,]")) end--;
                int start = v.first;
                // "..., according to X, ..." in mid-sentence: content is the clause before
                if (end >= start && clause(v, start, end)) out.add(new Found(who, i, "according to", v.at(start).begin(), v.at(end).end()));
            }
        }
    }

    /** Whether most of [begin, end) lies inside direct quotations. */
    private static boolean mostlyQuoted(int begin, int end, List<QuoteSpan> quotes, SentenceView v) {
        int inside = 0;
        for (QuoteSpan q : quotes) inside += Math.max(0, Math.min(end, q.end()) - Math.max(begin, q.begin()));
        return inside >= 0.8 * (end - begin);
    }
}
