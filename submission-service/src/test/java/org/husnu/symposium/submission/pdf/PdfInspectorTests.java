package org.husnu.symposium.submission.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.husnu.symposium.core.event.SubmissionLimits;
import org.husnu.symposium.test.TestPdfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The PDF checks against a file for every code, and the bounds that keep hostile files
 * from stalling the service: time limit, parse slots, errors inside the parse.
 */
class PdfInspectorTests {

	static final SubmissionLimits LIMITS = SubmissionLimits.defaults();

	static final PdfCheckOptions OPTIONS = new PdfCheckOptions(LIMITS, false, List.of(), false);

	static final PdfCheckOptions BLIND = new PdfCheckOptions(LIMITS, true, List.of("Minji Park", "山田 太郎"), false);

	@TempDir
	Path temp;

	private final List<PdfInspector> inspectors = new ArrayList<>();

	@AfterEach
	void stopInspectors() {
		this.inspectors.forEach(PdfInspector::destroy);
	}

	/** One fixture per code; the guard test below fails when a code has none. */
	static Map<PdfCheckCode, Fixture> fixtures() {
		Map<PdfCheckCode, Fixture> fixtures = new EnumMap<>(PdfCheckCode.class);
		fixtures.put(PdfCheckCode.NOT_PDF, new Fixture(TestPdfs::png, OPTIONS));
		fixtures.put(PdfCheckCode.TOO_LARGE, new Fixture(() -> TestPdfs.a4WithWords(40),
				new PdfCheckOptions(new SubmissionLimits(500, 2, 1200, 400, 8, 3), false, List.of(), false)));
		fixtures.put(PdfCheckCode.TOO_MANY_PAGES, new Fixture(() -> TestPdfs.a4Pages(3), OPTIONS));
		fixtures.put(PdfCheckCode.PAPER_SIZE, new Fixture(TestPdfs::a5, OPTIONS));
		fixtures.put(PdfCheckCode.ENCRYPTED, new Fixture(TestPdfs::passwordEncrypted, OPTIONS));
		fixtures.put(PdfCheckCode.JAVASCRIPT, new Fixture(TestPdfs::javascriptOpenAction, OPTIONS));
		fixtures.put(PdfCheckCode.LAUNCH_ACTION, new Fixture(TestPdfs::launchAction, OPTIONS));
		fixtures.put(PdfCheckCode.EMBEDDED_FILE, new Fixture(TestPdfs::embeddedFile, OPTIONS));
		fixtures.put(PdfCheckCode.XFA, new Fixture(TestPdfs::xfa, OPTIONS));
		fixtures.put(PdfCheckCode.SUBMIT_FORM, new Fixture(TestPdfs::submitForm, OPTIONS));
		fixtures.put(PdfCheckCode.NO_TEXT, new Fixture(TestPdfs::imageOnly, OPTIONS));
		fixtures.put(PdfCheckCode.TOO_MANY_WORDS, new Fixture(() -> TestPdfs.a4WithWords(1500), OPTIONS));
		fixtures.put(PdfCheckCode.DAMAGED, new Fixture(TestPdfs::damaged, OPTIONS));
		fixtures.put(PdfCheckCode.TOO_COMPLEX, new Fixture(() -> TestPdfs.flateBomb(400), OPTIONS));
		fixtures.put(PdfCheckCode.AUTHOR_NAME, new Fixture(() -> TestPdfs.authorNameInText("Minji Park"), BLIND));
		fixtures.put(PdfCheckCode.REPAIRED, new Fixture(TestPdfs::brokenXref, OPTIONS));
		return fixtures;
	}

	@Test
	void everyCodeHasAFixtureThatTriggersIt() throws IOException {
		PdfInspector inspector = inspector(PdfCheckProperties.defaults());
		Map<PdfCheckCode, Fixture> fixtures = fixtures();
		assertThat(fixtures.keySet()).as("codes without a fixture").containsExactlyInAnyOrder(PdfCheckCode.values());
		for (PdfCheckCode code : PdfCheckCode.values()) {
			Fixture fixture = fixtures.get(code);
			PdfReport report = inspector.inspect(write(fixture.pdf().get()), "sha", fixture.options());
			assertThat(codes(report)).as(code.code()).contains(code.code());
			assertThat(report.accepted()).as(code.code()).isEqualTo(code.severity() == PdfCheckCode.Severity.WARNING);
			assertThat(report.status()).as(code.code())
				.isEqualTo(report.accepted() ? org.springframework.http.HttpStatus.OK : code.rejectionStatus());
		}
	}

	@Test
	void acceptsAValidA4OrLetterPdfWithItsPagesWordsAndSize() throws Exception {
		PdfInspector inspector = inspector(PdfCheckProperties.defaults());
		byte[] pdf = TestPdfs.a4WithWords(321);
		PdfReport report = inspector.inspect(write(pdf), sha256(pdf), OPTIONS);
		assertThat(report.findings()).isEmpty();
		assertThat(report.accepted()).isTrue();
		assertThat(report.pages()).isEqualTo(1);
		assertThat(report.words()).isEqualTo(321);
		assertThat(report.size()).isEqualTo(pdf.length);
		assertThat(report.text()).contains("sepsis cohort");
		assertThat(report.preview()).isNull();

		assertThat(inspector.inspect(write(TestPdfs.letterWithWords(10)), "x", OPTIONS).findings()).isEmpty();
		assertThat(inspector.inspect(write(TestPdfs.a4Pages(2)), "x", OPTIONS).findings()).isEmpty();
		assertThat(inspector.inspect(write(TestPdfs.pageSized(new PDRectangle(842, 595), 10)), "x", OPTIONS).findings())
			.as("landscape A4")
			.isEmpty();
	}

	@Test
	void reportsEveryProblemOfAFileAtOnce() throws IOException {
		PdfInspector inspector = inspector(PdfCheckProperties.defaults());
		byte[] manyWrongPages = TestPdfs.pageBomb(5);
		PdfReport report = inspector.inspect(write(manyWrongPages), "x",
				new PdfCheckOptions(LIMITS, false, List.of(), false));
		assertThat(codes(report)).containsExactly("too-many-pages", "no-text");

		PdfReport small = inspector.inspect(write(TestPdfs.pageSized(new PDRectangle(800, 800), 2000)), "x", OPTIONS);
		assertThat(codes(small)).containsExactly("paper-size", "too-many-words");
		assertThat(small.findings().get(0).args()).containsExactly("1", "282", "282", "1");
		assertThat(small.findings().get(1).args()).containsExactly("2000", "1200");
	}

	@Test
	void refusesOtherFormatsLeadingJunkAndPolyglotsByTheirBytes() throws IOException {
		PdfInspector inspector = inspector(PdfCheckProperties.defaults());
		assertThat(notPdfKind(inspector, TestPdfs.png())).isEqualTo("png");
		assertThat(notPdfKind(inspector, TestPdfs.docx())).isEqualTo("docx");
		assertThat(notPdfKind(inspector, "<!DOCTYPE html><html></html>".getBytes())).isEqualTo("html");
		assertThat(notPdfKind(inspector, new byte[0])).isEqualTo("empty");
		assertThat(notPdfKind(inspector, TestPdfs.leadingJunk())).isEqualTo("leading-data");
		assertThat(notPdfKind(inspector, TestPdfs.pdfZipPolyglot())).isEqualTo("polyglot-zip");
		assertThat(notPdfKind(inspector, TestPdfs.pdfHtmlPolyglot())).isEqualTo("polyglot-html");
		assertThat(inspector.inspect(write(TestPdfs.embeddedFile()), "x", OPTIONS).findings())
			.as("compressed and embedded data is not a polyglot")
			.extracting(PdfFinding::code)
			.containsExactly("embedded-file");
	}

	@Test
	void findsScriptsInLinksAndEncryptionWithoutAUserPassword() throws IOException {
		PdfInspector inspector = inspector(PdfCheckProperties.defaults());
		PdfReport link = inspector.inspect(write(TestPdfs.javascriptLink()), "x", OPTIONS);
		assertThat(codes(link)).containsExactly("javascript");
		assertThat(link.findings().get(0).args().get(0)).contains("/Page 1 /Annots /Link");
		assertThat(codes(inspector.inspect(write(TestPdfs.ownerPasswordOnly()), "x", OPTIONS)))
			.containsExactly("encrypted");
	}

	@Test
	void blindModeFindsAuthorNamesInTextAndMetadataButOnlyInBlindMode() throws IOException {
		PdfInspector inspector = inspector(PdfCheckProperties.defaults());
		PdfReport inText = inspector.inspect(write(TestPdfs.authorNameInText("MINJI   park")), "x", BLIND);
		assertThat(inText.findings()).singleElement()
			.satisfies((finding) -> assertThat(finding.args()).containsExactly("Minji Park", "text"));
		PdfReport inMetadata = inspector.inspect(write(TestPdfs.authorNameInMetadata("Minji Park")), "x", BLIND);
		assertThat(inMetadata.findings()).singleElement()
			.satisfies((finding) -> assertThat(finding.args().get(1)).contains("Author"));
		assertThat(inspector.inspect(write(TestPdfs.authorNameInText("Minji Park")), "x", OPTIONS).findings())
			.as("not blind")
			.isEmpty();
		assertThat(AuthorNames.contains(AuthorNames.normalise("著者：山田太郎（北海道大学）"), AuthorNames.normalise("山田 太郎")))
			.isTrue();
		assertThat(AuthorNames.contains(AuthorNames.normalise("Leeds General Infirmary"), AuthorNames.normalise("Lee")))
			.isFalse();
	}

	@Test
	void blindModeFindsAddressesNamesFamilyNameFirstCommentAuthorsAndCustomMetadata() throws IOException {
		PdfInspector inspector = inspector(PdfCheckProperties.defaults());
		PdfCheckOptions blind = new PdfCheckOptions(LIMITS, true, List.of("Minji Park", "Aiko Sato"), false,
				List.of("minji.park@snu.ac.kr"));
		assertThat(
				inspector.inspect(write(TestPdfs.a4WithText("Write to Minji.Park@snu.ac.kr for the data.")), "x", blind)
					.findings())
			.singleElement()
			.satisfies((finding) -> assertThat(finding.args()).containsExactly("minji.park@snu.ac.kr", "text"));
		assertThat(inspector.inspect(write(TestPdfs.authorNameInText("PARK Minji")), "x", blind).findings())
			.singleElement()
			.satisfies((finding) -> assertThat(finding.args()).containsExactly("Minji Park", "text"));
		assertThat(inspector.inspect(write(TestPdfs.authorNameInText("Sato, Aiko")), "x", blind).findings())
			.singleElement()
			.satisfies((finding) -> assertThat(finding.args()).containsExactly("Aiko Sato", "text"));
		assertThat(inspector.inspect(write(TestPdfs.authorNameInAnnotation("Aiko Sato")), "x", blind).findings())
			.singleElement()
			.satisfies((finding) -> assertThat(finding.args()).containsExactly("Aiko Sato", "annotations"));
		assertThat(inspector.inspect(write(TestPdfs.customMetadata("SourceModifiedBy", "Minji Park")), "x", blind)
			.findings()).singleElement()
			.satisfies((finding) -> assertThat(finding.args()).containsExactly("Minji Park", "SourceModifiedBy"));
		assertThat(
				inspector.inspect(write(TestPdfs.a4WithText("Parking data from Sato Minji and Aiko Park.")), "x", blind)
					.findings())
			.as("other people with the same words in their names")
			.isEmpty();
	}

	@Test
	void aFileThatRunsMoreOperatorsThanTheBudgetIsTooComplexHoweverFastItParses() throws IOException {
		PdfInspector inspector = inspector(
				PdfCheckProperties.defaults().withParseTimeout(Duration.ofMinutes(5)).withWorkBudget(20_000, 100_000));
		PdfReport report = inspector.inspect(write(TestPdfs.manyOperators(40_000)), "x", OPTIONS);
		assertThat(codes(report)).containsExactly("too-complex");
		assertThat(inspector.freeSlots()).as("the slot is back at once").isEqualTo(2);
		assertThat(inspector.inspect(write(TestPdfs.manyOperators(10_000)), "x", OPTIONS).findings())
			.as("within the budget")
			.isEmpty();
	}

	@Test
	void aFileWithMoreObjectsThanAllowedIsTooComplexBeforeItsPagesAreWalked() throws IOException {
		PdfInspector inspector = inspector(PdfCheckProperties.defaults().withWorkBudget(1_000_000, 3));
		assertThat(codes(inspector.inspect(write(TestPdfs.a4WithWords(20)), "x", OPTIONS)))
			.containsExactly("too-complex");
	}

	@Test
	void rendersAPreviewOfPageOneButNotOfAHugePage() throws IOException {
		PdfInspector inspector = inspector(PdfCheckProperties.defaults());
		PdfCheckOptions preview = new PdfCheckOptions(LIMITS, false, List.of(), true);
		PdfReport report = inspector.inspect(write(TestPdfs.a4WithWords(100)), "x", preview);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(report.preview()));
		assertThat(image.getWidth()).isEqualTo(496);
		assertThat(image.getHeight()).isEqualTo(701);

		PdfReport huge = inspector.inspect(write(TestPdfs.hugePage()), "x", preview);
		assertThat(codes(huge)).containsExactly("paper-size");
		assertThat(huge.preview()).as("placeholder").isNull();
	}

	@Test
	void aPageBombIsRejectedForItsPagesWithoutWalkingThemAll() throws IOException {
		PdfInspector inspector = inspector(PdfCheckProperties.defaults());
		PdfReport report = inspector.inspect(write(TestPdfs.pageBomb(20_000)), "x", OPTIONS);
		assertThat(report.pages()).isEqualTo(20_000);
		assertThat(codes(report)).contains("too-many-pages");
	}

	@Test
	void aParseOverTheTimeLimitIsTooComplexAndItsSlotIsReleasedWhenItDies() throws IOException {
		CountDownLatch stuck = new CountDownLatch(1);
		PdfInspector inspector = inspector(PdfCheckProperties.defaults().withParseTimeout(Duration.ofMillis(200)),
				(budget) -> {
					// stands for a parse that ignores interrupts: it ends only when told
					boolean told = false;
					while (!told) {
						try {
							told = stuck.await(10, TimeUnit.MILLISECONDS);
						}
						catch (InterruptedException ex) {
							// ignored, as PDFBox ignores them
						}
					}
				});
		PdfReport report = inspector.inspect(write(TestPdfs.a4WithWords(10)), "x", OPTIONS);
		assertThat(codes(report)).containsExactly("too-complex");
		assertThat(inspector.freeSlots()).as("the abandoned parse keeps its slot").isEqualTo(1);
		stuck.countDown();
		await().atMost(Duration.ofSeconds(10)).until(() -> inspector.freeSlots() == 2);
	}

	@Test
	void aRealParseGivenUpOnStopsAtItsNextReadAndFreesItsSlot() throws IOException {
		PdfInspector inspector = inspector(PdfCheckProperties.defaults().withParseTimeout(Duration.ofMillis(1)));
		PdfReport report = inspector.inspect(write(TestPdfs.pageBomb(30_000)), "x", OPTIONS);
		assertThat(codes(report)).containsExactly("too-complex");
		// a liveness bound, not a timing claim: the abandoned parse ends at its next
		// read,
		// which on a 2-core machine busy with other builds took over 30 s to come
		await().atMost(Duration.ofSeconds(120)).until(() -> inspector.freeSlots() == 2);
	}

	@Test
	void whenEverySlotIsTakenARequestWaitsBrieflyThenGetsBusy() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch started = new CountDownLatch(1);
		PdfInspector inspector = inspector(PdfCheckProperties.defaults()
			.withConcurrency(1, Duration.ofMillis(100))
			.withParseTimeout(Duration.ofSeconds(30)), (budget) -> {
				started.countDown();
				release.await();
			});
		Path file = write(TestPdfs.a4WithWords(10));
		CompletableFuture<PdfReport> first = CompletableFuture.supplyAsync(() -> inspector.inspect(file, "x", OPTIONS));
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		assertThatExceptionOfType(PdfCheckerBusyException.class).isThrownBy(() -> inspector.inspect(file, "x", OPTIONS))
			.satisfies((busy) -> assertThat(busy.retryAfter()).isPositive());
		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).findings()).isEmpty();
		assertThat(inspector.inspect(file, "x", OPTIONS).findings()).isEmpty();
	}

	@Test
	void errorsInsideTheParseBecomeFindingsNotFailures() throws IOException {
		Path file = write(TestPdfs.a4WithWords(10));
		assertThat(codes(inspector(PdfCheckProperties.defaults(), (budget) -> {
			throw new OutOfMemoryError("simulated");
		}).inspect(file, "x", OPTIONS))).containsExactly("too-complex");
		assertThat(codes(inspector(PdfCheckProperties.defaults(), (budget) -> {
			throw new StackOverflowError();
		}).inspect(file, "x", OPTIONS))).containsExactly("too-complex");
		assertThat(codes(inspector(PdfCheckProperties.defaults(), (budget) -> {
			throw new NoClassDefFoundError("org/bouncycastle/cms/CMSEnvelopedData");
		}).inspect(file, "x", OPTIONS))).containsExactly("encrypted");
		assertThat(codes(inspector(PdfCheckProperties.defaults(), (budget) -> {
			throw new IllegalStateException("a PDFBox bug");
		}).inspect(file, "x", OPTIONS))).containsExactly("damaged");
	}

	@Test
	void withChecksOffOnlyCountsPages() throws IOException {
		PdfInspector inspector = inspector(PdfCheckProperties.defaults().withChecksEnabled(false));
		PdfReport report = inspector.inspect(write(TestPdfs.javascriptOpenAction()), "x", OPTIONS);
		assertThat(report.findings()).isEmpty();
		assertThat(report.pages()).isEqualTo(1);
	}

	private PdfInspector inspector(PdfCheckProperties properties) {
		return inspector(properties, PdfInspector.ParseHook.NONE);
	}

	private PdfInspector inspector(PdfCheckProperties properties, PdfInspector.ParseHook hook) {
		PdfInspector inspector = new PdfInspector(properties, hook);
		this.inspectors.add(inspector);
		return inspector;
	}

	private String notPdfKind(PdfInspector inspector, byte[] content) throws IOException {
		PdfReport report = inspector.inspect(write(content), "x", OPTIONS);
		assertThat(codes(report)).containsExactly("not-pdf");
		assertThat(report.status().value()).isEqualTo(415);
		return report.findings().get(0).args().get(0);
	}

	private Path write(byte[] content) throws IOException {
		return Files.write(Files.createTempFile(this.temp, "upload-", ".pdf"), content);
	}

	static List<String> codes(PdfReport report) {
		return report.findings().stream().map(PdfFinding::code).toList();
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	record Fixture(Supplier<byte[]> pdf, PdfCheckOptions options) {
	}

}
