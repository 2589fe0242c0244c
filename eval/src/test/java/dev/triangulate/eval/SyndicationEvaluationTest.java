package dev.triangulate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyndicationEvaluationTest {

    // written for this test: one wire story carried by two publishers, an unrelated wire story, an own story
    static final String WIRE = "The harbour authority of Port Alder closed the northern pier on Tuesday after engineers found cracks "
            + "in two of its supporting columns, officials said. Ferries will use the southern terminal until repairs are "
            + "finished, which the authority expects to take at least three weeks. Traders at the fish market said the "
            + "closure would cost them customers during the busiest month of the year.";

    @Test
    void copiesOfOneWireStoryAcrossPublishersArePairsOfOneSource(@TempDir Path root) throws Exception {
        write(root, "train", "a_1", "By Wire Staff\n\n" + WIRE);
        write(root, "train", "b_1", WIRE + "\n\nRead more local news on our site.");
        write(root, "dev", "b_2", "An unrelated column about the city budget and the new library, with plenty of words "
                + "so that it has more than ten shingles of its own to compare with the others here.");
        write(root, "train", "c_1", "Another wire story on the regional election results, counted late into the night by "
                + "volunteers in every district of the province, with turnout higher than expected.");
        Files.writeString(root.resolve("metadata.tsv"), String.join("\n",
                "compartment\tfilename\tpublisher\tpublication_date\ttitle\twire",
                "train\ta_1\tpubA\t2016-05-01\tPier closed\tAP",
                "train\tb_1\tpubB\t2016-05-02\tPier closed after cracks found\tap",
                "dev\tb_2\tpubB\t2016-05-02\tBudget column\tNone",
                "train\tc_1\tpubC\t2016-05-01\tElection results\tReuters",
                "train\tmissing\tpubC\t2016-05-01\tNo text\tAP", ""));
        SyndicationEvaluation.Result r = SyndicationEvaluation.run(root);
        assertThat(r.articles()).isEqualTo(4);
        assertThat(r.crossPublisher().gold()).isEqualTo(1);
        assertThat(r.crossPublisher().predicted()).isEqualTo(1);
        assertThat(r.crossPublisher().truePositives()).isEqualTo(1);
        assertThat(r.crossPublisher().precision()).isEqualTo("1.0000");
        assertThat(r.crossSameWire()).isEqualTo(1);
        assertThat(r.wires()).containsEntry("ap", 2).containsEntry("reuters", 1);
        assertThat(r.listed()).singleElement().asString().startsWith("TP");
    }

    @Test
    void noGoldPairsIsReportedNotDividedByZero() {
        var c = new SyndicationEvaluation.Counts(10, 0, 0, 0);
        assertThat(c.precision()).startsWith("n/a");
        assertThat(c.recall()).startsWith("n/a");
        assertThat(SyndicationEvaluation.wire(" NA ")).isNull();
        assertThat(SyndicationEvaluation.wire("Reuters")).isEqualTo("reuters");
    }

    private static void write(Path root, String split, String name, String text) throws Exception {
        Path dir = root.resolve(split).resolve("text");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".txt"), text);
    }
}
