package org.husnu.symposium.review.publication;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The 1,000-talk book of {@link BookOfAbstractsBenchmark} in a JVM of its own, started by
 * it with {@code -Xmx512m}: proves the book fits in half a gigabyte of heap.
 */
public final class BookOfAbstractsBenchmarkRun {

	private BookOfAbstractsBenchmarkRun() {
	}

	public static void main(String[] args) {
		PdfFonts fonts = PdfDocumentWriterTests.debianFonts();
		BookOfAbstractsBenchmark.book(100, 7).write(fonts);
		BookOfAbstractsBenchmark.Book book = BookOfAbstractsBenchmark.book(1000, 42);
		long start = System.nanoTime();
		byte[] pdf = book.write(fonts);
		long took = System.nanoTime() - start;
		System.out.printf(Locale.ROOT, "forked: 1,000 talks in %d ms, %.1f MB, max heap %d MB%n",
				TimeUnit.NANOSECONDS.toMillis(took), pdf.length / 1e6, Runtime.getRuntime().maxMemory() / (1 << 20));
	}

}
