package dev.triangulate.extract.internal;

import dev.triangulate.model.Sentence;
import dev.triangulate.model.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A headline's capitals make ordinary words look like a name ("Mom Recounts Son", "Girl Critical"). */
final class HeadlineNames {
    private HeadlineNames() {}

    /** The name is given only in the headline (sentence 0), and the article writes one of its words in lower case. */
    static boolean ordinaryWords(String name, List<Sentence> sentences, List<Token> tokens) {
        if (sentences.stream().skip(1).anyMatch(s -> s.text().contains(name))) return false;
        Set<String> words = new HashSet<>();
        for (String w : name.split("\\s+")) words.add(w.toLowerCase(Locale.ROOT));
        return tokens.stream().anyMatch(t -> !t.text().isEmpty() && Character.isLowerCase(t.text().codePointAt(0)) && words.contains(t.text()));
    }
}
