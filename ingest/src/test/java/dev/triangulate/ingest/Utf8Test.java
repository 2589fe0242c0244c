package dev.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {
    @Test
    void decodesAndDropsTheByteOrderMark() throws Exception {
        assertThat(Utf8.decode("\uFEFFRussia’s".getBytes(StandardCharsets.UTF_8))).isEqualTo("Russia’s");
        assertThat(Utf8.decode(new byte[0])).isEmpty();
    }

    @Test
    void reportsTheOffsetOfTheFirstBadByte() {
        byte[] bytes = {'a', 'b', 'c', (byte) 0xC3, (byte) 0xA9, (byte) 0xE9, 'x'};
        assertThatThrownBy(() -> Utf8.decode(bytes))
                .isInstanceOfSatisfying(MalformedUtf8Exception.class, e -> assertThat(e.offset()).isEqualTo(5))
                .hasMessage("not valid UTF-8 at byte 5");
    }

    @Test
    void aTruncatedSequenceAtTheEndIsInvalid() {
        byte[] bytes = {'a', (byte) 0xE2, (byte) 0x80};
        assertThatThrownBy(() -> Utf8.decode(bytes)).isInstanceOf(MalformedUtf8Exception.class);
    }
}
