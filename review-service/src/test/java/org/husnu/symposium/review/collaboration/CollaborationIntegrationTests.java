package org.husnu.symposium.review.collaboration;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.audit.AuditEntry;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.publication.Fonts;
import org.husnu.symposium.review.publication.PdfFonts;
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
 * The collaboration report over HTTP against the embedded store, on a hand-made set: HU's
 * sepsis abstract (A-801, accepted, by Sato) and SNU's sepsis abstract (A-811, accepted)
 * are the obvious pair, as are the genome abstracts (A-802, A-812, accepted poster and
 * submitted); A-813 (SNU, sepsis too) is rejected and released, A-814 withdrawn.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
class CollaborationIntegrationTests {

	static final String CHAIR = "collab.chair@hokudai.ac.jp";

	static final String SATO = "collab.sato@hokudai.ac.jp";

	static final String KIM = "collab.kim@snu.ac.kr";

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	LoginTokenService tokens;

	Logins logins;

	@Autowired
	PdfFonts fonts;

	@BeforeEach
	void setUp() {
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		this.mongo.remove(new Query(), "rate_limits");
		this.mongo.remove(new Query(), Decision.class);
		this.mongo.remove(new Query(), AbstractSubmission.class);
		for (Account account : List.of(AccountFixtures.chair(CHAIR).build(), AccountFixtures.author(SATO).build(),
				AccountFixtures.author(KIM).withInstitution("SNU").build())) {
			this.mongo.remove(Query.query(Criteria.where("email").is(account.email())), Account.class);
			this.mongo.insert(account);
		}
		UUID sato = account(SATO);
		abstractOf("A-801", sato, SATO, "HU", "Early sepsis prediction with deep learning in the ICU",
				"Deep learning on vital signs predicts sepsis and septic shock hours early.", "AI",
				DecisionOutcome.ACCEPT_ORAL);
		abstractOf("A-802", sato, SATO, "HU", "Whole genome sequencing of rare disease families",
				"Genome sequencing of families finds causal rare variants.", "GENOME_MEDICINE",
				DecisionOutcome.ACCEPT_POSTER);
		abstractOf("A-811", account(KIM), KIM, "SNU", "Deep learning predicts sepsis in the emergency department",
				"A deep learning model of vital signs predicts sepsis and septic shock early.", "AI",
				DecisionOutcome.ACCEPT_ORAL);
		abstractOf("A-812", UUID.randomUUID(), "lee@snu.ac.kr", "SNU", "Rare variants by genome sequencing",
				"Genome sequencing of rare disease families finds variants.", "GENOME_MEDICINE", null);
		abstractOf("A-813", UUID.randomUUID(), "park@snu.ac.kr", "SNU", "Sepsis prediction by deep learning",
				"Deep learning predicts sepsis and septic shock from vital signs.", "AI", DecisionOutcome.REJECT);
		UUID withdrawn = abstractOf("A-814", UUID.randomUUID(), "choi@snu.ac.kr", "SNU", "Sepsis deep learning",
				"Deep learning sepsis.", "AI", null);
		this.mongo.save(AbstractFixtures.from(this.mongo.findById(withdrawn, AbstractSubmission.class))
			.withStatus(AbstractStatus.WITHDRAWN)
			.build());
	}

	private UUID account(String email) {
		return this.mongo.findOne(Query.query(Criteria.where("email").is(email)), Account.class).id();
	}

	private UUID abstractOf(String number, UUID submitter, String email, String institution, String title, String text,
			String topic, DecisionOutcome outcome) {
		UUID id = UUID.randomUUID();
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(id)
			.withNumber(number)
			.withSubmitter(submitter)
			.withTitle(title)
			.withText(text)
			.withPrimaryTopic(topic)
			.withAuthors(new Author("Presenter " + number, "Dept " + number, institution, email, true))
			.build());
		if (outcome != null) {
			this.mongo.insert(Decision.held(id, outcome, UUID.randomUUID(), Instant.parse("2027-02-10T00:00:00Z"))
				.release(Instant.parse("2027-02-11T00:00:00Z")));
		}
		return id;
	}

	@Test
	void theChairsReportRanksTheObviousPairFirstWithItsSharedTerms() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		HttpResponse<String> response = chair.getJson(url("/api/collaboration"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode pairs = this.json.readTree(response.body()).get("pairs");
		// the two obvious pairs come first, sepsis with sepsis and genome with genome
		assertThat(List.of(pair(pairs.get(0)), pair(pairs.get(1)))).containsExactlyInAnyOrder("A-801/A-811",
				"A-802/A-812");
		JsonNode top = (pair(pairs.get(0)).equals("A-801/A-811")) ? pairs.get(0) : pairs.get(1);
		assertThat(top.get("hu").get("presenter").asString()).isEqualTo("Presenter A-801");
		assertThat(top.get("sameTopic").asBoolean()).isTrue();
		assertThat(top.get("score").asDouble()).isBetween(0.0, 1.0);
		assertThat(top.get("sharedTerms").toString().toLowerCase()).contains("sepsis");
		assertThat(pairs.toString()).contains("A-812").doesNotContain("A-813", "A-814", "@");
		JsonNode genome = this.json.readTree(chair.getJson(url("/api/collaboration?topic=GENOME_MEDICINE")).body())
			.get("pairs");
		assertThat(genome.get(0).get("hu").get("number").asString()).isEqualTo("A-802");
		assertThat(genome.get(0).get("snu").get("number").asString()).isEqualTo("A-812");
		assertThat(this.json.readTree(chair.getJson(url("/api/collaboration?limit=1")).body()).get("pairs")).hasSize(1);
	}

	@Test
	void theCsvIsExcelSafeAndAudited() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		HttpResponse<String> csv = chair.get(url("/collaboration.csv"));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFFrank,score,same_topic,hu_number");
		assertThat(csv.body().lines().skip(1).findFirst().orElseThrow()).startsWith("1,")
			.containsAnyOf("A-801,", "A-802,");
		assertThat(this.mongo.findAll(AuditEntry.class))
			.anyMatch((entry) -> entry.action().equals("collaboration.exported"));
	}

	@Test
	void theReportAsPdfPrintsJapaneseAndKoreanTitlesWithTheirSharedTerms() throws IOException {
		Fonts.assumeInstalled(this.fonts);
		abstractOf("A-821", account(SATO), SATO, "HU", "術中バイタルサインによる敗血症 sepsis 予測",
				"Deep learning predicts sepsis from intraoperative vital signs.", "AI", null);
		abstractOf("A-831", account(KIM), KIM, "SNU", "수술 중 생체신호로 패혈증 sepsis 예측",
				"Deep learning predicts sepsis from intraoperative vital signs.", "AI", null);
		WebSession chair = this.logins.loggedIn(CHAIR);
		HttpResponse<byte[]> pdf = chair.getBytes(url("/collaboration.pdf?topic=AI&lang=ja"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("術中バイタルサインによる敗血症", "수술 중 생체신호로 패혈증", "A-801", "A-811", "sepsis")
				.doesNotContain("A-802", "@");
		}
		assertThat(this.mongo.findAll(AuditEntry.class))
			.anyMatch((entry) -> entry.action().equals("collaboration.exported") && entry.subject().equals("pdf"));
		assertThat(this.logins.loggedIn(SATO).getBytes(url("/collaboration.pdf")).statusCode()).isEqualTo(403);
	}

	@Test
	void onlyChairsSeeTheReport() {
		WebSession author = this.logins.loggedIn(SATO);
		assertThat(author.getJson(url("/api/collaboration")).statusCode()).isEqualTo(403);
		assertThat(author.get(url("/collaboration.csv")).statusCode()).isEqualTo(403);
		assertThat(author.get(url("/collaboration")).statusCode()).isEqualTo(403);
	}

	@Test
	void aPresenterSeesTheClosestAcceptedWorkOfTheOtherUniversityForOwnAbstractsOnly() {
		WebSession sato = this.logins.loggedIn(SATO);
		HttpResponse<String> response = sato.getJson(url("/api/collaboration/mine"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode mine = this.json.readTree(response.body()).get("abstracts");
		assertThat(mine).hasSize(2);
		JsonNode sepsis = mine.get(0);
		assertThat(sepsis.get("abstract").get("number").asString()).isEqualTo("A-801");
		assertThat(sepsis.get("closest")).singleElement().satisfies((close) -> {
			assertThat(close.get("number").asString()).isEqualTo("A-811");
			assertThat(close.get("presenter").asString()).isEqualTo("Presenter A-811");
			assertThat(close.get("institution").asString()).isEqualTo("SNU");
		});
		// A-812 is not accepted: a presenter never sees it
		assertThat(mine.get(1).get("closest")).isEmpty();
		assertThat(response.body()).doesNotContain("@", "A-812", "A-813");
		assertThat(sato.getJson(url("/api/collaboration/mine?abstract=A-811")).statusCode()).isEqualTo(404);
		assertThat(sato.getJson(url("/api/collaboration/mine?abstract=A-801")).statusCode()).isEqualTo(200);
		WebSession kim = this.logins.loggedIn(KIM);
		JsonNode kims = this.json.readTree(kim.getJson(url("/api/collaboration/mine")).body()).get("abstracts");
		assertThat(kims).singleElement()
			.satisfies((entry) -> assertThat(entry.get("closest").get(0).get("number").asString()).isEqualTo("A-801"));
		assertThat(kim.get(url("/collaboration/mine")).body()).contains("A-801", "Presenter A-801");
	}

	private static String pair(JsonNode pair) {
		return pair.get("hu").get("number").asString() + "/" + pair.get("snu").get("number").asString();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
