package org.husnu.symposium.review.rankings;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.reviews.Criterion;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.exports.SpreadsheetCsv;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chairs' exports of reviews and scores, as CSV (through the shared
 * {@link SpreadsheetCsv}: byte order mark, RFC 4180 quoting with CRLF, formula cells
 * defused, as the abstract export) and as JSON. The score exports take the ranking's
 * order and filters. Each export is audited.
 */
@RestController
class ExportController {

	static final List<String> SCORE_COLUMNS = List.of("rank", "number", "title", "topic", "institution", "presentation",
			"student_presenter", "reviews", "assigned", "mean", "weighted_mean", "median", "confidence_weighted",
			"normalized", "spread", "disagreement", "accept_oral", "accept_poster", "reject", "decision",
			"decision_state", "id");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private final RankingService rankings;

	private final AuditLog audit;

	ExportController(RankingService rankings, AuditLog audit) {
		this.rankings = rankings;
		this.audit = audit;
	}

	@GetMapping("/api/exports/scores.json")
	ResponseEntity<List<RankingRow>> scoresJson(@RequestParam(required = false) String sort,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String institution,
			@RequestParam(required = false) String presentation, @RequestParam(required = false) String student,
			@RequestParam(required = false) String disagreement) {
		Actor actor = CurrentActor.require();
		List<RankingRow> rows = this.rankings
			.rank(actor, RankingQuery.of(sort, topic, institution, presentation, student, disagreement))
			.rows();
		audited(actor, "scores.exported", "json", rows.size());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, SpreadsheetCsv.attachment("scores.json"))
			.body(rows);
	}

	@GetMapping("/api/exports/scores.csv")
	ResponseEntity<String> scoresCsv(@RequestParam(required = false) String sort,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String institution,
			@RequestParam(required = false) String presentation, @RequestParam(required = false) String student,
			@RequestParam(required = false) String disagreement) {
		Actor actor = CurrentActor.require();
		List<RankingRow> rows = this.rankings
			.rank(actor, RankingQuery.of(sort, topic, institution, presentation, student, disagreement))
			.rows();
		StringWriter out = new StringWriter();
		try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, SCORE_COLUMNS)) {
			for (RankingRow row : rows) {
				csv.row(List.of(row.rank(), row.number(), row.title(), row.topic(), row.institution(),
						row.presentation(), row.studentPresenter(), row.reviews(), row.assigned(), score(row.mean()),
						score(row.weightedMean()), score(row.median()), score(row.confidenceWeighted()),
						score(row.normalized()), score(row.spread()), row.disagreement(),
						row.recommendations().get(Recommendation.ACCEPT_ORAL.name()),
						row.recommendations().get(Recommendation.ACCEPT_POSTER.name()),
						row.recommendations().get(Recommendation.REJECT.name()),
						(row.decision() != null) ? row.decision().outcome() : "",
						(row.decision() != null) ? row.decision().state() : "", row.id()));
			}
		}
		audited(actor, "scores.exported", "csv", rows.size());
		return SpreadsheetCsv.download(out.toString(), "scores.csv");
	}

	@GetMapping("/api/exports/reviews.json")
	ResponseEntity<List<ReviewLine>> reviewsJson() {
		Actor actor = CurrentActor.require();
		List<ReviewLine> lines = this.rankings.reviewLines(actor);
		audited(actor, "reviews.exported", "json", lines.size());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, SpreadsheetCsv.attachment("reviews.json"))
			.body(lines);
	}

	@GetMapping("/api/exports/reviews.csv")
	ResponseEntity<String> reviewsCsv() {
		Actor actor = CurrentActor.require();
		List<ReviewLine> lines = this.rankings.reviewLines(actor);
		List<String> codes = this.rankings.form(actor).criteria().stream().map(Criterion::code).toList();
		List<String> columns = new ArrayList<>(
				List.of("number", "title", "reviewer_email", "reviewer_name", "reviewer_institution"));
		codes.forEach((code) -> columns.add("score_" + code));
		columns.addAll(List.of("confidence", "recommendation", "weighted_score", "normalized_score",
				"comments_to_authors", "confidential_comments", "submitted_at", "abstract_id", "reviewer_id"));
		StringWriter out = new StringWriter();
		try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, columns)) {
			for (ReviewLine line : lines) {
				List<Object> cells = new ArrayList<>(List.of(line.number(), line.title(), text(line.reviewerEmail()),
						text(line.reviewerName()), text(line.reviewerInstitution())));
				codes.forEach((code) -> cells.add(text(line.scores().get(code))));
				cells.addAll(List.of(text(line.confidence()), text(line.recommendation()), score(line.weightedScore()),
						score(line.normalizedScore()), text(line.commentsToAuthors()),
						text(line.confidentialComments()),
						(line.submittedAt() != null) ? TIME.format(line.submittedAt()) : "", line.abstractId(),
						line.reviewerId()));
				csv.row(cells);
			}
		}
		audited(actor, "reviews.exported", "csv", lines.size());
		return SpreadsheetCsv.download(out.toString(), "reviews.csv");
	}

	private void audited(Actor actor, String action, String format, int count) {
		this.audit.record(actor, action, format, Map.of("count", Integer.toString(count)));
	}

	private static Object score(Double value) {
		// a number, not text: a negative score must not be taken for a formula and quoted
		return (value != null) ? BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP) : "";
	}

	private static Object text(Object value) {
		return (value != null) ? value : "";
	}

}
