package org.husnu.symposium.submission.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Measures, before PDFBox decodes them for real, how large the streams of a page decode
 * to, and stops at a cap. PDFBox 3 decodes every filtered stream completely into the heap
 * ({@code Filter.decode} into a {@code RandomAccessReadWriteBuffer}), so a content stream
 * of a few kilobytes that inflates to hundreds of megabytes (a decompression bomb) would
 * otherwise exhaust the heap of the whole service.
 * <p>
 * It walks what text extraction and rendering of a page decode: the page's contents and
 * everything reachable from its resources and annotation appearances (forms, Type 3 glyph
 * procedures, font files), but not image data unless the page is to be rendered (text
 * extraction does not decode images). Streams are run through PDFBox's own filters into a
 * counting sink that throws at the cap; image codecs (DCT, JPX, JBIG2, CCITT) are not run
 * here, the preview's pixel bound covers them. Each object is visited once and the walk
 * stops after {@link #MAX_OBJECTS} objects.
 */
final class DecodedSizeGuard {

	static final int MAX_OBJECTS = 50_000;

	private static final Set<String> SKIPPED_KEYS = Set.of("Parent", "P", "Pg", "Dest", "D", "Prev", "Next", "First",
			"Last", "StructParent", "StructParents", "Metadata", "Popup", "IRT", "Dests");

	private static final Set<String> IMAGE_CODECS = Set.of("DCTDecode", "DCT", "JPXDecode", "JBIG2Decode",
			"CCITTFaxDecode", "CCF");

	private final long cap;

	private final ParseBudget budget;

	private final Set<COSBase> visited = Collections.newSetFromMap(new IdentityHashMap<>());

	DecodedSizeGuard(long cap, ParseBudget budget) {
		this.cap = cap;
		this.budget = budget;
	}

	/**
	 * Checks every stream one page decodes.
	 * @param page the page dictionary
	 * @param images whether image data will be decoded too (rendering)
	 * @throws TooLargeException when a stream decodes to more than the cap, or the page
	 * references too many objects
	 */
	void check(COSDictionary page, boolean images) {
		List<COSBase> pending = new ArrayList<>();
		pending.add(page.getDictionaryObject(COSName.CONTENTS));
		pending.add(page.getDictionaryObject(COSName.RESOURCES));
		COSArray annotations = (page.getDictionaryObject(COSName.ANNOTS) instanceof COSArray array) ? array : null;
		if (annotations != null) {
			for (int i = 0; i < annotations.size(); i++) {
				if (annotations.getObject(i) instanceof COSDictionary annotation) {
					pending.add(annotation.getDictionaryObject(COSName.AP));
				}
			}
		}
		while (!pending.isEmpty()) {
			this.budget.check();
			COSBase next = pending.remove(pending.size() - 1);
			if (next instanceof COSObject object) {
				next = object.getObject();
			}
			if (next == null || !this.visited.add(next)) {
				continue;
			}
			if (this.visited.size() > MAX_OBJECTS) {
				throw new TooLargeException("more than " + MAX_OBJECTS + " objects behind one page");
			}
			if (next instanceof COSArray array) {
				for (int i = 0; i < array.size(); i++) {
					pending.add(array.get(i));
				}
			}
			else if (next instanceof COSDictionary dictionary) {
				boolean image = COSName.IMAGE.equals(dictionary.getCOSName(COSName.SUBTYPE));
				if (next instanceof COSStream stream && (images || !image)) {
					measure(stream);
				}
				if (!image || images) {
					for (COSName key : dictionary.keySet()) {
						if (!SKIPPED_KEYS.contains(key.getName())) {
							pending.add(dictionary.getItem(key));
						}
					}
				}
			}
		}
	}

	private void measure(COSStream stream) {
		List<COSName> filters = filters(stream.getFilters());
		if (filters.isEmpty() || filters.stream().anyMatch((name) -> IMAGE_CODECS.contains(name.getName()))) {
			return;
		}
		try (InputStream raw = stream.createRawInputStream()) {
			InputStream input = raw;
			for (int i = 0; i < filters.size(); i++) {
				Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
				boolean last = i == filters.size() - 1;
				CappedSink sink = new CappedSink(this.cap, this.budget, !last);
				filter.decode(input, sink, stream, i, DecodeOptions.DEFAULT);
				input = last ? null : new ByteArrayInputStream(sink.bytes());
			}
		}
		catch (IOException ex) {
			// a broken stream is PDFBox's to repair or skip later; only its size matters
			// here
		}
	}

	private static List<COSName> filters(COSBase filters) {
		List<COSName> names = new ArrayList<>();
		if (filters instanceof COSName name) {
			names.add(name);
		}
		else if (filters instanceof COSArray array) {
			for (int i = 0; i < array.size(); i++) {
				if (array.getObject(i) instanceof COSName name) {
					names.add(name);
				}
			}
		}
		return names;
	}

	/** A stream decodes to more than the cap. Unchecked so that no filter swallows it. */
	static final class TooLargeException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		TooLargeException(String message) {
			super(message, null, false, false);
		}

	}

	/** Counts (and, between chained filters, keeps) decoded bytes up to the cap. */
	private static final class CappedSink extends OutputStream {

		private final long cap;

		private final ParseBudget budget;

		private final ByteArrayOutputStream kept;

		private long count;

		CappedSink(long cap, ParseBudget budget, boolean keep) {
			this.cap = cap;
			this.budget = budget;
			this.kept = keep ? new ByteArrayOutputStream() : null;
		}

		@Override
		public void write(int b) {
			add(1);
			if (this.kept != null) {
				this.kept.write(b);
			}
		}

		@Override
		public void write(byte[] b, int offset, int length) {
			add(length);
			if (this.kept != null) {
				this.kept.write(b, offset, length);
			}
		}

		private void add(int bytes) {
			this.count += bytes;
			if (this.count > this.cap) {
				throw new TooLargeException("a stream decodes to more than " + this.cap + " bytes");
			}
			if ((this.count & 0xFFFFF) < bytes) {
				this.budget.check();
			}
		}

		byte[] bytes() {
			return this.kept.toByteArray();
		}

	}

}
