package org.husnu.symposium.review;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.StoredProposal;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.mail.OutboxMail;
import org.husnu.symposium.core.reviewers.Bid;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.reading.UploadedAbstracts;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.TestPdfs;
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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 3, first half, over HTTP against the embedded store, with the abstracts and
 * their PDFs written as submission-service writes them: a chair invites three reviewers
 * (each mail in the invitee's language), they set their expertise and bid, one declares a
 * conflict before the assignment; the chair previews a proposal, applies it, adds and
 * removes a pair by hand and is refused a conflicted one; each reviewer reads their own
 * abstracts and PDFs only; a reviewer who declares a conflict after the assignment loses
 * every path to that abstract (JSON, page, PDF, bid) and it leaves their lists and
 * counts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
class ReviewJourneyIntegrationTests {

	private static final String CHAIR = "journey.chair@hokudai.ac.jp";

	private static final String HU = "journey.hu@hokudai.ac.jp";

	private static final String SNU = "journey.snu@snu.ac.kr";

	private static final String SNU2 = "journey.snu2@snu.ac.kr";

	private static final List<String> NUMBERS = List.of("A-201", "A-202", "A-203");

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	LoginTokenService tokens;

	Logins logins;

	@BeforeEach
	void setUp() {
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		this.mongo.remove(new Query(), "rate_limits");
		for (Class<?> type : List.of(Assignment.class, ReviewerProfile.class, AbstractSubmission.class,
				StoredProposal.class, Conflict.class, Bid.class)) {
			this.mongo.remove(new Query(), type);
		}
		this.mongo.remove(Query.query(Criteria.where("to").regex("^journey\\.")), OutboxMail.class);
		store(AccountFixtures.chair(CHAIR).withInstitution("HU").build());
		store(AccountFixtures.author("journey.admin@hokudai.ac.jp")
			.withRoles(org.husnu.symposium.core.accounts.Role.ADMIN)
			.build());
		store(AccountFixtures.author("journey.author@hokudai.ac.jp").build());
		store(AccountFixtures.author(HU)
			.withName("Haruto Journey")
			.withInstitution("HU")
			.withDepartment("Radiology")
			.withLanguage(Language.JA)
			.build());
		store(AccountFixtures.author(SNU)
			.withName("Seoyeon Journey")
			.withInstitution("SNU")
			.withDepartment("Nursing")
			.withLanguage(Language.KO)
			.build());
		store(AccountFixtures.author(SNU2)
			.withName("Joon Journey")
			.withInstitution("SNU")
			.withDepartment("Pharmacy")
			.build());
		for (String number : NUMBERS) {
			UploadedAbstracts.store(this.mongo, AbstractFixtures.submitted()
				.withNumber(number)
				.withTitle("Journey abstract " + number)
				.withAuthors(AbstractFixtures.presenter(),
						new Author("Minjun Kim", "Biomedical Informatics", "SNU", "minjun.kim@snu.ac.kr", false))
				.withKeywords("sepsis", "prediction"), "sato-" + number + ".pdf",
					TestPdfs.a4WithText("An anonymous abstract " + number));
		}
		this.mongo.insert(AbstractFixtures.draft().withNumber("A-204").withTitle("A draft is never reviewed").build());
	}

	@Test
	void chairsAssignReviewersWhoReadTheirOwnAbstractsAndConflictsCloseEveryPath() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		for (String email : List.of(HU, SNU, SNU2)) {
			HttpResponse<String> invited = chair.postJson(url("/api/reviewers"),
					"{\"email\":\"" + email + "\",\"maxLoad\":3}");
			assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
		}
		assertThat(invitation(HU).language()).isEqualTo(Language.JA);
		assertThat(invitation(SNU).language()).isEqualTo(Language.KO);
		assertThat(invitation(SNU2).language()).isEqualTo(Language.EN);

		Map<String, WebSession> reviewers = new HashMap<>();
		for (String email : List.of(HU, SNU, SNU2)) {
			WebSession reviewer = this.logins.loggedIn(email);
			reviewers.put(email, reviewer);
			long version = read(reviewer.getJson(url("/api/me/reviewer-profile"))).get("version").asLong();
			HttpResponse<String> saved = reviewer.putJson(url("/api/me/reviewer-profile"),
					"{\"expertise\":{\"GENOME_MEDICINE\":3},\"statement\":\"Sepsis\",\"keywords\":[\"sepsis\"],"
							+ "\"maxLoad\":3,\"version\":" + version + "}");
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
			assertThat(read(reviewer.getJson(url("/api/bids")))).hasSize(3);
			assertThat(reviewer.putJson(url("/api/bids/A-201"), "{\"level\":2}").statusCode()).isEqualTo(200);
		}
		WebSession snu2 = reviewers.get(SNU2);
		HttpResponse<String> declared = snu2.postJson(url("/api/conflicts"),
				"{\"abstract\":\"A-202\",\"reason\":\"My former student\"}");
		assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
		assertThat(numbers(read(snu2.getJson(url("/api/bids"))))).containsExactly("A-201", "A-203");
		assertThat(snu2.putJson(url("/api/bids/A-202"), "{\"level\":1}").statusCode()).isEqualTo(404);

		HttpResponse<String> computed = chair.postJson(url("/api/assignments/auto"), "{\"reviewersPerAbstract\":2}");
		assertThat(computed.statusCode()).as(computed.body()).isEqualTo(200);
		JsonNode proposal = read(computed);
		assertThat(proposal.get("assignments")).hasSize(6);
		assertThat(proposal.get("unmet")).isEmpty();
		String snu2Id = this.mongo.findOne(Query.query(Criteria.where("email").is(SNU2)), Account.class)
			.id()
			.toString();
		String a202 = idOf("A-202");
		for (JsonNode pair : proposal.get("assignments")) {
			assertThat(pair.get("reviewer").asString() + ":" + pair.get("abstract").asString())
				.isNotEqualTo(snu2Id + ":" + a202);
		}
		HttpResponse<String> applied = chair
			.postJson(url("/api/assignments/auto/" + proposal.get("id").asString() + "/apply"), "{}");
		assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
		assertThat(read(applied).get("applied").asInt()).isEqualTo(6);

		HttpResponse<String> refused = chair.postJson(url("/api/assignments"),
				"{\"reviewer\":\"" + SNU2 + "\",\"abstract\":\"A-202\"}");
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(read(refused).get("code").asString()).isEqualTo("assignment.conflict");
		assertThat(read(refused).get("detail").asString()).contains(SNU2, "A-202", "DECLARED", "choose another");
		Assignment removed = this.mongo.findAll(Assignment.class).get(0);
		assertThat(chair.delete(url("/api/assignments/" + removed.id())).statusCode()).isEqualTo(204);
		HttpResponse<String> added = chair.postJson(url("/api/assignments"),
				"{\"reviewer\":\"" + removed.reviewerId() + "\",\"abstract\":\"" + removed.abstractId() + "\"}");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		assertThat(read(added).get("source").asString()).isEqualTo("MANUAL");
		assertThat(this.mongo.count(new Query(), Assignment.class)).isEqualTo(6);

		Map<String, Set<String>> assigned = new HashMap<>();
		for (Assignment assignment : this.mongo.findAll(Assignment.class)) {
			assigned.computeIfAbsent(emailOf(assignment), (key) -> new HashSet<>())
				.add(numberOf(assignment.abstractId().toString()));
		}
		for (String email : List.of(HU, SNU, SNU2)) {
			WebSession reviewer = reviewers.get(email);
			Set<String> own = assigned.getOrDefault(email, Set.of());
			assertThat(numbers(read(reviewer.getJson(url("/api/assignments")))))
				.containsExactlyInAnyOrderElementsOf(own);
			for (String number : NUMBERS) {
				boolean mine = own.contains(number);
				assertThat(reviewer.getJson(url("/api/abstracts/" + number)).statusCode()).as(email + " " + number)
					.isEqualTo(mine ? 200 : 404);
				assertThat(reviewer.get(url("/abstracts/" + number)).statusCode()).isEqualTo(mine ? 200 : 404);
				assertThat(reviewer.getBytes(url("/api/abstracts/" + number + "/pdf")).statusCode())
					.isEqualTo(mine ? 200 : 404);
			}
		}
		for (String other : List.of("journey.author@hokudai.ac.jp", "journey.admin@hokudai.ac.jp")) {
			WebSession outsider = this.logins.loggedIn(other);
			assertThat(outsider.getJson(url("/api/abstracts/A-201")).statusCode()).as(other).isEqualTo(404);
			assertThat(outsider.getBytes(url("/api/abstracts/A-201/pdf")).statusCode()).isEqualTo(404);
		}
		assertThat(chair.getJson(url("/api/abstracts/" + a202)).statusCode()).isEqualTo(200);
		assertThat(chair.getJson(url("/api/abstracts/A-204")).statusCode()).as("a draft").isEqualTo(404);

		// a conflict declared after the assignment closes every path at once
		String conflicted = assigned.get(SNU).iterator().next();
		WebSession snu = reviewers.get(SNU);
		String withId = idOf(conflicted);
		JsonNode before = read(snu.getJson(url("/api/me/reviewer-profile")));
		assertThat(before.get("load").asInt()).isEqualTo(assigned.get(SNU).size());
		assertThat(snu.postJson(url("/api/conflicts"), "{\"abstract\":\"" + conflicted + "\",\"reason\":\"Co-grant\"}")
			.statusCode()).isEqualTo(201);
		for (String key : List.of(conflicted, withId, conflicted.toLowerCase())) {
			assertThat(snu.getJson(url("/api/abstracts/" + key)).statusCode()).as("JSON of " + key).isEqualTo(404);
			assertThat(snu.get(url("/abstracts/" + key)).statusCode()).as("page of " + key).isEqualTo(404);
			assertThat(snu.getBytes(url("/api/abstracts/" + key + "/pdf")).statusCode()).as("PDF of " + key)
				.isEqualTo(404);
			assertThat(snu.putJson(url("/api/bids/" + key), "{\"level\":-1}").statusCode()).as("bid on " + key)
				.isEqualTo(404);
		}
		HttpResponse<String> unknown = snu.getJson(url("/api/abstracts/A-999"));
		assertThat(read(snu.getJson(url("/api/abstracts/" + conflicted))).get("detail").asString())
			.as("the same answer as an abstract that does not exist")
			.isEqualTo(read(unknown).get("detail").asString().replace("A-999", conflicted));
		assertThat(numbers(read(snu.getJson(url("/api/assignments"))))).doesNotContain(conflicted)
			.hasSize(assigned.get(SNU).size() - 1);
		assertThat(numbers(read(snu.getJson(url("/api/bids"))))).doesNotContain(conflicted);
		assertThat(snu.get(url("/assignments/mine")).body()).doesNotContain(conflicted)
			.doesNotContain(titleOf(conflicted));
		assertThat(snu.get(url("/bids")).body()).doesNotContain(conflicted).doesNotContain(titleOf(conflicted));
		assertThat(read(snu.getJson(url("/api/me/reviewer-profile"))).get("load").asInt()).as("not counted either")
			.isEqualTo(assigned.get(SNU).size() - 1);
		assertThat(chair.getJson(url("/api/abstracts/" + conflicted)).statusCode()).isEqualTo(200);
	}

	private OutboxMail invitation(String to) {
		List<OutboxMail> mails = this.mongo
			.find(Query.query(Criteria.where("to").is(to).and("template").is("reviewer-invitation")), OutboxMail.class);
		assertThat(mails).as("invitation of " + to).hasSize(1);
		return mails.get(0);
	}

	private String idOf(String number) {
		return this.mongo.findOne(Query.query(Criteria.where("number").is(number)), AbstractSubmission.class)
			.id()
			.toString();
	}

	private String titleOf(String number) {
		return this.mongo.findOne(Query.query(Criteria.where("number").is(number)), AbstractSubmission.class).title();
	}

	private String numberOf(String id) {
		AbstractSubmission submission = this.mongo.findById(java.util.UUID.fromString(id), AbstractSubmission.class);
		assertThat(submission.status()).isEqualTo(AbstractStatus.SUBMITTED);
		return submission.number();
	}

	private String emailOf(Assignment assignment) {
		return this.mongo.findById(assignment.reviewerId(), Account.class).email();
	}

	private static List<String> numbers(JsonNode list) {
		List<String> numbers = new ArrayList<>();
		list.forEach((entry) -> numbers.add(entry.get("number").asString()));
		return numbers;
	}

	private void store(Account account) {
		this.mongo.remove(Query.query(Criteria.where("email").is(account.email())), Account.class);
		this.mongo.insert(account);
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
