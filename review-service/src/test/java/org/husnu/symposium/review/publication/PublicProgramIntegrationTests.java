package org.husnu.symposium.review.publication;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.validate.ValidationResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.husnu.symposium.core.program.ProgramPublication.Talk;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public outputs of a publication seeded straight into the store, fetched without
 * login: 404 before the first publication (a page for browsers, a problem detail for the
 * rest), the page, JSON, iCalendar file and PDFs agreeing on the talks, the iCalendar
 * file parsed back and validated with ical4j, the book's text extracted back with PDFBox,
 * a character without a font refused, and no e-mail address anywhere.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(EmbeddedStoreTestConfiguration.class)
class PublicProgramIntegrationTests {

	static final List<String> PUBLIC_PATHS = List.of("/program", "/program.json", "/program.ics", "/program.pdf",
			"/book.pdf");

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	PdfFonts fonts;

	@BeforeEach
	void clear() {
		PublicationFixtures.clear(this.mongo);
	}

	@AfterEach
	void leaveNoPublication() {
		PublicationFixtures.clear(this.mongo);
	}

	@Test
	void everyPublicPathAnswersNotPublishedBeforeTheFirstPublication() throws Exception {
		for (String path : PUBLIC_PATHS) {
			HttpResponse<String> page = get(path, "text/html,application/xhtml+xml,*/*;q=0.8");
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(page.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith("text/html");
			assertThat(page.body()).as(path).contains("id=\"program-not-published\"", "The program is not out yet");

			HttpResponse<String> problem = get(path, "application/json");
			assertThat(problem.statusCode()).as(path).isEqualTo(404);
			assertThat(problem.headers().firstValue("Content-Type").orElseThrow()).as(path)
				.startsWith("application/problem+json");
			JsonNode body = this.json.readTree(problem.body());
			assertThat(body.get("code").asString()).as(path).isEqualTo("program.notPublished");
			assertThat(body.get("detail").asString()).contains("not published yet");
		}
		assertThat(get("/program?lang=ja", "text/html").body()).contains("プログラムはまだ公開されていません");
		assertThat(get("/program?lang=ko", "text/html").body()).contains("프로그램이 아직 공개되지 않았습니다");
	}

	@Test
	void pageJsonCalendarAndPdfsShowTheSameTalksOfTheLatestPublication() throws Exception {
		Fonts.assumeInstalled(this.fonts);
		PublicationFixtures.published(1).store(this.mongo);
		PublicationFixtures latest = PublicationFixtures.published(2).store(this.mongo);

		String page = get("/program?lang=en", "text/html").body();
		JsonNode program = this.json.readTree(get("/program.json", "application/json").body());
		String calendar = get("/program.ics", "*/*").body();
		String programPdf = pdfText(getBytes("/program.pdf"));
		String book = pdfText(getBytes("/book.pdf"));

		assertThat(page).contains("data-publication=\"2\"", "Asia/Tokyo", "Seoul", "Room A", "Room B", "Coffee break",
				"Yuki Chair (HU)", "Diagnostic imaging", "/program.pdf", "/book.pdf", "/program.ics");
		assertThat(program.get("number").asInt()).isEqualTo(2);
		assertThat(program.get("timeZone").asString()).isEqualTo("Asia/Tokyo");
		assertThat(program.get("sessions")).hasSize(2);
		JsonNode firstSession = program.get("sessions").get(0);
		assertThat(firstSession.get("start").asString()).isEqualTo("2027-03-04T10:00:00+09:00");
		assertThat(firstSession.get("topics").get(0).get("name").get("ja").asString()).isNotBlank();
		assertThat(firstSession.get("chairs").get(0).get("name").asString()).isEqualTo("Yuki Chair");
		List<String> jsonTalks = new ArrayList<>();
		for (JsonNode session : program.get("sessions")) {
			for (JsonNode slot : session.get("slots")) {
				if ("TALK".equals(slot.get("kind").asString())) {
					jsonTalks.add(slot.get("talk").get("number").asString());
					assertThat(slot.get("talk").get("abstract").asString()).isNotBlank();
					assertThat(slot.get("talk").get("authors").get(0).has("email")).isFalse();
				}
				else {
					assertThat(slot.get("label").asString()).isEqualTo("Coffee break");
				}
			}
		}
		List<String> talks = latest.talks().stream().map(Talk::number).toList();
		assertThat(jsonTalks).containsExactlyInAnyOrderElementsOf(talks);
		for (Talk talk : latest.talks()) {
			String presenter = BookOfAbstracts.presenterName(talk);
			assertThat(page).contains(talk.number(), talk.title(), presenter);
			assertThat(calendar).contains(talk.abstractId() + ProgramCalendar.UID_DOMAIN);
			assertThat(programPdf).contains(talk.number(), presenter);
			assertThat(book).contains(talk.number(), talk.title(), presenter);
		}
		assertThat(programPdf).contains(PublicationFixtures.JA_TITLE, PublicationFixtures.KO_TITLE, "Room A");
	}

	@Test
	void calendarParsesBackWithOneEventPerTalkInTokyoTimeAndValidates() throws Exception {
		PublicationFixtures published = PublicationFixtures.published(1).store(this.mongo);
		HttpResponse<String> response = get("/program.ics", "*/*");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar")
			.containsIgnoringCase("charset=utf-8");

		Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
		ValidationResult validation = calendar.validate();
		assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(published.talks().size());
		assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
		for (VEvent event : events) {
			DtStart<?> start = event.getDateTimeStart();
			assertThat(start.getParameter(net.fortuna.ical4j.model.Parameter.TZID).map(Object::toString))
				.hasValueSatisfying((tzid) -> assertThat(tzid).contains("Asia/Tokyo"));
			assertThat(event.getSequence().getSequenceNo()).isEqualTo(1);
			assertThat(event.getUid().orElseThrow().getValue()).endsWith(ProgramCalendar.UID_DOMAIN);
		}
		VEvent first = events.stream()
			.filter((event) -> event.getSummary().getValue().startsWith("P-101"))
			.findFirst()
			.orElseThrow();
		assertThat(first.getLocation().getValue()).isEqualTo("Room A");
		assertThat(first.getDescription().getValue()).contains("Presenter: Hanako Suzuki", "Ichiro Tanaka");
		assertThat(response.body()).contains("DTSTART;TZID=Asia/Tokyo:20270304T100000");
	}

	@Test
	void aRepublishedTalkKeepsItsUidWithAHigherSequence() throws Exception {
		PublicationFixtures first = PublicationFixtures.published(1).store(this.mongo);
		String before = get("/program.ics", "*/*").body();
		this.mongo.insert(new org.husnu.symposium.core.program.ProgramPublication(2, java.time.Instant.now(), null, 4L,
				first.publication.sessions()));
		String after = get("/program.ics", "*/*").body();
		String uid = first.talks().get(0).abstractId() + ProgramCalendar.UID_DOMAIN;
		assertThat(before).contains(uid, "SEQUENCE:1");
		assertThat(after).contains(uid, "SEQUENCE:2");
	}

	@Test
	void bookHoldsEveryTalkTheJapaneseAndKoreanTitlesEveryPresenterAndABookmarkPerSessionAndTalk() throws Exception {
		Fonts.assumeInstalled(this.fonts);
		PublicationFixtures published = PublicationFixtures.published(1).store(this.mongo);
		HttpResponse<byte[]> response = getBytesResponse("/book.pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		try (PDDocument book = Loader.loadPDF(response.body())) {
			String text = new PDFTextStripper().getText(book);
			assertThat(text).contains(PublicationFixtures.JA_TITLE, PublicationFixtures.KO_TITLE,
					PublicationFixtures.EN_TITLE, "Book of abstracts", "Contents", "Author index", "Ichiro Tanaka",
					"本研究では", "본 연구에서는");
			assertThat(text).contains(PublicationFixtures.PRESENTERS);
			List<String> sessions = new ArrayList<>();
			List<String> talks = new ArrayList<>();
			for (PDOutlineItem item : book.getDocumentCatalog().getDocumentOutline().children()) {
				if (item.hasChildren()) {
					sessions.add(item.getTitle());
					item.children().forEach((talk) -> talks.add(talk.getTitle()));
				}
			}
			assertThat(sessions).containsExactly("Imaging and early warning", "Genomes and federated learning");
			assertThat(talks).hasSize(published.talks().size())
				.allSatisfy((title) -> assertThat(title).startsWith("P-10"));
			// cover, contents, a page per talk (the long Japanese and Korean texts go
			// on), index
			assertThat(book.getNumberOfPages()).isGreaterThanOrEqualTo(1 + 1 + published.talks().size() + 1);
		}
		assertThat(getBytes("/book.pdf")).as("the second download comes from the cache").isEqualTo(response.body());
		try (PDDocument japanese = Loader.loadPDF(getBytes("/book.pdf?lang=ja"))) {
			assertThat(new PDFTextStripper().getText(japanese)).contains("抄録集", "目次", "著者索引");
		}
	}

	@Test
	void aNewPublicationReplacesTheBuiltPdfsAtOnce() throws Exception {
		Fonts.assumeInstalled(this.fonts);
		PublicationFixtures.published(1).store(this.mongo);
		assertThat(pdfText(getBytes("/book.pdf"))).contains(PublicationFixtures.JA_TITLE);
		assertThat(pdfText(getBytes("/program.pdf"))).contains(PublicationFixtures.JA_TITLE);
		PublicationFixtures.publishedWithJapaneseTitle(2, "改訂版の演題名").store(this.mongo);
		assertThat(pdfText(getBytes("/book.pdf"))).contains("改訂版の演題名").doesNotContain(PublicationFixtures.JA_TITLE);
		assertThat(pdfText(getBytes("/program.pdf"))).contains("改訂版の演題名").doesNotContain(PublicationFixtures.JA_TITLE);
	}

	@Test
	void aCharacterNoFontHasIsRefusedNamingTheAbstractAndTheCharacter() throws Exception {
		Fonts.assumeInstalled(this.fonts);
		PublicationFixtures.publishedWithJapaneseTitle(1, "Lung nodules 😀 detected").store(this.mongo);
		for (String path : List.of("/book.pdf", "/program.pdf")) {
			HttpResponse<String> problem = get(path, "application/json");
			assertThat(problem.statusCode()).as(path).isEqualTo(422);
			JsonNode body = this.json.readTree(problem.body());
			assertThat(body.get("code").asString()).isEqualTo("book.missingGlyph");
			assertThat(body.get("character").asString()).isEqualTo("U+1F600");
			assertThat(body.get("detail").asString()).contains("P-102", "U+1F600");
			HttpResponse<String> page = get(path, "text/html");
			assertThat(page.statusCode()).isEqualTo(422);
			assertThat(page.body()).contains("P-102", "U+1F600");
		}
		assertThat(get("/program", "text/html").body()).as("the page shows it; browsers have fonts")
			.contains("Lung nodules 😀 detected");
	}

	@Test
	void noPublicOutputShowsAnEmailAddress() throws Exception {
		Fonts.assumeInstalled(this.fonts);
		PublicationFixtures.published(1).store(this.mongo);
		List<String> outputs = new ArrayList<>();
		for (String lang : List.of("en", "ja", "ko")) {
			outputs.add(get("/program?lang=" + lang, "text/html").body());
			outputs.add(pdfText(getBytes("/book.pdf?lang=" + lang)));
			outputs.add(pdfText(getBytes("/program.pdf?lang=" + lang)));
		}
		outputs.add(get("/program.json", "application/json").body());
		// an iCalendar UID looks like an address (id@domain) but is none
		outputs.add(get("/program.ics", "*/*").body().replaceAll("UID:[^\\r\\n]*", "UID:"));
		for (String output : outputs) {
			assertThat(output).doesNotContain("@hokudai.ac.jp", "@snu.ac.kr", "@snuh.org", "@med.hokudai.ac.jp")
				.doesNotContainPattern("[\\w.]+@[\\w-]+\\.[\\w.]+");
			for (String email : PublicationFixtures.EMAILS) {
				assertThat(output).doesNotContain(email);
			}
		}
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private byte[] getBytes(String path) throws Exception {
		HttpResponse<byte[]> response = getBytesResponse(path);
		assertThat(response.statusCode()).as(path + ": " + new String(response.body(), StandardCharsets.UTF_8))
			.isEqualTo(200);
		return response.body();
	}

	private HttpResponse<byte[]> getBytesResponse(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
