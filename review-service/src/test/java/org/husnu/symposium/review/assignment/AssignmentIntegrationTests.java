package org.husnu.symposium.review.assignment;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.assignment.AssignmentWeights;
import org.husnu.symposium.core.assignment.StoredProposal;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.conflicts.ConflictReason;
import org.husnu.symposium.core.reviewers.OwnPaper;
import org.husnu.symposium.core.reviewers.ReviewerPapers;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.WebSession;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.husnu.symposium.test.fixtures.ReviewerFixtures;
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
 * The assignment over HTTP against the embedded store: four submitted HU abstracts, a
 * pool of three HU and two SNU reviewers (one of them an author of the first abstract), k
 * = 2. SNU has room for three abstracts only, so one abstract is listed as unmet.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
class AssignmentIntegrationTests {

	private static final String CHAIR = "assign.chair@hokudai.ac.jp";

	private static final String HU3 = "assign.hu3@hokudai.ac.jp";

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	AffinityWarmUp warmUp;

	Logins logins;

	final Map<String, Integer> caps = new HashMap<>();

	final Map<String, UUID> ids = new HashMap<>();

	UUID first;

	@BeforeEach
	void setUp() {
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		this.mongo.remove(new Query(), "rate_limits");
		this.mongo.remove(new Query(), Assignment.class);
		this.mongo.remove(new Query(), ReviewerProfile.class);
		this.mongo.remove(new Query(), AbstractSubmission.class);
		this.mongo.remove(new Query(), StoredProposal.class);
		this.caps.clear();
		this.ids.clear();
		store(AccountFixtures.chair(CHAIR).build());
		store(AccountFixtures.author("assign.author@hokudai.ac.jp").build());
		reviewer("assign.hu1@hokudai.ac.jp", "HU", 2);
		reviewer("assign.hu2@hokudai.ac.jp", "HU", 2);
		reviewer(HU3, "HU", 2);
		reviewer("assign.snu1@snu.ac.kr", "SNU", 2);
		reviewer("assign.snu2@snu.ac.kr", "SNU", 1);
		for (int i = 1; i <= 4; i++) {
			UUID id = UUID.randomUUID();
			AbstractFixtures.Builder builder = AbstractFixtures.submitted()
				.withId(id)
				.withNumber("A-10" + i)
				.withTitle("Abstract " + i);
			if (i == 1) {
				this.first = id;
				builder.withAuthors(AbstractFixtures.presenter(),
						new Author("Co Author", "Other Lab", "HU", HU3, false));
			}
			this.mongo.insert(builder.build());
		}
	}

	@Test
	void aChairComputesAProposalThatKeepsKCapsConflictsAndCoverage() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		HttpResponse<String> response = chair.postJson(url("/api/assignments/auto"), "{\"reviewersPerAbstract\":2}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode proposal = read(response);
		assertThat(proposal.get("id").asString()).isNotBlank();
		assertThat(proposal.get("certified").asBoolean()).isTrue();
		assertThat(proposal.get("affinity").asString()).contains("BM25");
		Map<String, Integer> perAbstract = new HashMap<>();
		Map<String, Integer> perReviewer = new HashMap<>();
		Map<String, Set<String>> institutions = new HashMap<>();
		for (JsonNode pair : proposal.get("assignments")) {
			String reviewer = pair.get("reviewer").asString();
			String abstractId = pair.get("abstract").asString();
			perAbstract.merge(abstractId, 1, Integer::sum);
			perReviewer.merge(reviewer, 1, Integer::sum);
			institutions.computeIfAbsent(abstractId, (key) -> new HashSet<>())
				.add(this.mongo.findById(UUID.fromString(reviewer), Account.class).institution());
			assertThat(pair.get("parts").has("expertise")).isTrue();
			assertThat(pair.get("why").get("affinity").asDouble()).isBetween(0.0, 1.0);
			assertThat(pair.get("cost").asLong()).isNotNegative();
		}
		assertThat(perAbstract).hasSize(4).allSatisfy((id, count) -> assertThat(count).isEqualTo(2));
		perReviewer.forEach((reviewer, load) -> assertThat(load).isLessThanOrEqualTo(this.caps.get(reviewer)));
		assertThat(proposal.get("assignments").toString()).as("the co-author never reviews A-101")
			.doesNotContain("\"reviewer\":\"" + this.ids.get(HU3) + "\",\"abstract\":\"" + this.first + "\"");
		assertThat(institutions.values().stream().filter((covered) -> covered.contains("SNU")))
			.as("SNU has room for three abstracts")
			.hasSize(3);
		assertThat(institutions.values()).allSatisfy((covered) -> assertThat(covered).contains("HU"));
		assertThat(proposal.get("unmet")).hasSize(1);
		JsonNode unmet = proposal.get("unmet").get(0);
		assertThat(unmet.get("institution").asString()).isEqualTo("SNU");
		assertThat(unmet.get("reason").asString()).isNotBlank();
		assertThat(proposal.get("loads")).hasSize(5);
		assertThat(proposal.get("coverage")).hasSize(4);
	}

	@Test
	void applyingTwiceWritesThePairsOnce() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		String id = read(chair.postJson(url("/api/assignments/auto"), "{\"reviewersPerAbstract\":2}")).get("id")
			.asString();
		HttpResponse<String> applied = chair.postJson(url("/api/assignments/auto/" + id + "/apply"), "{}");
		assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
		assertThat(read(applied).get("applied").asInt()).isEqualTo(8);
		assertThat(this.mongo.count(new Query(), Assignment.class)).isEqualTo(8);
		JsonNode again = read(chair.postJson(url("/api/assignments/auto/" + id + "/apply"), "{}"));
		assertThat(again.get("applied").asInt()).isZero();
		assertThat(again.get("alreadyAssigned").asInt()).isEqualTo(8);
		assertThat(again.get("skipped")).isEmpty();
		assertThat(this.mongo.count(new Query(), Assignment.class)).isEqualTo(8);
		assertThat(this.mongo.findAll(Assignment.class))
			.allSatisfy((assignment) -> assertThat(assignment.source().name()).isEqualTo("AUTOMATIC"));
		assertThat(chair.postJson(url("/api/assignments/auto/no-such/apply"), "{}").statusCode()).isEqualTo(404);
	}

	@Test
	void aConflictedPairAddedByHandIsRefusedAndNothingIsWritten() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		HttpResponse<String> refused = chair.postJson(url("/api/assignments"),
				"{\"reviewer\":\"" + this.ids.get(HU3) + "\",\"abstract\":\"a-101\"}");
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(read(refused).get("code").asString()).isEqualTo("assignment.conflict");
		assertThat(read(refused).get("detail").asString()).contains("CO_AUTHOR", "A-101");
		assertThat(this.mongo.count(new Query(), Assignment.class)).isZero();

		HttpResponse<String> added = chair.postJson(url("/api/assignments"),
				"{\"reviewer\":\"assign.snu2@snu.ac.kr\",\"abstract\":\"A-101\"}");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		HttpResponse<String> full = chair.postJson(url("/api/assignments"),
				"{\"reviewer\":\"assign.snu2@snu.ac.kr\",\"abstract\":\"A-102\"}");
		assertThat(full.statusCode()).as(full.body()).isEqualTo(422);
		assertThat(read(full).get("code").asString()).isEqualTo("assignment.cap");
		assertThat(chair
			.postJson(url("/api/assignments"), "{\"reviewer\":\"assign.snu1@snu.ac.kr\",\"abstract\":\"A-999\"}")
			.statusCode()).isEqualTo(404);
		assertThat(chair.postJson(url("/api/assignments"), "{\"reviewer\":\"nobody@snu.ac.kr\",\"abstract\":\"A-102\"}")
			.statusCode()).isEqualTo(404);

		String id = read(added).get("id").asString();
		assertThat(chair.delete(url("/api/assignments/" + id)).statusCode()).isEqualTo(204);
		assertThat(this.mongo.count(new Query(), Assignment.class)).isZero();
		assertThat(chair.delete(url("/api/assignments/" + id)).statusCode()).isEqualTo(404);
	}

	@Test
	void aChairsOverrideOfAComputedConflictLetsTheProposalAndTheHandEditUseThePair() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		Account sameLab = AccountFixtures.author("assign.hu1@hokudai.ac.jp")
			.withId(this.ids.get("assign.hu1@hokudai.ac.jp"))
			.withInstitution("HU")
			.withDepartment("Graduate School of Medicine")
			.build();
		store(sameLab);
		String hu1 = sameLab.id().toString();
		HttpResponse<String> refused = chair.postJson(url("/api/assignments"),
				"{\"reviewer\":\"" + hu1 + "\",\"abstract\":\"A-101\"}");
		assertThat(read(refused).get("detail").asString()).contains("SAME_LAB");
		HttpResponse<String> overridden = chair.postJson(url("/api/conflicts/override"), "{\"abstract\":\"A-101\","
				+ "\"reviewer\":\"" + hu1 + "\",\"conflict\":\"SAME_LAB\",\"reason\":\"different groups\"}");
		assertThat(overridden.statusCode()).as(overridden.body()).isEqualTo(200);

		this.mongo.remove(Query.query(Criteria.where("_id").ne(this.first)), AbstractSubmission.class);
		JsonNode proposal = read(chair.postJson(url("/api/assignments/auto"), "{\"reviewersPerAbstract\":5}"));
		assertThat(proposal.get("assignments")).as("one abstract, k = 5: every allowed pair (not the co-author)")
			.hasSize(4);
		assertThat(proposal.get("assignments").toString())
			.contains("\"reviewer\":\"" + hu1 + "\",\"abstract\":\"" + this.first + "\"");
		HttpResponse<String> added = chair.postJson(url("/api/assignments"),
				"{\"reviewer\":\"" + hu1 + "\",\"abstract\":\"A-101\"}");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
	}

	@Test
	void aReviewerSeesOnlyTheirOwnAssignmentsAndOthersAreRefused() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		String id = read(chair.postJson(url("/api/assignments/auto"), "{\"reviewersPerAbstract\":2}")).get("id")
			.asString();
		chair.postJson(url("/api/assignments/auto/" + id + "/apply"), "{}");
		assertThat(read(chair.getJson(url("/api/assignments")))).hasSize(8);

		WebSession reviewer = this.logins.loggedIn("assign.snu1@snu.ac.kr");
		JsonNode own = read(reviewer.getJson(url("/api/assignments")));
		assertThat(own).hasSize(2);
		assertThat(own).allSatisfy((assignment) -> assertThat(assignment.get("reviewer").asString())
			.isEqualTo(this.ids.get("assign.snu1@snu.ac.kr").toString()));
		assertThat(own.toString()).doesNotContain("Aiko Sato", "hokudai.ac.jp");
		assertThat(reviewer.postJson(url("/api/assignments/auto"), "{}").statusCode()).isEqualTo(403);
		assertThat(reviewer.postJson(url("/api/assignments/auto/" + id + "/apply"), "{}").statusCode()).isEqualTo(403);

		WebSession author = this.logins.loggedIn("assign.author@hokudai.ac.jp");
		assertThat(author.getJson(url("/api/assignments")).statusCode()).isEqualTo(403);
		assertThat(author
			.postJson(url("/api/assignments"), "{\"reviewer\":\"assign.snu1@snu.ac.kr\",\"abstract\":\"A-101\"}")
			.statusCode()).isEqualTo(403);
		assertThat(reviewer.postJson(url("/api/assignments/auto"), "{\"reviewersPerAbstract\":0}").statusCode())
			.isEqualTo(400);
	}

	@Test
	void aStoredConflictKeepsThePairOutAndHidesAnEarlierAssignmentFromTheReviewer() {
		UUID snu1 = this.ids.get("assign.snu1@snu.ac.kr");
		UUID second = this.mongo.findOne(Query.query(Criteria.where("number").is("A-102")), AbstractSubmission.class)
			.id();
		this.mongo.remove(new Query(), Conflict.class);
		this.mongo.insert(Assignment.of(snu1, this.first, AssignmentSource.MANUAL, Instant.now()));
		this.mongo.insert(Conflict.of(snu1, this.first, ConflictReason.DECLARED, "Former student", Instant.now()));
		this.mongo.insert(Conflict.of(snu1, second, ConflictReason.DECLARED, "Collaborator", Instant.now()));
		try {
			WebSession reviewer = this.logins.loggedIn("assign.snu1@snu.ac.kr");
			assertThat(read(reviewer.getJson(url("/api/assignments")))).as("conflicted now: not listed").isEmpty();

			WebSession chair = this.logins.loggedIn(CHAIR);
			JsonNode proposal = read(chair.postJson(url("/api/assignments/auto"), "{\"reviewersPerAbstract\":2}"));
			assertThat(proposal.get("assignments").toString())
				.doesNotContain("\"reviewer\":\"" + snu1 + "\",\"abstract\":\"" + second + "\"");
			HttpResponse<String> refused = chair.postJson(url("/api/assignments"),
					"{\"reviewer\":\"assign.snu1@snu.ac.kr\",\"abstract\":\"A-102\"}");
			assertThat(refused.statusCode()).isEqualTo(422);
			assertThat(read(refused).get("detail").asString()).contains("DECLARED");
		}
		finally {
			this.mongo.remove(new Query(), Conflict.class);
		}
	}

	@Test
	void textAffinityRanksTheReviewerWhoWroteOnTheTopicAndTheProposalSaysWhy() {
		this.mongo.remove(new Query(), ReviewerPapers.class);
		this.mongo.remove(new Query(), AbstractSubmission.class);
		UUID sepsis = UUID.randomUUID();
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(sepsis)
			.withNumber("A-201")
			.withTitle("集中治療室における敗血症の早期予測")
			.withText("深層学習で ICU 患者のバイタルサインから敗血症性ショックを予測する。")
			.build());
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(UUID.randomUUID())
			.withNumber("A-202")
			.withTitle("Whole genome sequencing of hereditary cancer")
			.withText("Germline variants guide precision medicine.")
			.build());
		UUID expert = this.ids.get("assign.snu1@snu.ac.kr");
		this.mongo.insert(new ReviewerPapers(expert, List.of(OwnPaper.of("Early prediction of sepsis in the ICU",
				"Deep learning on vital signs predicts septic shock in intensive care.", "manual", Instant.now())),
				null));

		WebSession chair = this.logins.loggedIn(CHAIR);
		JsonNode proposal = read(chair.postJson(url("/api/assignments/auto"), "{\"reviewersPerAbstract\":2}"));
		JsonNode expertPair = null;
		for (JsonNode pair : proposal.get("assignments")) {
			assertThat(pair.has("why")).isTrue();
			if (pair.get("reviewer").asString().equals(expert.toString())
					&& pair.get("abstract").asString().equals(sepsis.toString())) {
				expertPair = pair;
			}
		}
		assertThat(expertPair).as("the sepsis expert is proposed for the sepsis abstract").isNotNull();
		assertThat(expertPair.get("why").get("affinity").asDouble()).isPositive();
		assertThat(expertPair.get("why").get("terms").toString()).contains("敗血症");
		assertThat(expertPair.get("why").get("papers").get(0).asString())
			.isEqualTo("Early prediction of sepsis in the ICU");
		assertThat(expertPair.get("parts").get("affinity").asLong())
			.as("the affinity lowers the pair's cost below a pair without it")
			.isLessThan(AssignmentWeights.DEFAULT.affinity());
	}

	@Test
	void englishTextsCountTheirEmbeddingOnceTheWarmUpHasEmbeddedThem() {
		this.mongo.remove(new Query(), ReviewerPapers.class);
		this.mongo.remove(new Query(), AbstractSubmission.class);
		UUID heart = UUID.randomUUID();
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(heart)
			.withNumber("A-301")
			.withTitle("Heart attack outcomes after discharge")
			.withText("Readmission and death within a year of acute coronary events.")
			.build());
		UUID expert = this.ids.get("assign.snu1@snu.ac.kr");
		this.mongo.insert(new ReviewerPapers(expert, List.of(OwnPaper.of("Myocardial infarction survival",
				"Long-term mortality of patients treated for MI.", "manual", Instant.now())), null));
		WebSession chair = this.logins.loggedIn(CHAIR);

		JsonNode before = read(chair.postJson(url("/api/assignments/auto"), "{\"reviewersPerAbstract\":2}"));
		this.warmUp.analyse();
		JsonNode after = read(chair.postJson(url("/api/assignments/auto"), "{\"reviewersPerAbstract\":2}"));

		assertThat(before.get("affinity").asString()).contains("not embedded yet");
		assertThat(after.get("affinity").asString()).contains("MiniLM").doesNotContain("not embedded yet");
		JsonNode expertPair = null;
		for (JsonNode pair : after.get("assignments")) {
			if (pair.get("reviewer").asString().equals(expert.toString())) {
				expertPair = pair;
			}
		}
		assertThat(expertPair).as("the cardiologist is proposed for the heart-attack abstract").isNotNull();
		// no word in common: only the embedding sees that the two texts are about the
		// same thing
		assertThat(expertPair.get("why").get("affinity").asDouble()).isGreaterThan(0.05);
		assertThat(expertPair.get("why").get("papers").toString())
			.as("the paper the embedding found close explains the pair, though no word is shared")
			.contains("Myocardial infarction survival");
	}

	private void reviewer(String email, String institution, int maxLoad) {
		Account account = AccountFixtures.author(email).withInstitution(institution).build();
		store(account);
		this.mongo.insert(ReviewerFixtures.profile(account.id()).withEmail(email).withMaxLoad(maxLoad).build());
		this.caps.put(account.id().toString(), maxLoad);
		this.ids.put(email, account.id());
	}

	private void store(Account account) {
		this.mongo.remove(
				Query.query(org.springframework.data.mongodb.core.query.Criteria.where("email").is(account.email())),
				Account.class);
		this.mongo.insert(account);
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
