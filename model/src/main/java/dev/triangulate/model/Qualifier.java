package dev.triangulate.model;

/** How a reported number is qualified in the text. */
public enum Qualifier {
    EXACT("", "exactly"),
    AT_LEAST(">=", "at least"),
    MORE_THAN(">", "more than"),
    ABOUT("~", "about"),
    UP_TO("<=", "up to"),
    SEVERAL("", "several");

    private final String symbol;
    private final String words;

    Qualifier(String symbol, String words) {
        this.symbol = symbol;
        this.words = words;
    }

    /** Compact form used in JSON values, e.g. ">=" for {@link #AT_LEAST}. */
    public String symbol() { return symbol; }

    /** Human wording, e.g. "at least". */
    public String words() { return words; }

    /** Lower-case name for JSON ("at_least"). */
    public String key() { return name().toLowerCase(java.util.Locale.ROOT); }
}
