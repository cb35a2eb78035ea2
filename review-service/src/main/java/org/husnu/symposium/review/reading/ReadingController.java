package org.husnu.symposium.review.reading;

import java.nio.charset.StandardCharsets;

import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An abstract and its current PDF for review, over HTTP. {@code {abstract}} is the
 * abstract's id or its number ({@code A-007}).
 */
@RestController
class ReadingController {

	/** The inline PDF's policy: sandboxed, and framed by this site's pages only. */
	static final String INLINE_POLICY = "sandbox; frame-ancestors 'self'";

	private final AbstractReading reading;

	ReadingController(AbstractReading reading) {
		this.reading = reading;
	}

	@GetMapping("/api/abstracts/{abstract}")
	ReadableAbstract read(@PathVariable("abstract") String abstractKey) {
		return this.reading.read(CurrentActor.require(), abstractKey);
	}

	/**
	 * The current PDF, named {@code A-007.pdf} (never the name of the uploaded file), as
	 * an attachment, or with {@code inline=true} for the page to show it. Both with
	 * {@code nosniff} and a sandboxing CSP, so a hostile file cannot run in the site's
	 * origin even if a browser tried to display it as something else. The inline answer
	 * may be framed by this site's own page ({@code frame-ancestors 'self'}, which
	 * browsers follow instead of the {@code X-Frame-Options: DENY} every other answer
	 * carries); nothing else may frame it.
	 */
	@GetMapping("/api/abstracts/{abstract}/pdf")
	ResponseEntity<Resource> pdf(@PathVariable("abstract") String abstractKey,
			@RequestParam(defaultValue = "false") boolean inline) {
		AbstractReading.Download download = this.reading.pdf(CurrentActor.require(), abstractKey);
		ContentDisposition.Builder disposition = (inline) ? ContentDisposition.inline()
				: ContentDisposition.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", (inline) ? INLINE_POLICY : "sandbox")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-PDF-SHA256", download.sha256())
			.body(download.file());
	}

}
