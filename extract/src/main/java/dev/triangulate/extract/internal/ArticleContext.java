package dev.triangulate.extract.internal;

import dev.triangulate.model.PersonNames;
import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.Claim;
import dev.triangulate.model.Evidence;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the rules learn about one article while reading it in order (roles of people, claims so far). */
final class ArticleContext {
    final AnnotatedArticle article;
    final List<Claim> claims = new ArrayList<>();
    /** role head noun (ambassador) → person named with it in this article (Andrey Karlov). */
    final Map<String, String> personByRole = new LinkedHashMap<>();
    private final Set<String> seen = new LinkedHashSet<>();
    final boolean mentionsPerpetrator;
    final Integer publicationYear;
    /** People found with what happened to them, for counts the article does not give with a number. */
    final List<VictimCountRule.Found> victimCounts = new ArrayList<>();
    /** People identified as the victims ("identified as John Doe"). */
    final List<VictimCountRule.Found> identifiedVictims = new ArrayList<>();
    /** Places the event may be in, for the article's place. */
    final List<PlaceRule.Candidate> placeCandidates = new ArrayList<>();
    private java.util.Map<String, Gender.G> genders;

    /** Gender per person's last name, as far as the article tells (see {@link Gender#of(AnnotatedArticle)}). */
    java.util.Map<String, Gender.G> genders() {
        if (genders == null) genders = Gender.of(article);
        return genders;
    }

    /** A claim held back until the article is read: added only when nothing better is found. */
    record Pending(SentenceView view, String value, Evidence evidence) {}

    /** The first event time that names no day ("10 p.m."): the date when no sentence names the day. */
    Pending undatedTime;

    /** The first count of people said to be hurt without a casualty word ("two men with gunshot wounds"). */
    Pending woundedGroup;

    /** The event sentences' day that best dates the event so far (see {@link TimeRule#rank}), and its rank. */
    Pending datedEvent;
    int datedEventRank;

    /** The last person named as a claim subject, for resolving a following "he". */
    String lastPerson;

    /** First sentence of the event segment being read (0 unless the article is a roundup). */
    final int firstSentence;

    ArticleContext(AnnotatedArticle article) {
        this(article, 0);
    }

    ArticleContext(AnnotatedArticle article, int firstSentence) {
        this.article = article;
        this.firstSentence = firstSentence;
        this.mentionsPerpetrator = article.tokens().stream()
                .anyMatch(t -> Lexicon.PERPETRATOR.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)));
        this.publicationYear = article.article().published() == null ? null
                : article.article().published().atZone(java.time.ZoneOffset.UTC).getYear();
    }

    /**
     * A link to another video, led by its running time ("1:03 Deputy Brandon C. funeral held in Olathe"), also after a
     * bar inside a player's run of captions ("... violence | 2:04 President Obama: ...", "Skip in Skip x Embed x Share").
     */
    private static final java.util.regex.Pattern VIDEO_LINK = java.util.regex.Pattern.compile(
            "^\\s*\\d{1,2}:\\d\\d\\s+\\p{Lu}|\\|\\s*\\d{1,2}:\\d\\d\\s+\\p{Lu}|\\bEmbed x Share\\b");

    /** Adds a claim unless the same (subject, slot, value, qualifier) was already stated in the same sentence. */
    void add(SentenceView v, String subject, Slot slot, String value, Qualifier q, Evidence evidence) {
        if (subject == null || value == null || value.isBlank()) return;
        if (Character.isUpperCase(subject.codePointAt(0))) subject = PersonNames.trim(subject);
        if (slot == Slot.VICTIM) {
            value = PersonNames.trim(value);
            if (!PersonNames.plausible(value) || VIDEO_LINK.matcher(evidence.sentence()).find()) return;
            if (Credits.credited(value, evidence.sentence())) return;
            if (PlaceLikeNames.only(value, evidence.sentence())) return;
            if (HeadlineNames.ordinaryWords(value, article.sentences(), article.tokens())) return;
        }
        String key = subject + "|" + slot + "|" + value + "|" + q + "|" + evidence.sentenceIndex();
        if (!seen.add(key)) return;
        // "he died" after "..., Chief Burton said" is the victim, not the official who reports it
        if (Character.isUpperCase(subject.codePointAt(0)) && !(slot == Slot.ROLE && Lexicon.isReportingRole(value))) lastPerson = subject;
        claims.add(new Claim(subject, slot, value, q, v.hedge, v.attribution, evidence));
    }

    boolean hasClaim(Slot slot) {
        return claims.stream().anyMatch(c -> c.slot() == slot);
    }

    /**
     * Whether the article counts someone for the slot: "no one was injured" is often said of a
     * part of the event or of another one ("no one was injured inside", "in this crash"), so the
     * people the article describes as hurt still count beside it.
     */
    boolean hasCount(Slot slot) {
        // "at least one person was hospitalized" is a floor: the people found may count more ("Six shot at nightclub")
        return claims.stream().anyMatch(c -> c.slot() == slot && !c.value().equals("0")
                && c.qualifier() != Qualifier.AT_LEAST && c.qualifier() != Qualifier.MORE_THAN);
    }
}
