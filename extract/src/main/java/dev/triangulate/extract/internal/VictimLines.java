package dev.triangulate.extract.internal;

import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Qualifier;
import dev.triangulate.model.Slot;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Victims listed one a line after a cue that ends in a colon: "Police identified the victims Friday
 * morning:" then "Hayley N., 21", "Kristy S., 22", each line a sentence of its own holding a name,
 * its age and perhaps a home town. The cue's words give the fate ("the names of the five people
 * who were murdered:"); otherwise the article decides, as for other identified victims.
 */
final class VictimLines {
    private VictimLines() {}

    private static final Pattern CUE = Pattern.compile("\\b(victims?|dead|deceased|killed|names?|identified|identities|injured|wounded|died|murdered|slain)\\b");

    /** Claims the names of every such list in the article's sentences (in order). */
    static void claim(List<SentenceView> views, ArticleContext ctx) {
        for (int i = 0; i + 2 < views.size(); i++) {
            SentenceView cue = views.get(i);
            if (!cue.lower(cue.last()).equals(":")) continue;
            String text = cue.sentence.text().toLowerCase(Locale.ROOT);
            if (!CUE.matcher(text).find() || VictimListRule.SUSPECT_WORDS.matcher(text).find()) continue;
            int j = i + 1;
            while (j < views.size() && nameLine(views.get(j)) != null) j++;
            // one line alone may be a caption or a byline; a list runs on
            if (j - i - 1 < 2) continue;
            String fate = VictimListRule.fateIn(text);
            for (int k = i + 1; k < j; k++) {
                EntityMention e = nameLine(views.get(k));
                SentenceView line = views.get(k);
                VictimListRule.record(line, ctx, List.of(e), fate == null ? "identified" : fate, e.firstToken());
                // the line's age: no comma follows it, so the apposition rule does not read it
                ctx.add(line, FateRule.clean(e), Slot.AGE, line.lower(e.lastToken() + 2), Qualifier.EXACT, line.evidence(e.firstToken(), e.lastToken() + 2));
            }
            i = j - 1;
        }
    }

    /** The name of a line "Name, 21", "Name, 26 years-old" or "Name, 33, of Troy", else null. */
    static EntityMention nameLine(SentenceView v) {
        int k = v.first;
        if (Regex.matches(v.lower(k), "•|\\*|-|–|—|·")) k++;
        // "Kelsey/NNP Anne/PERSON Brandt/PERSON": a first name the tagger left out of the person
        int from = k;
        while (v.at(k) != null && v.at(k).pos().equals("NNP") && v.entityAt(k).isEmpty() && k < from + 2) k++;
        var tagged = v.entityStartingAt(k, EntityType.PERSON);
        if (tagged.isEmpty()) return null;
        EntityMention e = tagged.get();
        EntityMention name = k == from ? e : new EntityMention(v.text(from, e.lastToken()), EntityType.PERSON, e.sentence(), from, e.lastToken(),
                v.at(from).begin(), e.end());
        k = name.lastToken() + 1;
        if (!v.lower(k).equals(",") || !Regex.matches(v.lower(k + 1), "\\d{1,3}")) return null;
        k += 2;
        // "26 years-old", "26 years old"
        while (v.at(k) != null && Regex.matches(v.lower(k), "years?|-|old|years-old")) k++;
        // ", of Troy", ", Troy"
        if (v.lower(k).equals(",")) k++;
        if (v.lower(k).equals("of")) k++;
        while (v.at(k) != null && v.at(k).pos().startsWith("NNP") && v.entityStartingAt(k, EntityType.PERSON).isEmpty()) k++;
        if (Regex.matches(v.lower(k), "\\.|;")) k++;
        return v.at(k) == null ? name : null;
    }
}
