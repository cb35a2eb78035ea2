package org.husnu.symposium.review.program;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.audit.AuditEntry;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.ProgramPublication;
import org.husnu.symposium.core.program.ProgramSession;
import org.husnu.symposium.core.program.Slot;
import org.husnu.symposium.core.program.SpeakerConfirmation;
import org.husnu.symposium.core.program.SpeakerInvitation;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.WebSession;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The working program over HTTP against the embedded store. Accepted oral talks
 * (released): A-801 (HU presenter Sato), A-802 (SNU presenter Kim), A-803 (SNU presenter
 * Park); A-804 is accepted for a poster, A-805 has a held accept-oral decision. Morning
 * session 09:00 to 10:00 (Asia/Tokyo), afternoon 13:00 to 13:30.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
class ProgramIntegrationTests {

	private static final String CHAIR = "pgm.chair@hokudai.ac.jp";

	private static final String OTHER_CHAIR = "pgm.chair2@snu.ac.kr";

	private static final String REVIEWER = "pgm.reviewer@snu.ac.kr";

	private static final String AUTHOR = "pgm.sato@hokudai.ac.jp";

	private static final String MORNING = "2027-03-10T00:00:00Z";

	private static final String MORNING_END = "2027-03-10T01:00:00Z";

	private static final String AFTERNOON = "2027-03-10T04:00:00Z";

	private static final String AFTERNOON_END = "2027-03-10T04:30:00Z";

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	LoginTokenService tokens;

	Logins logins;

	Account chair;

	Account otherChair;

	final UUID morning = UUID.randomUUID();

	final UUID afternoon = UUID.randomUUID();

	final List<UUID> talks = new ArrayList<>();

	@BeforeEach
	void setUp() {
		clean();
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		this.chair = store(AccountFixtures.chair(CHAIR).withName("Haruto Chair").build());
		this.otherChair = store(
				AccountFixtures.chair(OTHER_CHAIR).withName("Seojun Chair").withInstitution("SNU").build());
		store(AccountFixtures.reviewer(REVIEWER).withInstitution("SNU").build());
		Account author = store(AccountFixtures.author(AUTHOR).build());
		this.talks.clear();
		String[][] people = { { "Aiko Sato", "HU", AUTHOR }, { "Minjun Kim", "SNU", "pgm.kim@snu.ac.kr" },
				{ "Jiwoo Park", "SNU", "pgm.park@snu.ac.kr" }, { "Ren Ito", "HU", "pgm.ito@hokudai.ac.jp" },
				{ "Sora Lee", "SNU", "pgm.lee@snu.ac.kr" } };
		DecisionOutcome[] outcomes = { DecisionOutcome.ACCEPT_ORAL, DecisionOutcome.ACCEPT_ORAL,
				DecisionOutcome.ACCEPT_ORAL, DecisionOutcome.ACCEPT_POSTER, DecisionOutcome.ACCEPT_ORAL };
		Instant at = Instant.parse("2027-02-10T01:00:00Z");
		for (int i = 0; i < people.length; i++) {
			UUID id = UUID.randomUUID();
			this.talks.add(id);
			this.mongo.insert(AbstractFixtures.submitted()
				.withId(id)
				.withNumber("A-80" + (i + 1))
				.withSubmitter(author.id())
				.withTitle("Talk " + (i + 1))
				.withAuthors(new Author(people[i][0], "Lab", people[i][1], people[i][2], true))
				.build());
			Decision decision = Decision.held(id, outcomes[i], this.chair.id(), at);
			this.mongo.insert((i < 4) ? decision.release(at) : decision);
		}
	}

	@AfterEach
	void clean() {
		this.mongo.remove(new Query(), Program.class);
		this.mongo.remove(new Query(), ProgramPublication.class);
		this.mongo.remove(new Query(), SpeakerInvitation.class);
		this.mongo.remove(new Query(), Decision.class);
		this.mongo.remove(new Query(), AbstractSubmission.class);
		this.mongo.remove(Query.query(Criteria.where("email").regex("^pgm\\.")), Account.class);
		this.mongo.remove(new Query(), "rate_limits");
	}

	@Test
	void aChairSavesTheProgramAndReadsItBackWithNamesWarningsAndUnplacedTalks() {
		WebSession session = this.logins.loggedIn(CHAIR);
		HttpResponse<String> put = session
			.putJson(url("/api/program"), program(null, sessions("{\"kind\":\"TALK\",\"start\":\"" + MORNING
					+ "\",\"end\":\"2027-03-10T00:15:00Z\",\"abstract\":\"a-801\"},"
					+ "{\"kind\":\"BREAK\",\"start\":\"2027-03-10T00:15:00Z\",\"end\":\"2027-03-10T00:30:00Z\",\"label\":\"Coffee\"}",
					"{\"kind\":\"TALK\",\"start\":\"" + AFTERNOON
							+ "\",\"end\":\"2027-03-10T04:15:00Z\",\"abstract\":\"" + this.talks.get(1) + "\"}")));
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		JsonNode saved = read(put);
		assertThat(saved.get("version").asLong()).isZero();
		JsonNode got = read(session.getJson(url("/api/program")));
		assertThat(got).isEqualTo(saved);
		JsonNode first = got.get("sessions").get(0);
		assertThat(first.get("title").asString()).isEqualTo("Imaging");
		assertThat(first.get("room").asString()).isEqualTo("Room A");
		assertThat(first.get("start").asString()).isEqualTo(MORNING);
		assertThat(first.get("talkMinutes").asInt()).isEqualTo(12);
		assertThat(first.get("sessionChairs").get(0).get("name").asString()).isEqualTo(this.chair.name());
		assertThat(first.get("slots").get(0).get("abstract").get("number").asString()).isEqualTo("A-801");
		assertThat(first.get("slots").get(0).get("abstract").get("presenter").get("name").asString())
			.isEqualTo("Aiko Sato");
		assertThat(first.get("slots").get(1).get("kind").asString()).isEqualTo("BREAK");
		assertThat(first.get("slots").get(1).get("label").asString()).isEqualTo("Coffee");
		assertThat(got.get("unplacedTalks")).extracting((talk) -> talk.get("number").asString())
			.containsExactly("A-803");
		assertThat(got.get("warnings")).extracting((warning) -> warning.get("code").asString())
			.containsOnly("speakerNotInvited")
			.hasSize(2);
		assertThat(got.get("warnings").get(0).get("message").asString()).contains("Aiko Sato", "A-801");
		assertThat(got.get("published").isNull()).isTrue();
		assertThat(this.mongo.findAll(AuditEntry.class)).anyMatch((entry) -> entry.action().equals("program.saved"));
	}

	@Test
	void badInputIsRefusedWithAStableCodeAndNothingIsWritten() {
		WebSession session = this.logins.loggedIn(CHAIR);
		String talkA = talk(MORNING, "2027-03-10T00:15:00Z", "A-801");
		assertThat(session.putJson(url("/api/program"), program(null, sessions(talkA, ""))).statusCode())
			.isEqualTo(200);
		Program before = this.mongo.findById(Program.ID, Program.class);
		assertProblem(session.putJson(url("/api/program"), program(5L, sessions(talkA, ""))), 409, "program.conflict");
		assertProblem(
				session.putJson(url("/api/program"),
						program(0L, sessions(talkA, talk(AFTERNOON, "2027-03-10T04:15:00Z", "A-804")))),
				422, "program.unknownTalk");
		assertProblem(
				session.putJson(url("/api/program"),
						program(0L, sessions(talkA, talk(AFTERNOON, "2027-03-10T04:15:00Z", "A-805")))),
				422, "program.unknownTalk");
		assertProblem(
				session.putJson(url("/api/program"),
						program(0L, sessions(talkA, talk(AFTERNOON, "2027-03-10T04:15:00Z", "A-999")))),
				422, "program.unknownTalk");
		assertProblem(
				session.putJson(url("/api/program"),
						program(0L, sessions(
								talkA + "," + talk("2027-03-10T00:10:00Z", "2027-03-10T00:25:00Z", "A-802"), ""))),
				422, "session.slot.overlap");
		assertProblem(
				session.putJson(url("/api/program"),
						program(0L, sessions(talkA + "," + talk(MORNING_END, "2027-03-10T01:15:00Z", "A-802"), ""))),
				422, "session.slot.outside");
		assertProblem(
				session.putJson(url("/api/program"),
						program(0L, sessions(
								talkA + "," + talk("2027-03-10T00:15:00Z", "2027-03-10T00:30:00Z", "A-801"), ""))),
				422, "session.slot.duplicate");
		assertProblem(
				session.putJson(url("/api/program"),
						program(0L, sessions(talkA, talk(AFTERNOON, "2027-03-10T04:15:00Z", "A-801")))),
				422, "program.duplicateTalk");
		assertProblem(
				session.putJson(url("/api/program"),
						program(0L,
								sessions(talkA, "").replace("\"sessionChairs\":[\"" + this.chair.id() + "\"]",
										"\"sessionChairs\":[\"" + UUID.randomUUID() + "\"]"))),
				422, "program.unknownChair");
		// the afternoon (30 minutes) holds two talks; a third would start at its end
		assertThat(session
			.putJson(url("/api/program"),
					program(0L,
							sessions(talkA,
									talk(AFTERNOON, "2027-03-10T04:15:00Z", "A-802") + ","
											+ talk("2027-03-10T04:15:00Z", "2027-03-10T04:30:00Z", "A-803"))))
			.statusCode()).isEqualTo(200);
		Program full = this.mongo.findById(Program.ID, Program.class);
		HttpResponse<String> move = session.postJson(url("/api/program/move"),
				"{\"version\":1,\"abstract\":\"A-801\",\"session\":\"" + this.afternoon + "\"}");
		assertProblem(move, 422, "program.sessionFull");
		assertThat(read(move).get("detail").asString()).contains("no time left");
		assertThat(this.mongo.findById(Program.ID, Program.class)).isEqualTo(full);
		assertThat(full.version()).isEqualTo(before.version() + 1);
	}

	@Test
	void twoChairsSavingTheSameVersionAtOnceGetOneSaveAndOneConflict() throws Exception {
		WebSession first = this.logins.loggedIn(CHAIR);
		WebSession second = this.logins.loggedIn(OTHER_CHAIR);
		assertThat(first.putJson(url("/api/program"), program(null, sessions("", ""))).statusCode()).isEqualTo(200);
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<HttpResponse<String>>> saves = new ArrayList<>();
		for (WebSession session : List.of(first, second)) {
			String body = program(0L,
					sessions(talk(MORNING, "2027-03-10T00:15:00Z", (session == first) ? "A-801" : "A-802"), ""));
			saves.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return session.putJson(url("/api/program"), body);
			}));
		}
		List<Integer> statuses = new ArrayList<>();
		for (CompletableFuture<HttpResponse<String>> save : saves) {
			statuses.add(save.get().statusCode());
		}
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		Program stored = this.mongo.findById(Program.ID, Program.class);
		assertThat(stored.version()).isEqualTo(1L);
		assertThat(stored.talks()).hasSize(1);
	}

	@Test
	void publishingWithWarningsNeedsAConfirmationAndNumbersThePublications() {
		WebSession session = this.logins.loggedIn(CHAIR);
		assertProblem(session.postJson(url("/api/program/publish"), "{\"version\":null}"), 422, "program.empty");
		session.putJson(url("/api/program"), program(null, sessions(talk(MORNING, "2027-03-10T00:15:00Z", "A-801"),
				talk(AFTERNOON, "2027-03-10T04:15:00Z", "A-802"))));
		HttpResponse<String> refused = session.postJson(url("/api/program/publish"), "{\"version\":0}");
		assertProblem(refused, 409, "program.unresolvedWarnings");
		assertThat(read(refused).get("warnings")).extracting((warning) -> warning.get("code").asString())
			.containsOnly("speakerNotInvited");
		assertThat(this.mongo.count(new Query(), ProgramPublication.class)).isZero();
		assertProblem(session.postJson(url("/api/program/publish"), "{\"version\":3,\"confirm\":true}"), 409,
				"program.conflict");

		HttpResponse<String> published = session.postJson(url("/api/program/publish"),
				"{\"version\":0,\"confirm\":true}");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
		assertThat(read(published).get("number").asInt()).isEqualTo(1);
		assertThat(read(published).get("warnings")).hasSize(2);

		// every speaker confirms the slot they have: nothing to confirm any more
		Program program = this.mongo.findById(Program.ID, Program.class);
		for (ProgramSession programSession : program.sessions()) {
			for (Slot slot : programSession.slots()) {
				this.mongo.save(
						new SpeakerInvitation(slot.abstractId(), "x@example.org", "hash", SpeakerConfirmation.CONFIRMED,
								programSession.id(), slot.start(), Instant.now(), null, Instant.now(), null));
			}
		}
		HttpResponse<String> again = session.postJson(url("/api/program/publish"), "{\"version\":0}");
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		assertThat(read(again).get("number").asInt()).isEqualTo(2);
		assertThat(read(again).get("warnings")).isEmpty();

		JsonNode list = read(session.getJson(url("/api/program/publications")));
		assertThat(list).extracting((publication) -> publication.get("number").asInt()).containsExactly(2, 1);
		assertThat(list.get(0).get("talks").asInt()).isEqualTo(2);
		assertThat(list.get(0).get("by").asString()).isEqualTo(this.chair.name());
		ProgramPublication second = this.mongo.findById(2, ProgramPublication.class);
		assertThat(second.sessions().get(0).slots().get(0).talk().authors()).singleElement()
			.satisfies((author) -> assertThat(author.name()).isEqualTo("Aiko Sato"));
		assertThat(second.sessions().get(0).chairs()).extracting(ProgramPublication.Person::name)
			.containsExactly(this.chair.name());
		assertThat(read(session.getJson(url("/api/program"))).get("published").get("number").asInt()).isEqualTo(2);
		assertThat(this.mongo.findAll(AuditEntry.class))
			.filteredOn((entry) -> entry.action().equals("program.published"))
			.hasSize(2);
	}

	@Test
	void onlyChairsReadChangeAndPublishTheProgram() {
		WebSession chairSession = this.logins.loggedIn(CHAIR);
		chairSession.putJson(url("/api/program"),
				program(null, sessions(talk(MORNING, "2027-03-10T00:15:00Z", "A-801"), "")));
		Program before = this.mongo.findById(Program.ID, Program.class);
		for (String email : List.of(REVIEWER, AUTHOR)) {
			WebSession other = this.logins.loggedIn(email);
			assertThat(other.getJson(url("/api/program")).statusCode()).isEqualTo(403);
			assertThat(other.putJson(url("/api/program"), program(0L, sessions("", ""))).statusCode()).isEqualTo(403);
			assertThat(other
				.postJson(url("/api/program/move"),
						"{\"version\":0,\"abstract\":\"A-802\",\"session\":\"" + this.morning + "\"}")
				.statusCode()).isEqualTo(403);
			assertThat(other.postJson(url("/api/program/publish"), "{\"version\":0,\"confirm\":true}").statusCode())
				.isEqualTo(403);
			assertThat(other.getJson(url("/api/program/publications")).statusCode()).isEqualTo(403);
			HttpResponse<String> page = other.get(url("/program/edit"));
			assertThat(page.statusCode()).isEqualTo(403);
			assertThat(page.body()).doesNotContain("A-801", "Talk 1");
		}
		assertThat(this.mongo.findById(Program.ID, Program.class)).isEqualTo(before);
		assertThat(this.mongo.count(new Query(), ProgramPublication.class)).isZero();
	}

	@Test
	void theEditorsFormsMoveATalkAndSayWhenAnotherChairChangedTheProgram() {
		WebSession session = this.logins.loggedIn(CHAIR);
		session.putJson(url("/api/program"),
				program(null, sessions(talk(MORNING, "2027-03-10T00:15:00Z", "A-801"), "")));
		String page = session.get(url("/program/edit?lang=en")).body();
		assertThat(page).contains("A-801", "A-802", "Imaging");
		HttpResponse<String> moved = session.submitForm(url("/program/edit/move"), page,
				Map.of("version", "0", "abstract", this.talks.get(1).toString(), "session", this.morning.toString()));
		assertThat(moved.statusCode()).isEqualTo(302);
		assertThat(session.get(url("/program/edit?lang=en")).body()).contains("Moved; the session is re-timed");
		assertThat(this.mongo.findById(Program.ID, Program.class).sessions().get(0).talks())
			.containsExactly(this.talks.get(0), this.talks.get(1));
		// the page the chair still has carries version 0
		HttpResponse<String> stale = session.submitForm(url("/program/edit/talks/" + this.talks.get(1) + "/up"), page,
				Map.of("version", "0"));
		assertThat(stale.statusCode()).isEqualTo(302);
		assertThat(session.get(url("/program/edit?lang=en")).body()).contains("Another chair changed the program");
		assertThat(this.mongo.findById(Program.ID, Program.class).sessions().get(0).talks())
			.containsExactly(this.talks.get(0), this.talks.get(1));
	}

	@Test
	void theEditorsFormsAddASessionInJapanTimeAndRefuseAMoveIntoAFullOne() {
		WebSession session = this.logins.loggedIn(CHAIR);
		session.putJson(url("/api/program"),
				program(null,
						sessions(talk(MORNING, "2027-03-10T00:15:00Z", "A-801"),
								talk(AFTERNOON, "2027-03-10T04:15:00Z", "A-802") + ","
										+ talk("2027-03-10T04:15:00Z", "2027-03-10T04:30:00Z", "A-803"))));
		String page = session.get(url("/program/edit?lang=ja")).body();
		HttpResponse<String> added = session.submitForm(url("/program/edit/sessions"), page,
				Map.of("version", "0", "title", "Genome", "room", "Room C", "date", "2027-03-11", "start", "09:00",
						"end", "10:00", "talkMinutes", "20", "questionMinutes", "5", "topic", "GENOME_MEDICINE",
						"chair", this.otherChair.id().toString()));
		assertThat(added.statusCode()).isEqualTo(302);
		Program program = this.mongo.findById(Program.ID, Program.class);
		ProgramSession genome = program.sessions().get(program.sessions().size() - 1);
		assertThat(genome.title()).isEqualTo("Genome");
		assertThat(genome.start()).isEqualTo(Instant.parse("2027-03-11T00:00:00Z"));
		assertThat(genome.end()).isEqualTo(Instant.parse("2027-03-11T01:00:00Z"));
		assertThat(genome.talkMinutes()).isEqualTo(20);
		assertThat(genome.topicCodes()).containsExactly("GENOME_MEDICINE");
		assertThat(genome.sessionChairs()).containsExactly(this.otherChair.id());
		assertThat(session.get(url("/program/edit?lang=ja")).body()).contains("セッションを保存しました。");

		// the afternoon's 30 minutes hold two talks already
		HttpResponse<String> refused = session.submitForm(url("/program/edit/move"), page,
				Map.of("version", "1", "abstract", this.talks.get(0).toString(), "session", this.afternoon.toString()));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(session.get(url("/program/edit?lang=ja")).body()).contains("そのセッションには時間の余裕がありません");
		assertThat(this.mongo.findById(Program.ID, Program.class)).isEqualTo(program);
	}

	private String program(Long version, String sessions) {
		return "{\"version\":" + version + ",\"sessions\":[" + sessions + "]}";
	}

	/**
	 * The morning session (Imaging, Room A, chaired by the chair) and the afternoon one,
	 * with these slots.
	 */
	private String sessions(String morningSlots, String afternoonSlots) {
		return "{\"id\":\"" + this.morning + "\",\"title\":\"Imaging\",\"topicCodes\":[\"MEDICAL_IMAGING\"],"
				+ "\"sessionChairs\":[\"" + this.chair.id() + "\"],\"room\":\"Room A\",\"start\":\"" + MORNING
				+ "\",\"end\":\"" + MORNING_END + "\",\"slots\":[" + morningSlots + "]},{\"id\":\"" + this.afternoon
				+ "\",\"title\":\"Clinical AI\",\"sessionChairs\":[\"" + this.otherChair.id()
				+ "\"],\"room\":\"Room B\",\"start\":\"" + AFTERNOON + "\",\"end\":\"" + AFTERNOON_END
				+ "\",\"slots\":[" + afternoonSlots + "]}";
	}

	private static String talk(String start, String end, String number) {
		return "{\"kind\":\"TALK\",\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"abstract\":\"" + number
				+ "\"}";
	}

	private void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(read(response).get("code").asString()).isEqualTo(code);
	}

	private Account store(Account account) {
		this.mongo.remove(Query.query(Criteria.where("email").is(account.email())), Account.class);
		this.mongo.insert(account);
		return account;
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
