package org.husnu.symposium.submission.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides by its bytes, before PDFBox sees it, whether a file is a PDF and nothing else.
 * <p>
 * The rule, chosen to keep false positives low (PDFs legitimately hold compressed binary
 * data, which may contain any short byte sequence by chance):
 * <ul>
 * <li>The file must start with {@code %PDF-} at byte 0. PDF readers tolerate up to 1 KB
 * of leading data; we do not, because leading data is how PDF/other-format polyglots are
 * built. A file that starts with another format's signature is named as that format (PNG,
 * JPEG, GIF, TIFF, ZIP, Word/Excel/PowerPoint, old Office, RTF, HTML, XML, PostScript,
 * executables, archives).</li>
 * <li>Polyglots: the file is refused when, after its last {@code %%EOF}, it carries data
 * starting with or containing an unambiguous signature of another format (ZIP local,
 * central or end records, HTML or script tags, image or executable magic), or when it
 * ends with a ZIP end-of-central-directory record whose comment ends exactly at the end
 * of the file (what ZIP readers look for, and what a ZIP file embedded in a stream never
 * has). Unknown trailing bytes (NULs, line ends, junk from transfers) are tolerated.</li>
 * </ul>
 */
final class FileSniffer {

	static final int HEAD = 1024;

	/** The ZIP end record is 22 bytes plus a comment of at most 65535 bytes. */
	static final int TAIL = 65_557 + 1024;

	private static final byte[] PDF = ascii("%PDF-");

	private static final byte[] EOF_MARKER = ascii("%%EOF");

	private static final byte[] ZIP_END = { 'P', 'K', 5, 6 };

	/** Signatures found anywhere in data after the last {@code %%EOF}. */
	private static final List<Signature> TRAILING = List.of(new Signature("zip", new byte[] { 'P', 'K', 3, 4 }),
			new Signature("zip", new byte[] { 'P', 'K', 1, 2 }), new Signature("zip", ZIP_END),
			new Signature("html", ascii("<html")), new Signature("html", ascii("<!doctype")),
			new Signature("html", ascii("<script")), new Signature("html", ascii("<svg")),
			new Signature("html", ascii("<?php")), new Signature("png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }),
			new Signature("jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }),
			new Signature("jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1 }),
			new Signature("executable", new byte[] { 0x7F, 'E', 'L', 'F' }), new Signature("archive", ascii("Rar!")),
			new Signature("archive", new byte[] { '7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C }));

	private FileSniffer() {
	}

	/**
	 * Sniffs a file.
	 * @param file the file
	 * @return a {@code not-pdf} finding naming what the file looks like, or empty when it
	 * is a PDF by its bytes
	 */
	static Optional<PdfFinding> sniff(Path file) {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			byte[] head = read(channel, 0, (int) Math.min(HEAD, size));
			if (!startsWith(head, 0, PDF)) {
				return Optional.of(notPdf(kindOf(head)));
			}
			int tailLength = (int) Math.min(TAIL, size);
			byte[] tail = read(channel, size - tailLength, tailLength);
			return polyglot(tail).map(FileSniffer::notPdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What a file that does not start with {@code %PDF-} looks like.
	 * @param head the first bytes
	 * @return a kind, a key of the message {@code pdf-check.not-pdf.kind.*}
	 */
	static String kindOf(byte[] head) {
		if (head.length == 0) {
			return "empty";
		}
		if (indexOf(head, PDF, 1, head.length) >= 0) {
			return "leading-data";
		}
		if (startsWith(head, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G' })) {
			return "png";
		}
		if (startsWith(head, 0, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return "jpeg";
		}
		if (startsWith(head, 0, ascii("GIF87a")) || startsWith(head, 0, ascii("GIF89a"))) {
			return "gif";
		}
		if (startsWith(head, 0, new byte[] { 'I', 'I', 42, 0 })
				|| startsWith(head, 0, new byte[] { 'M', 'M', 0, 42 })) {
			return "tiff";
		}
		if (startsWith(head, 0, ascii("RIFF")) && startsWith(head, 8, ascii("WEBP"))) {
			return "webp";
		}
		if (startsWith(head, 4, ascii("ftyp"))) {
			return "heic";
		}
		if (startsWith(head, 0, new byte[] { 'P', 'K', 3, 4 })) {
			return zipKind(head);
		}
		if (startsWith(head, 0, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
				0x1A, (byte) 0xE1 })) {
			return "office-legacy";
		}
		if (startsWith(head, 0, ascii("{\\rtf"))) {
			return "rtf";
		}
		if (startsWith(head, 0, ascii("%!PS"))) {
			return "postscript";
		}
		if (startsWith(head, 0, ascii("MZ")) || startsWith(head, 0, new byte[] { 0x7F, 'E', 'L', 'F' })) {
			return "executable";
		}
		if (startsWith(head, 0, new byte[] { 0x1F, (byte) 0x8B }) || startsWith(head, 0, ascii("Rar!"))
				|| startsWith(head, 0, new byte[] { '7', 'z', (byte) 0xBC, (byte) 0xAF })) {
			return "archive";
		}
		String text = new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "")
			.stripLeading()
			.toLowerCase(Locale.ROOT);
		if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.startsWith("<head")
				|| text.startsWith("<body") || text.startsWith("<script")) {
			return "html";
		}
		if (text.startsWith("<?xml") || text.startsWith("<svg")) {
			return "xml";
		}
		return "unknown";
	}

	private static String zipKind(byte[] head) {
		// the first entry's name follows the 30-byte local header
		int nameLength = (head.length >= 30) ? (head[26] & 0xFF) | ((head[27] & 0xFF) << 8) : 0;
		String name = (head.length >= 30 + nameLength) ? new String(head, 30, nameLength, StandardCharsets.ISO_8859_1)
				: "";
		String all = new String(head, StandardCharsets.ISO_8859_1);
		if (name.startsWith("word/") || all.contains("word/")) {
			return "docx";
		}
		if (name.startsWith("xl/") || all.contains("xl/")) {
			return "xlsx";
		}
		if (name.startsWith("ppt/") || all.contains("ppt/")) {
			return "pptx";
		}
		if (name.equals("mimetype") && all.contains("opendocument")) {
			return "odf";
		}
		return "zip";
	}

	/**
	 * Whether the end of a file carries a second format.
	 * @param tail the last bytes of the file
	 * @return the second format's kind, prefixed {@code polyglot-}
	 */
	static Optional<String> polyglot(byte[] tail) {
		int zipEnd = lastIndexOf(tail, ZIP_END, tail.length);
		while (zipEnd >= 0) {
			if (zipEnd + 22 <= tail.length) {
				int commentLength = (tail[zipEnd + 20] & 0xFF) | ((tail[zipEnd + 21] & 0xFF) << 8);
				if (zipEnd + 22 + commentLength == tail.length) {
					return Optional.of("polyglot-zip");
				}
			}
			zipEnd = lastIndexOf(tail, ZIP_END, zipEnd);
		}
		int eof = lastIndexOf(tail, EOF_MARKER, tail.length);
		if (eof < 0) {
			return Optional.empty();
		}
		int from = eof + EOF_MARKER.length;
		byte[] trailing = new byte[tail.length - from];
		System.arraycopy(tail, from, trailing, 0, trailing.length);
		byte[] lower = new String(trailing, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)
			.getBytes(StandardCharsets.ISO_8859_1);
		for (Signature signature : TRAILING) {
			if (indexOf(lower, signature.lowerCaseBytes(), 0, lower.length) >= 0) {
				return Optional.of("polyglot-" + signature.kind());
			}
		}
		int start = 0;
		while (start < trailing.length && (trailing[start] == 0 || Character.isWhitespace(trailing[start]))) {
			start++;
		}
		if (startsWith(trailing, start, ascii("MZ")) || startsWith(trailing, start, ascii("GIF8"))) {
			return Optional.of("polyglot-" + ((trailing[start] == 'M') ? "executable" : "gif"));
		}
		return Optional.empty();
	}

	private static PdfFinding notPdf(String kind) {
		return PdfFinding.of(PdfCheckCode.NOT_PDF, kind);
	}

	private static byte[] read(FileChannel channel, long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length);
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, position + buffer.position()) < 0) {
				break;
			}
		}
		byte[] bytes = new byte[buffer.position()];
		buffer.flip();
		buffer.get(bytes);
		return bytes;
	}

	private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
		if (offset < 0 || data.length - offset < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (data[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] data, byte[] pattern, int from, int to) {
		for (int i = from; i <= to - pattern.length; i++) {
			if (startsWith(data, i, pattern)) {
				return i;
			}
		}
		return -1;
	}

	private static int lastIndexOf(byte[] data, byte[] pattern, int before) {
		for (int i = Math.min(before - 1, data.length - pattern.length); i >= 0; i--) {
			if (startsWith(data, i, pattern)) {
				return i;
			}
		}
		return -1;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private record Signature(String kind, byte[] bytes) {

		byte[] lowerCaseBytes() {
			return new String(this.bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)
				.getBytes(StandardCharsets.ISO_8859_1);
		}

	}

}
