package org.husnu.symposium.submission.abstracts;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.PdfVersion;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.security.CurrentActor;
import org.husnu.symposium.submission.abstracts.PdfUploads.PdfUpload;
import org.husnu.symposium.submission.pdf.PdfCheckMessages;
import org.husnu.symposium.submission.pdf.PdfCheckMessages.CheckView;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The abstracts API of authors and chairs (docs/api.md). Every path takes the abstract's
 * id or its number ({@code A-007}); an abstract the caller may not see is a 404, exactly
 * like one that does not exist.
 */
@RestController
@RequestMapping("/api/abstracts")
class AbstractController {

	private final AbstractService abstracts;

	private final PdfUploads uploads;

	private final AbstractViews views;

	private final PdfStore files;

	private final PdfCheckMessages messages;

	private final PdfPreviews previews;

	AbstractController(AbstractService abstracts, PdfUploads uploads, AbstractViews views, PdfStore files,
			PdfCheckMessages messages, PdfPreviews previews) {
		this.abstracts = abstracts;
		this.uploads = uploads;
		this.views = views;
		this.files = files;
		this.messages = messages;
		this.previews = previews;
	}

	@PostMapping
	ResponseEntity<AbstractView> create(@Valid @RequestBody AbstractRequest request, Locale locale) {
		Actor actor = CurrentActor.require();
		AbstractSubmission draft = this.abstracts.create(actor, request);
		return ResponseEntity.created(URI.create("/api/abstracts/" + draft.id()))
			.body(this.views.of(actor, draft, locale));
	}

	@GetMapping
	List<AbstractView> list(@RequestParam(required = false) String topic,
			@RequestParam(required = false) String institution, @RequestParam(required = false) AbstractStatus status,
			Locale locale) {
		Actor actor = CurrentActor.require();
		return this.views.of(actor, this.abstracts.list(actor, new AbstractFilter(topic, institution, status)), locale);
	}

	@GetMapping("/{id}")
	AbstractView get(@PathVariable String id, Locale locale) {
		Actor actor = CurrentActor.require();
		return this.views.of(actor, this.abstracts.find(actor, id), locale);
	}

	@PutMapping("/{id}")
	AbstractView update(@PathVariable String id, @Valid @RequestBody AbstractRequest request, Locale locale) {
		Actor actor = CurrentActor.require();
		return this.views.of(actor, this.abstracts.update(actor, id, request), locale);
	}

	@PostMapping("/{id}/submit")
	AbstractView submit(@PathVariable String id, Locale locale) {
		Actor actor = CurrentActor.require();
		return this.views.of(actor, this.abstracts.submit(actor, id), locale);
	}

	@PostMapping("/{id}/withdraw")
	AbstractView withdraw(@PathVariable String id, Locale locale) {
		Actor actor = CurrentActor.require();
		return this.views.of(actor, this.abstracts.withdraw(actor, id), locale);
	}

	/**
	 * Uploads a PDF: 201 when it became a new version, 200 when it is the current PDF
	 * again; a failed check answers 415, 413 or 422 with every failed check.
	 */
	@PostMapping(path = "/{id}/pdf", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<UploadView> upload(@PathVariable String id, @RequestPart("file") MultipartFile file, Locale locale) {
		Actor actor = CurrentActor.require();
		PdfUpload upload = this.uploads.upload(actor, id, file.getOriginalFilename(), file, file.getSize());
		List<CheckView> checks = this.messages.describe(upload.report().findings(), locale);
		UploadView body = new UploadView(true, upload.newVersion(), upload.version().number(), upload.report().sha256(),
				upload.report().size(), upload.report().pages(), upload.report().words(), checks,
				this.views.of(actor, upload.submission(), locale));
		return ResponseEntity.status(upload.newVersion() ? HttpStatus.CREATED : HttpStatus.OK).body(body);
	}

	/**
	 * Downloads the current PDF, or an earlier version (for its authors and the chairs
	 * only). Served as an attachment with {@code nosniff} and a sandboxing CSP, so a
	 * hostile file cannot run in the site's origin even if a browser tried to display it.
	 */
	@GetMapping("/{id}/pdf")
	ResponseEntity<Resource> download(@PathVariable String id, @RequestParam(required = false) Integer version) {
		Actor actor = CurrentActor.require();
		AbstractSubmission submission = this.abstracts.find(actor, id);
		boolean earlier = version != null
				&& submission.currentPdf().map((current) -> current.number() != version).orElse(true);
		if (earlier && !AccessPolicy.maySeeAuthors(actor, submission, true)) {
			// older versions were checked against the authors of their day; reviewers get
			// the current PDF, the one checked against the authors as they are now
			throw new NotFoundException(
					submission.number() + " has no earlier PDF version that you may see; download the current one");
		}
		PdfVersion pdf = (version != null)
				? submission.pdfVersions()
					.stream()
					.filter((candidate) -> candidate.number() == version)
					.findFirst()
					.orElseThrow(() -> new NotFoundException(submission.number() + " has no PDF version " + version
							+ "; it has " + submission.pdfVersions().size()))
				: submission.currentPdf()
					.orElseThrow(() -> new NotFoundException(submission.number() + " has no PDF yet"));
		String name = submission.number() + ((version != null) ? "-v" + version : "") + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-PDF-SHA256", pdf.sha256())
			.body(this.files.open(pdf.fileId()));
	}

	/**
	 * Page 1 of the current PDF as an image; a placeholder when there is no PDF yet or
	 * the page was too big to render safely.
	 */
	@GetMapping("/{id}/pdf/preview")
	ResponseEntity<Resource> preview(@PathVariable String id) {
		Actor actor = CurrentActor.require();
		AbstractSubmission submission = this.abstracts.find(actor, id);
		Optional<Resource> png = submission.currentPdf()
			.flatMap((version) -> this.previews.preview(submission, version));
		if (png.isEmpty()) {
			return ResponseEntity.ok()
				.contentType(MediaType.valueOf("image/svg+xml"))
				.header("X-Content-Type-Options", "nosniff")
				.header("Content-Security-Policy", "sandbox")
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(new ClassPathResource("static/img/preview-placeholder.svg"));
		}
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
			.body(png.get());
	}

	/**
	 * The answer to an accepted upload.
	 *
	 * @param accepted always {@code true} here (rejections are problem details)
	 * @param newVersion whether a version was added
	 * @param version the current version number
	 * @param sha256 the file's SHA-256
	 * @param size bytes
	 * @param pages page count
	 * @param words word count
	 * @param checks warnings, in the reader's language
	 * @param submission the abstract afterwards (its new {@code version} for the next
	 * edit)
	 */
	record UploadView(boolean accepted, boolean newVersion, int version, String sha256, long size, int pages, int words,
			List<CheckView> checks, AbstractView submission) {
	}

}
