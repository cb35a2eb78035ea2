package org.husnu.symposium.system;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.husnu.symposium.test.TestPdfs;
import org.husnu.symposium.test.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's journey across both services as separate processes, driven over HTTP: four
 * talks are accepted (an HU student in Japanese, an SNU presenter in Korean, one more of
 * each in English); the chair asks for a suggestion, saves and edits it, publishes it
 * (first refused for the unconfirmed speakers, then confirmed); the public page, JSON,
 * PDF and iCalendar file show the same program; a speaker confirms by the mailed link;
 * the book of abstracts holds every accepted abstract with its Japanese and Korean titles
 * and every presenter; the chair reads the HU–SNU collaboration report.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgramJourneySystemTests {

	private static final String CHAIR = "program.chair@hokudai.ac.jp";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Pattern SPEAKER_LINK = Pattern.compile("https?://\\S+/speaker/[A-Za-z0-9_-]+");

	private static final List<String> FONTS = List.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
			"/usr/share/fonts/truetype/nanum/NanumGothic.ttf", "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf");

	private static RunningSystem system;

	private static Mailbox mailbox;

	private static WebSession chair;

	private static final WebSession anonymous = new WebSession();

	/** Accepted talks: e-mail of the presenter to the abstract's title. */
	private static final Map<String, Talk> talks = new LinkedHashMap<>();

	private static long version;

	@BeforeAll
	static void start() {
		system = RunningSystem.start("--symposium.bootstrap.chairs=" + CHAIR);
		mailbox = new Mailbox(system.submission(""));
		People people = new People(system, mailbox);
		chair = people.register(CHAIR, "Hanako Chair", "HU", "Graduate School of Medicine", "FACULTY", "EN");
		accept(people, new Talk("sato.ja@med.hokudai.ac.jp", "佐藤 陽翔", "HU", "STUDENT", "JA", "術中バイタルサインからの敗血症早期予測",
				"PERIOPERATIVE_BIOSIGNALS"));
		accept(people, new Talk("kim.ko@snu.ac.kr", "김서연", "SNU", "FACULTY", "KO", "수술 중 생체신호를 이용한 저혈압 예측",
				"PERIOPERATIVE_BIOSIGNALS"));
		accept(people, new Talk("ito.en@hokudai.ac.jp", "Ren Ito", "HU", "FACULTY", "EN",
				"Deep learning triage of chest radiographs", "DIAGNOSTIC_IMAGING"));
		accept(people, new Talk("park.en@snu.ac.kr", "Minjun Park", "SNU", "STUDENT", "EN",
				"Radiograph triage with vision transformers", "DIAGNOSTIC_IMAGING"));
		HttpResponse<String> released = chair.postJson(system.review("/api/decisions/release"), "{}");
		assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
	}

	@AfterAll
	static void stop() {
		if (system != null) {
			system.close();
		}
	}

	@Test
	@Order(1)
	void beforeTheFirstPublicationThePublicPathsSayTheProgramIsNotOutYet() {
		for (String path : List.of("/program", "/program.json", "/program.ics", "/program.pdf", "/book.pdf")) {
			HttpResponse<String> response = anonymous.get(system.review(path));
			assertThat(response.statusCode()).as(path).isEqualTo(404);
		}
		HttpResponse<String> page = anonymous.get(system.review("/program"));
		assertThat(page.body()).containsIgnoringCase("not");
		assertThat(anonymous.getJson(system.review("/program.json")).body()).contains("program.notPublished");
	}

	@Test
	@Order(2)
	void theChairSuggestsSavesEditsAndPublishes() {
		HttpResponse<String> suggested = chair.postJson(system.review("/api/program/suggest"),
				"{\"frames\":[{\"room\":\"Room A\",\"start\":\"2027-02-10T00:00:00Z\",\"end\":\"2027-02-10T01:00:00Z\"},"
						+ "{\"room\":\"Room A\",\"start\":\"2027-02-10T01:30:00Z\",\"end\":\"2027-02-10T02:30:00Z\"}]}");
		assertThat(suggested.statusCode()).as(suggested.body()).isEqualTo(200);
		JsonNode proposal = read(suggested);
		assertThat(proposal.get("unmet")).as(suggested.body()).isEmpty();
		Set<String> placed = new LinkedHashSet<>();
		for (JsonNode session : proposal.get("sessions")) {
			int hu = 0;
			int snu = 0;
			for (JsonNode slot : session.get("slots")) {
				if ("TALK".equals(slot.get("kind").asString())) {
					Talk talk = byAbstract(abstractOf(slot));
					placed.add(talk.id);
					hu += talk.institution.equals("HU") ? 1 : 0;
					snu += talk.institution.equals("SNU") ? 1 : 0;
				}
			}
			assertThat(Math.abs(hu - snu)).as("HU and SNU balanced in %s", session).isLessThanOrEqualTo(1);
		}
		assertThat(placed).containsExactlyInAnyOrderElementsOf(talks.values().stream().map(Talk::id).toList());

		ObjectNode program = json.createObjectNode();
		program.set("version", proposal.get("basedOnVersion"));
		program.set("sessions", proposal.get("sessions"));
		HttpResponse<String> saved = chair.putJson(system.review("/api/program"), program.toString());
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		long first = read(saved).get("version").asLong();

		// the chair edits by hand: renames the first session and adds a break after the
		// last talk of the second
		ObjectNode edited = (ObjectNode) read(chair.getJson(system.review("/api/program")));
		ArrayNode sessions = (ArrayNode) edited.get("sessions");
		((ObjectNode) sessions.get(0)).put("title", "Biosignals and the operating room");
		ArrayNode secondSlots = (ArrayNode) sessions.get(1).get("slots");
		String lastEnd = secondSlots.get(secondSlots.size() - 1).get("end").asString();
		ObjectNode coffee = secondSlots.addObject();
		coffee.put("kind", "BREAK");
		coffee.put("label", "Coffee");
		coffee.put("start", lastEnd);
		coffee.put("end", java.time.Instant.parse(lastEnd).plusSeconds(600).toString());
		HttpResponse<String> editedSave = chair.putJson(system.review("/api/program"), edited.toString());
		assertThat(editedSave.statusCode()).as(editedSave.body()).isEqualTo(200);
		version = read(editedSave).get("version").asLong();
		assertThat(version).isGreaterThan(first);

		// a second chair's stale save is refused and changes nothing
		edited.put("version", first);
		((ObjectNode) sessions.get(0)).put("title", "Stale title");
		HttpResponse<String> stale = chair.putJson(system.review("/api/program"), edited.toString());
		assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
		assertThat(stale.body()).contains("program.conflict");
		assertThat(chair.getJson(system.review("/api/program")).body()).doesNotContain("Stale title")
			.contains("Biosignals and the operating room");

		// the speakers have not confirmed: publishing asks for a confirmation first
		HttpResponse<String> unconfirmed = chair.postJson(system.review("/api/program/publish"),
				"{\"version\":" + version + "}");
		assertThat(unconfirmed.statusCode()).as(unconfirmed.body()).isEqualTo(409);
		assertThat(unconfirmed.body()).contains("program.unresolvedWarnings");
		assertThat(anonymous.get(system.review("/program")).statusCode()).isEqualTo(404);
		HttpResponse<String> published = chair.postJson(system.review("/api/program/publish"),
				"{\"version\":" + version + ",\"confirm\":true}");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
		assertThat(read(published).get("number").asInt()).isEqualTo(1);
	}

	@Test
	@Order(3)
	void thePublicPageJsonPdfAndCalendarShowTheSameProgram() throws IOException, ParserException {
		JsonNode published = read(anonymous.getJson(system.review("/program.json")));
		assertThat(published.get("timeZone").asString()).isEqualTo("Asia/Tokyo");
		List<String> numbers = new ArrayList<>();
		for (JsonNode session : published.get("sessions")) {
			for (JsonNode slot : session.get("slots")) {
				if ("TALK".equals(slot.get("kind").asString())) {
					numbers.add(slot.get("talk").get("number").asString());
				}
			}
		}
		assertThat(numbers).containsExactlyInAnyOrderElementsOf(talks.values().stream().map(Talk::number).toList());
		assertThat(published.toString()).contains("Biosignals and the operating room", "Coffee");

		String page = anonymous.get(system.review("/program?lang=ja")).body();
		assumeFonts();
		String pdf = text(anonymous.getBytes(system.review("/program.pdf")).body());
		Calendar calendar = new CalendarBuilder()
			.build(new StringReader(anonymous.get(system.review("/program.ics")).body()));
		calendar.validate();
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(talks.size());
		for (Talk talk : talks.values()) {
			assertThat(page).as("page").contains(talk.title, talk.name, talk.number);
			assertThat(pdf).as("program PDF").contains(talk.title, talk.number);
			assertThat(events).as("calendar")
				.anySatisfy((event) -> assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
					.contains(talk.number));
		}
		for (VEvent event : events) {
			assertThat(event.getProperty(Property.DTSTART).orElseThrow().toString()).contains("Asia/Tokyo");
		}
		String all = published + page + pdf;
		talks.keySet().forEach((email) -> assertThat(all).as("no e-mail address in public").doesNotContain(email));
	}

	@Test
	@Order(4)
	void aSpeakerConfirmsTheirSlotByTheMailedLink() {
		HttpResponse<String> invited = chair.postJson(system.review("/api/program/speakers/invite"), "{}");
		assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
		assertThat(read(invited).get("invited").asInt()).isEqualTo(talks.size());
		Talk sato = talks.get("sato.ja@med.hokudai.ac.jp");
		JsonNode mail = mailbox.newestWithText(sato.email, "/speaker/");
		Matcher link = SPEAKER_LINK.matcher(mail.get("text").asString());
		assertThat(link.find()).as(mail.toString()).isTrue();
		WebSession speaker = new WebSession();
		HttpResponse<String> opened = speaker.get(link.group());
		// the link opens in the speaker's language
		assertThat(opened.statusCode()).isEqualTo(302);
		String location = opened.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("lang=ja");
		HttpResponse<String> page = speaker.get(URI.create(link.group()).resolve(location).toString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(sato.title).doesNotContain(sato.email);
		HttpResponse<String> confirmed = speaker.submitForm(link.group() + "/confirm", page.body(), Map.of());
		assertThat(confirmed.statusCode()).as(confirmed.body()).isIn(200, 302, 303);

		JsonNode speakers = read(chair.getJson(system.review("/api/program/speakers")));
		Map<String, String> states = new LinkedHashMap<>();
		speakers.get("talks").forEach((row) -> states.put(row.get("number").asString(), row.get("status").asString()));
		assertThat(states).containsEntry(sato.number, "confirmed");
		assertThat(states.values()).filteredOn("pending"::equals).hasSize(talks.size() - 1);
	}

	@Test
	@Order(5)
	void theBookHoldsEveryAcceptedAbstractWithItsJapaneseAndKoreanTitleAndEveryPresenter() throws IOException {
		assumeFonts();
		HttpResponse<byte[]> book = anonymous.getBytes(system.review("/book.pdf"));
		assertThat(book.statusCode()).isEqualTo(200);
		assertThat(book.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> type.contains("pdf"));
		try (PDDocument document = Loader.loadPDF(book.body())) {
			String text = new PDFTextStripper().getText(document);
			for (Talk talk : talks.values()) {
				assertThat(text).as("book").contains(talk.title, talk.name);
			}
			assertThat(document.getDocumentCatalog().getDocumentOutline()).as("bookmarks").isNotNull();
		}
	}

	@Test
	@Order(6)
	void theChairReadsTheCollaborationReportAndOthersMayNot() {
		HttpResponse<String> report = chair.getJson(system.review("/api/collaboration"));
		assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
		JsonNode pairs = read(report).get("pairs");
		assertThat(pairs).isNotEmpty();
		JsonNode top = pairs.get(0);
		assertThat(Set.of(top.get("hu").get("number").asString(), top.get("snu").get("number").asString()))
			.as("the two biosignal talks or the two radiograph talks pair first")
			.isIn(Set.of(talks.get("sato.ja@med.hokudai.ac.jp").number, talks.get("kim.ko@snu.ac.kr").number),
					Set.of(talks.get("ito.en@hokudai.ac.jp").number, talks.get("park.en@snu.ac.kr").number));
		WebSession author = talks.get("kim.ko@snu.ac.kr").session;
		assertThat(author.getJson(system.review("/api/collaboration")).statusCode()).isEqualTo(403);
		assertThat(anonymous.getJson(system.review("/api/collaboration")).statusCode()).isIn(401, 403);
	}

	private static void accept(People people, Talk talk) {
		WebSession session = people.register(talk.email, talk.name, talk.institution, "Medicine", talk.position,
				talk.language);
		HttpResponse<String> created = session.postJson(system.submission("/api/abstracts"),
				"{\"title\":\"" + talk.title + "\",\"authors\":[{\"name\":\"" + talk.name
						+ "\",\"affiliation\":\"Medicine\",\"institution\":\"" + talk.institution + "\",\"email\":\""
						+ talk.email + "\",\"presenting\":true}],\"primaryTopic\":\"" + talk.topic
						+ "\",\"keywords\":[\"sepsis\",\"radiograph\"],\"presentation\":\"ORAL\",\"studentPresenter\":"
						+ talk.position.equals("STUDENT") + ",\"text\":\"" + talk.title
						+ ": a retrospective study of two thousand patients.\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode abstractNode = read(created);
		String id = abstractNode.get("id").asString();
		HttpResponse<String> uploaded = session.postFile(system.submission("/api/abstracts/" + id + "/pdf"), "file",
				"abstract.pdf", TestPdfs.a4WithText("A retrospective study of two thousand patients."));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		HttpResponse<String> submitted = session.post(system.submission("/api/abstracts/" + id + "/submit"));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
		HttpResponse<String> decided = chair.putJson(system.review("/api/decisions/" + id),
				"{\"outcome\":\"ACCEPT_ORAL\"}");
		assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
		talk.id = id;
		talk.number = read(session.getJson(system.submission("/api/abstracts/" + id))).get("number").asString();
		talk.session = session;
		talks.put(talk.email, talk);
	}

	private static String abstractOf(JsonNode slot) {
		JsonNode node = slot.has("abstractId") ? slot.get("abstractId") : slot.get("abstract");
		return node.isObject() ? node.get("id").asString() : node.asString();
	}

	private static Talk byAbstract(String id) {
		return talks.values().stream().filter((talk) -> talk.id.equals(id)).findFirst().orElseThrow();
	}

	/**
	 * The PDFs need Debian's IPA Gothic and Nanum fonts at their default paths: without
	 * them the PDF steps are skipped with a message, unless
	 * {@code -Dsymposium.fonts.required=true} (CI installs them) makes that a failure.
	 */
	private static void assumeFonts() {
		List<String> missing = FONTS.stream().filter((path) -> !Files.isReadable(Path.of(path))).toList();
		if (missing.isEmpty()) {
			return;
		}
		String message = "The program PDF and the book need the fonts " + missing
				+ " (Debian: apt-get install -y fonts-ipafont-gothic fonts-nanum)";
		if (Boolean.getBoolean("symposium.fonts.required")) {
			throw new IllegalStateException(message);
		}
		Assumptions.abort(message);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static JsonNode read(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	/** An accepted talk of the journey. */
	private static final class Talk {

		final String email;

		final String name;

		final String institution;

		final String position;

		final String language;

		final String title;

		final String topic;

		String id;

		String number;

		WebSession session;

		Talk(String email, String name, String institution, String position, String language, String title,
				String topic) {
			this.email = email;
			this.name = name;
			this.institution = institution;
			this.position = position;
			this.language = language;
			this.title = title;
			this.topic = topic;
		}

		String id() {
			return this.id;
		}

		String number() {
			return this.number;
		}

	}

}
