package org.husnu.symposium.submission.pdf;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The bounds of the PDF checks. PDFBox itself has no limit on time, memory or threads (it
 * calls resource exhaustion a limitation the embedder must bound), so these are the only
 * thing between a hostile file and a stalled or dead service; see
 * {@code docs/pdf-checks.md}.
 *
 * @param parseTimeout wall-clock limit for one file, enforced from outside the parse;
 * past it the request answers {@code too-complex} at once
 * @param maxConcurrentParses parses running at the same time, abandoned ones included
 * @param queueWait how long a request waits for a free parse slot before answering 503:
 * long enough for the slots to work through a deadline burst of one-page files (200 at
 * once drain in a few seconds on two cores, see {@code docs/performance.md}), short
 * enough that requests stuck behind slots jammed by hostile files fail well before a
 * browser or proxy gives up; the waiting itself stays bounded by the web server's threads
 * @param previewDpi resolution of the page-1 preview
 * @param previewMaxPixels largest preview (width × height at {@code previewDpi}); larger
 * pages get no preview and the pages show a placeholder
 * @param maxDecodedStream largest decoded size of one stream (content, form, font) before
 * the file counts as {@code too-complex}: PDFBox decodes streams into the heap, so this
 * is what keeps a decompression bomb from exhausting it
 * @param checksEnabled {@code false} does only size, SHA-256 and page count: exists
 * solely as the baseline of the deadline-surge benchmark and must never be off in
 * production
 */
@ConfigurationProperties("symposium.submission.pdf")
public record PdfCheckProperties(@DefaultValue("8s") Duration parseTimeout, @DefaultValue("2") int maxConcurrentParses,
		@DefaultValue("10s") Duration queueWait, @DefaultValue("60") int previewDpi,
		@DefaultValue("4000000") long previewMaxPixels, @DefaultValue("32MB") DataSize maxDecodedStream,
		@DefaultValue("true") boolean checksEnabled) {

	public PdfCheckProperties {
		parseTimeout = positive(parseTimeout, Duration.ofSeconds(8));
		queueWait = (queueWait != null && !queueWait.isNegative()) ? queueWait : Duration.ofSeconds(10);
		maxDecodedStream = (maxDecodedStream != null && maxDecodedStream.toBytes() > 0) ? maxDecodedStream
				: DataSize.ofMegabytes(32);
		if (maxConcurrentParses < 1) {
			throw new IllegalArgumentException("symposium.submission.pdf.max-concurrent-parses must be at least 1");
		}
		if (previewDpi < 1 || previewDpi > 300) {
			throw new IllegalArgumentException("symposium.submission.pdf.preview-dpi must be between 1 and 300");
		}
		if (previewMaxPixels < 1) {
			throw new IllegalArgumentException("symposium.submission.pdf.preview-max-pixels must be positive");
		}
	}

	/**
	 * The defaults, for tests and tools outside Spring.
	 * @return the default bounds
	 */
	public static PdfCheckProperties defaults() {
		return new PdfCheckProperties(Duration.ofSeconds(8), 2, Duration.ofSeconds(10), 60, 4_000_000,
				DataSize.ofMegabytes(32), true);
	}

	PdfCheckProperties withParseTimeout(Duration timeout) {
		return new PdfCheckProperties(timeout, this.maxConcurrentParses, this.queueWait, this.previewDpi,
				this.previewMaxPixels, this.maxDecodedStream, this.checksEnabled);
	}

	PdfCheckProperties withConcurrency(int parses, Duration wait) {
		return new PdfCheckProperties(this.parseTimeout, parses, wait, this.previewDpi, this.previewMaxPixels,
				this.maxDecodedStream, this.checksEnabled);
	}

	PdfCheckProperties withChecksEnabled(boolean enabled) {
		return new PdfCheckProperties(this.parseTimeout, this.maxConcurrentParses, this.queueWait, this.previewDpi,
				this.previewMaxPixels, this.maxDecodedStream, enabled);
	}

	private static Duration positive(Duration value, Duration fallback) {
		return (value != null && !value.isNegative() && !value.isZero()) ? value : fallback;
	}

}
