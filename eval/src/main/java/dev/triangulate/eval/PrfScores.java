package dev.triangulate.eval;

/** Precision, recall and their harmonic mean. */
public record PrfScores(double precision, double recall, double f1) {

    static PrfScores of(double precision, double recall) {
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new PrfScores(precision, recall, f1);
    }

    /** From counts of true positives, false positives and false negatives. */
    static PrfScores counts(long tp, long fp, long fn) {
        return of(tp + fp == 0 ? 0 : (double) tp / (tp + fp), tp + fn == 0 ? 0 : (double) tp / (tp + fn));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "P %.4f R %.4f F1 %.4f", precision, recall, f1);
    }
}
