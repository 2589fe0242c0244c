package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ByteLinesTest {
    private static List<String> lines(String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (ByteLines lines = new ByteLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            while (lines.next()) out.add(new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void splitsOnLfAndCrLf() throws Exception {
        assertThat(lines("a\r\nb\n\nc")).containsExactly("a", "b", "", "c");
        assertThat(lines("a\n")).containsExactly("a");
        assertThat(lines("")).isEmpty();
        assertThat(lines("\n")).containsExactly("");
    }

    @Test
    void handlesLinesLongerThanTheBuffer() throws Exception {
        String longLine = "x".repeat(200_000);
        assertThat(lines(longLine + "\nshort\n" + longLine)).containsExactly(longLine, "short", longLine);
    }

    @Property
    void agreesWithStringSplitting(@ForAll String text) throws Exception {
        String t = text.replace("\r", "");
        List<String> expected = new ArrayList<>(List.of(t.split("\n", -1)));
        if (t.isEmpty() || t.endsWith("\n")) expected.remove(expected.size() - 1);
        assertThat(lines(t)).isEqualTo(expected);
    }
}
