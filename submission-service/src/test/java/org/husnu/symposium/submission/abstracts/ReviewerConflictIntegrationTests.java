package org.husnu.symposium.submission.abstracts;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Position;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.conflicts.InstitutionPolicy;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.MutableClock;
import org.husnu.symposium.test.WebSession;
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
 * A reviewer's access to an assigned abstract follows the data as it is now: the
 * institution policy, the abstract's authors and the reviewer's own profile count on the
 * next request, with no stored conflict record and no recompute step in between.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "symposium.bootstrap.chairs=chair@hokudai.ac.jp")
@Import({ EmbeddedStoreTestConfiguration.class, AbstractJourneyIntegrationTests.Clocks.class })
class ReviewerConflictIntegrationTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	MutableClock clock;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	AccountDirectory accounts;

	String base;

	Logins logins;

	@BeforeEach
	void setUp() {
		this.base = "http://127.0.0.1:" + this.port;
		this.logins = new Logins(this.tokens, this.base);
		this.clock.set(AbstractJourneyIntegrationTests.START);
		this.mongo.remove(new Query(), "rate_limits");
	}

	@AfterEach
	void resetPolicy() {
		setInstitutionPolicy(InstitutionPolicy.NONE);
	}

	@Test
	void anAssignedReviewerLosesAccessTheMomentTheChairsChooseTheInstitutionPolicy() {
		WebSession author = this.logins.loggedIn("policy.author@snu.ac.kr");
		String id = draft(author, AbstractJourneyIntegrationTests.draftJson("Policy", "policy.author@snu.ac.kr"));
		WebSession reviewer = assignedReviewer("policy.reviewer@snu.ac.kr", id);
		assertThat(reviewer.getJson(url("/api/abstracts/" + id)).statusCode()).isEqualTo(200);

		setInstitutionPolicy(InstitutionPolicy.SAME_INSTITUTION);

		assertThat(reviewer.getJson(url("/api/abstracts/" + id)).statusCode()).isEqualTo(404);
		assertThat(reviewer.getJson(url("/api/abstracts/" + id + "/pdf/preview")).statusCode()).isEqualTo(404);
		assertThat(storedConflicts(id)).as("nothing was recomputed").isZero();

		setInstitutionPolicy(InstitutionPolicy.NONE);
		assertThat(reviewer.getJson(url("/api/abstracts/" + id)).statusCode()).isEqualTo(200);
	}

	@Test
	void anAssignedReviewerLosesAccessTheMomentAnAuthorFromTheirLabIsAdded() {
		WebSession author = this.logins.loggedIn("lab.author@snu.ac.kr");
		String id = draft(author, AbstractJourneyIntegrationTests.draftJson("Lab", "lab.author@snu.ac.kr"));
		WebSession reviewer = assignedReviewer("lab.reviewer@hokudai.ac.jp", id);
		setDepartment("lab.reviewer@hokudai.ac.jp", "Genome Informatics Lab");
		assertThat(reviewer.getJson(url("/api/abstracts/" + id)).statusCode()).isEqualTo(200);

		String withColleague = AbstractJourneyIntegrationTests.draftJson("Lab", "lab.author@snu.ac.kr")
			.replace("\"presenting\":true}",
					"\"presenting\":true},{\"name\":\"Colleague\",\"affiliation\":"
							+ "\"Genome informatics lab\",\"institution\":\"HU\",\"email\":\"colleague@hokudai.ac.jp\","
							+ "\"presenting\":false}");
		HttpResponse<String> edited = author.putJson(url("/api/abstracts/" + id),
				AbstractJourneyIntegrationTests.withVersion(withColleague, version(author, id)));
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);

		assertThat(reviewer.getJson(url("/api/abstracts/" + id)).statusCode()).isEqualTo(404);
		assertThat(storedConflicts(id)).as("nothing was recomputed").isZero();
	}

	@Test
	void anAssignedReviewerLosesAccessTheMomentTheirProfileNamesAnAuthorsLab() {
		WebSession author = this.logins.loggedIn("profile.author@snu.ac.kr");
		String id = draft(author, AbstractJourneyIntegrationTests.draftJson("Profile", "profile.author@snu.ac.kr"));
		WebSession reviewer = assignedReviewer("profile.reviewer@snu.ac.kr", id);
		assertThat(reviewer.getJson(url("/api/abstracts/" + id)).statusCode()).isEqualTo(200);

		HttpResponse<String> profile = reviewer.putJson(url("/api/me"),
				"{\"name\":\"Prof\",\"institution\":\"SNU\",\"department\":\"LAB\",\"position\":\"FACULTY\"}");
		assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);

		assertThat(reviewer.getJson(url("/api/abstracts/" + id)).statusCode()).isEqualTo(404);
	}

	@Test
	void aReviewerInvitedToThePoolHasTheRoleHereWithoutAnyWriteToTheirAccount() {
		WebSession author = this.logins.loggedIn("pool.author@snu.ac.kr");
		String id = draft(author, AbstractJourneyIntegrationTests.draftJson("Pool", "pool.author@snu.ac.kr"));
		// review-service invited this person before their first login: a profile under
		// the id their account gets
		this.mongo.insert(ReviewerFixtures.profile(Account.idFor("pool.member@hokudai.ac.jp"))
			.withEmail("pool.member@hokudai.ac.jp")
			.build());
		WebSession reviewer = this.logins.loggedIn("pool.member@hokudai.ac.jp");
		Account account = this.accounts.findByEmail("pool.member@hokudai.ac.jp").orElseThrow();
		assertThat(account.id()).isEqualTo(Account.idFor("pool.member@hokudai.ac.jp"));
		assertThat(account.roles()).containsExactly(Role.AUTHOR);
		assertThat(body(reviewer.getJson(url("/api/me"))).get("roles").toString()).contains("REVIEWER");

		this.mongo
			.insert(Assignment.of(account.id(), UUID.fromString(id), AssignmentSource.MANUAL, this.clock.instant()));
		assertThat(reviewer.getJson(url("/api/abstracts/" + id)).statusCode()).isEqualTo(200);
	}

	private WebSession assignedReviewer(String email, String abstractId) {
		WebSession session = this.logins.loggedIn(email);
		Account account = this.accounts.findByEmail(email).orElseThrow();
		this.mongo.save(account.grant(Role.REVIEWER));
		this.mongo.insert(Assignment.of(account.id(), UUID.fromString(abstractId), AssignmentSource.MANUAL,
				this.clock.instant()));
		return session;
	}

	private void setDepartment(String email, String department) {
		Account account = this.accounts.findByEmail(email).orElseThrow();
		this.mongo
			.save(account.withProfile("Prof", account.institution(), department, Position.FACULTY, account.language()));
	}

	private void setInstitutionPolicy(InstitutionPolicy policy) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is("event")),
				new Update().set("institutionPolicy", policy.name()), "event_settings");
	}

	private long storedConflicts(String abstractId) {
		return this.mongo.count(Query.query(Criteria.where("abstractId").is(UUID.fromString(abstractId))),
				Conflict.class);
	}

	private String draft(WebSession author, String json) {
		HttpResponse<String> created = author.postJson(url("/api/abstracts"), json);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return body(created).get("id").asString();
	}

	private long version(WebSession author, String id) {
		return body(author.getJson(url("/api/abstracts/" + id))).get("version").asLong();
	}

	private String url(String path) {
		return this.base + path;
	}

	private JsonNode body(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

}
