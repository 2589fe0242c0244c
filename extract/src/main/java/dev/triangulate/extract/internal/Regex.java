package dev.triangulate.extract.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link String#matches} with each pattern compiled once. The rules test words against small
 * alternations ("were|was|are|is") for every token of every sentence; compiling the pattern on
 * each call was half of the extraction time.
 */
final class Regex {
    private static final ConcurrentHashMap<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Regex() {}

    /** Whether the whole of {@code s} matches {@code regex}, as {@code s.matches(regex)}. */
    static boolean matches(String s, String regex) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(s).matches();
    }
}
