package dev.triangulate.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    private static ObjectNode rec(int i) {
        return JSON.createObjectNode().put("t", "x").put("i", i).put("text", "line \n with \"quotes\" and ünïcode " + i);
    }

    private List<Integer> replayed(Path f) throws IOException {
        List<Integer> out = new ArrayList<>();
        RecordLog.replay(f, r -> out.add(r.get("i").asInt()));
        return out;
    }

    @Test
    void appendedRecordsAreAppliedInOrderAndReplayed() throws Exception {
        Path f = dir.resolve("store.log");
        List<Integer> applied = new CopyOnWriteArrayList<>();
        try (RecordLog log = new RecordLog(f, batch -> batch.forEach(r -> applied.add(r.get("i").asInt())))) {
            List<CompletableFuture<Void>> fs = new ArrayList<>();
            for (int i = 0; i < 200; i++) fs.add(log.append(List.of(rec(i))));
            fs.forEach(CompletableFuture::join);
            assertThat(log.syncs()).isBetween(1L, 200L);
        }
        assertThat(applied).hasSize(200).isSorted();
        assertThat(replayed(f)).isEqualTo(applied);
    }

    @Test
    void tornTailIsCutOffAndTheLogStaysAppendable() throws Exception {
        Path f = dir.resolve("store.log");
        try (RecordLog log = new RecordLog(f, b -> { })) {
            log.append(List.of(rec(1), rec(2))).join();
        }
        long good = Files.size(f);
        byte[] line = RecordLog.encode(rec(3));
        Files.write(f, java.util.Arrays.copyOf(line, line.length / 2), StandardOpenOption.APPEND); // crash mid-write
        List<Integer> out = new ArrayList<>();
        RecordLog.Recovery r = RecordLog.replay(f, x -> out.add(x.get("i").asInt()));
        assertThat(out).containsExactly(1, 2);
        assertThat(r.truncatedBytes()).isEqualTo(line.length / 2);
        assertThat(r.skippedCorrupt()).isZero();
        assertThat(Files.size(f)).isEqualTo(good);
        try (RecordLog log = new RecordLog(f, b -> { })) {
            log.append(List.of(rec(4))).join();
        }
        assertThat(replayed(f)).containsExactly(1, 2, 4);
    }

    @Test
    void aCompleteLineWithABadChecksumAtTheEndIsTreatedAsTornToo() throws Exception {
        Path f = dir.resolve("store.log");
        try (RecordLog log = new RecordLog(f, b -> { })) {
            log.append(List.of(rec(1))).join();
        }
        Files.writeString(f, "0000beef {\"t\":\"x\",\"i\":9}\n", StandardOpenOption.APPEND);
        RecordLog.Recovery r = RecordLog.replay(f, x -> { });
        assertThat(r.records()).isEqualTo(1);
        assertThat(r.truncatedBytes()).isGreaterThan(0);
        assertThat(replayed(f)).containsExactly(1);
    }

    @Test
    void aDamagedRecordBetweenIntactOnesIsSkippedAndCounted() throws Exception {
        Path f = dir.resolve("store.log");
        try (RecordLog log = new RecordLog(f, b -> { })) {
            log.append(List.of(rec(1), rec(2), rec(3))).join();
        }
        byte[] all = Files.readAllBytes(f);
        int second = new String(all, StandardCharsets.UTF_8).indexOf('\n') + 1;
        all[second + 20] ^= 0x01; // flip a bit inside record 2
        Files.write(f, all);
        List<Integer> out = new ArrayList<>();
        RecordLog.Recovery r = RecordLog.replay(f, x -> out.add(x.get("i").asInt()));
        assertThat(out).containsExactly(1, 3);
        assertThat(r.skippedCorrupt()).isEqualTo(1);
        assertThat(r.truncatedBytes()).isZero();
    }

    @Test
    void appendsAfterCloseFail() throws Exception {
        Path f = dir.resolve("store.log");
        RecordLog log = new RecordLog(f, b -> { });
        log.close();
        assertThat(log.append(List.of(rec(1)))).isCompletedExceptionally();
    }
}
