package org.husnu.symposium.review.publication;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.core.program.ProgramPublication;
import org.husnu.symposium.core.program.ProgramPublication.PublishedAuthor;
import org.husnu.symposium.core.program.ProgramPublication.PublishedSlot;
import org.husnu.symposium.core.program.ProgramPublication.Talk;
import org.husnu.symposium.core.program.SlotKind;
import org.husnu.symposium.core.topics.TopicAreas;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The book of abstracts for 100 and 1,000 published talks, a third each in English,
 * Japanese and Korean with 250-word texts and three to five authors, built by
 * {@link BookOfAbstracts} on the PDF engine: time, peak heap in this JVM, and the 1,000
 * case again in a JVM of its own limited to {@code -Xmx512m}. The baseline, measured in
 * the same run: PDFBox writing the same texts onto as many pages with one embedded font
 * per text, lines cut every 60 characters (no measuring, no wrapping, no contents, index
 * or bookmarks). Targets (issue 13): under 5 s and 512 MB for 1,000. Run with
 * {@code ./mvnw -B -o -pl review-service -am verify -Pbench -Dtest=BookOfAbstractsBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * the figures go to {@code review-service/target/bench/book-of-abstracts.md}.
 */
@EnabledIfSystemProperty(named = "symposium.bench", matches = "true")
class BookOfAbstractsBenchmark {

	private static final String[] EN_WORDS = ("patients model deep learning cohort accuracy sensitivity specificity "
			+ "imaging validation hospital clinical outcome prediction risk dataset training screening diagnosis "
			+ "radiology pathology genome sequencing federated privacy records emergency sepsis stroke dementia "
			+ "elderly care monitoring wearable signal retrospective prospective multicentre baseline improvement")
		.split(" ");

	private static final String[] JA_PHRASES = { "本研究では", "深層学習モデルを", "開発し、", "胸部画像から", "病変を", "検出した。", "多施設の",
			"データを用いて", "感度と特異度を", "評価した。", "放射線科医の", "読影と比較し、", "高い精度を", "示した。", "高齢者の", "転倒リスクを", "予測する", "手法を",
			"提案する。", "臨床現場での", "有用性を", "検証した。" };

	private static final String[] KO_WORDS = ("본 연구에서는 딥러닝 모델을 개발하여 흉부 영상에서 병변을 검출하였다 다기관 데이터를 이용하여 민감도와 특이도를 "
			+ "평가하였다 영상의학과 전문의의 판독과 비교하여 높은 정확도를 보였다 고령자의 낙상 위험을 예측하는 방법을 제안한다 임상 현장에서의 유용성을 " + "검증하였다")
		.split(" ");

	private static final String[] FAMILY = { "Suzuki", "Tanaka", "Watanabe", "Ito", "Nakamura", "Kim", "Lee", "Park",
			"Choi", "Jung", "佐々木", "山本", "高橋", "김", "이", "박" };

	private static final String[] GIVEN = { "Hanako", "Ichiro", "Yui", "Minjun", "Seoyeon", "Jiwoo", "花子", "一郎", "민준",
			"서연" };

	@Test
	void buildsTheBookOf1000TalksInThreeLanguagesWithinItsBudget() throws Exception {
		PdfFonts fonts = PdfDocumentWriterTests.debianFonts();
		Fonts.assumeInstalled(fonts);
		StringBuilder report = new StringBuilder();
		List<Long> times = new ArrayList<>();
		warmUp(fonts);
		for (int talks : new int[] { 100, 1000 }) {
			Book book = book(talks, 42);
			System.gc();
			resetPeaks();
			long start = System.nanoTime();
			byte[] plain = baseline(book);
			long baseline = System.nanoTime() - start;
			long baselineHeap = peakHeap();
			System.gc();
			resetPeaks();
			start = System.nanoTime();
			byte[] pdf = book.write(fonts);
			long engine = System.nanoTime() - start;
			long engineHeap = peakHeap();
			report.append(String.format(Locale.ROOT,
					"%,d talks: book %d ms, %.1f MB, peak heap %d MB | baseline %d ms, %.1f MB, peak heap %d MB | "
							+ "ratio %.2fx time%n",
					talks, ms(engine), pdf.length / 1e6, engineHeap / (1 << 20), ms(baseline), plain.length / 1e6,
					baselineHeap / (1 << 20), (double) engine / baseline));
			if (talks == 1000) {
				times.add(ms(engine));
			}
		}
		report.append(forkedWithHalfAGigabyte());
		System.out.println("== BookOfAbstractsBenchmark\n" + report);
		java.nio.file.Path table = java.nio.file.Path.of("target", "bench", "book-of-abstracts.md");
		java.nio.file.Files.createDirectories(table.getParent());
		java.nio.file.Files.writeString(table, report.toString());
		assertThat(times).as("1,000 talks under 5 s").allSatisfy((took) -> assertThat(took).isLessThan(5000));
	}

	private static String forkedWithHalfAGigabyte() throws Exception {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				BookOfAbstractsBenchmarkRun.class.getName())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return "in a JVM of its own with -Xmx512m: "
				+ output.lines().filter((line) -> line.startsWith("forked")).findFirst().orElse(output);
	}

	private static void warmUp(PdfFonts fonts) throws Exception {
		Book small = book(30, 1);
		small.write(fonts);
		baseline(small);
	}

	private static byte[] baseline(Book book) throws Exception {
		try (PDDocument document = new PDDocument()) {
			PDType0Font korean = PDType0Font.load(document, new File(PdfDocumentWriterTests.DEBIAN.korean()));
			PDType0Font japanese = PDType0Font.load(document, new File(PdfDocumentWriterTests.DEBIAN.japanese()));
			for (AbstractSubmission submission : book.abstracts().values()) {
				PDType0Font font = submission.text().codePoints().anyMatch(PdfText::isJapanese) ? japanese : korean;
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
					stream.beginText();
					stream.setFont(font, 10);
					stream.setLeading(14);
					stream.newLineAtOffset(56, 780);
					stream.showText(submission.title());
					String text = submission.text();
					for (int i = 0; i < text.length(); i += 60) {
						stream.newLine();
						stream.showText(text.substring(i, Math.min(text.length(), i + 60)));
					}
					stream.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	static Book book(int talks, long seed) {
		Random random = new Random(seed);
		Map<UUID, AbstractSubmission> abstracts = new HashMap<>();
		List<ProgramPublication.Session> sessions = new ArrayList<>();
		Instant day = Instant.parse("2027-03-04T00:00:00Z");
		List<PublishedSlot> slots = new ArrayList<>();
		for (int i = 0; i < talks; i++) {
			int language = i % 3;
			String number = String.format(Locale.ROOT, "A-%04d", i + 1);
			String title = switch (language) {
				case 0 -> "Deep learning for " + words(random, EN_WORDS, 6, " ");
				case 1 -> words(random, JA_PHRASES, 5, "");
				default -> words(random, KO_WORDS, 6, " ");
			};
			String text = switch (language) {
				case 0 -> words(random, EN_WORDS, 250, " ") + ".";
				case 1 -> words(random, JA_PHRASES, 250, "");
				default -> words(random, KO_WORDS, 250, " ") + ".";
			};
			List<Author> authors = new ArrayList<>();
			int count = 3 + random.nextInt(3);
			for (int a = 0; a < count; a++) {
				String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)] + " "
						+ (char) ('A' + random.nextInt(20));
				authors.add(new Author(name, "Department " + (a + 1), (a % 2 == 0) ? "HU" : "SNU",
						"author" + i + "." + a + "@example.org", a == 0));
			}
			AbstractSubmission submission = AbstractFixtures.submitted()
				.withId(UUID.randomUUID())
				.withNumber(number)
				.withTitle(title)
				.withAuthors(authors)
				.withText(text)
				.build();
			abstracts.put(submission.id(), submission);
			Instant start = day.plus(Duration.ofMinutes(15L * slots.size()));
			slots.add(new PublishedSlot(SlotKind.TALK, start, start.plus(Duration.ofMinutes(15)), null,
					new Talk(submission.id(), number, title, TopicAreas.MHLW_PRIORITY_CODES.get(i % 6),
							List.of("deep learning", "screening"), false,
							authors.stream()
								.map((author) -> new PublishedAuthor(author.name(), author.affiliation(),
										author.institution(), author.presenting()))
								.toList())));
			if (slots.size() == 20 || i == talks - 1) {
				sessions.add(new ProgramPublication.Session(UUID.randomUUID(), "Session " + (sessions.size() + 1),
						List.of(), "Room " + (char) ('A' + sessions.size() % 3), slots.get(0).start(),
						slots.get(slots.size() - 1).end(), List.of(), List.copyOf(slots)));
				slots.clear();
				day = day.plus(Duration.ofDays(1));
			}
		}
		return new Book(new ProgramPublication(1, day, null, 1L, sessions), abstracts);
	}

	private static Map<String, LocalizedText> topics() {
		Map<String, LocalizedText> topics = new HashMap<>();
		for (String code : TopicAreas.MHLW_PRIORITY_CODES) {
			topics.put(code, LocalizedText.of(code.toLowerCase(Locale.ROOT), null, null));
		}
		return topics;
	}

	private static String words(Random random, String[] words, int count, String separator) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				text.append(separator);
			}
			text.append(words[random.nextInt(words.length)]);
		}
		return text.toString();
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	private static long ms(long nanos) {
		return TimeUnit.NANOSECONDS.toMillis(nanos);
	}

	record Book(ProgramPublication publication, Map<UUID, AbstractSubmission> abstracts) {

		byte[] write(PdfFonts fonts) {
			return new BookOfAbstracts(this.publication, topics(), this.abstracts,
					"HU × SNU Medical AI Satellite Session 2027", PdfDocumentWriterTests.labels(Language.EN))
				.write(fonts);
		}

	}

}
