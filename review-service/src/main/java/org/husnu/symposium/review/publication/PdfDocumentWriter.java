package org.husnu.symposium.review.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Writes an A4 PDF top to bottom: headings and wrapped paragraphs in any mix of English,
 * Japanese and Korean (each character in a font that has it, {@link PdfFonts}), page
 * numbers, bookmarks and links; reserved pages (a table of contents) are filled in once
 * the pages they point to exist. Each page is written out as soon as the next one starts,
 * so nothing of the layout is kept but the position on the current page. One writer holds
 * the PDF engine's only permit from {@link #open} to {@link #close}: use it in a
 * try-with-resources block. The program PDF, the book of abstracts and the collaboration
 * report print with it. A character no font has fails with {@link MissingGlyphException}
 * before it is drawn; callers check their texts first with
 * {@link PdfFonts#firstMissing(String)} to name where it is.
 * <p>
 * One class of more than 300 lines on purpose: the page, the position on it, the fonts
 * and the pending links are one state that every method moves; split, each part would
 * need all of it.
 */
public final class PdfDocumentWriter implements AutoCloseable {

	private static final PDRectangle SIZE = PDRectangle.A4;

	private static final float MARGIN = 56;

	private static final float TOP = SIZE.getHeight() - MARGIN;

	private static final float BOTTOM = MARGIN;

	private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;

	private final PdfFonts engine;

	private final PDDocument document;

	private final PdfFonts.FontSet fonts;

	private final PDDocumentOutline outline = new PDDocumentOutline();

	private final Map<Long, Float> widths = new HashMap<>();

	private final List<Link> links = new ArrayList<>();

	private PDPage page;

	private PDPageContentStream stream;

	private int pageNumber;

	private float y;

	private boolean numbered = true;

	private final java.util.BitSet reserved = new java.util.BitSet();

	private boolean closed;

	private PdfDocumentWriter(PdfFonts engine, String title) {
		this.engine = engine;
		this.document = new PDDocument();
		try {
			this.fonts = engine.embedIn(this.document);
		}
		catch (RuntimeException ex) {
			closeDocument();
			throw ex;
		}
		PDDocumentInformation info = this.document.getDocumentInformation();
		info.setTitle(title);
		info.setCreator("HU × SNU symposium review-service");
		this.document.getDocumentCatalog().setDocumentOutline(this.outline);
		this.document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
	}

	/**
	 * Starts a document, waiting for the engine's permit (one PDF at a time).
	 * @param fonts the PDF engine
	 * @param title the document's title (its metadata)
	 * @return the writer, with no page yet
	 * @throws PdfFontsMissingException when the fonts are not installed
	 */
	public static PdfDocumentWriter open(PdfFonts fonts, String title) {
		fonts.acquire();
		try {
			return new PdfDocumentWriter(fonts, title);
		}
		catch (RuntimeException ex) {
			fonts.release();
			throw ex;
		}
	}

	/**
	 * Whether the pages started from now on show their number at the bottom.
	 * @param numbered whether to number them
	 */
	public void numbered(boolean numbered) {
		this.numbered = numbered;
	}

	/**
	 * Starts a new page and writes at its top.
	 * @return its number, 1 for the first
	 */
	public int newPage() {
		endPage();
		this.page = new PDPage(SIZE);
		this.document.addPage(this.page);
		this.pageNumber = this.document.getNumberOfPages();
		this.stream = open(this.page, false);
		this.y = TOP;
		if (this.numbered) {
			footer(this.pageNumber);
		}
		return this.pageNumber;
	}

	/**
	 * Adds empty (numbered) pages to fill in later with {@link #continueOn(int)}, e.g.
	 * for a table of contents whose page numbers are known only at the end.
	 * @param count how many
	 * @return the number of the first
	 */
	public int reservePages(int count) {
		int first = this.document.getNumberOfPages() + 1;
		for (int i = 0; i < count; i++) {
			this.reserved.set(newPage());
		}
		endPage();
		return first;
	}

	/**
	 * Writes on a page that exists (a reserved one) from its top.
	 * @param number the page's number
	 */
	public void continueOn(int number) {
		endPage();
		this.page = this.document.getPage(number - 1);
		this.pageNumber = number;
		this.stream = open(this.page, true);
		this.y = TOP;
	}

	/**
	 * The page being written.
	 * @return its number, 0 before the first page
	 */
	public int page() {
		return this.pageNumber;
	}

	/**
	 * Pages so far.
	 * @return the count
	 */
	public int pageCount() {
		return this.document.getNumberOfPages();
	}

	/**
	 * Whether a block of a height fits on this page; if not, a new page starts.
	 * @param height the height in points
	 */
	public void keepTogether(float height) {
		if (this.stream == null || this.y - height < BOTTOM) {
			if (this.stream != null && this.reserved.get(this.pageNumber + 1)) {
				continueOn(this.pageNumber + 1);
			}
			else {
				newPage();
			}
		}
	}

	/**
	 * How many pages to reserve for lines of one style under a heading, e.g. a table of
	 * contents of one line per entry: at least as many as they take.
	 * @param lines the lines
	 * @param style their style
	 * @param heading the heading's style on the first page
	 * @return the pages
	 */
	public static int pagesFor(int lines, PdfStyle style, PdfStyle heading) {
		int perPage = (int) Math.floor((TOP - BOTTOM) / style.lineHeight()) - 1;
		int first = (int) Math.floor((TOP - BOTTOM - heading.lineHeight() - heading.size()) / style.lineHeight()) - 1;
		if (lines <= first) {
			return 1;
		}
		return 1 + (lines - first + perPage - 1) / perPage;
	}

	/**
	 * Vertical space.
	 * @param points how much
	 */
	public void gap(float points) {
		this.y -= points;
	}

	/**
	 * A paragraph, wrapped to the page width and continued on new pages as needed.
	 * @param text the text; line breaks in it start new lines
	 * @param style its style
	 */
	public void paragraph(String text, PdfStyle style) {
		paragraph(text, style, 0);
	}

	/**
	 * A paragraph, indented.
	 * @param text the text; line breaks in it start new lines
	 * @param style its style
	 * @param indent left indent in points
	 */
	public void paragraph(String text, PdfStyle style, float indent) {
		for (String line : PdfText.normalize(text).split("\n", -1)) {
			for (String wrapped : wrap(line, style, WIDTH - indent)) {
				keepTogether(style.lineHeight());
				this.y -= style.lineHeight();
				draw(wrapped, MARGIN + indent, this.y + style.lineHeight() - style.size(), style, 0);
			}
		}
	}

	/**
	 * A paragraph whose lines are centred.
	 * @param text the text
	 * @param style its style
	 */
	public void centered(String text, PdfStyle style) {
		for (String line : PdfText.normalize(text).split("\n", -1)) {
			for (String wrapped : wrap(line, style, WIDTH)) {
				keepTogether(style.lineHeight());
				this.y -= style.lineHeight();
				float x = MARGIN + (WIDTH - width(wrapped, style)) / 2;
				draw(wrapped, x, this.y + style.lineHeight() - style.size(), style, 0);
			}
		}
	}

	/**
	 * A heading: kept on one page with the two lines after it.
	 * @param text the text
	 * @param style its style
	 */
	public void heading(String text, PdfStyle style) {
		keepTogether(style.lineHeight() * 2 + PdfStyle.BODY.lineHeight() * 2);
		gap(style.size() * 0.4f);
		paragraph(text, style);
		gap(style.size() * 0.3f);
	}

	/**
	 * One line of a table of contents or an index: the text (cut with an ellipsis when
	 * too long) and, aligned right, a page number that links to that page.
	 * @param text the entry
	 * @param style its style
	 * @param indent left indent in points
	 * @param target the page it points to, or 0 for none
	 */
	public void entry(String text, PdfStyle style, float indent, int target) {
		entry(text, (target > 0) ? String.valueOf(target) : "", style, indent, target);
	}

	/**
	 * One line of a table of contents or an index with its own label on the right (e.g.
	 * several page numbers), linking to one page.
	 * @param text the entry
	 * @param label the label, aligned right
	 * @param style its style
	 * @param indent left indent in points
	 * @param target the page it points to, or 0 for none
	 */
	public void entry(String text, String label, PdfStyle style, float indent, int target) {
		float labelWidth = width(label, style);
		String shown = fit(PdfText.normalize(text).replace('\n', ' '), style, WIDTH - indent - labelWidth - 12);
		keepTogether(style.lineHeight());
		this.y -= style.lineHeight();
		float baseline = this.y + style.lineHeight() - style.size();
		draw(shown, MARGIN + indent, baseline, style, 0);
		draw(label, MARGIN + WIDTH - labelWidth, baseline, style, 0);
		if (target > 0) {
			this.links.add(new Link(this.pageNumber,
					new PDRectangle(MARGIN + indent, this.y, WIDTH - indent, style.lineHeight()), target));
		}
	}

	/**
	 * A thin line across the page.
	 */
	public void rule() {
		keepTogether(8);
		this.y -= 4;
		try {
			this.stream.setLineWidth(0.5f);
			this.stream.setStrokingColor(0.6f);
			this.stream.moveTo(MARGIN, this.y);
			this.stream.lineTo(MARGIN + WIDTH, this.y);
			this.stream.stroke();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.y -= 4;
	}

	/**
	 * A bookmark (an entry of the PDF's outline) to the current position.
	 * @param title its title
	 * @param parent the bookmark it sits under, or {@code null} for the top level
	 * @return the bookmark, to put others under
	 */
	public Bookmark bookmark(String title, Bookmark parent) {
		PDOutlineItem item = item(title);
		if (parent != null) {
			parent.item.addLast(item);
		}
		else {
			this.outline.addLast(item);
		}
		return new Bookmark(item);
	}

	private PDOutlineItem item(String title) {
		if (this.stream == null) {
			newPage();
		}
		PDOutlineItem item = new PDOutlineItem();
		item.setTitle(PdfText.normalize(title).replace('\n', ' '));
		PDPageXYZDestination destination = new PDPageXYZDestination();
		destination.setPage(this.page);
		destination.setTop((int) Math.min(TOP + 20, this.y + 20));
		destination.setLeft(0);
		item.setDestination(destination);
		return item;
	}

	/**
	 * A top-level bookmark to the current position, listed before all others (e.g. the
	 * contents, written last).
	 * @param title its title
	 */
	public void bookmarkFirst(String title) {
		this.outline.addFirst(item(title));
	}

	/**
	 * Finishes the document.
	 * @return the PDF
	 */
	public byte[] toBytes() {
		endPage();
		try {
			for (Link link : this.links) {
				PDAnnotationLink annotation = new PDAnnotationLink();
				annotation.setRectangle(link.area());
				PDBorderStyleDictionary border = new PDBorderStyleDictionary();
				border.setWidth(0);
				annotation.setBorderStyle(border);
				PDPageXYZDestination destination = new PDPageXYZDestination();
				destination.setPage(this.document.getPage(link.target() - 1));
				destination.setTop((int) SIZE.getHeight());
				annotation.setDestination(destination);
				this.document.getPage(link.page() - 1).getAnnotations().add(annotation);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			this.document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			if (this.stream != null) {
				this.stream.close();
			}
		}
		catch (IOException ex) {
			// the document is dropped anyway
		}
		finally {
			closeDocument();
			this.engine.release();
		}
	}

	private void closeDocument() {
		try {
			this.document.close();
		}
		catch (IOException ex) {
			// nothing was written
		}
	}

	private PDPageContentStream open(PDPage target, boolean append) {
		try {
			return append
					? new PDPageContentStream(this.document, target, PDPageContentStream.AppendMode.APPEND, true, true)
					: new PDPageContentStream(this.document, target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void endPage() {
		if (this.stream != null) {
			try {
				this.stream.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.stream = null;
		}
	}

	private void footer(int number) {
		String label = String.valueOf(number);
		draw(label, MARGIN + (WIDTH - width(label, PdfStyle.SMALL)) / 2, BOTTOM / 2, PdfStyle.SMALL, 0.4f);
	}

	private List<String> wrap(String line, PdfStyle style, float available) {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		float used = 0;
		float space = width(" ", style);
		for (PdfText.Piece piece : PdfText.pieces(line)) {
			float pieceWidth = width(piece.text(), style);
			float needed = pieceWidth + ((piece.spaceBefore() && !current.isEmpty()) ? space : 0);
			if (used + needed <= available) {
				if (piece.spaceBefore() && !current.isEmpty()) {
					current.append(' ');
				}
				current.append(piece.text());
				used += needed;
				continue;
			}
			if (!current.isEmpty()) {
				lines.add(current.toString());
				current.setLength(0);
				used = 0;
			}
			if (pieceWidth <= available) {
				current.append(piece.text());
				used = pieceWidth;
				continue;
			}
			// longer than a line (a URL, a long compound): cut by characters
			String text = piece.text();
			for (int i = 0; i < text.length();) {
				int codePoint = text.codePointAt(i);
				String character = new String(Character.toChars(codePoint));
				float characterWidth = width(character, style);
				if (used + characterWidth > available && !current.isEmpty()) {
					lines.add(current.toString());
					current.setLength(0);
					used = 0;
				}
				current.append(character);
				used += characterWidth;
				i += Character.charCount(codePoint);
			}
		}
		if (!current.isEmpty() || lines.isEmpty()) {
			lines.add(current.toString());
		}
		return lines;
	}

	private String fit(String text, PdfStyle style, float available) {
		if (width(text, style) <= available) {
			return text;
		}
		float ellipsis = width("…", style);
		StringBuilder shown = new StringBuilder();
		float used = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			float characterWidth = glyphWidth(codePoint, style.bold()) * style.size();
			if (used + characterWidth + ellipsis > available) {
				break;
			}
			shown.appendCodePoint(codePoint);
			used += characterWidth;
			i += Character.charCount(codePoint);
		}
		return shown.toString().stripTrailing() + "…";
	}

	private float width(String text, PdfStyle style) {
		float width = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			width += glyphWidth(codePoint, style.bold());
			i += Character.charCount(codePoint);
		}
		return width * style.size();
	}

	private float glyphWidth(int codePoint, boolean bold) {
		long key = ((long) codePoint << 1) | (bold ? 1 : 0);
		Float cached = this.widths.get(key);
		if (cached != null) {
			return cached;
		}
		PDType0Font font = font(codePoint, bold);
		float width;
		try {
			width = font.getStringWidth(new String(Character.toChars(codePoint))) / 1000f;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.widths.put(key, width);
		return width;
	}

	private PDType0Font font(int codePoint, boolean bold) {
		int shown = (codePoint == ' ') ? 'a' : codePoint;
		PDType0Font font = this.fonts.fontFor(shown, bold);
		if (font == null) {
			throw new MissingGlyphException(
					"the text \"" + PdfText.normalize(new String(Character.toChars(codePoint))) + "\"", codePoint);
		}
		return font;
	}

	private void draw(String text, float x, float baseline, PdfStyle style, float gray) {
		if (text.isEmpty()) {
			return;
		}
		try {
			this.stream.beginText();
			this.stream.setNonStrokingColor(gray);
			this.stream.newLineAtOffset(x, baseline);
			PDType0Font current = null;
			StringBuilder run = new StringBuilder();
			for (int i = 0; i < text.length();) {
				int codePoint = text.codePointAt(i);
				i += Character.charCount(codePoint);
				PDType0Font font = (codePoint == ' ' && current != null) ? current : font(codePoint, style.bold());
				if (font != current) {
					if (current != null) {
						this.stream.showText(run.toString());
						run.setLength(0);
					}
					this.stream.setFont(font, style.size());
					current = font;
				}
				run.appendCodePoint(codePoint);
			}
			this.stream.showText(run.toString());
			this.stream.endText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A bookmark, to put others under.
	 */
	public static final class Bookmark {

		private final PDOutlineItem item;

		private Bookmark(PDOutlineItem item) {
			this.item = item;
		}

	}

	private record Link(int page, PDRectangle area, int target) {
	}

}
