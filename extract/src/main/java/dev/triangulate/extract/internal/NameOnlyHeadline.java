package dev.triangulate.extract.internal;

import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import java.util.List;

/**
 * A headline that is a person's name and nothing more is a page about that person: an obituary, a
 * memorial or a victim's entry in a homicide report ("Connor Evan G.", "Police Officer Matthew Lane G.",
 * "Jesus R., 17", "Dominic Carlos P. June 20, 2014 - ... Funeral Directors").
 * Who they are is left to the article, as for other identified victims.
 */
final class NameOnlyHeadline implements ClaimRule {

    @Override
    public void apply(SentenceView v, ArticleContext ctx) {
        if (v.sentence.index() != 0) return;
        int k = v.first;
        // "Police Officer Matthew Lane G.": the ranks of a list (VictimListRule.TITLES) are no part of the name
        while (v.lower(k).equals("police") || VictimListRule.TITLES.contains(v.lower(k))) k++;
        int from = k;
        // "Connor/NNP Evan/PERSON G./PERSON": a first name the tagger left out of the person
        if (v.at(k) != null && v.at(k).pos().equals("NNP") && v.entityAt(k).isEmpty()) k++;
        var tagged = v.entityStartingAt(k, EntityType.PERSON);
        if (tagged.isEmpty()) return;
        EntityMention e = tagged.get();
        EntityMention name = k == from ? e : new EntityMention(v.text(from, e.lastToken()), EntityType.PERSON, e.sentence(), from, e.lastToken(),
                v.at(from).begin(), e.end());
        if (!name.text().contains(" ")) return;
        k = name.lastToken() + 1;
        if (v.lower(k).equals(",") && Regex.matches(v.lower(k + 1), "\\d{1,3}")) k += 2; // "Jesus R., 17"
        // nothing more, or dates, or the site's name after a dash or a bar (not "A: 5 Fast Facts You Need to Know", nor an
        // obituary page, which joins the story with its own publication day)
        boolean alone = v.at(k) == null || Regex.matches(v.lower(k), "-|–|—|\\|")
                || Regex.matches(v.lower(k), "january|february|march|april|may|june|july|august|september|october|november|december");
        if (alone) VictimListRule.record(v, ctx, List.of(name), "identified", name.firstToken());
    }
}
