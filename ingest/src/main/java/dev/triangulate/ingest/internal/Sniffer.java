package dev.triangulate.ingest.internal;

import dev.triangulate.ingest.InputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Detects an input's format from its first bytes; see {@link InputFormat#detect(Path)}. */
public final class Sniffer {
    private Sniffer() {}

    /** How many (decompressed) bytes are looked at. */
    public static final int HEAD = 16 * 1024;

    private static final Pattern FEED_ROOT = Pattern.compile("(?is)^(?:\\s|<\\?xml[^>]*>|<!--.*?-->|<\\?xml-stylesheet[^>]*>|<!DOCTYPE[^\\[>]*(?:\\[.*?\\])?\\s*>)*"
            + "<(?:rss|feed|rdf:RDF)\\b");
    private static final Pattern HTML_MARK = Pattern.compile(
            "(?i)<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<meta\\s|<title[\\s>]|<div[\\s>]|<p[\\s>]|<article[\\s>]");
    private static final Pattern JSON_LINE = Pattern.compile("^\\s*\\{\\s*\"");

    /** The first {@link #HEAD} bytes of {@code file}, decompressed when gzip. */
    public static byte[] head(Path file) throws IOException {
        try (InputStream in = Bytes.open(file)) {
            return in.readNBytes(HEAD);
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            throw new IOException("truncated or corrupt gzip data", e);
        }
    }

    /** The format of {@code file}; empty for binary or unreadable files. */
    public static Optional<InputFormat> sniff(Path file) {
        try (InputStream in = Bytes.open(file)) {
            return sniff(in.readNBytes(HEAD));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The format of content starting with {@code head} (already decompressed). */
    public static Optional<InputFormat> sniff(byte[] head) {
        if (head.length == 0) return Optional.of(InputFormat.TEXT);
        String ascii = new String(head, 0, Math.min(head.length, 16), StandardCharsets.ISO_8859_1);
        if (ascii.startsWith("WARC/") || ascii.startsWith("filedesc://")) return Optional.of(InputFormat.WARC);
        if (isBinary(head)) return Optional.empty();
        String text = HtmlDecoder.decode(head, null).text();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (FEED_ROOT.matcher(text).find()) return Optional.of(InputFormat.FEED);
        if (JSON_LINE.matcher(text).find()) return Optional.of(InputFormat.JSONL);
        String start = text.stripLeading();
        String lower = start.substring(0, Math.min(start.length(), 4096)).toLowerCase(Locale.ROOT);
        if (start.startsWith("<") && HTML_MARK.matcher(lower).find()) return Optional.of(InputFormat.HTML);
        if (HTML_MARK.matcher(lower.substring(0, Math.min(lower.length(), 512))).find()
                && (lower.contains("<html") || lower.contains("<!doctype"))) return Optional.of(InputFormat.HTML);
        return Optional.of(InputFormat.TEXT);
    }

    /**
     * Whether the bytes look binary: NUL bytes (without a UTF-16 byte-order mark) or many
     * control characters.
     */
    public static boolean isBinary(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) return false;
        int control = 0;
        int n = Math.min(head.length, 4096);
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) control++;
        }
        return control > n / 20;
    }
}
