package dev.triangulate.reconcile.internal;

import dev.triangulate.model.Article;
import dev.triangulate.model.Claim;
import dev.triangulate.model.Fact;
import dev.triangulate.model.FactStatus;
import dev.triangulate.model.FactValue;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;
import dev.triangulate.model.SourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Aligns claims on (subject, slot), groups equal values, and gives each fact its status:
 * conflicting values are a development when every conflicting pair is separated in
 * publication time and the slot can change (a toll), otherwise a dispute; without conflict a
 * fact is corroborated by two or more independent sources, else single-source.
 */
public final class FactBuilder {
    private FactBuilder() {}

    /** A claim with the article it came from, its subject already canonical. */
    public record Located(Claim claim, String subject, String value, Article article, String source) {}

    /** The facts of a story's claims; {@code mentions} counts the story's reports that name a place or a day. */
    public static List<Fact> build(List<Located> input, ValueMentions mentions) {
        List<Located> claims = MultiValueMerger.merge(input);
        Map<String, List<Located>> bySlot = new LinkedHashMap<>();
        for (Located c : claims) {
            String key = c.subject() + "\u0000" + c.claim().slot();
            if (!c.claim().slot().singleValued()) key += "\u0000" + c.value().toLowerCase(Locale.ROOT);
            bySlot.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<Fact> facts = new ArrayList<>();
        for (List<Located> group : bySlot.values()) facts.add(fact(group, mentions));
        facts.sort(Comparator.comparing((Fact f) -> subjectRank(f.subject())).thenComparing(Fact::subject)
                .thenComparing(Fact::slot).thenComparing(f -> f.values().get(0).value()));
        return facts;
    }

    private static int subjectRank(String s) {
        return switch (s) {
            case Claim.INCIDENT -> 0;
            case Claim.VICTIM -> 1;
            case Claim.PERPETRATOR -> 2;
            default -> 3;
        };
    }

    private static Fact fact(List<Located> group, ValueMentions mentions) {
        Located first = group.get(0);
        Slot slot = first.claim().slot();
        Map<String, List<Located>> byValue = new LinkedHashMap<>();
        for (Located c : group) {
            String key = c.value().toLowerCase(Locale.ROOT) + "\u0000" + qualifier(c);
            byValue.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<FactValue> values = new ArrayList<>();
        List<List<Located>> groups = new ArrayList<>(byValue.values());
        groups.sort(Comparator.comparing((List<Located> g) -> earliest(g), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(g -> g.get(0).value()));
        for (List<Located> g : groups) {
            String value = g.get(0).value();
            values.add(new FactValue(value, qualifier(g.get(0)), g.stream().map(FactBuilder::ref).toList(),
                    mentions.reportsNaming(slot, value), mentions.timesNamed(slot, value)));
        }
        return new Fact(first.subject(), slot, values, status(slot, groups));
    }

    private static Qualifier qualifier(Located c) {
        return c.claim().qualifier() == null ? Qualifier.EXACT : c.claim().qualifier();
    }

    private static SourceRef ref(Located c) {
        var e = c.claim().evidence();
        return new SourceRef(c.article().id(), c.article().outletOrUnknown(), c.source(), c.article().published(),
                e.sentence(), e.sentenceBegin(), e.begin(), e.end(), c.claim().hedge(), c.claim().attribution());
    }

    static FactStatus status(Slot slot, List<List<Located>> groups) {
        boolean conflict = false;
        boolean allSeparated = true;
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                Located a = groups.get(i).get(0), b = groups.get(j).get(0);
                if (ValueCompatibility.compatible(slot, a.value(), qualifier(a), b.value(), qualifier(b))) continue;
                conflict = true;
                if (!separated(groups.get(i), groups.get(j))) allSeparated = false;
            }
        }
        if (conflict) {
            return allSeparated && ValueCompatibility.canDevelop(slot) ? FactStatus.DEVELOPING : FactStatus.DISPUTED;
        }
        long sources = groups.stream().flatMap(List::stream).map(Located::source).distinct().count();
        return sources >= 2 ? FactStatus.CORROBORATED : FactStatus.SINGLE_SOURCE;
    }

    /** All reports of one value precede all reports of the other (times known). */
    private static boolean separated(List<Located> a, List<Located> b) {
        Instant aMin = earliest(a), aMax = latest(a), bMin = earliest(b), bMax = latest(b);
        if (aMin == null || bMin == null || a.stream().anyMatch(c -> c.article().published() == null)
                || b.stream().anyMatch(c -> c.article().published() == null)) return false;
        if (!aMax.isBefore(bMin) && !bMax.isBefore(aMin)) return false;
        // a count told weeks later (a trial, an anniversary) recalls the event, often in part: no development
        Instant first = aMin.isBefore(bMin) ? aMin : bMin, last = aMax.isAfter(bMax) ? aMax : bMax;
        return java.time.Duration.between(first, last).compareTo(DEVELOPMENT_WINDOW) <= 0;
    }

    /** How long after the first report a changed count still reads as the story developing. */
    private static final java.time.Duration DEVELOPMENT_WINDOW = java.time.Duration.ofDays(3);

    private static Instant earliest(List<Located> g) {
        return g.stream().map(c -> c.article().published()).filter(t -> t != null).min(Comparator.naturalOrder()).orElse(null);
    }

    private static Instant latest(List<Located> g) {
        return g.stream().map(c -> c.article().published()).filter(t -> t != null).max(Comparator.naturalOrder()).orElse(null);
    }
}
