package dev.triangulate.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small gradient-boosted tree ensemble (logistic loss): the sum of the trees' leaf values is
 * the log-odds. Text format, one tree a line after a header line {@code gbdt <base score>}:
 * nodes separated by spaces, a split as {@code feature:threshold:left:right} (go left when
 * {@code x[feature] <= threshold}) and a leaf as {@code L:value}; node 0 is the root.
 */
final class Gbdt {
    final double base;
    final List<double[][]> trees; // node → {feature (-1 leaf), threshold or value, left, right}

    Gbdt(double base, List<double[][]> trees) {
        this.base = base;
        this.trees = List.copyOf(trees);
    }

    double score(double[] x) {
        double z = base;
        for (double[][] t : trees) {
            int n = 0;
            while (t[n][0] >= 0) n = x[(int) t[n][0]] <= t[n][1] ? (int) t[n][2] : (int) t[n][3];
            z += t[n][1];
        }
        return z;
    }

    String format() {
        StringBuilder b = new StringBuilder("gbdt " + base + "\n");
        for (double[][] t : trees) {
            for (int i = 0; i < t.length; i++) {
                if (i > 0) b.append(' ');
                // Double.toString round-trips exactly: split thresholds are sample values
                if (t[i][0] < 0) b.append("L:").append(t[i][1]);
                else b.append((int) t[i][0]).append(':').append(t[i][1]).append(':').append((int) t[i][2])
                        .append(':').append((int) t[i][3]);
            }
            b.append('\n');
        }
        return b.toString();
    }

    static Gbdt parse(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null || !header.startsWith("gbdt ")) throw new IllegalArgumentException("not a gbdt model");
            double base = Double.parseDouble(header.substring(5).strip());
            List<double[][]> trees = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] nodes = line.strip().split(" ");
                double[][] t = new double[nodes.length][];
                for (int i = 0; i < nodes.length; i++) {
                    String[] p = nodes[i].split(":");
                    t[i] = p[0].equals("L") ? new double[] {-1, Double.parseDouble(p[1]), 0, 0}
                            : new double[] {Integer.parseInt(p[0]), Double.parseDouble(p[1]),
                                    Integer.parseInt(p[2]), Integer.parseInt(p[3])};
                }
                trees.add(t);
            }
            return new Gbdt(base, trees);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
