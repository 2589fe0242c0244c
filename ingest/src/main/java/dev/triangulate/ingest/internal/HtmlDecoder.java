package dev.triangulate.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a web page into text. Order of evidence: byte-order mark, the declared
 * charset (HTTP header), the page's {@code <meta charset>} or {@code http-equiv} in its first
 * 8 KiB, then the bytes themselves (valid UTF-8, else windows-1252). Declarations are often
 * wrong, so they are checked: a page declared UTF-8 that is not valid UTF-8 is decoded as
 * windows-1252, and a page declared as a single-byte charset whose bytes are valid multi-byte
 * UTF-8 is decoded as UTF-8; either way a warning says so.
 */
public final class HtmlDecoder {
    private HtmlDecoder() {}

    /** Decoded text and what was noticed on the way. */
    public record Decoded(String text, Charset charset, List<String> warnings) {}

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decodes {@code bytes}; {@code declared} is the HTTP charset or null. */
    public static Decoded decode(byte[] bytes, String declared) {
        List<String> warnings = new ArrayList<>();
        // byte-order marks win over everything
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, warnings);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, warnings);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, warnings);
        }
        String name = declared;
        if (name == null || name.isBlank()) name = metaCharset(bytes);
        Charset charset = null;
        if (name != null && !name.isBlank()) {
            charset = lookup(name);
            if (charset == null) warnings.add("unknown charset '" + name + "', guessed from the bytes");
        }
        boolean utf8 = isUtf8(bytes);
        if (charset == null) {
            charset = utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        } else if (charset.equals(StandardCharsets.UTF_8) && !utf8) {
            warnings.add("declared UTF-8 but is not valid UTF-8; decoded as windows-1252");
            charset = WINDOWS_1252;
        } else if (isSingleByteLatin(charset) && utf8 && hasMultiByte(bytes)) {
            warnings.add("declared " + charset.name() + " but is UTF-8; decoded as UTF-8");
            charset = StandardCharsets.UTF_8;
        }
        return new Decoded(new String(bytes, charset), charset, warnings);
    }

    private static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset lookup(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        // the web's aliases: browsers read "iso-8859-1" and "ascii" as windows-1252
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) return WINDOWS_1252;
        if (n.equals("utf8")) return StandardCharsets.UTF_8;
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isSingleByteLatin(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.startsWith("windows-125") || n.startsWith("iso-8859-");
    }

    /** Whether the bytes are valid UTF-8. */
    public static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasMultiByte(byte[] bytes) {
        for (byte b : bytes) if (b < 0) return true;
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
