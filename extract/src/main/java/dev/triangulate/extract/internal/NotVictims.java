package dev.triangulate.extract.internal;

import dev.triangulate.model.Claim;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article-wide passes that take names out of the victims once every sentence is read: gunmen and
 * suspects, people shot by police, the article's own speakers, rosters of many incidents, victims of
 * another day's incident, and lone names no report completes. The per-sentence rules that put names
 * in are {@link VictimListRule} and its siblings.
 */
final class NotVictims {
    private NotVictims() {}

    /**
     * A gunman killed by police is not one of the incident's victims: names the article calls the
     * gunman or suspect (role, "the suspect, X", the incident's perpetrator) or reports arrested
     * or charged leave the victim list (their fate claims stay).
     */
    static void dropPerpetrators(ArticleContext ctx) {
        Set<String> perpetrators = new java.util.HashSet<>();
        Set<String> dead = new java.util.HashSet<>();
        Set<String> unstated = new java.util.HashSet<>(); // arrested through a pronoun: "he was arrested"
        for (Claim c : ctx.claims) if (c.slot() == Slot.FATE && c.value().equals("killed")) dead.add(c.subject());
        for (Claim c : ctx.claims) {
            // charged, indicted, sentenced: only someone named in that very statement (a "he" may be resolved to
            // the wrong person) and not someone the article reports killed
            if (c.slot() == Slot.FATE && c.value().equals("charged")) {
                String[] words = c.subject().split("\\s+");
                if (!dead.contains(c.subject()) && c.evidence().span().contains(words[words.length - 1])) perpetrators.add(c.subject());
                continue;
            }
            boolean perpetratorRole = c.slot() == Slot.ROLE
                    && java.util.Arrays.stream(c.value().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")).anyMatch(Lexicon.PERPETRATOR::contains);
            if (perpetratorRole
                    || c.subject().equals(Claim.INCIDENT) && c.slot() == Slot.PERPETRATOR
                    || c.slot() == Slot.FATE && c.value().equals("arrested")) {
                perpetrators.add(c.slot() == Slot.PERPETRATOR ? c.value() : c.subject());
                String[] words = c.subject().split("\\s+");
                if (c.slot() == Slot.FATE && !c.evidence().span().contains(words[words.length - 1])) unstated.add(c.subject());
            }
        }
        ctx.personByRole.forEach((role, person) -> { if (Lexicon.PERPETRATOR.contains(role)) perpetrators.add(person); });
        // "gunman Ivo Brandt", "the suspect, Ivo Brandt,", "Ivo Brandt, the shooter"
        var tokens = ctx.article.tokens();
        for (var e : ctx.article.entities()) {
            if (e.type() != EntityType.PERSON) continue;
            int b = e.firstToken() - 1;
            if (b >= 0 && tokens.get(b).text().equals(",")) b--;
            int a = e.lastToken() + 1;
            if (a < tokens.size() && tokens.get(a).text().equals(",")) a++;
            while (a < tokens.size() && Regex.matches(tokens.get(a).pos(), "DT|JJ")) a++;
            if (b >= 0 && Lexicon.PERPETRATOR.contains(tokens.get(b).lower())
                    || a < tokens.size() && a > e.lastToken() + 1 && Lexicon.PERPETRATOR.contains(tokens.get(a).lower())) {
                perpetrators.add(e.text().replaceAll("['’]s$", ""));
            }
        }
        shooters(ctx, perpetrators);
        shotByPolice(ctx, perpetrators);
        fullNames(ctx, perpetrators, unstated, dead);
        if (perpetrators.isEmpty()) return;
        // a lone surname refers back to the perpetrator of that name unless a victim with a full name shares it
        Set<String> victimSurnames = new java.util.HashSet<>();
        for (Claim c : ctx.claims) {
            String[] w = c.value().strip().split("\\s+");
            if (c.subject().equals(Claim.INCIDENT) && c.slot() == Slot.VICTIM && w.length > 1
                    && perpetrators.stream().noneMatch(p -> samePerson(p, c.value()))) victimSurnames.add(w[w.length - 1]);
        }
        ctx.claims.removeIf(c -> c.subject().equals(Claim.INCIDENT) && c.slot() == Slot.VICTIM
                && perpetrators.stream().anyMatch(p -> samePerson(p, c.value())
                        || !c.value().strip().contains(" ") && !victimSurnames.contains(c.value().strip()) && p.strip().endsWith(" " + c.value().strip())));
    }

    /**
     * "Authorities identified the man as Sammy D." ... "Duran, 32, shot at the deputies": a lone surname the article states as a
     * perpetrator is the one person of that surname it names in full; with two ("Casey shot his wife, Jacqueline Casey") it stays
     * a surname, which may be a relative's. Not someone the article reports killed: "Lewis has been arrested before" is the
     * dead man's record.
     */
    private static void fullNames(ArticleContext ctx, Set<String> perpetrators, Set<String> unstated, Set<String> dead) {
        for (String p : Set.copyOf(perpetrators)) {
            if (p.strip().contains(" ") || unstated.contains(p)) continue;
            List<String> full = new ArrayList<>();
            for (var e : ctx.article.entities()) {
                if (e.type() != EntityType.PERSON) continue;
                String name = dev.triangulate.model.PersonNames.trim(e.text().replaceAll("['’]s$", ""));
                if (!name.endsWith(" " + p.strip()) || !dev.triangulate.model.PersonNames.plausible(name)) continue;
                if (full.stream().noneMatch(f -> samePerson(f, name))) full.add(name);
            }
            if (full.size() == 1 && dead.stream().noneMatch(d -> samePerson(d, full.get(0)))) perpetrators.add(full.get(0));
        }
    }

    private static final String LAW_OFFICERS = "(police|officers?|deput(y|ies)|troopers?|agents?|marshals?|snipers?|swat|constables?|law enforcement)";

    /**
     * "Richard R., an 18-year-old man, was fatally shot by Los Angeles police officers", "Courtney T. was injured after being
     * shot by a sheriff's deputy": whom the police shot is the record's suspect, not its victim; not one shot by
     * mistake or by a stray bullet.
     */
    private static void shotByPolice(ArticleContext ctx, Set<String> perpetrators) {
        for (Claim c : ctx.claims) {
            if (c.slot() != Slot.FATE || !Set.of("killed", "injured", "shot").contains(c.value()) || c.subject().equals(Claim.INCIDENT)) continue;
            String sentence = c.evidence().sentence();
            if (Regex.matches(sentence.toLowerCase(java.util.Locale.ROOT), ".*\\b(accident\\w*|mistaken\\w*|stray)\\b.*")) continue;
            Pattern byPolice = Pattern.compile("\\b" + Pattern.quote(c.subject()) + "\\b(?:,[^,]{1,60},)?\\s+(?:was|were|had been|has been)\\s+(?:\\w+\\s+){0,2}"
                    + "(?:shot|killed|wounded|struck|hit|injured)\\b[^.;]{0,40}?\\bby\\s+(?:[\\w'’-]+\\s+){0,5}?" + LAW_OFFICERS + "\\b", Pattern.CASE_INSENSITIVE);
            if (byPolice.matcher(sentence).find()) perpetrators.add(c.subject());
        }
    }

    /** Verbs whose named subject fired at someone: "Moran gunned down Strickland", "Collins shot her and then himself". */
    private static final Set<String> SHOOTER_VERBS = Set.of("shoot", "kill", "murder", "gun", "stab", "ambush");

    /**
     * The people the article says fired at someone else: the named subject of an active shooting
     * verb ("Police said Moran gunned down Strickland", "Jakairion S., 16, shot him", "Collins shot
     * her and then himself" — a murder-suicide's shooter is no victim either), and a gunman
     * "identified as" someone ("the shooter, identified as Anthony G."). "X shot himself" alone is
     * no shooting of someone else.
     */
    private static void shooters(ArticleContext ctx, Set<String> perpetrators) {
        var tokens = ctx.article.tokens();
        for (var e : ctx.article.entities()) {
            if (e.type() != EntityType.PERSON) continue;
            int k = e.lastToken() + 1;
            // ", 16," after the name
            if (k + 2 < tokens.size() && tokens.get(k).text().equals(",") && tokens.get(k + 1).pos().equals("CD")
                    && tokens.get(k + 2).text().equals(",")) k += 3;
            // ", also 23," after the name
            if (k + 3 < tokens.size() && tokens.get(k).text().equals(",") && tokens.get(k + 1).pos().startsWith("RB")
                    && tokens.get(k + 2).pos().equals("CD") && tokens.get(k + 3).text().equals(",")) k += 4;
            // "had shot him": an auxiliary before the verb
            while (k < tokens.size() && (tokens.get(k).pos().startsWith("RB") || Regex.matches(tokens.get(k).lower(), "had|has|have"))) k++;
            if (k + 1 >= tokens.size()) continue;
            var verb = tokens.get(k);
            String lemma = verb.lemma().toLowerCase(java.util.Locale.ROOT);
            // a past participle right after the subject is the tagger's reading of a past tense ("Moreno, 31, gunned down"); the
            // object test below tells it from a reduced relative ("Hill shot to death")
            boolean active = Regex.matches(verb.pos(), "VBD|VBZ|VBP|VBN") && SHOOTER_VERBS.contains(lemma);
            String next = tokens.get(k + 1).lower();
            if (lemma.equals("gun") && !next.equals("down")) continue;
            // an object must follow ("shot her", "killed his wife", "shot and killed", "shot at"); "X shot to death" is passive
            var after = tokens.get(k + 1);
            boolean object = lemma.equals("gun") || Regex.matches(after.pos(), "DT|PRP\\$|NNP|CD") || after.pos().equals("PRP") && !Regex.matches(next, "himself|herself|themselves")
                    || next.equals("at") || next.equals("and") && k + 2 < tokens.size() && SHOOTER_VERBS.contains(tokens.get(k + 2).lemma().toLowerCase(java.util.Locale.ROOT));
            if (active && object) perpetrators.add(e.text().replaceAll("['’]s$", ""));
            // "opened fire"
            if (lemma.equals("open") && Regex.matches(verb.pos(), "VBD|VBZ|VBP") && next.equals("fire")) perpetrators.add(e.text().replaceAll("['’]s$", ""));
        }
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (!Lexicon.PERPETRATOR.contains(tokens.get(i).lower())) continue;
            for (int k = i + 1; k <= i + 4 && k + 2 < tokens.size(); k++) {
                if (tokens.get(k).lower().equals("identified") && tokens.get(k + 1).lower().equals("as")) {
                    int at = k + 2;
                    ctx.article.entities().stream().filter(x -> x.type() == EntityType.PERSON && x.firstToken() == at)
                            .findFirst().ifPresent(x -> perpetrators.add(x.text()));
                }
            }
        }
    }

    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b");

    /**
     * "Darnell B., 30, was shot and killed during a robbery on June 20": a victim named only in
     * sentences that date what happened to them to another day (by month and day, more than a day
     * before the article's date, or after its publication: a year the text leaves out) is a victim of
     * an earlier incident the article recalls; a day between the two is a later step of this one.
     */
    static void dropOtherDays(java.util.List<SentenceView> views, ArticleContext ctx) {
        var date = ctx.claims.stream().filter(c -> c.subject().equals(Claim.INCIDENT) && c.slot() == Slot.DATE).findFirst();
        if (date.isEmpty()) return;
        java.time.LocalDate day;
        try {
            day = java.time.LocalDate.parse(date.get().value().substring(0, 10));
        } catch (RuntimeException e) {
            return;
        }
        var stamp = ctx.article.article().published();
        java.time.LocalDate published = stamp == null ? null : stamp.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        java.util.Map<Integer, SentenceView> byIndex = new java.util.HashMap<>();
        for (SentenceView v : views) byIndex.put(v.sentence.index(), v);
        // "Then, on July 12, photographer Wil L. was killed": a pronoun or a role elsewhere ("killed a photographer") that
        // resolved to the same person dates nothing of its own; only the sentences that name the person count
        Set<String> named = new java.util.HashSet<>();
        for (Claim c : ctx.claims) if (c.subject().equals(Claim.INCIDENT) && c.slot() == Slot.VICTIM && namedIn(c.value(), c.evidence().sentence())) named.add(c.value());
        java.util.Map<String, Boolean> elsewhere = new java.util.HashMap<>();
        java.util.Map<String, Integer> firstClaim = new java.util.HashMap<>();
        Set<String> datedToDay = new java.util.HashSet<>();
        for (Claim c : ctx.claims) {
            if (!c.subject().equals(Claim.INCIDENT) || c.slot() != Slot.VICTIM) continue;
            if (named.contains(c.value()) && !namedIn(c.value(), c.evidence().sentence())) continue;
            SentenceView v = byIndex.get(c.evidence().sentenceIndex());
            elsewhere.merge(c.value(), v != null && otherDated(v, day, published), Boolean::logicalAnd);
            firstClaim.merge(c.value(), c.evidence().sentenceIndex(), Math::min);
            if (v != null && v.times.stream().anyMatch(t -> t.value() != null && t.value().startsWith(day.toString()))) datedToDay.add(c.value());
        }
        // "... retaliation for the Sept. 24 killing of Zhivago H." and later "the killing of Hines": a person the article
        // first names, in full, in a sentence dated to another day is of that incident, whatever later sentences say of them
        for (var e : elsewhere.entrySet()) {
            if (e.getValue() || datedToDay.contains(e.getKey())) continue;
            Pattern name = Pattern.compile("(?<!\\p{L})" + Pattern.quote(e.getKey().strip()) + "(?!\\p{L})");
            views.stream().filter(v -> name.matcher(v.sentence.text()).find()).findFirst()
                    .filter(v -> v.sentence.index() < firstClaim.get(e.getKey()) && otherDated(v, day, published))
                    .ifPresent(v -> e.setValue(true));
        }
        ctx.claims.removeIf(c -> c.subject().equals(Claim.INCIDENT) && c.slot() == Slot.VICTIM && elsewhere.getOrDefault(c.value(), false));
    }

    /**
     * A sentence that dates something to another day than the incident's and never to its day; the incident's day as a
     * possessive only refers to it ("On Feb. 6, Marquise H. was shot ... only blocks from Saturday's scene").
     */
    private static boolean otherDated(SentenceView v, java.time.LocalDate day, java.time.LocalDate published) {
        String text = v.article.article().text();
        return v.times.stream().anyMatch(t -> otherDay(t, day, published))
                && v.times.stream().noneMatch(t -> t.value() != null && t.value().startsWith(day.toString())
                        && !(t.text().endsWith("'s") || t.text().endsWith("’s") || text.startsWith("'s", t.end()) || text.startsWith("’s", t.end())));
    }

    private static boolean otherDay(dev.triangulate.model.TimeMention t, java.time.LocalDate day, java.time.LocalDate published) {
        if (!t.dated() || !MONTH_DAY.matcher(t.text()).find()) return false;
        try {
            var d = java.time.LocalDate.parse(t.value().substring(0, 10));
            // a later day up to the publication is what followed the shooting ("where he died at 8:30 p.m. Nov. 13"); a day
            // after the publication is an earlier year's ("killing A and B Sept. 19" read in June)
            if (d.isAfter(day)) return published != null && d.isAfter(published.plusDays(7));
            return java.time.temporal.ChronoUnit.DAYS.between(d, day) > 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * "The child was rushed to the hospital, where he later died": a victim found only through a
     * pronoun or a role ("he", "the teen", "his friend") is a guess at who is meant, wrong more
     * often than right when the article never names that person in a sentence of what befell them;
     * the fate claim stays for the counts, only the name is dropped.
     */
    static void dropUnnamed(ArticleContext ctx) {
        Set<String> named = new java.util.HashSet<>();
        for (Claim c : ctx.claims) if (c.subject().equals(Claim.INCIDENT) && c.slot() == Slot.VICTIM && namedIn(c.value(), c.evidence().sentence())) named.add(c.value());
        ctx.claims.removeIf(c -> c.subject().equals(Claim.INCIDENT) && c.slot() == Slot.VICTIM && !named.contains(c.value()));
    }

    private static boolean namedIn(String name, String sentence) {
        String[] w = name.strip().split("\\s+");
        return sentence.contains(w[w.length - 1]) || sentence.contains(w[0]);
    }

    /** More victim names than this in one article may be a roster of many incidents. */
    private static final int ROSTER_NAMES = 12;

    /**
     * A page that names many more victims than it counts ("Open investigations: ... X was
     * pronounced dead ... Y died an hour later ..." for a year of homicides) lists many incidents,
     * not one; its names say nothing about which belong to the story. A report of a mass shooting
     * gives the count its list adds up to.
     */
    static void dropRosters(ArticleContext ctx) {
        Set<String> victims = new java.util.HashSet<>();
        int killed = 0, injured = 0;
        for (Claim c : ctx.claims) {
            if (!c.subject().equals(Claim.INCIDENT)) continue;
            if (c.slot() == Slot.VICTIM) victims.add(c.value());
            if (c.slot() == Slot.KILLED && Regex.matches(c.value(), "\\d{1,4}")) killed = Math.max(killed, Integer.parseInt(c.value()));
            if (c.slot() == Slot.INJURED && Regex.matches(c.value(), "\\d{1,4}")) injured = Math.max(injured, Integer.parseInt(c.value()));
        }
        if (victims.size() > ROSTER_NAMES && victims.size() > 2 * (killed + injured)) {
            ctx.claims.removeIf(c -> c.subject().equals(Claim.INCIDENT) && c.slot() == Slot.VICTIM);
        }
    }

    /**
     * "..., was also wounded, Jones said": the one who speaks in the stating sentence is reporting
     * the victim, not one of them. Drops a victim claim whose name is the speaker of its own
     * evidence sentence ("Jones said", "said Jones", "Coroner Leon Jones said", "According to Chief Jones, ...").
     */
    static void dropSpeakers(ArticleContext ctx) {
        ctx.claims.removeIf(c -> c.subject().equals(Claim.INCIDENT) && c.slot() == Slot.VICTIM && speaks(c.value(), c.evidence().sentence()));
    }

    /** Whether the name is the speaker of the sentence's closing attribution or of its opening "According to". */
    static boolean speaks(String name, String sentence) {
        String n = Pattern.quote(name.strip());
        // only a closing attribution: a victim may speak ("Barnes says he ..."), and "the coroner says A died" names the victim
        // a title may be abbreviated: ", Sgt. Manny H. said."
        return Pattern.compile("[,”\"]\\s*(?:\\p{L}+\\.?\\s+){0,3}" + n + "\\s+(said|says|told \\S+|added|stated)(\\s+\\p{L}+){0,3}\\W*$")
                .matcher(sentence).find()
                // or an opening one: "According to Canton Police Chief Otha B., a 9-year-old ... was shot"
                || Pattern.compile("^\\W*According to (?:\\p{L}+\\.?\\s+){0,5}" + n + "\\s*,").matcher(sentence).find();
    }

    /** The same full name (middle names aside); a lone surname is not enough: relatives share it. */
    private static boolean samePerson(String a, String b) {
        String[] x = a.strip().split("\\s+"), y = b.strip().split("\\s+");
        if (x.length == 1 || y.length == 1) return a.strip().equalsIgnoreCase(b.strip());
        return x[0].equalsIgnoreCase(y[0]) && x[x.length - 1].equalsIgnoreCase(y[y.length - 1]);
    }
}
