package dev.triangulate.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the input went wrong. */
final class Utf8 {
    private Utf8() {}

    /**
     * Decodes {@code len} bytes from {@code off}, dropping a leading byte-order mark.
     *
     * @throws MalformedUtf8Exception with the offset (relative to {@code off}) of the first bad byte
     */
    static String decode(byte[] bytes, int off, int len) throws MalformedUtf8Exception {
        // String(bytes, UTF_8) would silently insert U+FFFD; we want to tell the user instead.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
        CharBuffer out = CharBuffer.allocate(len + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) throw new MalformedUtf8Exception(in.position() - off);
        result = decoder.flush(out);
        if (result.isError()) throw new MalformedUtf8Exception(in.position() - off);
        out.flip();
        if (out.length() > 0 && out.charAt(0) == '\uFEFF') out.position(1);
        return out.toString();
    }

    /** Decodes a whole byte array; see {@link #decode(byte[], int, int)}. */
    static String decode(byte[] bytes) throws MalformedUtf8Exception {
        return decode(bytes, 0, bytes.length);
    }
}
