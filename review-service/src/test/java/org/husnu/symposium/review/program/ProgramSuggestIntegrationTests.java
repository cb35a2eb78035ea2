package org.husnu.symposium.review.program;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
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
 * The auto-suggest over HTTP against the embedded store: four accepted oral talks (two
 * genome talks and two imaging talks, HU and SNU each), one held accept-oral (never
 * placed) and one withdrawn.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
class ProgramSuggestIntegrationTests {

	static final String CHAIR = "suggest.chair@hokudai.ac.jp";

	static final String AUTHOR = "suggest.author@snu.ac.kr";

	private static final String FRAMES = "{\"frames\":[{\"room\":\"Room A\",\"start\":\"2027-03-10T00:00:00Z\","
			+ "\"end\":\"2027-03-10T00:30:00Z\"},{\"room\":\"Room A\",\"start\":\"2027-03-10T01:00:00Z\","
			+ "\"end\":\"2027-03-10T01:30:00Z\",\"talkMinutes\":10,\"questionMinutes\":5}]}";

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	LoginTokenService tokens;

	Logins logins;

	final Map<String, UUID> ids = new LinkedHashMap<>();

	@BeforeEach
	void setUp() {
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		this.mongo.remove(new Query(), "rate_limits");
		this.mongo.remove(new Query(), Decision.class);
		this.mongo.remove(new Query(), AbstractSubmission.class);
		this.mongo.remove(new Query(), Program.class);
		for (Account account : List.of(AccountFixtures.chair(CHAIR).build(),
				AccountFixtures.author(AUTHOR).withInstitution("SNU").build())) {
			this.mongo.remove(Query.query(Criteria.where("email").is(account.email())), Account.class);
			this.mongo.insert(account);
		}
		talk("A-701", "Genome sequencing of rare disease families", "GENOME_MEDICINE", "HU", true);
		talk("A-702", "Rare variants found by genome sequencing", "GENOME_MEDICINE", "SNU", true);
		talk("A-703", "Deep learning for chest CT reading", "DIAGNOSTIC_IMAGING", "HU", true);
		talk("A-704", "CT image reconstruction with deep learning", "DIAGNOSTIC_IMAGING", "SNU", true);
		talk("A-705", "Held talk", "DIAGNOSTIC_IMAGING", "SNU", false);
		UUID withdrawn = talk("A-706", "Withdrawn talk", "GENOME_MEDICINE", "HU", true);
		AbstractSubmission stored = this.mongo.findById(withdrawn, AbstractSubmission.class);
		this.mongo.save(AbstractFixtures.from(stored).withStatus(AbstractStatus.WITHDRAWN).build());
	}

	private UUID talk(String number, String title, String topic, String institution, boolean released) {
		UUID id = UUID.randomUUID();
		this.ids.put(number, id);
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(id)
			.withNumber(number)
			.withTitle(title)
			.withText(title + ". " + title + ".")
			.withPrimaryTopic(topic)
			.withAuthors(new Author("Presenter " + number, "Dept", institution,
					number.toLowerCase() + "@" + ("HU".equals(institution) ? "hokudai.ac.jp" : "snu.ac.kr"), true))
			.build());
		Decision decision = Decision.held(id, DecisionOutcome.ACCEPT_ORAL, UUID.randomUUID(),
				Instant.parse("2027-02-10T00:00:00Z"));
		this.mongo.insert(released ? decision.release(Instant.parse("2027-02-11T00:00:00Z")) : decision);
		return id;
	}

	@Test
	void aChairGetsAProposalWithReasonsAndNothingIsSaved() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		HttpResponse<String> response = chair.postJson(url("/api/program/suggest"), FRAMES);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode proposal = this.json.readTree(response.body());
		assertThat(proposal.get("basedOnVersion").isNull()).isTrue();
		JsonNode sessions = proposal.get("sessions");
		assertThat(sessions).hasSize(2);
		assertThat(sessions.get(0).get("title").asString()).isIn("Genome medicine", "Diagnostic imaging support");
		assertThat(sessions.get(0).get("slots")).hasSize(2);
		assertThat(sessions.get(1).get("slots").get(0).get("abstractId").asString()).isNotBlank();
		assertThat(sessions.get(1).get("talkMinutes").asInt()).isEqualTo(10);
		JsonNode placements = proposal.get("placements");
		assertThat(placements).hasSize(4);
		List<String> numbers = placements.valueStream().map((p) -> p.get("abstract").get("number").asString()).toList();
		assertThat(numbers).containsExactlyInAnyOrder("A-701", "A-702", "A-703", "A-704");
		JsonNode first = placements.get(0);
		assertThat(first.get("session").asString()).isNotBlank();
		assertThat(first.get("reasons").get(0).get("code").asString()).isEqualTo("sameTopic");
		assertThat(first.get("reasons").get(0).get("message").asString()).startsWith("Same topic as 1 other talk");
		assertThat(proposal.get("unmet")).isEmpty();
		// one topic per session, HU and SNU in each
		for (JsonNode session : sessions) {
			assertThat(session.get("topicCodes")).hasSize(1);
		}
		assertThat(this.mongo.count(new Query(), Program.class)).as("nothing saved").isZero();
	}

	@Test
	void withoutFramesItFillsTheCurrentSessionsOrSaysWhatToSend() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		assertProblem(chair.postJson(url("/api/program/suggest"), "{}"), 422, "program.noFrames");
		HttpResponse<String> page = chair.get(url("/program/proposal"));
		chair.submitForm(url("/program/proposal/apply"), page.body(),
				Map.of("room", "Hall", "date", "2027-03-10", "start", "09:00", "end", "10:00", "basedOnVersion", ""));
		JsonNode again = this.json.readTree(chair.postJson(url("/api/program/suggest"), "").body());
		assertThat(again.get("sessions")).singleElement()
			.satisfies((session) -> assertThat(session.get("room").asString()).isEqualTo("Hall"));
		assertThat(again.get("basedOnVersion").asLong())
			.isEqualTo(this.mongo.findById(Program.ID, Program.class).version());
	}

	@Test
	void badFramesAreRefusedWithAStableCode() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		assertProblem(chair.postJson(url("/api/program/suggest"),
				"{\"frames\":[{\"room\":\"A\",\"start\":\"2027-03-10T01:00:00Z\",\"end\":\"2027-03-10T00:00:00Z\"}]}"),
				422, "program.frame.time");
		assertProblem(chair.postJson(url("/api/program/suggest"),
				"{\"frames\":[{\"room\":\"A\",\"start\":\"2027-03-10T00:00:00Z\",\"end\":\"2027-03-10T01:00:00Z\"},"
						+ "{\"room\":\"A\",\"start\":\"2027-03-10T00:30:00Z\",\"end\":\"2027-03-10T01:30:00Z\"}]}"),
				422, "program.frame.overlap");
		StringBuilder many = new StringBuilder("{\"frames\":[");
		for (int i = 0; i < 61; i++) {
			many.append((i > 0) ? "," : "")
				.append("{\"room\":\"R")
				.append(i)
				.append("\",\"start\":\"2027-03-10T00:00:00Z\",\"end\":\"2027-03-10T01:00:00Z\"}");
		}
		assertProblem(chair.postJson(url("/api/program/suggest"), many + "]}"), 422, "program.frame.tooMany");
		assertThat(this.mongo.count(new Query(), Program.class)).isZero();
	}

	@Test
	void othersAreRefused() {
		WebSession author = this.logins.loggedIn(AUTHOR);
		assertThat(author.postJson(url("/api/program/suggest"), FRAMES).statusCode()).isEqualTo(403);
		assertThat(author.get(url("/program/proposal")).statusCode()).isEqualTo(403);
	}

	@Test
	void thePageSuggestsAndSavesTheProposalWithTheVersionItWasMadeFor() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		HttpResponse<String> page = chair.get(url("/program/proposal"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Room A", "Room B", "09:00");
		Map<String, String> frame = Map.of("room", "Hall", "date", "2027-03-10", "start", "09:00", "end", "10:00");
		HttpResponse<String> proposal = chair.submitForm(url("/program/suggest"), page.body(), frame);
		assertThat(proposal.statusCode()).isEqualTo(200);
		assertThat(proposal.body()).contains("A-701", "A-704", "Use this proposal", "Same topic as");
		HttpResponse<String> applied = chair.submitForm(url("/program/proposal/apply"), proposal.body(),
				Map.of("room", "Hall", "date", "2027-03-10", "start", "09:00", "end", "10:00", "basedOnVersion", ""));
		assertThat(applied.statusCode()).isEqualTo(302);
		assertThat(applied.headers().firstValue("Location").orElseThrow()).endsWith("/program/edit");
		Program saved = this.mongo.findById(Program.ID, Program.class);
		assertThat(saved.sessions()).singleElement().satisfies((session) -> {
			assertThat(session.room()).isEqualTo("Hall");
			assertThat(session.talks()).hasSize(4);
		});
		// a stale version: the page says the program changed, nothing is written
		HttpResponse<String> stale = chair.submitForm(url("/program/proposal/apply"), proposal.body(),
				Map.of("room", "Hall", "date", "2027-03-10", "start", "09:00", "end", "10:00", "basedOnVersion", ""));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("proposal-conflict");
		assertThat(this.mongo.findById(Program.ID, Program.class).version()).isEqualTo(saved.version());
	}

	private void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(this.json.readTree(response.body()).get("code").asString()).isEqualTo(code);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
