package org.husnu.symposium.submission.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
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
 */
@Component
public class PdfInspector implements DisposableBean {

	/**
	 * Pages the per-page checks look at, at most: the highest page limit an event may set
	 * ({@link SubmissionLimits}). A 100 000-page file is rejected for its page count
	 * without walking every page.
	 */
	static final int MAX_CHECKED_PAGES = 50;

	/** Allowed deviation from A4 and Letter, in points (about 1 mm). */
	static final float PAPER_TOLERANCE = 3f;

	private static final float[][] PAPER_SIZES = { { 595.28f, 841.89f }, { 612f, 792f } };

	private static final int MAX_METADATA_BYTES = 1024 * 1024;

	private final PdfCheckProperties properties;

	private final ParseHook hook;

	private final Semaphore slots;

	private final ExecutorService workers;

	@Autowired
	public PdfInspector(PdfCheckProperties properties) {
		this(properties, ParseHook.NONE);
	}

	PdfInspector(PdfCheckProperties properties, ParseHook hook) {
		this.properties = properties;
		this.hook = hook;
		this.slots = new Semaphore(properties.maxConcurrentParses(), true);
		AtomicInteger threads = new AtomicInteger();
		// the slots bound the tasks, so the queue never holds more than a moment's
		// handover
		this.workers = new ThreadPoolExecutor(properties.maxConcurrentParses(), properties.maxConcurrentParses(), 60,
				TimeUnit.SECONDS, new LinkedBlockingQueue<>(), (task) -> {
					Thread thread = new Thread(task, "pdf-check-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
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
		Outcome outcome = runBounded(file, options);
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
		return this.slots.availablePermits();
	}

	private Outcome runBounded(Path file, PdfCheckOptions options) {
		try {
			if (!this.slots.tryAcquire(this.properties.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
				throw new PdfCheckerBusyException(retryAfter());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PdfCheckerBusyException(retryAfter());
		}
		ParseBudget budget = new ParseBudget(this.properties.maxContentOperators());
		Future<Outcome> parse;
		try {
			parse = this.workers.submit(() -> {
				try {
					return analyse(file, options, budget);
				}
				finally {
					this.slots.release();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.slots.release();
			throw new PdfCheckerBusyException(retryAfter());
		}
		try {
			return parse.get(this.properties.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			budget.cancel();
			parse.cancel(true);
			return Outcome.of(tooComplex());
		}
		catch (InterruptedException ex) {
			budget.cancel();
			parse.cancel(true);
			Thread.currentThread().interrupt();
			return Outcome.of(tooComplex());
		}
		catch (ExecutionException ex) {
			// analyse catches every Throwable; this is only a safety net
			return Outcome.of(PdfFinding.of(PdfCheckCode.DAMAGED));
		}
	}

	private Duration retryAfter() {
		return this.properties.parseTimeout().compareTo(Duration.ofSeconds(1)) > 0 ? this.properties.parseTimeout()
				: Duration.ofSeconds(1);
	}

	/** Runs on a worker thread: everything that touches PDFBox. */
	private Outcome analyse(Path file, PdfCheckOptions options, ParseBudget budget) {
		Outcome.Builder outcome = new Outcome.Builder();
		try {
			this.hook.beforeParse(budget);
			if (!this.properties.checksEnabled()) {
				try (PDDocument document = load(file, budget, true)) {
					outcome.pages = document.getNumberOfPages();
				}
				return outcome.build();
			}
			boolean intact = strictParseSucceeds(file, budget);
			try (PDDocument document = load(file, budget, true)) {
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
			outcome.add(isEncryptionFailure(ex) ? PdfFinding.of(PdfCheckCode.ENCRYPTED)
					: PdfFinding.of(PdfCheckCode.DAMAGED));
		}
		return outcome.build();
	}

	private void check(PDDocument document, PdfCheckOptions options, ParseBudget budget, Outcome.Builder outcome)
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
		paperSize(document, checked, budget).ifPresent(outcome::add);
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
			authorNames(document, text, options, checked, budget).forEach(outcome::add);
		}
		if (options.renderPreview()) {
			outcome.preview = preview(document, budget);
		}
	}

	/**
	 * Every page must be A4 or US Letter in either orientation. The box checked is the
	 * crop box (what viewers show and printers print; PDFBox falls back to the media box
	 * and clips it to the media box); {@code /Rotate} only turns the page, so both
	 * orientations pass either way, and the finding names the size as displayed.
	 */
	private Optional<PdfFinding> paperSize(PDDocument document, int pages, ParseBudget budget) {
		int firstWrong = 0;
		float width = 0;
		float height = 0;
		int wrong = 0;
		for (int i = 0; i < pages; i++) {
			budget.check();
			PDPage page = document.getPage(i);
			PDRectangle box = page.getCropBox();
			float w = Math.abs(box.getWidth());
			float h = Math.abs(box.getHeight());
			if (page.getRotation() % 180 != 0) {
				float swap = w;
				w = h;
				h = swap;
			}
			if (!isPaper(w, h)) {
				wrong++;
				if (firstWrong == 0) {
					firstWrong = i + 1;
					width = w;
					height = h;
				}
			}
		}
		if (wrong == 0) {
			return Optional.empty();
		}
		return Optional
			.of(PdfFinding.of(PdfCheckCode.PAPER_SIZE, firstWrong, millimetres(width), millimetres(height), wrong));
	}

	static boolean isPaper(float width, float height) {
		for (float[] paper : PAPER_SIZES) {
			if ((near(width, paper[0]) && near(height, paper[1]))
					|| (near(width, paper[1]) && near(height, paper[0]))) {
				return true;
			}
		}
		return false;
	}

	private static boolean near(float value, float target) {
		return Math.abs(value - target) <= PAPER_TOLERANCE;
	}

	/**
	 * Blind mode: author names and e-mail addresses in the text, in every entry of the
	 * Info dictionary (custom keys included), in the XMP packet and in the annotations of
	 * the checked pages (their author, text and subject). Compared case-insensitively
	 * with runs of white space made equal, names also in family-name-first order
	 * ({@link AuthorNames#variants}); names written in CJK scripts are also compared with
	 * all white space removed, since 山田 太郎 is often set as 山田太郎.
	 */
	private List<PdfFinding> authorNames(PDDocument document, String text, PdfCheckOptions options, int pages,
			ParseBudget budget) {
		Map<String, String> sources = new LinkedHashMap<>();
		sources.put("text", text);
		COSDictionary info = document.getDocumentInformation().getCOSObject();
		for (COSName key : info.keySet()) {
			budget.check();
			String value = metadataText(info.getDictionaryObject(key));
			if (value != null) {
				sources.merge(key.getName(), value, (a, b) -> a + " " + b);
			}
		}
		sources.put("XMP", xmp(document));
		sources.put("annotations", annotationTexts(document, pages, budget));
		Map<String, String> normalised = new LinkedHashMap<>();
		sources.forEach((source, value) -> {
			if (value != null) {
				normalised.put(source, AuthorNames.normalise(value));
			}
		});
		List<PdfFinding> findings = new ArrayList<>();
		for (String name : options.authorNames()) {
			List<String> forms = AuthorNames.variants(AuthorNames.normalise(name));
			if (forms.get(0).isBlank()) {
				continue;
			}
			List<String> where = where(normalised, forms);
			if (!where.isEmpty()) {
				findings.add(PdfFinding.of(PdfCheckCode.AUTHOR_NAME, name.strip(), String.join(",", where)));
			}
		}
		for (String email : options.authorEmails()) {
			String wanted = AuthorNames.normalise(email);
			if (wanted.isBlank()) {
				continue;
			}
			List<String> where = where(normalised, List.of(wanted));
			if (!where.isEmpty()) {
				findings.add(PdfFinding.of(PdfCheckCode.AUTHOR_NAME, email.strip(), String.join(",", where)));
			}
		}
		return findings;
	}

	private static List<String> where(Map<String, String> sources, List<String> forms) {
		List<String> where = new ArrayList<>();
		sources.forEach((source, value) -> {
			if (forms.stream().anyMatch((form) -> AuthorNames.contains(value, form))) {
				where.add(source);
			}
		});
		return where;
	}

	/** The text of an Info entry: strings, names and the strings inside arrays. */
	private static String metadataText(COSBase value) {
		if (value instanceof COSString string) {
			return string.getString();
		}
		if (value instanceof COSName name) {
			return name.getName();
		}
		if (value instanceof COSArray array) {
			StringBuilder joined = new StringBuilder();
			for (int i = 0; i < Math.min(array.size(), 1000); i++) {
				if (array.getObject(i) instanceof COSString string) {
					joined.append(string.getString()).append(' ');
				}
			}
			return joined.toString();
		}
		return null;
	}

	/**
	 * The author ({@code /T}), text ({@code /Contents}) and subject ({@code /Subj}) of
	 * every annotation on the checked pages: a comment left in the file carries its
	 * author's name.
	 */
	private static String annotationTexts(PDDocument document, int pages, ParseBudget budget) {
		StringBuilder texts = new StringBuilder();
		for (int i = 0; i < pages; i++) {
			budget.check();
			COSArray annotations = document.getPage(i).getCOSObject().getCOSArray(COSName.ANNOTS);
			if (annotations == null) {
				continue;
			}
			for (int a = 0; a < Math.min(annotations.size(), 10_000); a++) {
				if (annotations.getObject(a) instanceof COSDictionary annotation) {
					for (COSName key : List.of(COSName.T, COSName.CONTENTS, COSName.SUBJ, COSName.RC)) {
						String value = annotation.getString(key);
						if (value != null) {
							texts.append(value).append('\n');
						}
					}
				}
			}
		}
		return texts.toString();
	}

	private static String xmp(PDDocument document) {
		PDMetadata metadata = document.getDocumentCatalog().getMetadata();
		if (metadata == null) {
			return null;
		}
		try (InputStream input = metadata.exportXMPMetadata()) {
			return new String(input.readNBytes(MAX_METADATA_BYTES), StandardCharsets.UTF_8);
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Page 1 as PNG at {@code previewDpi}, or {@code null} when the page would be larger
	 * than {@code previewMaxPixels} (a 200 × 200 inch page would need gigabytes) or
	 * cannot be drawn; the pages show a placeholder then.
	 */
	private byte[] preview(PDDocument document, ParseBudget budget) {
		PDRectangle box = document.getPage(0).getCropBox();
		double scale = this.properties.previewDpi() / 72.0;
		double pixels = Math.ceil(Math.abs(box.getWidth()) * scale) * Math.ceil(Math.abs(box.getHeight()) * scale);
		if (pixels > this.properties.previewMaxPixels() || pixels < 1) {
			return null;
		}
		try {
			BufferedImage image = new BoundedRenderer(document, budget).renderImageWithDPI(0,
					this.properties.previewDpi(), ImageType.RGB);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return png.toByteArray();
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ParseBudget.ParseCancelledException cancelled) {
				throw cancelled;
			}
			if (ex instanceof ParseBudget.WorkExceededException exceeded) {
				throw exceeded;
			}
			return null;
		}
	}

	/**
	 * Whether PDFBox can read the file's structure without repairing it. Only when this
	 * fails and the lenient parse succeeds is the file reported {@code repaired}: a
	 * broken cross-reference table is recovered by PDFBox's lenient parser, and the
	 * author should know their file is damaged even though it was accepted.
	 */
	private boolean strictParseSucceeds(Path file, ParseBudget budget) throws InvalidPasswordException {
		try (PDDocument document = load(file, budget, false)) {
			return document != null;
		}
		catch (InvalidPasswordException ex) {
			throw ex;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static PDDocument load(Path file, ParseBudget budget, boolean lenient) throws IOException {
		StreamCacheCreateFunction cache = IOUtils.createTempFileOnlyStreamCache();
		GuardedSource source = budget.register(new GuardedSource(new RandomAccessReadBufferedFile(file), budget));
		PDFParser parser = new PDFParser(source, "", null, null, cache);
		return budget.register(parser.parse(lenient));
	}

	/**
	 * Certificate-encrypted files fail inside PDFBox's security handlers (without
	 * BouncyCastle with a {@link NoClassDefFoundError}); they are encrypted, not damaged.
	 */
	static boolean isEncryptionFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidPasswordException
					|| String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("bouncycastle")) {
				return true;
			}
			for (StackTraceElement frame : cause.getStackTrace()) {
				if (frame.getClassName().startsWith("org.apache.pdfbox.pdmodel.encryption.")) {
					return true;
				}
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
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

	private static String millimetres(float points) {
		return Long.toString(Math.round(points * 25.4 / 72));
	}

	@Override
	public void destroy() {
		this.workers.shutdownNow();
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

	/** What a parse found. */
	private record Outcome(List<PdfFinding> findings, int pages, int words, String text, byte[] preview) {

		static Outcome of(PdfFinding finding) {
			return new Outcome(List.of(finding), 0, 0, "", null);
		}

		static final class Builder {

			private final List<PdfFinding> findings = new ArrayList<>();

			private int pages;

			private int words;

			private String text = "";

			private byte[] preview;

			void add(PdfFinding finding) {
				this.findings.add(finding);
			}

			Outcome build() {
				return new Outcome(this.findings, this.pages, this.words, this.text, this.preview);
			}

		}

	}

}
