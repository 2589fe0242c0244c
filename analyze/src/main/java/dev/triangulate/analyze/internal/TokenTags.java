package dev.triangulate.analyze.internal;

import dev.triangulate.model.TimeMention;
import dev.triangulate.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the found time expressions and numbers into the tokens' coarse tags (DATE, TIME,
 * DURATION, NUMBER) and normalized values, where the 4-class NER left them untagged, so later
 * stages see one consistent token stream.
 */
final class TokenTags {
    private TokenTags() {}

    static List<Token> withTimesAndNumbers(List<Token> tokens, List<TimeMention> times) {
        List<Token> out = new ArrayList<>(tokens);
        for (TimeMention t : times) {
            for (int k = t.firstToken(); k <= t.lastToken(); k++) {
                Token x = out.get(k);
                if (x.ner().equals("O")) out.set(k, retag(x, t.type(), t.value()));
            }
        }
        for (int k = 0; k < out.size(); k++) {
            Token x = out.get(k);
            if (!x.ner().equals("O")) continue;
            Double v = NumberFinder.value(x);
            if (v != null) out.set(k, retag(x, "NUMBER", v.toString()));
        }
        return out;
    }

    private static Token retag(Token t, String ner, String normalized) {
        return new Token(t.index(), t.sentence(), t.text(), t.lemma(), t.pos(), ner, normalized, t.begin(), t.end());
    }
}
