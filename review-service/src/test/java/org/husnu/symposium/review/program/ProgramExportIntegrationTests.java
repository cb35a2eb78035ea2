package org.husnu.symposium.review.program;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.audit.AuditEntry;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.program.ProgramSession;
import org.husnu.symposium.core.program.Slot;
import org.husnu.symposium.core.program.SpeakerInvitation;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
import org.husnu.symposium.review.speakers.SpeakerPrograms;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.WebSession;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chairs' program and badge exports over HTTP, for a small seeded program: one
 * session with a talk, a break and a talk whose speaker confirmed; accepted posters, a
 * held decision and a withdrawn abstract around it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
class ProgramExportIntegrationTests {

	private static final String CHAIR = "pex.chair@hokudai.ac.jp";

	private static final String SNU_CHAIR = "pex.snuchair@snu.ac.kr";

	private static final String AUTHOR = "pex.author@hokudai.ac.jp";

	private static final String INJECTION = "=HYPERLINK(\"http://evil.example\",\"x\")";

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	ProgramService programs;

	Logins logins;

	AbstractSubmission oral;

	AbstractSubmission confirmed;

	@BeforeEach
	void setUp() {
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		SpeakerPrograms.clear(this.mongo);
		Account chair = store(AccountFixtures.chair(CHAIR).withName("Hanako Chair").withDepartment("Medicine").build());
		Account snuChair = store(AccountFixtures.chair(SNU_CHAIR)
			.withName("Jisoo Chair")
			.withInstitution("SNU")
			.withDepartment("Nursing")
			.build());
		store(AccountFixtures.author(AUTHOR).build());
		this.oral = SpeakerPrograms.accepted(this.mongo,
				AbstractFixtures.submitted()
					.withId(UUID.randomUUID())
					.withNumber("A-801")
					.withTitle(INJECTION)
					.withAuthors(new Author("-Minus Kim", "Neurology", "SNU", "pex.kim@snu.ac.kr", true),
							new Author("Co Author", "Lab", "HU", "pex.co@hokudai.ac.jp", false))
					.withStudentPresenter(true)
					.build(),
				DecisionOutcome.ACCEPT_ORAL);
		this.confirmed = SpeakerPrograms.accepted(this.mongo,
				AbstractFixtures.submitted()
					.withId(UUID.randomUUID())
					.withNumber("A-802")
					.withTitle("連合学習による生存解析")
					.withAuthors(new Author("佐藤 愛子", "放射線科", "HU", "pex.sato@hokudai.ac.jp", true))
					.build(),
				DecisionOutcome.ACCEPT_ORAL);
		SpeakerPrograms.accepted(this.mongo,
				AbstractFixtures.submitted()
					.withId(UUID.randomUUID())
					.withNumber("A-803")
					.withTitle("심전도 포스터")
					.withAuthors(new Author("Park Poster", "Cardiology", "SNU", "pex.park@snu.ac.kr", true))
					.build(),
				DecisionOutcome.ACCEPT_POSTER);
		// the same presenter with a second, poster abstract: one badge
		SpeakerPrograms.accepted(this.mongo,
				AbstractFixtures.submitted()
					.withId(UUID.randomUUID())
					.withNumber("A-804")
					.withTitle("Second poster")
					.withAuthors(new Author("佐藤 愛子", "放射線科", "HU", "pex.sato@hokudai.ac.jp", true))
					.build(),
				DecisionOutcome.ACCEPT_POSTER);
		UUID held = UUID.randomUUID();
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(held)
			.withNumber("A-805")
			.withTitle("Held decision")
			.withAuthors(new Author("Held Person", "X", "HU", "pex.held@hokudai.ac.jp", true))
			.build());
		this.mongo.insert(Decision.held(held, DecisionOutcome.ACCEPT_POSTER, UUID.randomUUID(), Instant.now()));
		SpeakerPrograms.accepted(this.mongo,
				AbstractFixtures.submitted()
					.withId(UUID.randomUUID())
					.withNumber("A-806")
					.withTitle("Withdrawn after acceptance")
					.withStatus(AbstractStatus.WITHDRAWN)
					.withAuthors(new Author("Gone Person", "X", "HU", "pex.gone@hokudai.ac.jp", true))
					.build(),
				DecisionOutcome.ACCEPT_POSTER);
		Instant start = SpeakerPrograms.MORNING;
		ProgramSession session = new ProgramSession(UUID.randomUUID(), "Imaging and AI", List.of("MEDICAL_IMAGING"),
				List.of(chair.id(), snuChair.id()), "Hall B", start, start.plus(Duration.ofHours(1)), null, null,
				List.of(Slot.talk(this.oral.id(), start, Duration.ofMinutes(15)),
						Slot.breakSlot("Coffee", start.plus(Duration.ofMinutes(15)), Duration.ofMinutes(10)),
						Slot.talk(this.confirmed.id(), start.plus(Duration.ofMinutes(25)), Duration.ofMinutes(15))));
		SpeakerPrograms.save(this.programs, chair, session);
		this.mongo.insert(SpeakerInvitation
			.invite(this.confirmed.id(), "pex.sato@hokudai.ac.jp", "h", session.id(),
					start.plus(Duration.ofMinutes(25)), start, null)
			.answer(org.husnu.symposium.core.program.SpeakerConfirmation.CONFIRMED, null, session.id(),
					start.plus(Duration.ofMinutes(25)), start));
	}

	@Test
	void theProgramCsvListsEverySlotInTokyoTimeAndIsSafeInASpreadsheet() throws Exception {
		WebSession chair = this.logins.loggedIn(CHAIR);
		HttpResponse<String> response = chair.get(url("/api/exports/program.csv"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("program.csv");
		assertThat(response.body()).startsWith("\uFEFF");
		List<CSVRecord> rows = parse(response.body());
		assertThat(rows).hasSize(3);
		CSVRecord first = rows.get(0);
		assertThat(first.get("session")).isEqualTo("Imaging and AI");
		assertThat(first.get("room")).isEqualTo("Hall B");
		assertThat(first.get("kind")).isEqualTo("TALK");
		assertThat(first.get("start")).isEqualTo("2027-03-20 10:00");
		assertThat(first.get("end")).isEqualTo("2027-03-20 10:15");
		assertThat(first.get("start_iso")).isEqualTo("2027-03-20T10:00:00+09:00");
		assertThat(first.get("number")).isEqualTo("A-801");
		assertThat(first.get("title")).as("a formula is shown, never run").isEqualTo("'" + INJECTION);
		assertThat(first.get("presenter")).isEqualTo("'-Minus Kim");
		assertThat(first.get("institution")).isEqualTo("SNU");
		assertThat(first.get("student_presenter")).isEqualTo("true");
		assertThat(first.get("speaker_state")).isEqualTo("notInvited");
		assertThat(rows.get(1).get("kind")).isEqualTo("BREAK");
		assertThat(rows.get(1).get("title")).isEqualTo("Coffee");
		assertThat(rows.get(1).get("speaker_state")).isEmpty();
		assertThat(rows.get(2).get("title")).isEqualTo("連合学習による生存解析");
		assertThat(rows.get(2).get("speaker_state")).isEqualTo("confirmed");
		assertThat(this.mongo.find(Query.query(Criteria.where("action").is("program.exported")), AuditEntry.class))
			.anySatisfy((entry) -> assertThat(entry.actorEmail()).isEqualTo(CHAIR));
	}

	@Test
	void theProgramJsonNestsSlotsInSessionsWithLocalAndIsoTimes() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		HttpResponse<String> response = chair.getJson(url("/api/exports/program.json"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode program = this.json.readTree(response.body());
		assertThat(program.get("zone").asString()).isEqualTo("Asia/Tokyo");
		assertThat(program.get("version").isNull()).isFalse();
		JsonNode session = program.get("sessions").get(0);
		assertThat(session.get("title").asString()).isEqualTo("Imaging and AI");
		assertThat(session.get("time").get("startLocal").asString()).isEqualTo("2027-03-20 10:00");
		assertThat(session.get("time").get("end").asString()).isEqualTo("2027-03-20T11:00:00+09:00");
		assertThat(session.get("slots")).hasSize(3);
		JsonNode talk = session.get("slots").get(2);
		assertThat(talk.get("number").asString()).isEqualTo("A-802");
		assertThat(talk.get("presenter").asString()).isEqualTo("佐藤 愛子");
		assertThat(talk.get("speakerState").asString()).isEqualTo("confirmed");
		assertThat(talk.get("time").get("startLocal").asString()).isEqualTo("2027-03-20 10:25");
		assertThat(session.get("slots").get(1).get("kind").asString()).isEqualTo("BREAK");
	}

	@Test
	void theBadgeCsvHasOneRowPerPresenterOfAcceptedAbstractsAndTheSessionChairs() throws Exception {
		WebSession chair = this.logins.loggedIn(CHAIR);
		HttpResponse<String> response = chair.get(url("/api/exports/badges.csv"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<CSVRecord> rows = parse(response.body());
		assertThat(rows).extracting((row) -> row.get("email"))
			.containsExactlyInAnyOrder("pex.kim@snu.ac.kr", "pex.sato@hokudai.ac.jp", "pex.park@snu.ac.kr", CHAIR,
					SNU_CHAIR)
			.as("held decisions, withdrawn abstracts and co-authors get no badge")
			.doesNotContain("pex.held@hokudai.ac.jp", "pex.gone@hokudai.ac.jp", "pex.co@hokudai.ac.jp");
		CSVRecord sato = row(rows, "pex.sato@hokudai.ac.jp");
		assertThat(sato.get("name")).isEqualTo("佐藤 愛子");
		assertThat(sato.get("role")).isEqualTo("Presenter");
		assertThat(sato.get("presentation")).isEqualTo("Oral, Poster");
		assertThat(sato.get("numbers")).isEqualTo("A-802; A-804");
		CSVRecord kim = row(rows, "pex.kim@snu.ac.kr");
		assertThat(kim.get("name")).isEqualTo("'-Minus Kim");
		assertThat(kim.get("titles")).isEqualTo("'" + INJECTION);
		assertThat(kim.get("student")).isEqualTo("true");
		assertThat(kim.get("institution")).isEqualTo("SNU");
		assertThat(row(rows, "pex.park@snu.ac.kr").get("presentation")).isEqualTo("Poster");
		CSVRecord snuChair = row(rows, SNU_CHAIR);
		assertThat(snuChair.get("role")).isEqualTo("Session chair");
		assertThat(snuChair.get("name")).isEqualTo("Jisoo Chair");
		assertThat(snuChair.get("affiliation")).isEqualTo("Nursing");
		assertThat(snuChair.get("presentation")).isEmpty();
		assertThat(this.mongo.find(Query.query(Criteria.where("action").is("badges.exported")), AuditEntry.class))
			.isNotEmpty();
	}

	@Test
	void onlyChairsExport() {
		WebSession author = this.logins.loggedIn(AUTHOR);
		for (String path : List.of("/api/exports/program.csv", "/api/exports/program.json",
				"/api/exports/badges.csv")) {
			HttpResponse<String> response = author.getJson(url(path));
			assertThat(response.statusCode()).as(path).isEqualTo(403);
			assertThat(response.body()).as(path).doesNotContain("A-801", "pex.");
		}
	}

	private static CSVRecord row(List<CSVRecord> rows, String email) {
		return rows.stream().filter((row) -> row.get("email").equals(email)).findFirst().orElseThrow();
	}

	private static List<CSVRecord> parse(String body) throws Exception {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body.substring(1)))
			.getRecords();
	}

	private Account store(Account account) {
		this.mongo.remove(Query.query(Criteria.where("email").is(account.email())), Account.class);
		this.mongo.insert(account);
		return account;
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
