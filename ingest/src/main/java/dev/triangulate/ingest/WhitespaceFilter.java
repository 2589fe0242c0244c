package dev.triangulate.ingest;

import java.util.Optional;

/**
 * Collapses runs of white space (including no-break and other Unicode spaces and control
 * characters) to one space, removes zero-width characters, trims, and drops lines left empty.
 */
public final class WhitespaceFilter implements LineFilter {
    /** Creates the filter. */
    public WhitespaceFilter() {}

    @Override
    public Optional<String> apply(String line) {
        // Hand-written instead of a regex: this runs on every line of every article, and most
        // lines are already normal, so they are returned without copying.
        if (isNormal(line)) return line.isEmpty() ? Optional.empty() : Optional.of(line);
        StringBuilder out = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isInvisible(c)) continue;
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) out.append(' ');
            pendingSpace = false;
            out.append(c);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
    }

    private static boolean isNormal(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) return false;
            if (isSpace(c) && (c != ' ' || i == 0 || i == n - 1 || s.charAt(i - 1) == ' ')) return false;
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }
}
