package dev.triangulate.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.Article;
import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonMentionsTest {

    /** One sentence per string; each token "word/POS" or "word/POS/NER". */
    private static AnnotatedArticle article(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> ss = new ArrayList<>();
        List<Token> toks = new ArrayList<>();
        List<EntityMention> ents = new ArrayList<>();
        for (int s = 0; s < sentences.length; s++) {
            if (s > 0) text.append(' ');
            int sBegin = text.length();
            int entStart = -1;
            String[] parts = sentences[s].split(" ");
            for (int p = 0; p < parts.length; p++) {
                String[] f = parts[p].split("/");
                if (p > 0) text.append(' ');
                int b = text.length();
                text.append(f[0]);
                String ner = f.length > 2 ? f[2] : "O";
                toks.add(new Token(toks.size(), s, f[0], f[0], f[1], ner, null, b, text.length()));
                String next = p + 1 < parts.length && parts[p + 1].split("/").length > 2 ? parts[p + 1].split("/")[2] : "O";
                if (!ner.equals("O") && entStart < 0) entStart = toks.size() - 1;
                if (!ner.equals("O") && !next.equals(ner)) {
                    Token first = toks.get(entStart);
                    ents.add(new EntityMention(text.substring(first.begin(), text.length()), EntityType.valueOf(ner), s, entStart,
                            toks.size() - 1, first.begin(), text.length()));
                    entStart = -1;
                }
            }
            ss.add(new Sentence(s, sBegin, text.length(), text.substring(sBegin)));
        }
        Article a = new Article("t", "", text.toString(), null, null, null, null, null, null);
        return new AnnotatedArticle(a, ss, toks, ents, List.of(), List.of(), List.of());
    }

    private static List<String> people(AnnotatedArticle a) {
        return PersonMentions.repair(a).entities().stream().filter(e -> e.type() == EntityType.PERSON).map(EntityMention::text).toList();
    }

    @Test
    void aNameWithAnAgeIsAPersonWhateverTheTagger() {
        var a = article("Dashon/NNP/ORGANIZATION Pelley/NNP/ORGANIZATION ,/, 22/CD ,/, was/VBD shot/VBN ./.",
                "Marvell/NNP Quist/NNP ,/, 30/CD ,/, died/VBD ./.",
                "Relatives/NNS said/VBD Marvell/NNP Quist/NNP loved/VBD music/NN ./.");
        assertThat(people(a)).containsExactly("Dashon Pelley", "Marvell Quist", "Marvell Quist");
    }

    @Test
    void withoutAnAgeOrWithAnInstitutionWordNothingChanges() {
        var a = article("Hallow/NNP/ORGANIZATION Industries/NNP/ORGANIZATION said/VBD ./.",
                "Brook/NNP County/NNP ,/, 22/CD ,/, was/VBD named/VBN ./.",
                "Ward/NNP Street/NNP ,/, 1200/CD ,/, was/VBD closed/VBN ./.");
        assertThat(people(a)).isEmpty();
    }

    @Test
    void aFirstNameWithAnApostropheJoinsTheNameAfterIt() {
        var a = article("Ke'shon/NNP Varlow/NNP/PERSON died/VBD ./.", "Officer/NNP Varlow/NNP/PERSON spoke/VBD ./.");
        assertThat(people(a)).containsExactly("Ke'shon Varlow", "Varlow");
    }

    @Test
    void aQuotedNicknameDoesNotSplitTheName() {
        var a = article("Dorian/NNP/PERSON \"/`` Dee/NNP \"/'' Mabry/NNP/PERSON and/CC Kofi/NNP/PERSON \"/'' Bam/NNP/MISC \"/'' Ansah/NNP died/VBD ./.",
                "Rena/NNP/PERSON said/VBD \"/`` Yes/UH \"/'' ./.");
        assertThat(people(a)).containsExactly("Dorian \" Dee \" Mabry", "Kofi \" Bam \" Ansah", "Rena");
    }

    @Test
    void aCapitalisedFirstNameTaggedAsACommonNounJoinsTheSurname() {
        var a = article("Autumn/NN Birkhall/NNP/PERSON ,/, 17/CD ,/, died/VBD ./.",
                "Sergeant/NN Tolley/NNP/PERSON said/VBD the/DT winter/NN had/VBD been/VBN hard/JJ ./.",
                "Winter/NN Tolley/NNP/PERSON spoke/VBD ./.");
        assertThat(people(a)).containsExactly("Autumn Birkhall", "Tolley", "Tolley");
    }

    @Test
    void anOrganisationWhereOnlyAPersonFits() {
        var a = article("The/DT girl/NN was/VBD identified/VBN as/IN Alva/NNP/ORGANIZATION Tenney/NNP/ORGANIZATION ./.",
                "Police/NNS said/VBD Iresha/NNP/ORGANIZATION Pallis/NNP/ORGANIZATION was/VBD shot/VBN ./.",
                "An/DT editor/NN of/IN the/DT Harbor/NNP/ORGANIZATION Ledger/NNP/ORGANIZATION died/VBD ./.",
                "Kettle/NNP/ORGANIZATION Works/NNP/ORGANIZATION was/VBD closed/VBN ./.",
                "Police/NNS identified/VBD the/DT victim/NN in/IN the/DT Feb./NNP 16/CD shooting/NN as/IN Triston/NNP/ORGANIZATION Grale/NNP/ORGANIZATION ./.");
        assertThat(people(a)).containsExactly("Alva Tenney", "Iresha Pallis", "Triston Grale");
        var b = article("Sisk/NNP/PERSON confirms/VBZ the/DT victim/NN is/VBZ 16/CD -/HYPH year/NN -/HYPH old/JJ Hunter/NNP/ORGANIZATION Harben/NNP/ORGANIZATION ./.");
        assertThat(people(b)).containsExactly("Sisk", "Hunter Harben");
    }

    @Test
    void aNameThatOpensOnAMiddleInitialTakesTheFirstNameBeforeIt() {
        var a = article("Police/NNS said/VBD Dorrance/NNP/LOCATION J./NNP/PERSON Mirabel/NNP/PERSON died/VBD ./.",
                "Sgt./NNP K./NNP/PERSON Dunmore/NNP/PERSON spoke/VBD ./.",
                "Chief/NNP Deputy/NNP Alvin/NNP M./NNP/PERSON Tresh/NNP/PERSON spoke/VBD ./.");
        assertThat(people(a)).containsExactly("Dorrance J. Mirabel", "K. Dunmore", "M. Tresh");
    }

    @Test
    void aSurnameSplitAtItsApostropheIsWhole() {
        var a = article("The/DT woman/NN was/VBD identified/VBN as/IN Phoebe/NNP/PERSON O/NNP/PERSON '/POS Darrow/NNP ./.");
        assertThat(people(a)).containsExactly("Phoebe O ' Darrow");
    }

    @Test
    void aFirstNameReadAsACommonWordBeforeASurnameReadAsAnOrganisation() {
        var a = PersonMentions.repair(article(
                "Destiny/NN McNichols/NNP/ORGANIZATION ,/, 14/CD ,/, died/VBD ./.",
                "Hope/NN Road/NNP/ORGANIZATION ,/, 12/CD ,/, is/VBZ closed/VBN ./."));
        assertThat(people(a)).contains("Destiny McNichols").doesNotContain("Hope Road");
    }

    @Test
    void aNameAfterAnAgeIsAPersonWhateverTheTagger() {
        var a = article("EMS/NNP transported/VBD 20/CD -/HYPH year/NN -/HYPH old/JJ Alicia/NNP/PERSON Wynn/NNP/PERSON and/CC "
                        + "39/CD -/HYPH year/NN -/HYPH old/JJ Lloyd/NNP/ORGANIZATION Wynn/NNP/ORGANIZATION ./.",
                "Officers/NNS found/VBD 24/CD year/NN -/HYPH old/JJ Zachary/NNP Cotten/NNP with/IN a/DT wound/NN ./.",
                "Deputies/NNS found/VBD 58/CD -/HYPH year/NN -/HYPH old/JJ Santa/NNP/LOCATION Guerra/NNP/LOCATION suffering/VBG ./.",
                "A/DT 37/CD -/HYPH year/NN -/HYPH old/JJ Shelton/NNP/LOCATION Falls/NNP/LOCATION man/NN died/VBD ./.",
                "3/CD Indicted/VBN In/IN Death/NN Of/IN 8/CD -/HYPH Year/NN -/HYPH Old/JJ Camden/NNP/ORGANIZATION Girl/NNP/ORGANIZATION");
        assertThat(people(a)).containsExactly("Alicia Wynn", "Lloyd Wynn", "Zachary Cotten", "Santa Guerra");
    }

    @Test
    void aPlaceOrMiscellaneousNameWithAnAgeAfterItIsAPersonButNotInAnotherSlot() {
        var a = article("Omani/NNP/MISC Frey/NNP/MISC ,/, 18/CD ,/, and/CC Tabitha/NNP/PERSON Cruz/NNP/PERSON ,/, 20/CD ,/, were/VBD killed/VBN ./.",
                "A/DT man/NN in/IN Davidson/NNP/LOCATION County/NNP/LOCATION ,/, North/NNP/LOCATION Carolina/NNP/LOCATION was/VBD shot/VBN ./.",
                "Camden/NNP/MISC Girl/NNP/MISC ,/, 8/CD ,/, Dies/VBZ");
        assertThat(people(a)).containsExactly("Omani Frey", "Tabitha Cruz");
    }

    @Test
    void aHyphenatedSurnameWithAnAgeIsOneName() {
        var a = article("The/DT victims/NNS include/VBP Jamaica/NNP/LOCATION McCann/NNP -/HYPH Bell/NNP ,/, 19/CD ,/, and/CC Austin/NNP/PERSON Brown/NNP/PERSON ./.");
        assertThat(people(a)).containsExactly("Jamaica McCann - Bell", "Austin Brown");
    }

    @Test
    void anUntaggedFirstNameBeforeAPersonBelongsToIt() {
        var a = article("Police/NNS identified/VBD the/DT dead/JJ as/IN Elston/NNP Wayne/NNP/PERSON Madder/NNP/PERSON and/CC "
                        + "Scorpio/NNP -/HYPH Rodney/NNP Alonzo/NNP/PERSON Phelps/NNP/PERSON ./.",
                "Friends/NNS wrote/VBD Rest/VB in/IN Peace/NNP Sherman/NNP/PERSON Wilkes/NNP/PERSON ./.",
                "She/PRP died/VBD at/IN Prince/NNP George/NNP/PERSON 's/POS Hospital/NNP ./.",
                "Among/IN them/PRP was/VBD Pastor/NNP Vernon/NNP/PERSON Gillam/NNP/PERSON ./.");
        assertThat(people(a)).containsExactly("Elston Wayne Madder", "Scorpio - Rodney Alonzo Phelps", "Sherman Wilkes", "George",
                "Vernon Gillam");
    }

    @Test
    void aNameAfterARelativeIsAPersonWhateverTheTagger() {
        var a = article("The/DT victims/NNS are/VBP Trent/NNP/PERSON Tuner/NNP/PERSON and/CC her/PRP$ child/NN ,/, Truth/NNP/ORGANIZATION Turnell/NNP/ORGANIZATION ./.",
                "The/DT dead/JJ are/VBP Brenda/NNP/PERSON Forster/NNP/PERSON and/CC her/PRP$ 24/CD year/NN old/JJ granddaughter/NN Keyon/NNP Brant/NNP",
                "Her/PRP$ son/NN ,/, Acme/NNP/ORGANIZATION Steel/NNP/ORGANIZATION worker/NN ,/, spoke/VBD ./.");
        assertThat(people(a)).containsExactly("Trent Tuner", "Truth Turnell", "Brenda Forster", "Keyon Brant");
    }

    @Test
    void aPersonAndHisTownReadAsOneOrganisationAreSplit() {
        var a = PersonMentions.repair(article("Tre/NNP/ORGANIZATION Edmonds/NNP/ORGANIZATION of/IN/ORGANIZATION Lilburn/NNP/ORGANIZATION was/VBD killed/VBN ./.",
                "The/DT Bank/NNP/ORGANIZATION of/IN/ORGANIZATION America/NNP/ORGANIZATION was/VBD closed/VBN ./."));
        assertThat(people(a)).containsExactly("Tre Edmonds");
        assertThat(a.entities().stream().filter(e -> e.type() == EntityType.LOCATION).map(EntityMention::text)).containsExactly("Lilburn");
    }

    @Test
    void firstNamesBeforeAFullNameShareItsSurname() {
        var a = article("Coroner/NNP Jill/NNP/PERSON Romann/NNP/PERSON determined/VBD Adam/NNP/PERSON and/CC Ethan/NNP/PERSON Labor/NNP/PERSON died/VBD ./.",
                "Brandy/NNP/PERSON ,/, Isaiah/NNP/PERSON and/CC Wayne/NNP/PERSON Rusk/NNP/PERSON were/VBD shot/VBN ./.",
                "Romann/NNP/PERSON and/CC Mary/NNP/PERSON Stone/NNP/PERSON spoke/VBD ./.");
        assertThat(people(a)).containsExactly("Jill Romann", "Adam Labor", "Ethan Labor", "Brandy Rusk", "Isaiah Rusk", "Wayne Rusk",
                "Romann", "Mary Stone");
    }

    @Test
    void aNameInAppositionToAPersonNounIsAPersonWhateverTheTagger() {
        var a = article("A/DT 20/CD -/HYPH year/NN -/HYPH old/JJ woman/NN ,/, Emoni/NNP/ORGANIZATION Housely/NNP/ORGANIZATION ;/: and/CC "
                + "a/DT boy/NN ,/, Elijah/NNP/PERSON Housely/NNP/PERSON ,/, were/VBD pronounced/VBN dead/JJ ./.",
                "The/DT company/NN ,/, Acme/NNP/ORGANIZATION Steel/NNP/ORGANIZATION ,/, closed/VBD ./.");
        assertThat(people(a)).containsExactly("Emoni Housely", "Elijah Housely");
    }
}
