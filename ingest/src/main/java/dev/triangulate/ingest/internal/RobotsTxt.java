package dev.triangulate.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a robots.txt (RFC 9309) for one user agent: the group naming the agent's
 * product token, else the {@code *} group; among matching Allow/Disallow rules the longest
 * pattern wins and Allow wins ties; {@code *} matches any characters and a final {@code $}
 * anchors the end.
 */
public final class RobotsTxt {
    /** Everything allowed. */
    public static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of());
    /** Everything disallowed. */
    public static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule(false, "/")));

    private record Rule(boolean allow, String pattern) {}

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = rules;
    }

    /** Parses {@code text}, keeping the rules that apply to {@code agent}. */
    public static RobotsTxt parse(String text, String agent) {
        String me = agent.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean sawMine = false;
        List<String> groupAgents = new ArrayList<>();
        boolean inRules = false;
        for (String raw : text.split("\\R")) {
            String line = raw;
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) { groupAgents.clear(); inRules = false; }
                groupAgents.add(value.toLowerCase(Locale.ROOT));
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (value.isEmpty()) continue; // "Disallow:" allows everything
                Rule rule = new Rule(key.equals("allow"), value);
                for (String a : groupAgents) {
                    if (a.equals("*")) star.add(rule);
                    else if (me.startsWith(a) || a.startsWith(me)) { mine.add(rule); sawMine = true; }
                }
            }
        }
        // a group for our agent replaces the * group, even when it is empty
        for (String a : groupAgents) if (!a.equals("*") && (me.startsWith(a) || a.startsWith(me))) sawMine = true;
        return new RobotsTxt(sawMine ? mine : star);
    }

    /** Whether {@code path} (path and query, as sent) may be fetched. */
    public boolean allows(String path) {
        Rule best = null;
        for (Rule r : rules) {
            if (!matches(r.pattern(), path)) continue;
            if (best == null || r.pattern().length() > best.pattern().length()
                    || r.pattern().length() == best.pattern().length() && r.allow()) best = r;
        }
        return best == null || best.allow();
    }

    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return match(p, 0, path, 0, anchored);
    }

    // Iterative wildcard matching with backtracking over the last '*'.
    private static boolean match(String p, int pi, String s, int si, boolean anchored) {
        int star = -1, mark = 0;
        while (si <= s.length()) {
            if (pi == p.length()) {
                if (!anchored || si == s.length()) return true;
            } else if (p.charAt(pi) == '*') {
                star = pi++;
                mark = si;
                continue;
            } else if (si < s.length() && p.charAt(pi) == s.charAt(si)) {
                pi++;
                si++;
                continue;
            }
            if (star < 0) return false;
            pi = star + 1;
            si = ++mark;
        }
        return false;
    }
}
