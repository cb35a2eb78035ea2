package org.husnu.symposium.review.program;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.exports.SpreadsheetCsv;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chairs' program and badge exports, as CSV through the shared {@link SpreadsheetCsv}
 * (byte order mark, RFC 4180, formula cells defused) and the program also as JSON. Each
 * export is audited.
 */
@RestController
class ProgramExportController {

	static final List<String> PROGRAM_COLUMNS = List.of("session", "room", "session_start", "session_end", "kind",
			"start", "end", "start_iso", "end_iso", "number", "title", "presenter", "affiliation", "institution",
			"student_presenter", "speaker_state", "abstract_id", "session_id");

	static final List<String> BADGE_COLUMNS = List.of("name", "affiliation", "institution", "email", "role",
			"presentation", "numbers", "titles", "student");

	private final ProgramExports exports;

	private final AuditLog audit;

	ProgramExportController(ProgramExports exports, AuditLog audit) {
		this.exports = exports;
		this.audit = audit;
	}

	@GetMapping("/api/exports/program.json")
	ResponseEntity<ProgramExports.ExportedProgram> programJson() {
		Actor actor = CurrentActor.require();
		ProgramExports.ExportedProgram program = this.exports.program(actor);
		audited(actor, "program.exported", "json", program.sessions().size());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, SpreadsheetCsv.attachment("program.json"))
			.body(program);
	}

	@GetMapping("/api/exports/program.csv")
	ResponseEntity<String> programCsv() {
		Actor actor = CurrentActor.require();
		ProgramExports.ExportedProgram program = this.exports.program(actor);
		StringWriter out = new StringWriter();
		int rows = 0;
		try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, PROGRAM_COLUMNS)) {
			for (ProgramExports.ExportedSession session : program.sessions()) {
				for (ProgramExports.ExportedSlot slot : session.slots()) {
					csv.row(List.of(session.title(), text(session.room()), session.time().startLocal(),
							session.time().endLocal(), slot.kind(), slot.time().startLocal(), slot.time().endLocal(),
							slot.time().start(), slot.time().end(), text(slot.number()), text(slot.title()),
							text(slot.presenter()), text(slot.affiliation()), text(slot.institution()),
							text(slot.studentPresenter()), text(slot.speakerState()), text(slot.abstractId()),
							session.id()));
					rows++;
				}
			}
		}
		audited(actor, "program.exported", "csv", rows);
		return SpreadsheetCsv.download(out.toString(), "program.csv");
	}

	@GetMapping("/api/exports/badges.csv")
	ResponseEntity<String> badgesCsv() {
		Actor actor = CurrentActor.require();
		List<ProgramExports.Badge> badges = this.exports.badges(actor);
		StringWriter out = new StringWriter();
		try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, BADGE_COLUMNS)) {
			for (ProgramExports.Badge badge : badges) {
				csv.row(List.of(badge.name(), text(badge.affiliation()), text(badge.institution()), badge.email(),
						badge.role(), badge.presentation(), String.join("; ", badge.numbers()),
						String.join("; ", badge.titles()), badge.student()));
			}
		}
		audited(actor, "badges.exported", "csv", badges.size());
		return SpreadsheetCsv.download(out.toString(), "badges.csv");
	}

	private void audited(Actor actor, String action, String format, int count) {
		this.audit.record(actor, action, format, Map.of("count", Integer.toString(count)));
	}

	private static Object text(Object value) {
		return (value != null) ? value : "";
	}

}
