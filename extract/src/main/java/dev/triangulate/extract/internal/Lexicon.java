package dev.triangulate.extract.internal;

import java.util.Map;
import java.util.Set;

/** Word lists the rules share; one place so that every rule reads the same vocabulary. */
final class Lexicon {
    private Lexicon() {}

    /** Nouns that refer to the perpetrator when no name is known. */
    static final Set<String> PERPETRATOR = Set.of("gunman", "gunmen", "attacker", "assailant", "shooter", "suspect", "killer", "perpetrator", "bomber", "stabber", "assassin", "hijacker", "arsonist");

    /** Roles of people who report on an event rather than take part in it (officials, reporters, witnesses). */
    static final Set<String> REPORTING_ROLES = Set.of("detective", "sheriff", "chief", "spokesperson", "spokesman", "spokeswoman",
            "sergeant", "lieutenant", "captain", "coroner", "examiner", "prosecutor", "judge", "mayor", "reporter", "correspondent",
            "journalist", "commander", "inspector", "marshal", "official", "director", "lawyer", "investigator", "attorney",
            "photographer", "analyst", "professor", "sgt", "lt", "capt", "commissioner", "superintendent", "trooper", "resident",
            "witness", "neighbor", "neighbour", "editor", "chairman", "chairwoman", "governor", "senator", "president");

    /** Whether a role ("police chief", "a resident of the neighborhood") is one of {@link #REPORTING_ROLES}. */
    static boolean isReportingRole(String role) {
        for (String word : role.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) if (REPORTING_ROLES.contains(word)) return true;
        return false;
    }

    /** Nouns naming a person by generic description; they stand for the perpetrator in speech contexts. */
    static final Set<String> GENERIC_PERSON = Set.of("man", "woman", "youth", "teenager", "boy", "girl");

    /** Verb lemmas that signal the event itself (used to pick event sentences for place and time). */
    static final Set<String> EVENT_VERBS = Set.of("kill", "shoot", "assassinate", "murder", "wound", "injure", "stab", "attack", "explode", "die", "fire", "open", "hurt", "destroy", "burn", "gut", "break", "erupt", "crash", "collapse", "strike", "hit", "occur", "happen", "arrest", "detain", "evacuate", "vote", "approve", "hold", "rescue", "storm", "bomb", "blast", "engulf",
            "pronounce", "declare", "succumb", "suffer", "sustain", "graze"); // "was pronounced dead", "suffered a gunshot wound", "grazing his head"

    /** Lemma of a casualty word → slot key. */
    static final Map<String, String> CASUALTY = Map.ofEntries(
            Map.entry("kill", "killed"), Map.entry("killed", "killed"), Map.entry("dead", "killed"),
            Map.entry("die", "killed"), Map.entry("death", "killed"), Map.entry("fatality", "killed"),
            Map.entry("injure", "injured"), Map.entry("injured", "injured"), Map.entry("wound", "injured"),
            Map.entry("wounded", "injured"), Map.entry("hurt", "injured"), Map.entry("injury", "injured"),
            Map.entry("hospitalized", "injured"),
            Map.entry("arrest", "arrested"), Map.entry("arrested", "arrested"), Map.entry("detain", "arrested"),
            Map.entry("detained", "arrested"));

    /** Fate words → normalized fate. */
    static final Map<String, String> FATE = Map.ofEntries(
            Map.entry("kill", "killed"), Map.entry("assassinate", "killed"), Map.entry("murder", "killed"),
            Map.entry("die", "killed"), Map.entry("arrest", "arrested"), Map.entry("detain", "arrested"),
            Map.entry("apprehend", "arrested"), Map.entry("injure", "injured"), Map.entry("wound", "injured"),
            Map.entry("hurt", "injured"), Map.entry("shoot", "shot"), Map.entry("stab", "injured"),
            Map.entry("charge", "charged"), Map.entry("indict", "charged"), Map.entry("convict", "charged"),
            Map.entry("sentence", "charged"));

    static final Set<String> AUX = Set.of("was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "later", "also", "reportedly", "allegedly", "then", "subsequently", "eventually", "fatally", "critically", "seriously", "badly", "mortally", "apparently", "first", "himself", "herself");

    static final Set<String> COUNTED_NOUNS = Set.of("people", "persons", "person", "others", "other", "civilians", "officers", "children", "students", "men", "women", "victims", "bystanders", "passengers", "workers", "guests", "residents", "police", "policemen", "soldiers", "individuals", "adults", "teenagers", "more", "were", "was");

    /** Animals, which are no people hurt or killed ("injuring one of the family dogs"). */
    static final Set<String> ANIMALS = Set.of("dog", "dogs", "puppy", "puppies", "cat", "cats", "kitten", "horse", "horses", "pet", "pets",
            "animal", "animals", "cow", "cows", "deer", "goat", "goats", "pig", "pigs", "bird", "birds");

    static final Set<String> SHOT_NOUNS = Set.of("shots", "shot", "bullets", "rounds", "times");

    static final Set<String> ROLE_NOUNS = Set.of("ambassador", "minister", "spokeswoman", "spokesman", "spokesperson", "president", "officer", "policeman", "policewoman", "photographer", "parliamentarian", "mayor", "chief", "director", "governor", "senator", "witness", "commander", "secretary", "correspondent", "reporter", "journalist", "diplomat", "envoy", "official", "lawyer", "prosecutor", "judge", "manager", "owner", "resident", "student", "teacher", "doctor", "nurse", "firefighter", "councillor", "councilor", "leader", "head", "worker", "employee", "sheriff", "captain", "lieutenant", "sergeant", "inspector", "detective", "analyst", "professor", "chairman", "chairwoman", "guard", "driver", "pilot", "priest", "imam", "rabbi", "coach", "founder", "ceo", "executive", "agent", "soldier", "veteran", "member", "deputy", "constable", "trooper", "marshal", "treasurer", "clerk", "engineer", "operator", "boss");

    /** Role words that mean the same thing; left → right. */
    static final Map<String, String> ROLE_SYNONYMS = Map.of(
            "policeman", "police officer", "policewoman", "police officer", "cop", "police officer",
            "spokesman", "spokesperson", "spokeswoman", "spokesperson");

    static final Set<String> VENUE_NOUNS = Set.of("gallery", "exhibition", "center", "centre", "terminal", "station", "school", "church", "mosque", "synagogue", "temple", "mall", "market", "restaurant", "bar", "tavern", "lounge", "saloon", "club", "nightclub", "hospital", "airport", "hotel", "park", "home", "house", "apartment", "store", "shop", "supermarket", "office", "warehouse", "factory", "stadium", "theater", "theatre", "concert", "festival", "museum", "university", "college", "campus", "embassy", "courthouse", "square", "pier", "port", "harbour", "harbor", "plant", "depot", "hall", "arena", "cafe", "pub", "residence", "building", "complex", "parking", "lot", "garage", "motel", "casino", "library", "jail", "prison", "playground", "subdivision");

    static final Set<String> WEAPONS = Set.of("handgun", "pistol", "revolver", "rifle", "shotgun", "ak-47", "ar-15", "knife", "machete", "axe", "bomb", "grenade", "explosives", "crossbow", "firearm", "semi-automatic", "sword", "hammer");

    static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "shout", "yell", "add", "scream", "cry", "write", "state", "declare", "announce", "explain", "warn", "insist", "recall", "chant", "ask", "reply", "respond", "continue", "note", "tweet", "post");

    static final Set<String> ATTRIBUTION_VERBS = Set.of("say", "report", "tell", "confirm", "announce", "state", "cite", "claim", "quote", "add", "write", "tweet", "post");

    static final Set<String> DISTRICT_NOUNS = Set.of("area", "district", "neighborhood", "neighbourhood", "suburb", "quarter", "borough", "section", "province", "county", "side");

    /** Whether {@code text} has {@code word} as a whole word (case-sensitive). */
    static boolean hasWord(String text, String word) {
        return java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(word) + "\\b").matcher(text).find();
    }
}
