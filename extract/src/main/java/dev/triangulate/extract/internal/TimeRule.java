package dev.triangulate.extract.internal;

import dev.triangulate.model.Claim;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;
import dev.triangulate.model.TimeMention;

/**
 * When it happened: a calendar date resolved in the article's event sentences ("Monday
 * evening" → 2016-12-19 given the publication date), and the part of day or clock time when
 * stated. A day said of the shooting itself ("was shot Sunday", "the shooting Sunday") outranks
 * a day of death ("died Monday"), which outranks a day of a later step of the story ("police
 * said Monday", "was arrested Monday", "remains in critical condition Monday"); among equals the
 * first one counts. A day that modifies the shooting ("the Saturday afternoon shooting") is said of it.
 */
final class TimeRule implements ClaimRule {
    @Override
    public void apply(SentenceView v, ArticleContext ctx) {
        if (!EventSentences.isEvent(v, ctx) || v.sentence.index() == 0) return;
        for (TimeMention t : days(v, ctx)) {
            String value = t.value();
            if (!t.dated()) continue;
            if (!t.type().equals("DATE") && !t.type().equals("TIME")) continue;
            // a bare part of day ("night", "the evening") resolves to the publication day, usually wrongly
            String lower = t.text().toLowerCase(java.util.Locale.ROOT);
            // but "this morning", "overnight", "today" are of the publication day, though less sure than any day named (rank -1)
            boolean today = Regex.matches(lower, "(early |late |earlier )?(this (morning|afternoon|evening)|overnight|today|tonight)");
            if (!today && lower.matches(PART_OF_DAY)) continue;
            if (future(value, ctx) || ComingDays.coming(v, t) || stamp(v, t) || birthDate(v, t)) continue;
            var ev = v.evidence(t.firstToken(), t.lastToken());
            if (noDay(t)) {
                // "10 p.m." dates the event only when nothing names its day
                if (ctx.undatedTime == null) ctx.undatedTime = new ArticleContext.Pending(v, undatedDay(t), ev);
            } else {
                int rank = today ? -1 : DayRank.rank(v, t);
                String day = value.substring(0, 10);
                int before = today ? 0 : DaysAfter.before(v, t);
                if (before > 0) { // "died Friday, two days after he was shot": the shooting's day
                    day = java.time.LocalDate.parse(day).minusDays(before).toString();
                    rank = 3;
                }
                if (ctx.datedEvent == null || rank > ctx.datedEventRank) {
                    ctx.datedEvent = new ArticleContext.Pending(v, day, ev);
                    ctx.datedEventRank = rank;
                }
            }
            // a value with a UTC offset comes from a page timestamp ("08:04 -0500"), not from the story
            if (Regex.matches(value, "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?") && !ctx.hasClaim(Slot.TIME)) {
                ctx.add(v, Claim.INCIDENT, Slot.TIME, value.substring(10).replaceFirst("^T", ""), Qualifier.EXACT, ev);
            }
        }
    }

    /**
     * The day of a clock time that names none ("shortly after 10:30 p.m."), resolved to the
     * publication day: a shooting late in the evening is mostly reported the next day, so 10 p.m.
     * or later is the day before; earlier hours (and "after midnight") stay the publication day, and
     * so does a page's time stamp ("May 05, 2016 11:10 PM"), which carries its own day.
     */
    static String undatedDay(TimeMention t) {
        String day = t.value().substring(0, 10);
        var clock = LATE_CLOCK.matcher(t.value().substring(10));
        if (!CLOCK.matcher(t.text().trim()).matches() || !clock.matches() || Integer.parseInt(clock.group(1)) < LATE_EVENING) return day;
        return java.time.LocalDate.parse(day).minusDays(1).toString();
    }

    /** The hour from which an undated clock time is of the evening before the publication. */
    private static final int LATE_EVENING = 22;

    /** A resolved clock time without a UTC offset: "T22:30". */
    private static final java.util.regex.Pattern LATE_CLOCK = java.util.regex.Pattern.compile("T(\\d{2}):\\d{2}");

    /**
     * A day after the publication: a coming event ("a vigil on Saturday, March 11"), or a day
     * of last year resolved into this one ("Dec. 23" in January): not the reported event's day.
     */
    static boolean future(String value, ArticleContext ctx) {
        var published = ctx.article.article().published();
        if (published == null) return false;
        return value.substring(0, 10).compareTo(published.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString()) > 0;
    }

    /** A part of day that names no day ("the evening", "a late night shooting"), which resolves to the publication day, often wrongly. */
    private static final String PART_OF_DAY = "(the |that |this )?(late |early )?(night|evening|morning|afternoon|dawn|dusk|overnight|midnight|noon)";

    /** Clock words only: "10 p.m.", "around 2:18". */
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(
            "(?i)(about |around |approximately |just )?(before |after )?[0-9:.]+\\s*([ap]\\.?m\\.?)?(\\s*[A-Z][SD]T)?|noon|midnight");
    /** A page's time stamp: a full date with a clock time ("May 05, 2016 02:10 PM", "11/26/2015 11:53 AM", "3:30 p.m. March 15, 2016"). */
    private static final java.util.regex.Pattern STAMP = java.util.regex.Pattern.compile(
            "(?i).*\\b(19|20)\\d\\d\\b.*\\d{1,2}:\\d\\d.*|.*\\d{1,2}:\\d\\d\\s*([ap]\\.?m\\.?)?,?\\s+\\p{L}+\\.?\\s+\\d{1,2},?\\s+(19|20)\\d\\d\\b.*");

    /** Words that introduce a page's time stamp: "Updated: Oct 23, 2016", "Posted: Sunday, July 27", "UPDATE @ 4:29 p.m.". */
    private static final java.util.Set<String> STAMP_WORDS = java.util.Set.of("updated", "posted", "published", "modified", "update",
            "created");

    /**
     * A page's time stamp or an embedded post's date, not the story's: a time after "Updated:",
     * "Posted", "UPDATE @", or after a post's handle ("— Jane Roe (@janeroe) March 25, 2017"); a
     * date beside a clock time it was split from, when it has a year ("Oct 23, 2016 - 12:21 AM")
     * or the clock time is a stamp ("UPDATE @ 4:29 p.m. (Nov. 2)").
     */
    static boolean stamp(SentenceView v, TimeMention t) {
        if (introducedAsStamp(v, t) || duration(v, t) || broadcastCredit(v, t) || PageDates.dateLine(v, t)) return true;
        boolean year = Regex.matches(t.text(), ".*\\b(19|20)\\d\\d\\b.*");
        for (TimeMention o : v.times) {
            if (o == t || !noDay(o)) continue;
            int from = Math.min(t.lastToken(), o.lastToken()) + 1, to = Math.max(t.firstToken(), o.firstToken()) - 1;
            if (from > to + 1 || to - from > 2 || !(year || introducedAsStamp(v, o))) continue;
            // only punctuation between them: "Oct 23, 2016 - 12:21 AM", not "April 7, 2013 at approximately 4:10 a.m."
            boolean joined = true;
            for (int k = from; k <= to; k++) joined &= Regex.matches(v.lower(k), "[-–—@,|:(]|-lrb-|--");
            if (joined) return true;
        }
        return false;
    }

    /** A video's length opening a caption ("3:02 Woman parts with her dog", "1:16 Sunday Interview: ..."): minutes, not a clock time. */
    private static boolean duration(SentenceView v, TimeMention t) {
        return t.firstToken() == v.first && Regex.matches(v.lower(v.first), "\\d{1,2}:\\d\\d") && !Regex.matches(v.lower(v.first + 1), "[ap]\\.?m\\.?");
    }

    /**
     * A caption of a video opening with its length ("0:33 Festival-goers brave cold for a fun
     * Sunday"): page furniture about another story, so none of its days is the event's; not a
     * clock time the tagger reads as one with a day ("9:30 Saturday night, police ...").
     */
    static boolean videoCaption(SentenceView v) {
        if (!Regex.matches(v.lower(v.first), "\\d{1,2}:\\d\\d") || Regex.matches(v.lower(v.first + 1), "[ap]\\.?m\\.?")) return false;
        return v.times.stream().noneMatch(t -> t.firstToken() == v.first && t.lastToken() > v.first);
    }

    /**
     * "Last night", "yesterday", "today" in someone's quoted words ("We are saddened by the shooting
     * that occurred ... last night"): the day the words were spoken or issued, often not the
     * page's, so they name no day.
     */
    private static boolean quotedRelativeDay(SentenceView v, TimeMention t, ArticleContext ctx) {
        if (!Regex.matches(t.text().toLowerCase(java.util.Locale.ROOT), ".*\\b(last night|yesterday|today|tonight|this (morning|afternoon|evening))\\b.*")) return false;
        return ReportedSpeech.quotedTokens(v, ctx.article.quotes())[t.firstToken() - v.first];
    }

    /**
     * A weather alert on the page ("Lake Effect Snow Warning issued January 11 at 6:51PM EST
     * expiring January 14 at 4:00AM EST in effect for: Erie"): its days are the alert's.
     */
    static boolean weatherAlert(SentenceView v) {
        return WEATHER_ALERT.matcher(v.sentence.text()).find();
    }

    private static final java.util.regex.Pattern WEATHER_ALERT = java.util.regex.Pattern.compile(
            "\\b(Warning|Watch|Advisory|Statement) (issued|expir\\w+|until|in effect)\\b|\\bexpiring \\p{L}+\\.? \\d{1,2}\\b.*\\bin effect\\b");

    /**
     * A broadcast's credit line ("Jane Roe reports for the Channel 4 News at 6 p.m. on Wednesday,
     * June 10") or an invitation to watch one ("Tune in to WMBF News Thursday at 6 p.m."): the day
     * the report airs, not the event's.
     */
    private static boolean broadcastCredit(SentenceView v, TimeMention t) {
        boolean reportsFor = false;
        for (int i = v.first; i < t.firstToken(); i++) {
            if (Regex.matches(v.lower(i), "reports|reporting") && v.lower(i + 1).equals("for")) reportsFor = true;
            else if (i == v.first && Regex.matches(v.lower(i), "tune|watch")) reportsFor = true;
            else if (reportsFor && v.lower(i).equals("news")) return true;
        }
        return false;
    }

    /** A date of birth ("Date of Birth: 01/6/1992", "DOB 3/4/1990", "born May 2, 1990"): no day of the event. */
    static boolean birthDate(SentenceView v, TimeMention t) {
        for (int i = t.firstToken() - 1; i >= v.first && i >= t.firstToken() - 3; i--) {
            if (Regex.matches(v.lower(i), "birth|dob|born")) return true;
        }
        return false;
    }

    private static boolean introducedAsStamp(SentenceView v, TimeMention t) {
        int i = t.firstToken() - 1;
        while (i >= v.first && Regex.matches(v.lower(i), "[:@(\\-–—]|-lrb-|-")) i--;
        if (STAMP_WORDS.contains(v.lower(i))) return true;
        // a link to another story: "Previous Story 4/3/17: One Dead ...", "Related Story"
        if (v.lower(i).equals("story") && Regex.matches(v.lower(i - 1), "previous|related|next")) return true;
        return Regex.matches(v.lower(i), "\\)|-rrb-") && v.lower(i - 1).startsWith("@");
    }

    /**
     * A time that names no day ("10 p.m.") resolves to the publication day, which is often the
     * day after; a page's time stamp is the publication, not the event.
     */
    static boolean noDay(TimeMention t) {
        String text = t.text().trim();
        return CLOCK.matcher(text).matches() || STAMP.matcher(text).matches();
    }

    /**
     * When no event sentence dates the event: the first calendar date in the headline or the
     * first sentences ("Police responded to the shooting on Sunday"), background excepted.
     */
    static void resolve(java.util.List<SentenceView> views, ArticleContext ctx) {
        var dated = ctx.datedEvent;
        // a later report that dates the shooting in full ("was shot and killed on Dec. 31, 2014")
        if (dated == null || ctx.datedEventRank < 3) {
            var full = fullDate(views, ctx);
            if (full != null) {
                dated = full;
                ctx.datedEvent = full;
                ctx.datedEventRank = 3;
            }
        }
        // the day the story names its shooting by ("Tuesday's incident marks the third ...") over a day told of another
        // shooting it recalls ("On Sunday, a 9-year-old girl was shot ...")
        if (dated != null && ctx.datedEventRank == 3) {
            var named = referredDay(views, ctx);
            if (named != null && !named.value().equals(dated.value())) {
                dated = named;
                ctx.datedEvent = named;
            }
        }
        // a day said of the shooting in a sentence that tells no event ("Police said the Dec. 12 shooting was gang-related")
        if (dated != null && ctx.datedEventRank < 3) {
            var shooting = shootingDay(views, ctx);
            if (shooting != null) {
                dated = shooting;
                ctx.datedEvent = shooting;
                ctx.datedEventRank = 3;
            }
        }
        // "this morning" and a later step's day yield to a day the headline or the first sentences name
        if (dated != null && ctx.datedEventRank >= 1) ctx.add(dated.view(), Claim.INCIDENT, Slot.DATE, dated.value(),
                weekAgo(dated, ctx), dated.evidence());
        if (ctx.hasClaim(Slot.DATE)) return;
        var opening = openingDay(views, ctx, dated);
        if (opening != null) {
            ctx.add(opening.view(), Claim.INCIDENT, Slot.DATE, opening.value(), weekAgo(opening, ctx), opening.evidence());
            return;
        }
        // a later step's day ("police said Tuesday") yields to a day of the headline or the opening, and dates the event
        // only about: on that day or before it, so it yields to a day another report says of the shooting
        if (dated != null && ctx.datedEventRank == 0 && !staleWeekday(dated, ctx)) {
            ctx.add(dated.view(), Claim.INCIDENT, Slot.DATE, dated.value(), Qualifier.ABOUT, dated.evidence());
            return;
        }
        if (dated != null && ctx.datedEventRank == 0) dated = null;
        if (dated != null) {
            ctx.add(dated.view(), Claim.INCIDENT, Slot.DATE, dated.value(), weekAgo(dated, ctx), dated.evidence());
            return;
        }
        // a day of a sentence outside the event sentences is weaker: about, yielding to a day another report states
        var loose = anyDay(views, ctx);
        if (loose != null && staleWeekday(loose, ctx)) loose = null;
        if (loose != null) ctx.add(loose.view(), Claim.INCIDENT, Slot.DATE, loose.value(), Qualifier.ABOUT, loose.evidence());
        else if (ctx.undatedTime != null) ctx.add(ctx.undatedTime.view(), Claim.INCIDENT, Slot.DATE, ctx.undatedTime.value(), Qualifier.EXACT, ctx.undatedTime.evidence());
        else publicationDay(views, ctx);
    }

    /**
     * A later step's weekday ("police were still searching Thursday morning", "identified him
     * Monday") that resolves six days before the publication: a later step is told within a day
     * or two, so the weekday is more likely the day after a page's stale date (a page updated
     * the next day) than last week's; it dates nothing.
     */
    private static boolean staleWeekday(ArticleContext.Pending day, ArticleContext ctx) {
        var published = ctx.article.article().published();
        if (published == null || !Weekdays.named(day.evidence().span())
                || Regex.matches(day.evidence().span(), "(?i).*(\\d|\\blast\\b).*")) return false; // "last Thursday" is last week's
        return sixDaysBefore(day, published);
    }

    /** Whether the day resolves six days before the publication: the weekday of the publication's day before, a week back. */
    private static boolean sixDaysBefore(ArticleContext.Pending day, java.time.Instant published) {
        return java.time.LocalDate.parse(day.value()).plusDays(6).equals(published.atZone(java.time.ZoneOffset.UTC).toLocalDate());
    }

    /**
     * How sure a weekday is: one that resolves six days before the publication ("was shot early
     * Tuesday" in a Monday page) is as often a stale page date's next day, or a sidebar's story of
     * last week, as the event's, so it is only about that day and yields to a day another report
     * states; "last Tuesday" and a weekday with its date ("Saturday, Jan. 21") are sure.
     */
    private static Qualifier weekAgo(ArticleContext.Pending day, ArticleContext ctx) {
        var published = ctx.article.article().published();
        String span = day.evidence().span();
        if (published == null || !Weekdays.named(span)
                || Regex.matches(span, "(?i).*\\b(last|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\b.*|.*\\d+/\\d+.*")
                || Regex.matches(span.replaceAll("(?i)\\d{1,2}(:\\d\\d)?\\s*[ap]\\.?m\\.?", ""), ".*\\d.*")) return Qualifier.EXACT;
        return sixDaysBefore(day, published) ? Qualifier.ABOUT : Qualifier.EXACT;
    }

    /**
     * The best-ranked day the headline or the first sentences name, the first among equals: "the
     * Saturday afternoon shooting" over "booked a man on Sunday" before it; a later step's day is none.
     */
    private static ArticleContext.Pending openingDay(java.util.List<SentenceView> views, ArticleContext ctx, ArticleContext.Pending dated) {
        ArticleContext.Pending best = null;
        int bestRank = 0;
        for (SentenceView v : views) {
            if (v.sentence.index() > ctx.firstSentence + 4) break;
            if (EventSentences.mentionsOtherYear(v, ctx) || EventSentences.isBackground(v, ctx)) continue;
            for (TimeMention t : days(v, ctx)) {
                if (!namedDay(t) || future(t.value(), ctx) || ComingDays.coming(v, t) || stamp(v, t) || birthDate(v, t)) continue; // a coming event, a page's time stamp
                var ev = v.evidence(t.firstToken(), t.lastToken());
                int rank = DayRank.rank(v, t);
                if (dated != null && ev.equals(dated.evidence()) || rank <= bestRank) continue; // a later step's day
                best = new ArticleContext.Pending(v, t.value().substring(0, 10), ev);
                bestRank = rank;
            }
        }
        return best;
    }

    /**
     * A report of an incident (any incident claim: a casualty, a place, a weapon) that names no
     * day at all is, by news convention, about the day it is published ("Four people have been
     * shot at a bar"): that day, as approximate, so that any day another report states outranks
     * it (see the reconciler), said by the headline.
     */
    private static void publicationDay(java.util.List<SentenceView> views, ArticleContext ctx) {
        var published = ctx.article.article().published();
        if (published == null || views.isEmpty()) return;
        SentenceView v = views.get(0);
        // a page whose text is boilerplate (a sign-in form, a paywall) still reports the shooting its headline tells
        if (ctx.claims.stream().noneMatch(c -> Claim.INCIDENT.equals(c.subject())) && !tellsShooting(v)) return;
        String day = published.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        ctx.add(v, Claim.INCIDENT, Slot.DATE, day, Qualifier.ABOUT, v.evidence(v.sentence.begin(), v.sentence.begin() + v.sentence.text().length(), true));
    }

    /** A headline that tells of a shooting ("Boy, girl walk into hospital with gunshot wounds"). */
    private static boolean tellsShooting(SentenceView v) {
        for (int i = v.first; i <= v.last(); i++) {
            if (SHOOTING_WORDS.contains(v.lower(i))) return true;
        }
        return false;
    }

    private static final java.util.Set<String> SHOOTING_WORDS = java.util.Set.of("shot", "shoots", "shooting", "shootings", "gunfire",
            "gunshot", "gunshots", "shots", "gunman", "shootout", "homicide", "slaying", "slain", "murder", "killed");

    /**
     * The best-ranked day of any later sentence that tells of this event, when neither the event
     * sentences nor the opening name one (claimed as about that day): a day in a sentence the tagger gives no event verb
     * ("Monday night, police say a boy was found shot/NN") or that tells of the call ("Police were
     * called ... just after 11 p.m. Sunday").
     */
    private static ArticleContext.Pending anyDay(java.util.List<SentenceView> views, ArticleContext ctx) {
        ArticleContext.Pending best = null;
        int bestRank = -1;
        for (SentenceView v : views) {
            if (v.sentence.index() == 0 || EventSentences.mentionsOtherYear(v, ctx) || EventSentences.isBackground(v, ctx)) continue;
            for (TimeMention t : days(v, ctx)) {
                if (!namedDay(t) || future(t.value(), ctx) || ComingDays.coming(v, t) || stamp(v, t) || birthDate(v, t)) continue;
                int rank = DayRank.rank(v, t);
                if (rank > bestRank) {
                    best = new ArticleContext.Pending(v, t.value().substring(0, 10), v.evidence(t.firstToken(), t.lastToken()));
                    bestRank = rank;
                }
            }
        }
        return best;
    }

    /** The sentence's times, with the holidays it names ("on Thanksgiving"). */
    private static java.util.List<TimeMention> days(SentenceView v, ArticleContext ctx) {
        if (videoCaption(v) || weatherAlert(v)) return java.util.List.of();
        var published = ctx.article.article().published();
        if (published == null) return v.times;
        var day = published.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        var all = ctx.article.times();
        var posted = PostedDay.posted(ctx.article.article().body(), day);
        return Holidays.withHolidays(v, day).stream().filter(t -> !quotedRelativeDay(v, t, ctx)).map(t -> lastYears(t, day))
                .map(t -> DatedWeekdays.toDatedWeekday(t, all, day))
                .map(t -> WeekAgoDay.weekEarlier(v, t, day))
                .map(t -> PostedDay.inPostedWeek(t, posted, day)).toList();
    }

    /**
     * A month and day without a year that the tagger puts in the publication's year, months after
     * it ("on December 30th" in a January report): last year's, as a reader takes it.
     */
    private static TimeMention lastYears(TimeMention t, java.time.LocalDate published) {
        String value = t.value();
        if (!t.dated() || Regex.matches(t.text(), ".*\\b\\d{4}\\b.*")) return t;
        var date = java.time.LocalDate.parse(value.substring(0, 10));
        if (!date.isAfter(published.plusDays(LAST_YEARS_AFTER))) return t;
        return t.withDay(date.minusYears(1));
    }

    /** How far after the publication a yearless date is last year's rather than a coming one ("a hearing on April 15"). */
    private static final int LAST_YEARS_AFTER = 180;

    /** A time that names a day: not a bare part of day ("the evening"), "today", a clock time or a page's time stamp. */
    private static boolean namedDay(TimeMention t) {
        String value = t.value();
        if (!t.dated() || !(t.type().equals("DATE") || t.type().equals("TIME"))) return false;
        if (Regex.matches(value, ".*T\\d{2}:\\d{2}[+-]\\d{4}")) return false;
        String lower = t.text().toLowerCase(java.util.Locale.ROOT);
        return !lower.matches(PART_OF_DAY + "|today") && !noDay(t);
    }

    /** The first day of a later sentence said of the shooting ("the Dec. 12 shooting", "the shooting happened Sunday"), background excepted. */
    private static ArticleContext.Pending shootingDay(java.util.List<SentenceView> views, ArticleContext ctx) {
        for (SentenceView v : views) {
            if (v.sentence.index() == 0 || EventSentences.mentionsOtherYear(v, ctx) || EventSentences.isBackground(v, ctx)) continue;
            for (TimeMention t : days(v, ctx)) {
                if (!namedDay(t) || future(t.value(), ctx) || ComingDays.coming(v, t) || stamp(v, t) || birthDate(v, t)) continue;
                if (DayRank.rank(v, t) == 3) return new ArticleContext.Pending(v, t.value().substring(0, 10), v.evidence(t.firstToken(), t.lastToken()));
            }
        }
        return null;
    }

    /** The first day the story names its shooting by ("Thursday's shooting", "the Sunday shooting"), background excepted. */
    private static ArticleContext.Pending referredDay(java.util.List<SentenceView> views, ArticleContext ctx) {
        for (SentenceView v : views) {
            if (EventSentences.mentionsOtherYear(v, ctx) || EventSentences.isBackground(v, ctx)) continue;
            for (TimeMention t : days(v, ctx)) {
                if (!namedDay(t) || future(t.value(), ctx) || ComingDays.coming(v, t) || stamp(v, t) || birthDate(v, t)) continue;
                if (DayRank.refersToTheShooting(v, t)) return new ArticleContext.Pending(v, t.value().substring(0, 10), v.evidence(t.firstToken(), t.lastToken()));
            }
        }
        return null;
    }

    /** A date with its year ("Aug. 25, 2014") said of the shooting, in a sentence left out for naming another year than the publication's. */
    private static ArticleContext.Pending fullDate(java.util.List<SentenceView> views, ArticleContext ctx) {
        for (SentenceView v : views) {
            if (v.sentence.index() == 0 || !EventSentences.mentionsOtherYear(v, ctx) || EventSentences.isBackground(v, ctx)) continue;
            for (TimeMention t : days(v, ctx)) {
                String value = t.value();
                if (value == null || !Regex.matches(value, "\\d{4}-\\d{2}-\\d{2}") || !t.type().equals("DATE")) continue;
                if (!t.text().contains(value.substring(0, 4)) || future(value, ctx) || noDay(t) || stamp(v, t)) continue;
                if (DayRank.rank(v, t) == 3) return new ArticleContext.Pending(v, value, v.evidence(t.firstToken(), t.lastToken()));
            }
        }
        return null;
    }
}
