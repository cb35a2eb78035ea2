package org.husnu.symposium.review.conflicts;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.abstracts.DeclaredConflict;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.audit.AuditEntry;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.conflicts.InstitutionPolicy;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.reviewers.Bid;
import org.husnu.symposium.core.reviewers.BidLevel;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.WebSession;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.husnu.symposium.test.fixtures.ReviewerFixtures;
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
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bids and conflicts over HTTP: an SNU reviewer from the same lab as an author of one
 * abstract never sees it until a chair overrides the conflict; a declared conflict takes
 * an abstract out of the bid list; blind review hides every author identity; chairs see
 * computed and declared conflicts with their reasons.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
class BidsAndConflictsIntegrationTests {

	private static final String CHAIR = "bids.chair@hokudai.ac.jp";

	private static final String KIM = "bids.kim@snu.ac.kr";

	private static final String SATO = "bids.sato@hokudai.ac.jp";

	private static final String AUTHOR = "bids.author@hokudai.ac.jp";

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	LoginTokenService tokens;

	Logins logins;

	AbstractSubmission sameLab;

	AbstractSubmission open;

	AbstractSubmission draft;

	boolean blindBefore;

	InstitutionPolicy policyBefore;

	@BeforeEach
	void setUp() {
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		this.mongo.remove(new Query(), "rate_limits");
		List<UUID> reviewers = List.of(Account.idFor(KIM), Account.idFor(SATO));
		this.mongo.remove(Query.query(Criteria.where("reviewerId").in(reviewers)), Conflict.class);
		this.mongo.remove(Query.query(Criteria.where("reviewerId").in(reviewers)), Bid.class);
		this.mongo.remove(Query.query(Criteria.where("number").in(List.of("A-901", "A-902", "A-903"))),
				AbstractSubmission.class);
		EventSettings settings = this.mongo.findById(EventSettings.ID, EventSettings.class);
		this.blindBefore = settings.blindReview();
		this.policyBefore = settings.institutionPolicy();
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(EventSettings.ID)),
				new Update().set("institutionPolicy", InstitutionPolicy.NONE), EventSettings.class);
		blind(false);
		store(AccountFixtures.chair(CHAIR).build());
		store(AccountFixtures.author(AUTHOR).build());
		Account kim = store(AccountFixtures.reviewer(KIM)
			.withId(Account.idFor(KIM))
			.withName("Minjun Kim")
			.withInstitution("SNU")
			.withDepartment("Department of Anesthesiology")
			.build());
		Account sato = store(AccountFixtures.reviewer(SATO)
			.withId(Account.idFor(SATO))
			.withName("Aiko Sato")
			.withInstitution("HU")
			.build());
		profile(kim);
		profile(sato);
		this.sameLab = this.mongo.insert(AbstractFixtures.submitted()
			.withId(UUID.randomUUID())
			.withNumber("A-901")
			.withTitle("Deep learning for airway management")
			.withAuthors(new Author("Haruto Tanaka", "Dept. of Surgery", "HU", "haruto.tanaka@hokudai.ac.jp", true),
					new Author("Jiwoo Park", "Department of Anesthesiology", "SNU", "jiwoo.park@snu.ac.kr", false))
			.build());
		this.open = this.mongo.insert(AbstractFixtures.submitted()
			.withId(UUID.randomUUID())
			.withNumber("A-902")
			.withTitle("Genome variants in dementia")
			.withPrimaryTopic("GENOME_MEDICINE")
			.withKeywords("genomics", "dementia")
			.withText("We study variants.")
			.withAuthors(new Author("Haruto Tanaka", "Genome Lab", "HU", "haruto.tanaka@hokudai.ac.jp", true))
			.build());
		this.draft = this.mongo.insert(AbstractFixtures.draft()
			.withId(UUID.randomUUID())
			.withNumber("A-903")
			.withStatus(AbstractStatus.DRAFT)
			.build());
	}

	@AfterEach
	void restore() {
		blind(this.blindBefore);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(EventSettings.ID)),
				new Update().set("institutionPolicy", this.policyBefore), EventSettings.class);
	}

	@Test
	void aReviewerBidsOnTheAbstractsTheyDoNotConflictWith() {
		WebSession kim = this.logins.loggedIn(KIM);
		JsonNode list = read(kim.getJson(url("/api/bids")));
		assertThat(numbers(list)).as("same lab as an author; drafts are not reviewed").containsExactly("A-902");
		JsonNode entry = list.valueStream()
			.filter((item) -> item.get("number").asString().equals("A-902"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.get("title").asString()).isEqualTo("Genome variants in dementia");
		assertThat(entry.get("primaryTopic").asString()).isEqualTo("GENOME_MEDICINE");
		assertThat(entry.get("keywords").toString()).contains("genomics");
		assertThat(entry.get("text").asString()).isEqualTo("We study variants.");
		assertThat(entry.get("bid").isNull()).isTrue();
		assertThat(entry.get("authors").toString()).as("not blind").contains("Haruto Tanaka");
		assertThat(list.toString()).as("no e-mail address in any mode").doesNotContain("@hokudai.ac.jp");

		HttpResponse<String> placed = kim.putJson(url("/api/bids/a-902"), "{\"level\":2}");
		assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
		assertThat(kim.putJson(url("/api/bids/" + this.open.id()), "{\"level\":-2}").statusCode()).isEqualTo(200);
		assertThat(this.mongo.find(Query.query(Criteria.where("reviewerId").is(Account.idFor(KIM))), Bid.class))
			.singleElement()
			.satisfies((bid) -> assertThat(bid.level()).isEqualTo(BidLevel.UNWILLING));
		assertThat(read(kim.putJson(url("/api/bids/A-902"), "{\"level\":-2}")).get("bid").asInt()).isEqualTo(-2);
	}

	@Test
	void searchingTheBidListNeverFindsAConflictedAbstract() {
		WebSession kim = this.logins.loggedIn(KIM);
		WebSession sato = this.logins.loggedIn(SATO);
		assertThat(numbers(read(kim.getJson(url("/api/bids?q=airway"))))).as("Kim shares a lab with A-901").isEmpty();
		assertThat(kim.get(url("/bids?q=airway")).body()).doesNotContain("A-901", "airway management")
			.contains("id=\"bids-none-found\"");
		assertThat(
				numbers(read(sato.getJson(url("/api/bids?q=%EF%BC%A1%EF%BC%A9%EF%BC%B2%EF%BC%B7%EF%BC%A1%EF%BC%B9")))))
			.as("full-width AIRWAY folds to airway")
			.containsExactly("A-901");
		assertThat(numbers(read(sato.getJson(url("/api/bids?q=dementia+variants&topic=genome_medicine")))))
			.containsExactly("A-902");
		assertThat(numbers(read(sato.getJson(url("/api/bids?q=dementia&topic=SURGERY_SUPPORT"))))).isEmpty();
		assertThat(sato.putJson(url("/api/bids/A-902"), "{\"level\":1}").statusCode()).isEqualTo(200);
		assertThat(numbers(read(sato.getJson(url("/api/bids?q=dementia&unbid=true"))))).isEmpty();
		assertThat(numbers(read(sato.getJson(url("/api/bids?q=dementia"))))).containsExactly("A-902");
		HttpResponse<String> tooLong = sato.getJson(url("/api/bids?q=" + "x".repeat(201)));
		assertThat(tooLong.statusCode()).isEqualTo(422);
		assertThat(read(tooLong).get("code").asString()).isEqualTo("bids.query");
	}

	@Test
	void badBidsAreRefusedAndNothingIsWritten() {
		WebSession kim = this.logins.loggedIn(KIM);
		for (String level : List.of("3", "-3", "7")) {
			HttpResponse<String> refused = kim.putJson(url("/api/bids/A-902"), "{\"level\":" + level + "}");
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
			assertThat(read(refused).get("code").asString()).isEqualTo("bid.level");
			assertThat(read(refused).get("detail").asString()).contains("-2", "2");
		}
		assertThat(kim.putJson(url("/api/bids/A-902"), "{}").statusCode()).isEqualTo(400);
		assertThat(kim.putJson(url("/api/bids/A-901"), "{\"level\":1}").statusCode()).as("conflicted").isEqualTo(404);
		assertThat(kim.putJson(url("/api/bids/A-903"), "{\"level\":1}").statusCode()).as("a draft").isEqualTo(404);
		assertThat(kim.putJson(url("/api/bids/A-999"), "{\"level\":1}").statusCode()).as("unknown").isEqualTo(404);
		assertThat(kim.putJson(url("/api/bids/not-an-id"), "{\"level\":1}").statusCode()).isEqualTo(404);
		assertThat(ours(Bid.class)).isEmpty();
	}

	@Test
	void blindReviewShowsNoAuthorIdentity() {
		blind(true);
		WebSession sato = this.logins.loggedIn(SATO);
		HttpResponse<String> list = sato.getJson(url("/api/bids"));
		assertThat(numbers(read(list))).containsExactly("A-901", "A-902");
		assertThat(list.body()).doesNotContain("Haruto", "Tanaka", "Jiwoo", "Park", "hokudai", "snu.ac.kr", "Surgery",
				"Anesthesiology", "Genome Lab", "\"HU\"", "\"SNU\"");
		assertThat(read(list).valueStream().allMatch((item) -> item.get("blind").asBoolean())).isTrue();
		HttpResponse<String> page = sato.get(url("/bids"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("A-901", "Deep learning for airway management")
			.doesNotContain("Haruto", "Tanaka", "Jiwoo", "Park", "Anesthesiology", "haruto.tanaka");
		HttpResponse<String> placed = sato.putJson(url("/api/bids/A-901"), "{\"level\":1}");
		assertThat(placed.body()).doesNotContain("Haruto", "Jiwoo");
	}

	@Test
	void aDeclaredConflictTakesTheAbstractOutOfTheBidList() {
		WebSession sato = this.logins.loggedIn(SATO);
		HttpResponse<String> declared = sato.postJson(url("/api/conflicts"),
				"{\"abstract\":\"A-902\",\"reason\":\"former student of the presenter\"}");
		assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
		assertThat(sato.postJson(url("/api/conflicts"), "{\"abstract\":\"A-902\"}").statusCode()).as("idempotent")
			.isEqualTo(200);
		assertThat(numbers(read(sato.getJson(url("/api/bids"))))).containsExactly("A-901");
		assertThat(sato.putJson(url("/api/bids/A-902"), "{\"level\":2}").statusCode()).isEqualTo(404);
		assertThat(ours(Conflict.class)).singleElement().satisfies((conflict) -> {
			assertThat(conflict.reviewerId()).isEqualTo(Account.idFor(SATO));
			assertThat(conflict.declaredBy()).isEqualTo(Account.idFor(SATO));
			assertThat(conflict.note()).isEqualTo("former student of the presenter");
		});

		String kimId = Account.idFor(KIM).toString();
		assertThat(sato.postJson(url("/api/conflicts"), "{\"abstract\":\"A-901\",\"reviewer\":\"" + kimId + "\"}")
			.statusCode()).as("a reviewer declares only their own").isEqualTo(403);
		assertThat(sato.postJson(url("/api/conflicts"), "{\"abstract\":\"A-999\"}").statusCode()).isEqualTo(404);
		assertThat(sato.postJson(url("/api/conflicts"), "{\"abstract\":\"A-903\"}").statusCode()).isEqualTo(404);
		assertThat(
				sato.postJson(url("/api/conflicts"), "{\"abstract\":\"A-901\",\"reason\":\"" + "x".repeat(501) + "\"}")
					.statusCode())
			.isEqualTo(400);
		assertThat(ours(Conflict.class)).hasSize(1);
	}

	@Test
	void chairsSeeComputedAndDeclaredConflictsAndOverrideComputedOnes() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		String kimId = Account.idFor(KIM).toString();
		String satoId = Account.idFor(SATO).toString();
		assertThat(chair
			.postJson(url("/api/conflicts"),
					"{\"abstract\":\"A-902\",\"reviewer\":\"" + satoId + "\",\"reason\":\"same grant\"}")
			.statusCode()).isEqualTo(201);
		JsonNode all = read(chair.getJson(url("/api/conflicts")));
		JsonNode computed = find(all, "A-901", KIM);
		assertThat(computed.get("reason").asString()).isEqualTo("SAME_LAB");
		assertThat(computed.get("computed").asBoolean()).isTrue();
		assertThat(computed.get("abstract").asString()).isEqualTo(this.sameLab.id().toString());
		assertThat(computed.get("override").isNull()).isTrue();
		JsonNode declared = find(all, "A-902", SATO);
		assertThat(declared.get("reason").asString()).isEqualTo("DECLARED");
		assertThat(declared.get("declaredBy").asString()).isEqualTo(CHAIR);
		assertThat(declared.get("note").asString()).isEqualTo("same grant");

		HttpResponse<String> noReason = chair.postJson(url("/api/conflicts/override"),
				"{\"abstract\":\"A-901\",\"reviewer\":\"" + kimId + "\"}");
		assertThat(noReason.statusCode()).isEqualTo(400);
		HttpResponse<String> notComputed = chair.postJson(url("/api/conflicts/override"),
				"{\"abstract\":\"A-902\",\"reviewer\":\"" + satoId + "\",\"reason\":\"fine\"}");
		assertThat(notComputed.statusCode()).isEqualTo(422);
		assertThat(read(notComputed).get("code").asString()).isEqualTo("conflict.override.not-computed");
		assertThat(chair
			.postJson(url("/api/conflicts/override"),
					"{\"abstract\":\"A-901\",\"reviewer\":\"" + UUID.randomUUID() + "\",\"reason\":\"fine\"}")
			.statusCode()).isEqualTo(404);

		HttpResponse<String> overridden = chair.postJson(url("/api/conflicts/override"), "{\"abstract\":\"A-901\","
				+ "\"reviewer\":\"" + kimId + "\",\"conflict\":\"SAME_LAB\",\"reason\":\"different groups\"}");
		assertThat(overridden.statusCode()).as(overridden.body()).isEqualTo(200);
		assertThat(read(overridden).get("overridden").toString()).contains("SAME_LAB");
		JsonNode after = find(read(chair.getJson(url("/api/conflicts"))), "A-901", KIM);
		assertThat(after.get("override").get("reason").asString()).isEqualTo("different groups");
		assertThat(after.get("override").get("by").asString()).isEqualTo(CHAIR);
		assertThat(this.mongo.exists(Query.query(Criteria.where("action").is("conflict.overridden")), AuditEntry.class))
			.isTrue();

		WebSession kim = this.logins.loggedIn(KIM);
		assertThat(numbers(read(kim.getJson(url("/api/bids"))))).as("the override lets the reviewer through")
			.containsExactly("A-901", "A-902");
		assertThat(kim.putJson(url("/api/bids/A-901"), "{\"level\":1}").statusCode()).isEqualTo(200);
	}

	@Test
	void anAuthorDeclaredConflictKeepsTheReviewerAwayUntilAChairOverridesIt() {
		blind(true);
		UUID submitter = this.mongo.findOne(Query.query(Criteria.where("email").is(AUTHOR)), Account.class).id();
		this.mongo.save(AbstractFixtures.from(this.open)
			.withSubmitter(submitter)
			.withDeclaredConflicts(new DeclaredConflict(Account.idFor(SATO), "competing group"))
			.build());
		WebSession sato = this.logins.loggedIn(SATO);
		HttpResponse<String> bids = sato.getJson(url("/api/bids"));
		assertThat(numbers(read(bids))).containsExactly("A-901");
		assertThat(bids.body()).doesNotContain("competing group", AUTHOR);
		assertThat(sato.putJson(url("/api/bids/A-902"), "{\"level\":2}").statusCode()).isEqualTo(404);

		WebSession chair = this.logins.loggedIn(CHAIR);
		String satoId = Account.idFor(SATO).toString();
		JsonNode declared = find(read(chair.getJson(url("/api/conflicts"))), "A-902", SATO);
		assertThat(declared.get("reason").asString()).isEqualTo("AUTHOR_DECLARED");
		assertThat(declared.get("computed").asBoolean()).isFalse();
		assertThat(declared.get("overridable").asBoolean()).isTrue();
		assertThat(declared.get("note").asString()).isEqualTo("competing group");
		assertThat(declared.get("declaredBy").asString()).isEqualTo(AUTHOR);
		assertThat(chair.get(url("/conflicts?lang=ja")).body()).contains("著者が申告");

		HttpResponse<String> byHand = chair.postJson(url("/api/assignments"),
				"{\"reviewer\":\"" + SATO + "\",\"abstract\":\"A-902\"}");
		assertThat(byHand.statusCode()).as(byHand.body()).isEqualTo(422);
		assertThat(read(byHand).get("code").asString()).isEqualTo("assignment.conflict");
		assertThat(read(byHand).get("detail").asString()).contains("AUTHOR_DECLARED");
		JsonNode proposal = read(chair.postJson(url("/api/assignments/auto"), "{\"reviewersPerAbstract\":3}"));
		assertThat(proposal.get("assignments").toString()).as("never proposed")
			.doesNotContain("\"reviewer\":\"" + satoId + "\",\"abstract\":\"" + this.open.id());

		HttpResponse<String> overridden = chair.postJson(url("/api/conflicts/override"), "{\"abstract\":\"A-902\","
				+ "\"reviewer\":\"" + satoId + "\",\"conflict\":\"AUTHOR_DECLARED\",\"reason\":\"not competing\"}");
		assertThat(overridden.statusCode()).as(overridden.body()).isEqualTo(200);
		assertThat(numbers(read(sato.getJson(url("/api/bids"))))).containsExactly("A-901", "A-902");
		HttpResponse<String> assigned = chair.postJson(url("/api/assignments"),
				"{\"reviewer\":\"" + SATO + "\",\"abstract\":\"A-902\"}");
		assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);
		assertThat(sato.getJson(url("/api/assignments")).body()).contains("A-902").doesNotContain("competing group");
		assertThat(chair.delete(url("/api/assignments/" + read(assigned).get("id").asString())).statusCode())
			.isEqualTo(204);
	}

	@Test
	void onlyChairsUseTheChairEndpointsAndOnlyReviewersBid() {
		WebSession kim = this.logins.loggedIn(KIM);
		String kimId = Account.idFor(KIM).toString();
		assertThat(kim.getJson(url("/api/conflicts")).statusCode()).isEqualTo(403);
		assertThat(kim
			.postJson(url("/api/conflicts/override"),
					"{\"abstract\":\"A-901\",\"reviewer\":\"" + kimId + "\",\"reason\":\"mine\"}")
			.statusCode()).isEqualTo(403);
		assertThat(kim.get(url("/conflicts")).statusCode()).isEqualTo(403);
		WebSession author = this.logins.loggedIn(AUTHOR);
		assertThat(author.getJson(url("/api/bids")).statusCode()).isEqualTo(403);
		assertThat(author.putJson(url("/api/bids/A-902"), "{\"level\":1}").statusCode()).isEqualTo(403);
		assertThat(author.postJson(url("/api/conflicts"), "{\"abstract\":\"A-902\"}").statusCode()).isEqualTo(403);
		assertThat(ours(Conflict.class)).isEmpty();
		assertThat(ours(Bid.class)).isEmpty();
	}

	/**
	 * The records of this test's reviewers: other tests share the store.
	 */
	private <T> List<T> ours(Class<T> type) {
		return this.mongo
			.find(Query.query(Criteria.where("reviewerId").in(List.of(Account.idFor(KIM), Account.idFor(SATO)))), type);
	}

	private void blind(boolean blind) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(EventSettings.ID)),
				new Update().set("blindReview", blind), EventSettings.class);
	}

	private JsonNode find(JsonNode conflicts, String number, String reviewer) {
		for (JsonNode conflict : conflicts) {
			if (conflict.get("number").asString().equals(number)
					&& conflict.get("reviewerEmail").asString().equals(reviewer)) {
				return conflict;
			}
		}
		throw new AssertionError(number + " / " + reviewer + " is not in " + conflicts);
	}

	private List<String> numbers(JsonNode list) {
		return list.valueStream()
			.map((entry) -> entry.get("number").asString())
			.filter((number) -> number.startsWith("A-90"))
			.toList();
	}

	private void profile(Account account) {
		if (this.mongo.findById(account.id(), ReviewerProfile.class) == null) {
			this.mongo.insert(ReviewerFixtures.profile(account.id()).withEmail(account.email()).build());
		}
	}

	private Account store(Account account) {
		Account existing = this.mongo.findOne(Query.query(Criteria.where("email").is(account.email())), Account.class);
		return (existing != null) ? existing : this.mongo.insert(account);
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
