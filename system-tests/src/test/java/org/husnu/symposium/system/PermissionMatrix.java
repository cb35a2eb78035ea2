package org.husnu.symposium.system;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.husnu.symposium.test.WebSession;

/**
 * Role × endpoint × someone else's record on both services, for issue 12's review side:
 * who may read and change reviews, scores, rankings, exports and decisions. Each cell is
 * a request and the answer it must get; a refused change is followed by a read that shows
 * nothing was written. All cells are checked and every failing one is reported.
 */
final class PermissionMatrix {

	/** What a refusal may look like: not found for records, forbidden for roles. */
	private static final Set<Integer> REFUSED = Set.of(401, 403, 404);

	private final RunningSystem system;

	private final Map<String, WebSession> sessions;

	private final String huAbstract;

	private final String snuAbstract;

	PermissionMatrix(RunningSystem system, Map<String, WebSession> sessions, String huAbstract, String snuAbstract) {
		this.system = system;
		this.sessions = sessions;
		this.huAbstract = huAbstract;
		this.snuAbstract = snuAbstract;
	}

	/**
	 * Checks every cell.
	 * @param released whether the chairs have released the decisions
	 */
	void check(boolean released) {
		SoftAssertions softly = new SoftAssertions();
		String chair = "chair@hokudai.ac.jp";
		String assigned = "reviewer.ja@med.hokudai.ac.jp";
		String conflicted = "reviewer.en@snu.ac.kr";
		String outsider = "reviewer.out@hokudai.ac.jp";
		String authorHu = "author.hu@hokudai.ac.jp";
		String authorSnu = "author.snu@snu.ac.kr";
		List<String> everyone = List.of(chair, assigned, conflicted, outsider, authorHu, authorSnu);
		List<String> notChairs = everyone.subList(1, everyone.size());

		// the review form: read by reviewers and chairs, written by chairs
		allowed(softly, List.of(chair, assigned, conflicted, outsider), "GET", review("/api/review-form"));
		refused(softly, List.of(authorHu, authorSnu), "GET", review("/api/review-form"));
		String form = get(chair, review("/api/review-form")).body();
		refused(softly, notChairs, "PUT", review("/api/review-form"), form);

		// reviews: only the caller's own, of an abstract assigned and not conflicted
		allowed(softly, List.of(assigned), "GET", review("/api/reviews/" + this.snuAbstract));
		refused(softly, List.of(conflicted, outsider, authorHu, authorSnu), "GET",
				review("/api/reviews/" + this.snuAbstract));
		refused(softly, List.of(conflicted, outsider, authorSnu), "PUT", review("/api/reviews/" + this.snuAbstract),
				"{\"scores\":{},\"commentsToAuthors\":\"written by someone who may not\"}");
		refused(softly, List.of(conflicted, outsider, authorSnu), "POST",
				review("/api/reviews/" + this.snuAbstract + "/submit"), "{}");
		refused(softly, List.of(conflicted, outsider, authorHu, authorSnu), "GET",
				review("/api/reviews/" + this.snuAbstract + "/others"));
		refused(softly, List.of(authorHu, authorSnu), "GET", review("/api/reviews/assigned"));
		refused(softly, List.of(authorHu, authorSnu), "GET", review("/reviews"));
		refused(softly, List.of(conflicted, outsider, authorHu, authorSnu), "GET",
				review("/reviews/" + this.snuAbstract));
		refused(softly, List.of(conflicted, outsider, authorHu, authorSnu), "GET",
				review("/api/abstracts/" + this.snuAbstract));

		// rankings, exports, decisions and progress: chairs only
		for (String path : List.of("/api/rankings", "/rankings", "/rankings/" + this.snuAbstract,
				"/api/exports/reviews.csv", "/api/exports/reviews.json", "/api/exports/scores.csv",
				"/api/exports/scores.json", "/api/decisions", "/decisions", "/api/progress", "/progress")) {
			allowed(softly, List.of(chair), "GET", review(path));
			refused(softly, notChairs, "GET", review(path));
		}
		refused(softly, notChairs, "PUT", review("/api/decisions/" + this.snuAbstract),
				"{\"outcome\":\"ACCEPT_ORAL\"}");
		refused(softly, notChairs, "POST", review("/api/decisions/release"), "{}");

		// nothing the refused requests tried was written
		String decisions = get(chair, review("/api/decisions")).body();
		softly.assertThat(decisions).as("no refused decision was stored").doesNotContain("\"ACCEPT_POSTER\"");
		softly.assertThat(get(chair, review("/api/rankings")).body())
			.as("no refused review counted")
			.doesNotContain("written by someone who may not");
		softly.assertThat(get(chair, review("/api/exports/reviews.json")).body())
			.doesNotContain("written by someone who may not");

		// submission-service: an author's own abstract, never another's; nothing about
		// reviews, scores or decisions before the release, never a confidential comment
		allowed(softly, List.of(authorHu), "GET", submission("/api/abstracts/" + this.huAbstract));
		refused(softly, List.of(authorSnu), "GET", submission("/api/abstracts/" + this.huAbstract));
		refused(softly, List.of(authorHu), "GET", submission("/api/abstracts/" + this.snuAbstract));
		for (String person : everyone) {
			for (String abstractId : List.of(this.huAbstract, this.snuAbstract)) {
				HttpResponse<String> seen = get(person, submission("/api/abstracts/" + abstractId));
				softly.assertThat(seen.body())
					.as(person + " on submission-service " + abstractId)
					.doesNotContain("機密", "기밀", "\"scores\"", "weightedMean", "commentsToChairs");
				if (!released && !person.equals(chair)) {
					softly.assertThat(seen.body())
						.as(person + " sees no held decision on " + abstractId)
						.doesNotContain("ACCEPT_ORAL", "REJECT\"", "ACCEPTED_ORAL", "REJECTED");
				}
			}
			HttpResponse<String> list = get(person, submission("/api/abstracts"));
			softly.assertThat(list.body()).as(person + "'s list").doesNotContain("機密", "기밀");
		}
		softly.assertAll();
	}

	private void allowed(SoftAssertions softly, List<String> people, String method, String url) {
		for (String person : people) {
			HttpResponse<String> answer = send(person, method, url, null);
			softly.assertThat(answer.statusCode())
				.as(person + " " + method + " " + url + ": " + answer.body())
				.isEqualTo(200);
		}
	}

	private void refused(SoftAssertions softly, List<String> people, String method, String url) {
		refused(softly, people, method, url, null);
	}

	private void refused(SoftAssertions softly, List<String> people, String method, String url, String body) {
		for (String person : people) {
			HttpResponse<String> answer = send(person, method, url, body);
			softly.assertThat(answer.statusCode())
				.as(person + " " + method + " " + url + " must be refused: " + answer.body())
				.isIn(new ArrayList<>(REFUSED));
			softly.assertThat(answer.body())
				.as(person + " " + method + " " + url + " reveals nothing")
				.doesNotContain("Sepsis prediction", "Deep learning triage", "機密", "기밀");
		}
	}

	private HttpResponse<String> get(String person, String url) {
		return send(person, "GET", url, null);
	}

	private HttpResponse<String> send(String person, String method, String url, String body) {
		WebSession session = this.sessions.get(person);
		return switch (method) {
			case "GET" -> (url.contains("/api/") ? session.getJson(url) : session.get(url));
			case "PUT" -> session.putJson(url, body);
			case "POST" -> session.postJson(url, body);
			default -> throw new IllegalArgumentException(method);
		};
	}

	private String review(String path) {
		return this.system.review(path);
	}

	private String submission(String path) {
		return this.system.submission(path);
	}

}
