package dev.triangulate.eval;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClusteringMetricsTest {

    // gold: {a,b,c} {d,e}; predicted: {a,b} {c,d,e}
    static final Map<String, String> GOLD = Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2");
    static final Map<String, String> PRED = Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y");

    @Test
    void bcubedByHand() {
        // precision: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15
        // recall:    a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 -> (2/3+2/3+1/3+1+1)/5 = 11/15
        ClusteringScores s = ClusteringMetrics.score(PRED, GOLD);
        assertThat(s.bcubed().precision()).isCloseTo(11 / 15.0, within(1e-12));
        assertThat(s.bcubed().recall()).isCloseTo(11 / 15.0, within(1e-12));
        assertThat(s.bcubed().f1()).isCloseTo(11 / 15.0, within(1e-12));
        assertThat(s.documents()).isEqualTo(5);
        assertThat(s.goldClusters()).isEqualTo(2);
        assertThat(s.predictedClusters()).isEqualTo(2);
    }

    @Test
    void pairwiseByHand() {
        // gold pairs: ab ac bc de (4); predicted pairs: ab cd ce de (4); common: ab de (2)
        ClusteringScores s = ClusteringMetrics.score(PRED, GOLD);
        assertThat(s.pairwise().precision()).isCloseTo(0.5, within(1e-12));
        assertThat(s.pairwise().recall()).isCloseTo(0.5, within(1e-12));
        assertThat(s.pairwise().f1()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void allSingletons() {
        // every document alone: B-cubed precision 1, recall (1/3*3 + 1/2*2)/5 = 2/5; no predicted pairs
        Map<String, String> pred = Map.of("a", "s1", "b", "s2", "c", "s3", "d", "s4", "e", "s5");
        ClusteringScores s = ClusteringMetrics.score(pred, GOLD);
        assertThat(s.bcubed().precision()).isEqualTo(1.0);
        assertThat(s.bcubed().recall()).isCloseTo(0.4, within(1e-12));
        assertThat(s.pairwise().precision()).isEqualTo(1.0); // nothing claimed
        assertThat(s.pairwise().recall()).isEqualTo(0.0);
        assertThat(s.pairwise().f1()).isEqualTo(0.0);
        assertThat(s.predictedClusters()).isEqualTo(5);
    }

    @Test
    void goldSingletonsAndMissingOrExtraDocuments() {
        // gold: {a} {b}; prediction lacks b (a singleton) and has an unscored document z with a
        Map<String, String> gold = Map.of("a", "1", "b", "2");
        Map<String, String> pred = Map.of("a", "x", "z", "x");
        ClusteringScores s = ClusteringMetrics.score(pred, gold);
        assertThat(s.documents()).isEqualTo(2);
        assertThat(s.bcubed().f1()).isEqualTo(1.0);
        assertThat(s.pairwise().precision()).isEqualTo(1.0);
        assertThat(s.pairwise().recall()).isEqualTo(1.0); // no gold pairs to find
        assertThat(s.predictedClusters()).isEqualTo(2);
    }

    @Test
    void perfectClustering() {
        ClusteringScores s = ClusteringMetrics.score(GOLD, GOLD);
        assertThat(s.bcubed().f1()).isEqualTo(1.0);
        assertThat(s.pairwise().f1()).isEqualTo(1.0);
    }
}
