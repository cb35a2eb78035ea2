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
 * @param maxContentOperators content-stream operators one parse may run (text extraction
 * and preview together) before the file counts as {@code too-complex}: the work budget,
 * so that a small file with millions of no-op operators cannot hold a slot for as long as
 * the time limit allows
 * @param maxObjects objects (cross-reference entries) a file may have before it counts as
 * {@code too-complex}, checked before any page is walked
 * @param accountChecksInFlight checks (dry runs and uploads) one account may have running
 * at once on one instance; more answer 429
 * @param accountChecksPerWindow checks one account may start per
 * {@code accountChecksWindow}, counted across instances; more answer 429
 * @param accountChecksWindow the window of {@code accountChecksPerWindow}
 */
@ConfigurationProperties("symposium.submission.pdf")
public record PdfCheckProperties(@DefaultValue("8s") Duration parseTimeout, @DefaultValue("2") int maxConcurrentParses,
		@DefaultValue("10s") Duration queueWait, @DefaultValue("60") int previewDpi,
		@DefaultValue("4000000") long previewMaxPixels, @DefaultValue("32MB") DataSize maxDecodedStream,
		@DefaultValue("true") boolean checksEnabled, @DefaultValue("1000000") long maxContentOperators,
		@DefaultValue("100000") int maxObjects, @DefaultValue("1") int accountChecksInFlight,
		@DefaultValue("20") int accountChecksPerWindow, @DefaultValue("1m") Duration accountChecksWindow) {

	public PdfCheckProperties {
		accountChecksWindow = positive(accountChecksWindow, Duration.ofMinutes(1));
		if (maxContentOperators < 1 || maxObjects < 1) {
			throw new IllegalArgumentException(
					"symposium.submission.pdf.max-content-operators and max-objects must be positive");
		}
		if (accountChecksInFlight < 1 || accountChecksPerWindow < 1) {
			throw new IllegalArgumentException(
					"symposium.submission.pdf.account-checks-in-flight and account-checks-per-window must be at least 1");
		}
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
				DataSize.ofMegabytes(32), true, 1_000_000, 100_000, 1, 20, Duration.ofMinutes(1));
	}

	PdfCheckProperties withParseTimeout(Duration timeout) {
		return new PdfCheckProperties(timeout, this.maxConcurrentParses, this.queueWait, this.previewDpi,
				this.previewMaxPixels, this.maxDecodedStream, this.checksEnabled, this.maxContentOperators,
				this.maxObjects, this.accountChecksInFlight, this.accountChecksPerWindow, this.accountChecksWindow);
	}

	PdfCheckProperties withConcurrency(int parses, Duration wait) {
		return new PdfCheckProperties(this.parseTimeout, parses, wait, this.previewDpi, this.previewMaxPixels,
				this.maxDecodedStream, this.checksEnabled, this.maxContentOperators, this.maxObjects,
				this.accountChecksInFlight, this.accountChecksPerWindow, this.accountChecksWindow);
	}

	PdfCheckProperties withChecksEnabled(boolean enabled) {
		return new PdfCheckProperties(this.parseTimeout, this.maxConcurrentParses, this.queueWait, this.previewDpi,
				this.previewMaxPixels, this.maxDecodedStream, enabled, this.maxContentOperators, this.maxObjects,
				this.accountChecksInFlight, this.accountChecksPerWindow, this.accountChecksWindow);
	}

	PdfCheckProperties withWorkBudget(long operators, int objects) {
		return new PdfCheckProperties(this.parseTimeout, this.maxConcurrentParses, this.queueWait, this.previewDpi,
				this.previewMaxPixels, this.maxDecodedStream, this.checksEnabled, operators, objects,
				this.accountChecksInFlight, this.accountChecksPerWindow, this.accountChecksWindow);
	}

	private static Duration positive(Duration value, Duration fallback) {
		return (value != null && !value.isNegative() && !value.isZero()) ? value : fallback;
	}

}
