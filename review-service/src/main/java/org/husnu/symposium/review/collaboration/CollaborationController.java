package org.husnu.symposium.review.collaboration;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.husnu.symposium.core.access.Actor;
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
 * The collaboration report as JSON, PDF and CSV (chairs; the CSV through the shared
 * {@link SpreadsheetCsv}, Excel-safe like every export, and audited), and a presenter's
 * own closest work as JSON.
 */
@RestController
class CollaborationController {

	static final List<String> COLUMNS = List.of("rank", "score", "same_topic", "hu_number", "hu_title", "hu_presenter",
			"hu_topic", "snu_number", "snu_title", "snu_presenter", "snu_topic", "shared_terms", "hu_id", "snu_id");

	private final CollaborationReport report;

	private final AuditLog audit;

	private final CollaborationPdf pdf;

	CollaborationController(CollaborationReport report, AuditLog audit, CollaborationPdf pdf) {
		this.report = report;
		this.audit = audit;
		this.pdf = pdf;
	}

	@GetMapping("/api/collaboration")
	Map<String, Object> pairs(@RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String topic) {
		return Map.of("pairs", this.report.report(CurrentActor.require(), limit, topic));
	}

	@GetMapping("/api/collaboration/mine")
	Map<String, Object> mine(@RequestParam(name = "abstract", required = false) String only) {
		return Map.of("abstracts", this.report.mine(CurrentActor.require(), only));
	}

	@GetMapping("/collaboration.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String topic) {
		Actor actor = CurrentActor.require();
		List<CollaborationReport.Pair> pairs = this.report.report(actor,
				(limit != null) ? limit : CollaborationReport.MAX_PAIRS, topic);
		StringWriter out = new StringWriter();
		try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, COLUMNS)) {
			int rank = 1;
			for (CollaborationReport.Pair pair : pairs) {
				csv.row(List.of(rank++, BigDecimal.valueOf(pair.score()).setScale(4, RoundingMode.HALF_UP),
						pair.sameTopic(), pair.hu().number(), pair.hu().title(), pair.hu().presenter(),
						pair.hu().topic(), pair.snu().number(), pair.snu().title(), pair.snu().presenter(),
						pair.snu().topic(), String.join("; ", pair.sharedTerms()), pair.hu().id(), pair.snu().id()));
			}
		}
		this.audit.record(actor, "collaboration.exported", "csv", Map.of("count", Integer.toString(pairs.size())));
		return SpreadsheetCsv.download(out.toString(), "collaboration.csv");
	}

	@GetMapping("/collaboration.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String topic, Locale locale) {
		Actor actor = CurrentActor.require();
		CollaborationPdf.Built built = this.pdf.write(actor, limit, topic, locale);
		this.audit.record(actor, "collaboration.exported", "pdf", Map.of("count", Integer.toString(built.pairs())));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, SpreadsheetCsv.attachment("collaboration.pdf"))
			.body(built.pdf());
	}

}
