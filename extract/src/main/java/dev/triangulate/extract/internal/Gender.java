package dev.triangulate.extract.internal;

import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The grammatical gender of the people an article names, so that "he" and "she" are not resolved
 * to someone of the other gender. Learned per article from honorifics ("Mr. Karlov", "Ms. Vell")
 * and gendered role words right before a name ("Congresswoman X"), from the pronoun of a clause
 * the person reports ("Meehan said she ..."), else from a list of common given names. Unknown is the usual answer and agrees with both pronouns.
 */
final class Gender {
    enum G { MALE, FEMALE, UNKNOWN }

    private static final Set<String> MALE_TITLES = Set.copyOf(List.of("mr", "mr.", "sir", "congressman", "spokesman", "chairman",
            "king", "prince", "father", "brother", "husband", "son", "uncle", "grandfather", "businessman", "councilman", "lord"));
    private static final Set<String> FEMALE_TITLES = Set.copyOf(List.of("mrs", "mrs.", "ms", "ms.", "miss", "madam", "lady", "dame",
            "congresswoman", "spokeswoman", "chairwoman", "queen", "princess", "mother", "sister", "wife", "daughter",
            "aunt", "grandmother", "businesswoman", "councilwoman", "actress", "first lady"));

    /** Common given names (English-language news); a name not listed is of unknown gender. */
    private static final Set<String> MALE_NAMES = Set.copyOf(List.of("james", "john", "robert", "michael", "william", "david",
            "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald",
            "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
            "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin",
            "scott", "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack",
            "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle",
            "ethan", "walter", "noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold", "sean",
            "austin", "carl", "arthur", "lawrence", "dylan", "jesse", "jordan", "bryan", "billy", "joe", "bruce",
            "gabriel", "logan", "albert", "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent",
            "ralph", "eugene", "russell", "bobby", "mason", "philip", "louis", "bill", "bernie", "bernard", "barack",
            "ted", "marco", "jeb", "mike", "chris", "rand", "ben", "tim", "tom", "jim", "bob", "rick", "newt", "mitt",
            "rudy", "reince", "jared", "vladimir", "boris", "ivan", "sergei", "dmitry", "andrey", "andrei", "ahmed",
            "mohammed", "muhammad", "ali", "omar", "hassan", "carlos", "luis", "miguel", "pedro", "antonio", "francisco",
            "jorge", "pablo", "jean", "pierre", "francois", "hans", "karl", "xi", "kim", "recep", "nigel", "barry",
            "harry", "steve", "dan", "dave", "doug", "greg", "jon", "ken", "matt", "nick", "pete", "sam", "tony", "will",
            "al", "ed", "josh", "terence", "terrence", "joel", "jim", "kofi", "nick", "lindsey", "mitch", "marty", "jay", "rob", "howard", "fred", "martin", "hugh", "ian", "neil",
            "stuart", "glenn", "lloyd", "leon", "max", "sanjay", "rahul", "elliot", "corey", "reid",
            "cory", "tim", "chuck", "denis", "darrell", "trey", "jason", "rex", "jeff", "abraham", "franklin", "ronnie",
            "herman", "ross", "spencer", "eddie", "dick", "rod", "rush", "sean", "tucker", "wolf", "jake", "anderson",
            "lester", "bret", "brit", "hugh", "joaquin", "julian", "kanye", "colin", "roger", "allen"));
    private static final Set<String> FEMALE_NAMES = Set.copyOf(List.of("mary", "patricia", "jennifer", "linda", "elizabeth",
            "barbara", "susan", "jessica", "sarah", "karen", "lisa", "nancy", "betty", "margaret", "sandra", "ashley",
            "kimberly", "emily", "donna", "michelle", "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie",
            "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela",
            "emma", "nicole", "helen", "samantha", "katherine", "christine", "debra", "rachel", "carolyn", "janet",
            "catherine", "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia", "victoria",
            "kelly", "lauren", "christina", "joan", "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline",
            "martha", "gloria", "teresa", "ann", "sara", "madison", "frances", "kathryn", "janice", "abigail",
            "alice", "judy", "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella",
            "theresa", "diana", "natalie", "brittany", "charlotte", "marie", "kayla", "alexis", "lori", "hillary",
            "chelsea", "melania", "ivanka", "michelle", "elizabeth", "nikki", "carly", "sarah", "kellyanne", "huma",
            "hope", "debbie", "donna", "nancy", "loretta", "condoleezza", "condi", "madeleine", "tulsi", "jill",
            "claire", "kirsten", "amy", "tammy", "dianne", "barbara", "patty", "heidi", "jeanne", "maggie", "lisa",
            "susana", "mia", "megyn", "katie", "kate", "gretchen", "ann", "ana", "angela", "theresa", "marine",
            "ségolène", "segolene", "christine", "hope", "sally", "katrina", "kathy", "beth", "ellen", "erin", "jane",
            "jenna", "joy", "julia", "karen", "lara", "laurie", "lena", "lucy", "mara", "meghan", "monica", "nina",
            "paula", "rosa", "rose", "ruth", "sheryl", "stacey", "sue", "tina", "valerie", "wendy",
            "whoopi", "oprah", "beyonce", "beyoncé", "miley", "selena", "melanie", "gennifer", "juanita",
            "paulette", "kathleen", "cecile", "cecilia", "elaine", "betsy", "mazie", "roberta", "rosalind", "ruby"));

    private Gender() {}

    /** Gender per name as far as the article tells; the key is the lower-case last word of a person's name. */
    static Map<String, G> of(AnnotatedArticle a) {
        Map<String, G> out = new HashMap<>();
        List<Token> tokens = a.tokens();
        for (EntityMention e : a.entities()) {
            if (e.type() != EntityType.PERSON) continue;
            String[] words = e.text().replaceAll("['’]s$", "").split("\\s+");
            String last = words[words.length - 1].toLowerCase(Locale.ROOT);
            G g = G.UNKNOWN;
            int before = e.firstToken() - 1;
            if (before >= 0 && before < tokens.size()) {
                String t = tokens.get(before).lower();
                if (MALE_TITLES.contains(t)) g = G.MALE;
                else if (FEMALE_TITLES.contains(t)) g = G.FEMALE;
            }
            // a listed given name before the pronoun of a reported clause: "Coroner Tom W. ruled she died" is said of another
            if (g == G.UNKNOWN && words.length > 1) g = listedGivenName(words[0]);
            if (g == G.UNKNOWN) g = pronounAfter(tokens, e.lastToken());
            if (g == G.UNKNOWN && words.length > 1) g = byGivenName(words[0]);
            if (g != G.UNKNOWN) out.merge(last, g, (x, y) -> x == y ? x : x);
        }
        return out;
    }

    /** "Olive Meehan said she ...", "Ross told reporters that he ...": the pronoun of a clause the person reports. */
    private static G pronounAfter(List<Token> tokens, int last) {
        int i = last + 1;
        if (i >= tokens.size() || !tokens.get(i).isVerb()) return G.UNKNOWN;
        int sentence = tokens.get(last).sentence();
        for (int k = i + 1; k <= i + 3 && k < tokens.size() && tokens.get(k).sentence() == sentence; k++) {
            String w = tokens.get(k).lower();
            if (w.equals("he")) return G.MALE;
            if (w.equals("she")) return G.FEMALE;
            if (!w.equals("that") && !tokens.get(k).isNoun()) break;
        }
        return G.UNKNOWN;
    }

    private static G listedGivenName(String given) {
        String n = given.toLowerCase(Locale.ROOT);
        if (MALE_NAMES.contains(n)) return G.MALE;
        if (FEMALE_NAMES.contains(n)) return G.FEMALE;
        return G.UNKNOWN;
    }

    private static G byGivenName(String given) {
        String n = given.toLowerCase(Locale.ROOT);
        G listed = listedGivenName(n);
        if (listed != G.UNKNOWN) return listed;
        // most given names ending in -a are women's (Marcia, Tina, Gabriela); the listed men's names come first
        if (n.length() > 2 && n.endsWith("a")) return G.FEMALE;
        return G.UNKNOWN;
    }

    /** The gender of a name: what the article told about its last word, else its given name. */
    static G of(String name, Map<String, G> known) {
        if (name == null || name.isBlank()) return G.UNKNOWN;
        String[] words = name.replaceAll("['’]s$", "").split("\\s+");
        G g = known.get(words[words.length - 1].toLowerCase(Locale.ROOT));
        if (g != null) return g;
        return words.length > 1 ? byGivenName(words[0]) : G.UNKNOWN;
    }

    /** Whether a pronoun can refer to a person of this gender. */
    static boolean agrees(String pronoun, G g) {
        if (g == G.UNKNOWN) return true;
        boolean female = pronoun.equals("she") || pronoun.equals("her");
        return female == (g == G.FEMALE);
    }
}
