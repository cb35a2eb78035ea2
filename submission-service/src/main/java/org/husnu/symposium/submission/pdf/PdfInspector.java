package org.husnu.symposium.submission.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.husnu.symposium.core.abstracts.WordCounter;
import org.husnu.symposium.core.event.SubmissionLimits;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Inspects one PDF file under hard bounds, because hostile files are normal input and
 * PDFBox bounds nothing itself.
 * <ul>
 * <li><b>Bytes first</b>: {@link FileSniffer} refuses what is not a PDF (or is a PDF and
 * something else) before any parser sees it.</li>
 * <li><b>Concurrency</b>: at most {@code maxConcurrentParses} parses run; a request waits
 * {@code queueWait} for a slot and otherwise gets {@link PdfCheckerBusyException} (503),
 * so requests never pile up. A parse keeps its slot until its thread really ends, so
 * abandoned parses still count.</li>
 * <li><b>Work</b>: a {@link ParseBudget} counts every content-stream operator (text and
 * preview together) against {@code maxContentOperators}, and a file with more than
 * {@code maxObjects} objects is not walked at all; either makes the file
 * {@code too-complex} however fast the machine happens to be.</li>
 * <li><b>Time</b>: the parse runs on a worker thread; the request thread waits at most
 * {@code parseTimeout} and then answers {@code too-complex} at once, and cancels the
 * {@link ParseBudget}: every read of the file and every content-stream operator checks
 * it, so the abandoned parse dies soon (PDFBox ignores interrupts).</li>
 * <li><b>Memory</b>: stream data is read from the file and cached in temporary files, not
 * the heap; {@link DecodedSizeGuard} refuses streams that decode to more than
 * {@code maxDecodedStream}; previews larger than {@code previewMaxPixels} are not
 * rendered; and any {@link Throwable} of the parse (out of memory, stack overflow, the
 * missing BouncyCastle of certificate encryption, PDFBox bugs) becomes a finding, never a
 * 5xx or a dead service.</li>
 * </ul>
 * Findings are collected, not thrown: a file with three problems is told about all three.
 * The bounds on concurrency and time are {@link BoundedParses}; opening a file is
 * {@link PdfLoading}; the checks that need more than a few lines are their own classes
 * ({@link FileSniffer}, {@link PaperSizeCheck}, {@link ActiveContentScan},
 * {@link AuthorNameScan}); this class runs them in order and collects what they find.
 */
@Component
public class PdfInspector implements DisposableBean {

	/**
	 * Pages the per-page checks look at, at most: the highest page limit an event may set
	 * ({@link SubmissionLimits}). A 100 000-page file is rejected for its page count
	 * without walking every page.
	 */
	static final int MAX_CHECKED_PAGES = 50;

	private final PdfCheckProperties properties;

	private final ParseHook hook;

	private final BoundedParses parses;

	@Autowired
	public PdfInspector(PdfCheckProperties properties, PdfCheckMessages messages) {
		this(properties, messages, ParseHook.NONE);
	}

	PdfInspector(PdfCheckProperties properties) {
		this(properties, new PdfCheckMessages(), ParseHook.NONE);
	}

	PdfInspector(PdfCheckProperties properties, ParseHook hook) {
		this(properties, new PdfCheckMessages(), hook);
	}

	private PdfInspector(PdfCheckProperties properties, PdfCheckMessages messages, ParseHook hook) {
		this.properties = properties;
		this.hook = hook;
		this.parses = new BoundedParses(properties, messages);
	}

	/**
	 * Inspects a file.
	 * @param file the file, a private copy the caller deletes afterwards
	 * @param sha256 its SHA-256, computed while it was copied; may be {@code null}
	 * @param options what to check against
	 * @return the report; its findings are empty when every check passed
	 * @throws PdfCheckerBusyException when no parse slot frees up within the queue wait
	 */
	public PdfReport inspect(Path file, String sha256, PdfCheckOptions options) {
		long size = size(file);
		SubmissionLimits limits = options.limits();
		if (size > limits.maxPdfBytes()) {
			return rejected(PdfFinding.of(PdfCheckCode.TOO_LARGE, megabytes(size), megabytes(limits.maxPdfBytes())),
					sha256, size);
		}
		if (this.properties.checksEnabled()) {
			Optional<PdfFinding> notPdf = FileSniffer.sniff(file);
			if (notPdf.isPresent()) {
				return rejected(notPdf.get(), sha256, size);
			}
		}
		// analyse catches every Throwable; the failure answer is only a safety net
		ParseOutcome outcome = this.parses.run((budget) -> analyse(file, options, budget),
				() -> ParseOutcome.of(tooComplex()), () -> ParseOutcome.of(PdfFinding.of(PdfCheckCode.DAMAGED)));
		List<PdfFinding> findings = new ArrayList<>(outcome.findings());
		findings.sort(
				Comparator.comparing((PdfFinding finding) -> !finding.isError()).thenComparing(PdfFinding::checkCode));
		return new PdfReport(findings, sha256, size, outcome.pages(), outcome.words(), outcome.text(),
				outcome.preview());
	}

	/**
	 * Parse slots free right now; for tests and health reporting.
	 * @return free slots
	 */
	int freeSlots() {
		return this.parses.freeSlots();
	}

	/** Runs on a worker thread: everything that touches PDFBox. */
	private ParseOutcome analyse(Path file, PdfCheckOptions options, ParseBudget budget) {
		ParseOutcome.Builder outcome = new ParseOutcome.Builder();
		try {
			this.hook.beforeParse(budget);
			if (!this.properties.checksEnabled()) {
				try (PDDocument document = PdfLoading.load(file, budget, true)) {
					outcome.pages = document.getNumberOfPages();
				}
				return outcome.build();
			}
			boolean intact = PdfLoading.strictParseSucceeds(file, budget);
			try (PDDocument document = PdfLoading.load(file, budget, true)) {
				if (!intact) {
					outcome.add(PdfFinding.of(PdfCheckCode.REPAIRED));
				}
				check(document, options, budget, outcome);
			}
		}
		catch (InvalidPasswordException ex) {
			outcome.add(PdfFinding.of(PdfCheckCode.ENCRYPTED));
		}
		catch (ParseBudget.ParseCancelledException | ParseBudget.WorkExceededException
				| DecodedSizeGuard.TooLargeException | OutOfMemoryError | StackOverflowError ex) {
			outcome.add(tooComplex());
		}
		catch (Throwable ex) {
			outcome.add(PdfLoading.isEncryptionFailure(ex) ? PdfFinding.of(PdfCheckCode.ENCRYPTED)
					: PdfFinding.of(PdfCheckCode.DAMAGED));
		}
		return outcome.build();
	}

	private void check(PDDocument document, PdfCheckOptions options, ParseBudget budget, ParseOutcome.Builder outcome)
			throws IOException {
		SubmissionLimits limits = options.limits();
		if (document.isEncrypted()) {
			// owner-password-only files open without a password but are encrypted all the
			// same
			outcome.add(PdfFinding.of(PdfCheckCode.ENCRYPTED));
			return;
		}
		if (document.getDocument().getXrefTable().size() > this.properties.maxObjects()) {
			// a file of hundreds of thousands of objects is no two-page abstract, and
			// walking them is work no parse slot should spend
			outcome.add(tooComplex());
			return;
		}
		int pages = document.getNumberOfPages();
		outcome.pages = Math.max(0, pages);
		if (pages <= 0) {
			outcome.add(PdfFinding.of(PdfCheckCode.DAMAGED));
			return;
		}
		if (pages > limits.maxPdfPages()) {
			outcome.add(PdfFinding.of(PdfCheckCode.TOO_MANY_PAGES, pages, limits.maxPdfPages()));
		}
		int checked = Math.min(pages, MAX_CHECKED_PAGES);
		PaperSizeCheck.check(document, checked, budget).ifPresent(outcome::add);
		new ActiveContentScan(budget).scan(document, checked).forEach(outcome::add);

		int textPages = Math.min(pages, limits.maxPdfPages());
		DecodedSizeGuard guard = new DecodedSizeGuard(this.properties.maxDecodedStream().toBytes(), budget);
		for (int i = 0; i < textPages; i++) {
			guard.check(document.getPage(i).getCOSObject(), i == 0 && options.renderPreview());
		}
		BoundedTextStripper stripper = new BoundedTextStripper(budget);
		stripper.setStartPage(1);
		stripper.setEndPage(textPages);
		String text = stripper.getText(document);
		outcome.text = text;
		outcome.words = WordCounter.count(text);
		if (outcome.words == 0) {
			outcome.add(PdfFinding.of(PdfCheckCode.NO_TEXT));
		}
		else if (outcome.words > limits.maxPdfWords()) {
			outcome.add(PdfFinding.of(PdfCheckCode.TOO_MANY_WORDS, outcome.words, limits.maxPdfWords()));
		}
		if (options.blindMode()) {
			AuthorNameScan.find(document, text, options, checked, budget).forEach(outcome::add);
		}
		if (options.renderPreview()) {
			outcome.preview = BoundedRenderer.pagePng(document, budget, this.properties.previewDpi(),
					this.properties.previewMaxPixels());
		}
	}

	private PdfFinding tooComplex() {
		return PdfFinding.of(PdfCheckCode.TOO_COMPLEX, Math.max(1, this.properties.parseTimeout().toSeconds()));
	}

	private static PdfReport rejected(PdfFinding finding, String sha256, long size) {
		return new PdfReport(List.of(finding), sha256, size, 0, 0, "", null);
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

	@Override
	public void destroy() {
		this.parses.close();
	}

	/**
	 * A seam for tests: runs on the worker thread before the parse, inside its bounds, so
	 * a test can make a parse slow or fail with an {@link Error} without mocking PDFBox.
	 */
	@FunctionalInterface
	interface ParseHook {

		ParseHook NONE = (budget) -> {
		};

		void beforeParse(ParseBudget budget) throws Exception;

	}

}
