package org.husnu.symposium.submission.abstracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.abstracts.PdfVersion;
import org.husnu.symposium.core.abstracts.WordCounter;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.exports.SpreadsheetCsv;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chairs' overview of every abstract: counts per status, topic and institution, and
 * the exports (CSV, JSON, a ZIP of the current PDFs). All take the list's filters.
 */
@RestController
@RequestMapping("/api/abstracts")
class AbstractOverviewController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	static final List<String> CSV_COLUMNS = List.of("number", "status", "title", "primary_topic", "secondary_topics",
			"keywords", "presentation", "student_presenter", "presenting_author", "institution", "authors", "words",
			"submitted_at", "updated_at", "pdf_version", "pdf_pages", "pdf_words", "pdf_sha256", "text", "id");

	static final List<String> INDEX_COLUMNS = List.of("file", "number", "status", "title", "presenting_author",
			"institution", "pdf_version", "sha256");

	private final AbstractService abstracts;

	private final AbstractViews views;

	private final PdfStore files;

	private final ReferenceData referenceData;

	private final AuditLog audit;

	AbstractOverviewController(AbstractService abstracts, AbstractViews views, PdfStore files,
			ReferenceData referenceData, AuditLog audit) {
		this.abstracts = abstracts;
		this.views = views;
		this.files = files;
		this.referenceData = referenceData;
		this.audit = audit;
	}

	@GetMapping("/summary")
	Summary summary(@RequestParam(required = false) String topic, @RequestParam(required = false) String institution,
			@RequestParam(required = false) AbstractStatus status) {
		return Summary.of(chairList(CurrentActor.require(), topic, institution, status));
	}

	@GetMapping("/export.json")
	ResponseEntity<List<AbstractView>> json(@RequestParam(required = false) String topic,
			@RequestParam(required = false) String institution, @RequestParam(required = false) AbstractStatus status,
			Locale locale) {
		Actor actor = CurrentActor.require();
		List<AbstractSubmission> all = chairList(actor, topic, institution, status);
		this.audit.record(actor, "abstracts.exported", "json", Map.of("count", Integer.toString(all.size())));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("abstracts.json"))
			.body(this.views.of(actor, all, locale));
	}

	@GetMapping("/export.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) String topic,
			@RequestParam(required = false) String institution, @RequestParam(required = false) AbstractStatus status) {
		Actor actor = CurrentActor.require();
		List<AbstractSubmission> all = chairList(actor, topic, institution, status);
		EventSettings settings = this.referenceData.eventSettings();
		StringWriter out = new StringWriter();
		try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, CSV_COLUMNS)) {
			for (AbstractSubmission submission : all) {
				csv.row(cells(submission, settings));
			}
		}
		this.audit.record(actor, "abstracts.exported", "csv", Map.of("count", Integer.toString(all.size())));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("abstracts.csv"))
			.body(out.toString());
	}

	/**
	 * The current PDF of every listed abstract that has one, named by number, plus an
	 * {@code index.csv} written by the same {@link SpreadsheetCsv} as {@code export.csv}.
	 * Streamed straight to the response on the request's own thread: the archive is never
	 * held in memory, and there is no asynchronous dispatch that could be refused after
	 * the body was sent (a Bearer-token request has no session to carry its login over)
	 * or cut by the asynchronous request timeout when the export is large. Access is
	 * checked before the first byte, so a refusal is still a problem detail.
	 */
	@GetMapping("/pdfs.zip")
	void zip(@RequestParam(required = false) String topic, @RequestParam(required = false) String institution,
			@RequestParam(required = false) AbstractStatus status, HttpServletResponse response) throws IOException {
		Actor actor = CurrentActor.require();
		List<AbstractSubmission> withPdf = chairList(actor, topic, institution, status).stream()
			.filter((submission) -> submission.currentPdf().isPresent())
			.toList();
		this.audit.record(actor, "abstracts.exported", "zip", Map.of("count", Integer.toString(withPdf.size())));
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("abstract-pdfs.zip"));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		ZipOutputStream zip = new ZipOutputStream(response.getOutputStream(), StandardCharsets.UTF_8);
		StringWriter index = new StringWriter();
		try (SpreadsheetCsv csv = SpreadsheetCsv.open(index, INDEX_COLUMNS)) {
			for (AbstractSubmission submission : withPdf) {
				PdfVersion pdf = submission.currentPdf().orElseThrow();
				String name = submission.number() + ".pdf";
				zip.putNextEntry(new ZipEntry(name));
				try (InputStream in = this.files.open(pdf.fileId()).getInputStream()) {
					in.transferTo(zip);
				}
				zip.closeEntry();
				csv.row(List.of(name, submission.number(), submission.status(), submission.title(),
						submission.presentingAuthor().name(), submission.institution(), pdf.number(), pdf.sha256()));
			}
		}
		zip.putNextEntry(new ZipEntry("index.csv"));
		zip.write(index.toString().getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
		zip.finish();
		zip.flush();
	}

	private List<AbstractSubmission> chairList(Actor actor, String topic, String institution, AbstractStatus status) {
		AccessPolicy.requireSeeAllAbstracts(actor);
		return this.abstracts.list(actor, new AbstractFilter(topic, institution, status));
	}

	private static List<Object> cells(AbstractSubmission s, EventSettings settings) {
		PdfVersion pdf = s.currentPdf().orElse(null);
		return List.of(s.number(), s.status(), s.title(), s.primaryTopic(), String.join("; ", s.secondaryTopics()),
				String.join("; ", s.keywords()), s.presentation(), s.studentPresenter(), s.presentingAuthor().name(),
				s.institution(),
				s.authors().stream().map(AbstractOverviewController::author).collect(Collectors.joining("; ")),
				WordCounter.count(s.text()),
				(s.submittedAt() != null) ? TIME.format(s.submittedAt().atZone(settings.zone())) : "",
				TIME.format(s.updatedAt().atZone(settings.zone())), (pdf != null) ? pdf.number() : "",
				(pdf != null) ? pdf.pages() : "", (pdf != null) ? pdf.words() : "", (pdf != null) ? pdf.sha256() : "",
				s.text(), s.id());
	}

	private static String author(Author author) {
		return author.name() + " <" + author.email() + "> (" + author.institution()
				+ ((author.affiliation() != null) ? ", " + author.affiliation() : "") + ")"
				+ (author.presenting() ? " *" : "");
	}

	private static String attachment(String name) {
		return ContentDisposition.attachment().filename(name).build().toString();
	}

	/**
	 * Counts of the listed abstracts.
	 *
	 * @param total how many
	 * @param byStatus per status
	 * @param byTopic per primary topic
	 * @param byInstitution per presenting author's institution
	 */
	record Summary(int total, Map<String, Long> byStatus, Map<String, Long> byTopic, Map<String, Long> byInstitution) {

		static Summary of(List<AbstractSubmission> all) {
			return new Summary(all.size(), count(all, (s) -> s.status().name()),
					count(all, AbstractSubmission::primaryTopic), count(all, AbstractSubmission::institution));
		}

		private static Map<String, Long> count(List<AbstractSubmission> all, Function<AbstractSubmission, String> key) {
			return all.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
		}

	}

}
