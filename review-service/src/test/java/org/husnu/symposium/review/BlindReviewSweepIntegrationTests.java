package org.husnu.symposium.review;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.assignment.StoredProposal;
import org.husnu.symposium.core.mail.OutboxMail;
import org.husnu.symposium.core.program.ProgramPublication;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blind review, swept: with blind review on and an abstract whose authors, affiliations
 * and uploaded file name are known, a reviewer assigned to it fetches everything they can
 * fetch from review-service (every GET endpoint, the PDF's headers, the mails they got)
 * and none of it names or places an author. A guard makes the sweep hard to forget: every
 * GET endpoint of the service must be in {@link #SWEPT} or in {@link #NOT_SWEPT} with a
 * reason, so a new page or JSON endpoint fails this test until someone decides.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
class BlindReviewSweepIntegrationTests {

	private static final String REVIEWER = "sweep.reviewer@snu.ac.kr";

	private static final String CHAIR = "sweep.chair@snu.ac.kr";

	private static final String NUMBER = "A-401";

	private static final String UPLOADED_NAME = "sato-aiko_hokudai_final.pdf";

	/**
	 * Every GET endpoint a reviewer's sweep fetches, with the addresses it fetches
	 * ({@code {abstract}}, {@code {id}}, {@code {proposal}}, {@code {reviewer}} (address)
	 * and {@code {reviewerId}} are filled in). Endpoints only chairs may use are fetched
	 * too: their refusal must not leak either.
	 */
	static final Map<String, List<String>> SWEPT = Map.ofEntries(Map.entry("/", List.of("/", "/?lang=ja")),
			Map.entry("/abstracts/{abstract}", List.of("/abstracts/{abstract}", "/abstracts/{id}?lang=ko")),
			Map.entry("/api/abstracts/{abstract}", List.of("/api/abstracts/{abstract}", "/api/abstracts/{id}")),
			Map.entry("/api/abstracts/{abstract}/pdf",
					List.of("/api/abstracts/{abstract}/pdf", "/api/abstracts/{abstract}/pdf?inline=true")),
			Map.entry("/api/assignments", List.of("/api/assignments")),
			Map.entry("/api/assignments/auto/{proposal}", List.of("/api/assignments/auto/{proposal}")),
			Map.entry("/api/audit", List.of("/api/audit")), Map.entry("/api/bids", List.of("/api/bids")),
			Map.entry("/api/conflicts", List.of("/api/conflicts")),
			Map.entry("/api/decisions", List.of("/api/decisions")),
			Map.entry("/decisions", List.of("/decisions", "/decisions?confirm=release")),
			Map.entry("/decisions/preview", List.of("/decisions/preview")),
			Map.entry("/api/dev/mail", List.of("/api/dev/mail?to={reviewer}")),
			Map.entry("/api/me", List.of("/api/me")),
			Map.entry("/api/me/reviewer-profile", List.of("/api/me/reviewer-profile")),
			Map.entry("/api/me/reviewer-archive", List.of("/api/me/reviewer-archive")),
			Map.entry("/api/reviewers/{reviewer}/archive", List.of("/api/reviewers/{reviewerId}/archive")),
			Map.entry("/api/reviewers", List.of("/api/reviewers")), Map.entry("/assignments", List.of("/assignments")),
			Map.entry("/assignments/mine", List.of("/assignments/mine", "/assignments/mine?lang=ko")),
			Map.entry("/bids", List.of("/bids")), Map.entry("/conflicts", List.of("/conflicts")),
			Map.entry("/dev/mail", List.of("/dev/mail?to={reviewer}")),
			Map.entry("/profile/reviewer", List.of("/profile/reviewer", "/profile/reviewer?lang=ja")),
			Map.entry("/reviewers", List.of("/reviewers")), Map.entry("/login", List.of("/login")),
			Map.entry("/login/sent", List.of("/login/sent")),
			Map.entry("/api/topic-areas", List.of("/api/topic-areas")),
			Map.entry("/api/topic-areas/{code}", List.of("/api/topic-areas/GENOME_MEDICINE")),
			Map.entry("/api/institutions", List.of("/api/institutions")),
			Map.entry("/v3/api-docs", List.of("/v3/api-docs")), Map.entry("/api/progress", List.of("/api/progress")),
			Map.entry("/api/progress/reminders/preview",
					List.of("/api/progress/reminders/preview?reviewer={reviewerId}")),
			Map.entry("/progress", List.of("/progress", "/progress?incomplete=true&lang=ja")),
			Map.entry("/progress/reminders/preview",
					List.of("/progress/reminders/preview?all=true",
							"/progress/reminders/preview?reviewer={reviewerId}")),
			// chairs only: the reviewer is refused (403)
			Map.entry("/api/rankings", List.of("/api/rankings", "/api/rankings?sort=mean")),
			Map.entry("/rankings", List.of("/rankings", "/rankings?lang=ja")),
			Map.entry("/rankings/{abstract}", List.of("/rankings/{abstract}", "/rankings/{id}?lang=ko")),
			Map.entry("/api/exports/scores.csv", List.of("/api/exports/scores.csv")),
			Map.entry("/api/exports/scores.json", List.of("/api/exports/scores.json")),
			Map.entry("/api/exports/reviews.csv", List.of("/api/exports/reviews.csv")),
			Map.entry("/api/exports/reviews.json", List.of("/api/exports/reviews.json")),
			Map.entry("/api/review-form", List.of("/api/review-form")),
			Map.entry("/api/reviews/assigned", List.of("/api/reviews/assigned")),
			Map.entry("/api/reviews/{abstract}", List.of("/api/reviews/{abstract}", "/api/reviews/{id}")),
			Map.entry("/api/reviews/{abstract}/others", List.of("/api/reviews/{abstract}/others")),
			Map.entry("/reviews", List.of("/reviews", "/reviews?lang=ja")),
			Map.entry("/reviews/{abstract}", List.of("/reviews/{abstract}", "/reviews/{abstract}?lang=ko")),
			Map.entry("/review-form", List.of("/review-form")),
			// issue 13, speakers: chairs only (403), and the public link page (404 for a
			// link that is not one)
			Map.entry("/api/program/speakers", List.of("/api/program/speakers")),
			Map.entry("/program/speakers", List.of("/program/speakers", "/program/speakers?lang=ko")),
			Map.entry("/speaker/{token}", List.of("/speaker/" + "A".repeat(43), "/speaker/not-a-token?lang=ja")),
			Map.entry("/api/exports/program.csv", List.of("/api/exports/program.csv")),
			Map.entry("/api/exports/program.json", List.of("/api/exports/program.json")),
			Map.entry("/api/exports/badges.csv", List.of("/api/exports/badges.csv")),
			// the oral program editor (chairs only: the reviewer is refused)
			Map.entry("/api/program", List.of("/api/program")),
			Map.entry("/api/program/publications", List.of("/api/program/publications")),
			Map.entry("/program/edit", List.of("/program/edit", "/program/edit?confirm=publish&lang=ko")),
			// issue 13, part suggest: chairs only (403) but the presenter's own closest
			// work
			Map.entry("/program/proposal", List.of("/program/proposal", "/program/proposal?lang=ja")),
			Map.entry("/api/collaboration", List.of("/api/collaboration", "/api/collaboration?topic=AI")),
			Map.entry("/api/collaboration/mine",
					List.of("/api/collaboration/mine", "/api/collaboration/mine?abstract={abstract}")),
			Map.entry("/collaboration.csv", List.of("/collaboration.csv")),
			Map.entry("/collaboration.pdf", List.of("/collaboration.pdf")),
			Map.entry("/collaboration", List.of("/collaboration", "/collaboration?lang=ko")),
			Map.entry("/collaboration/mine", List.of("/collaboration/mine", "/collaboration/mine?lang=ja")),
			// public, no login: nothing is published in the sweep, so each answers 404
			Map.entry("/program", List.of("/program", "/program?lang=ko")),
			Map.entry("/program.json", List.of("/program.json")), Map.entry("/program.ics", List.of("/program.ics")),
			Map.entry("/program.pdf", List.of("/program.pdf")), Map.entry("/book.pdf", List.of("/book.pdf")));

	/** GET endpoints the sweep leaves out, each with why it cannot show an author. */
	static final Map<String, String> NOT_SWEPT = Map.of("/error",
			"Spring's error page renders the status and message of the request that failed; those are swept "
					+ "through the 404 and 403 answers above",
			"/v3/api-docs.yaml", "the same document as /v3/api-docs, as YAML: it describes the API, holds no data",
			"/v3/api-docs/swagger-config", "the Swagger UI's configuration: URLs of the API description, no data",
			"/swagger-ui.html", "a redirect to the static Swagger UI, which only loads /v3/api-docs");

	/**
	 * What names or places an author of the swept abstract, or the file they uploaded.
	 */
	static final List<String> AUTHOR_TRACES = List.of("Aiko", "Sato", "SATO", "佐藤", "Kenta", "Mori",
			"aiko.sato@med.hokudai.ac.jp", "kenta.mori@eng.hokudai.ac.jp", "aiko.sato", "kenta.mori",
			"Graduate School of Medicine", "Faculty of Engineering", UPLOADED_NAME, "sato-aiko", "hokudai_final");

	/**
	 * How an author's institution would show: a JSON {@code institution} of HU (the
	 * reviewer and the chair are at SNU), an author's affiliation, a list of authors that
	 * is not empty, or "(HU)" / ", HU" after a name as the pages write it.
	 */
	static final List<Pattern> INSTITUTION_TRACES = List.of(Pattern.compile("\"institution\"\\s*:\\s*\"HU\""),
			Pattern.compile("\"affiliation\"\\s*:\\s*\""), Pattern.compile("\"authors\"\\s*:\\s*\\[\\s*\\{"),
			Pattern.compile("[(,]\\s*HU\\b"), Pattern.compile("id=\"author-list\""));

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	ApplicationContext context;

	Logins logins;

	AbstractSubmission swept;

	String proposal;

	@BeforeEach
	void setUp() {
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		this.mongo.remove(new Query(), "rate_limits");
		for (Class<?> type : List.of(Assignment.class, ReviewerProfile.class, AbstractSubmission.class,
				StoredProposal.class, ProgramPublication.class)) {
			this.mongo.remove(new Query(), type);
		}
		this.mongo.remove(Query.query(Criteria.where("to").regex("^sweep\\.")), OutboxMail.class);
		store(AccountFixtures.chair(CHAIR).withName("Sweep Chair").withInstitution("SNU").build());
		store(AccountFixtures.author(REVIEWER)
			.withName("Yuna Sweep")
			.withInstitution("SNU")
			.withDepartment("Nursing")
			.build());
		this.swept = UploadedAbstracts.store(this.mongo, AbstractFixtures.submitted()
			.withNumber(NUMBER)
			.withTitle("Sepsis prediction from vital signs")
			.withAuthors(AbstractFixtures.presenter(),
					new Author("Kenta Mori", "Faculty of Engineering", "HU", "kenta.mori@eng.hokudai.ac.jp", false))
			.withSecondaryTopics("DEMENTIA_CARE")
			.withKeywords("sepsis", "early warning")
			.withText("We predict sepsis six hours ahead from routine vital signs."), UPLOADED_NAME,
				TestPdfs.a4WithText("Sepsis prediction from vital signs, an anonymous abstract."));
		setBlindReview(true);
	}

	@AfterEach
	void tearDown() {
		setBlindReview(false);
	}

	@Test
	void everyGetEndpointIsSweptOrLeftOutWithAReason() {
		Set<String> endpoints = getEndpoints();
		Set<String> decided = new TreeSet<>(SWEPT.keySet());
		decided.addAll(NOT_SWEPT.keySet());
		assertThat(endpoints)
			.as("GET endpoints of review-service that the blind sweep neither fetches nor leaves "
					+ "out with a reason: add each to SWEPT (preferred) or NOT_SWEPT")
			.isSubsetOf(decided);
		assertThat(SWEPT.keySet()).as("swept endpoints that do not exist any more").isSubsetOf(endpoints);
		assertThat(NOT_SWEPT).allSatisfy((endpoint, reason) -> assertThat(reason).hasSizeGreaterThan(20));
	}

	@Test
	void aReviewerFetchesNothingThatNamesOrPlacesAnAuthorNorTheUploadedFile() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		HttpResponse<String> invited = chair.postJson(url("/api/reviewers"),
				"{\"email\":\"" + REVIEWER + "\",\"maxLoad\":3}");
		assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
		this.proposal = this.json.readTree(chair.postJson(url("/api/assignments/auto"), "{}").body())
			.get("id")
			.asString();
		this.mongo.remove(new Query(), Assignment.class);
		this.mongo
			.insert(Assignment.of(reviewerId(), this.swept.id(), AssignmentSource.MANUAL, this.swept.createdAt()));
		WebSession reviewer = this.logins.loggedIn(REVIEWER);

		Map<String, String> fetched = new TreeMap<>();
		for (List<String> paths : SWEPT.values()) {
			for (String path : paths) {
				String address = fill(path);
				if (address.contains("/pdf")) {
					HttpResponse<byte[]> pdf = reviewer.getBytes(url(address));
					assertThat(pdf.statusCode()).as(address).isEqualTo(200);
					assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains(NUMBER + ".pdf")
						.startsWith(address.contains("inline") ? "inline" : "attachment");
					assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
					assertThat(pdf.headers().firstValue("Content-Security-Policy"))
						.hasValue(address.contains("inline") ? "sandbox; frame-ancestors 'self'" : "sandbox");
					fetched.put(address, headers(pdf.headers()) + new String(pdf.body(), StandardCharsets.ISO_8859_1));
				}
				else {
					HttpResponse<String> response = address.startsWith("/api/") ? reviewer.getJson(url(address))
							: reviewer.get(url(address));
					assertThat(response.statusCode()).as(address).isLessThan(500);
					fetched.put(address, headers(response.headers()) + response.body());
				}
			}
		}
		for (OutboxMail mail : this.mongo.find(Query.query(Criteria.where("to").is(REVIEWER)), OutboxMail.class)) {
			fetched.put("mail " + mail.template(), mail.subject() + "\n" + mail.text());
		}

		assertThat(fetched).as("the sweep sees the abstract, or it proves nothing")
			.hasEntrySatisfying(fill("/abstracts/{abstract}"),
					(page) -> assertThat(page).contains("Sepsis prediction from vital signs", "six hours ahead"))
			.hasEntrySatisfying(fill("/api/abstracts/{abstract}"),
					(body) -> assertThat(body).contains("\"blind\":true", "\"authors\":[]"))
			.hasEntrySatisfying(fill("/assignments/mine"), (page) -> assertThat(page).contains(NUMBER))
			.hasEntrySatisfying(fill("/reviews"), (page) -> assertThat(page).contains(NUMBER))
			.hasEntrySatisfying(fill("/api/reviews/assigned"), (body) -> assertThat(body).contains(NUMBER))
			.hasEntrySatisfying(fill("/reviews/{abstract}"),
					(page) -> assertThat(page).contains("six hours ahead", "id=\"review-form\""))
			.hasEntrySatisfying(fill("/api/dev/mail?to={reviewer}"),
					(mails) -> assertThat(mails).contains("Yuna Sweep"))
			.containsKey("mail reviewer-invitation");
		List<String> leaks = new ArrayList<>();
		fetched.forEach((address, content) -> {
			AUTHOR_TRACES.stream()
				.filter(content::contains)
				.forEach((trace) -> leaks.add(address + " shows \"" + trace + "\""));
			INSTITUTION_TRACES.stream()
				.filter((trace) -> trace.matcher(content).find())
				.forEach((trace) -> leaks.add(address + " matches " + trace));
		});
		assertThat(leaks).as("what a reviewer can fetch in blind review").isEmpty();
	}

	@Test
	void theSweepWouldSeeTheAuthorsWithBlindReviewOff() {
		setBlindReview(false);
		this.mongo
			.insert(Assignment.of(reviewerId(), this.swept.id(), AssignmentSource.MANUAL, this.swept.createdAt()));
		this.mongo.insert(
				org.husnu.symposium.test.fixtures.ReviewerFixtures.profile(reviewerId()).withEmail(REVIEWER).build());
		WebSession reviewer = this.logins.loggedIn(REVIEWER);
		String json = reviewer.getJson(url(fill("/api/abstracts/{abstract}"))).body();
		String page = reviewer.get(url(fill("/abstracts/{abstract}"))).body();
		assertThat(AUTHOR_TRACES.stream().filter((trace) -> (json + page).contains(trace))).contains("Aiko", "Sato",
				"Kenta", "Mori", "Graduate School of Medicine", "Faculty of Engineering");
		assertThat(INSTITUTION_TRACES.stream().filter((trace) -> trace.matcher(json + page).find())).hasSize(5);
		assertThat(json + page).as("no e-mail address and no uploaded file name in any mode")
			.doesNotContain("aiko.sato@med.hokudai.ac.jp", UPLOADED_NAME);
	}

	private Set<String> getEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
					endpoints.addAll(info.getPatternValues());
				}
			}
		}
		return endpoints;
	}

	private UUID reviewerId() {
		return this.mongo.findOne(Query.query(Criteria.where("email").is(REVIEWER)), Account.class).id();
	}

	private String fill(String path) {
		if (path.contains("{reviewerId}")) {
			path = path.replace("{reviewerId}", reviewerId().toString());
		}
		return path.replace("{abstract}", NUMBER)
			.replace("{id}", this.swept.id().toString())
			.replace("{proposal}", String.valueOf(this.proposal))
			.replace("{reviewer}", REVIEWER);
	}

	private static String headers(HttpHeaders headers) {
		return headers.map().toString() + "\n";
	}

	private void setBlindReview(boolean blind) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is("event")), new Update().set("blindReview", blind),
				"event_settings");
	}

	private void store(Account account) {
		this.mongo.remove(Query.query(Criteria.where("email").is(account.email())), Account.class);
		this.mongo.insert(account);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
