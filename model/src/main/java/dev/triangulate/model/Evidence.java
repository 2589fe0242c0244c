package dev.triangulate.model;

/**
 * Where a claim is stated: the article, the sentence, and the character span of the
 * stating words inside {@link Article#text()}.
 */
public record Evidence(String articleId, int sentenceIndex, String sentence, int sentenceBegin, int begin, int end) {

    /** The stating words themselves. */
    public String span() {
        int b = Math.max(0, begin - sentenceBegin), e = Math.min(sentence.length(), end - sentenceBegin);
        return b < e ? sentence.substring(b, e) : "";
    }
}
