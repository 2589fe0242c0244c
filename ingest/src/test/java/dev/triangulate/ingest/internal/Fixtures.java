package dev.triangulate.ingest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Small inputs written by the tests themselves: pages, feeds and WARC records. */
public final class Fixtures {
    private Fixtures() {}

    /** A paragraph of made-up news prose. */
    public static String prose(String subject) {
        return "Officials in Port Alder said on Tuesday that " + subject + " would be investigated by an independent "
                + "panel, and that the findings would be published before the end of the month, according to a statement.";
    }

    /** A small article page about {@code subject}. */
    public static String page(String title, String subject) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title>"
                + "<meta property=\"og:site_name\" content=\"Meridian Press\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>" + title + "</h1><p>"
                + prose(subject) + "</p><p>" + prose(subject + " again") + "</p></article></body></html>";
    }

    /** An RSS 2.0 feed with the given items (title, link, html content). */
    public static String rss(String[]... items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Meridian Press</title>"
                + "<link>https://meridianpress.example/</link><description>News</description><language>en-gb</language>");
        for (String[] i : items) {
            sb.append("<item><title>").append(i[0]).append("</title><link>").append(i[1]).append("</link>")
                    .append("<pubDate>Tue, 13 May 2031 19:05:00 GMT</pubDate><author>desk@meridianpress.example (Jane Doe)</author>")
                    .append("<description><![CDATA[").append(i[2]).append("]]></description></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    /** One WARC record with the given type, target and HTTP block. */
    public static byte[] warcRecord(String type, String target, String contentType, byte[] block) {
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
                (type + target + block.length).getBytes(StandardCharsets.UTF_8)) + ">\r\nWARC-Date: 2031-05-13T19:05:00Z\r\n"
                + (target == null ? "" : "WARC-Target-URI: " + target + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** An HTTP response message (status line, headers, body) as a WARC response block. */
    public static byte[] http(int status, String contentType, byte[] body) {
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** A WARC response record for an HTML page. */
    public static byte[] htmlResponse(String target, String html) {
        return warcRecord("response", target, "application/http; msgtype=response",
                http(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
    }

    /** gzip of {@code bytes} (one member). */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Concatenation of byte arrays. */
    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
