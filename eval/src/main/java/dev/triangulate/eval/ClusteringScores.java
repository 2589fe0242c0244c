package dev.triangulate.eval;

/** Clustering quality: B-cubed and pairwise scores over the documents that have a gold label. */
public record ClusteringScores(PrfScores bcubed, PrfScores pairwise, int documents, int goldClusters,
                               int predictedClusters) {

    @Override
    public String toString() {
        return "documents " + documents + ", gold clusters " + goldClusters + ", predicted clusters "
                + predictedClusters + "\nB-cubed  " + bcubed + "\npairwise " + pairwise;
    }
}
