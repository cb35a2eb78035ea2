package org.husnu.symposium.review.publication;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.program.ProgramPublication;
import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The public program, without login: the page, its JSON, the iCalendar file, the program
 * PDF and the book of abstracts, all of the latest publication. Before the first
 * publication each answers 404 {@code program.notPublished}: a page for browsers (who ask
 * for HTML), a problem detail for everyone else. Every answer is a {@link ModelAndView}
 * so one handler can give a page or a file or a problem detail as the reader needs (the
 * platform's error pages would turn every problem into HTML).
 */
@Controller
class PublicProgramController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final PublishedProgram program;

	private final PublicationPdfs pdfs;

	private final ReferenceData referenceData;

	private final JsonMapper json;

	PublicProgramController(PublishedProgram program, PublicationPdfs pdfs, ReferenceData referenceData,
			JsonMapper json) {
		this.program = program;
		this.pdfs = pdfs;
		this.referenceData = referenceData;
		this.json = json;
	}

	@GetMapping("/program")
	ModelAndView page(HttpServletRequest request) {
		Optional<ProgramPublication> publication = this.program.latest();
		if (publication.isEmpty()) {
			return notPublished(request);
		}
		ModelAndView page = new ModelAndView("publication/program");
		page.addObject("program", ProgramPage.of(publication.get(), this.program.topicNames(), language(request)));
		page.addObject("eventName", this.referenceData.eventSettings().name());
		return page;
	}

	@GetMapping("/program.json")
	ModelAndView programJson(HttpServletRequest request) {
		return answer(request, (publication) -> bytes(MediaType.APPLICATION_JSON,
				this.json.writeValueAsBytes(ProgramJson.of(publication, this.program.topicNames())), null));
	}

	@GetMapping("/program.ics")
	ModelAndView calendar(HttpServletRequest request) {
		return answer(request,
				(publication) -> bytes(CALENDAR,
						ProgramCalendar.text(publication, this.referenceData.eventSettings().name())
							.getBytes(StandardCharsets.UTF_8),
						"program.ics"));
	}

	@GetMapping("/program.pdf")
	ModelAndView programPdf(HttpServletRequest request) {
		return answer(request,
				(publication) -> bytes(MediaType.APPLICATION_PDF, this.pdfs.program(language(request)), "program.pdf"));
	}

	@GetMapping("/book.pdf")
	ModelAndView book(HttpServletRequest request) {
		return answer(request, (publication) -> bytes(MediaType.APPLICATION_PDF, this.pdfs.book(language(request)),
				"book-of-abstracts.pdf"));
	}

	private ModelAndView answer(HttpServletRequest request, Function<ProgramPublication, ModelAndView> file) {
		Optional<ProgramPublication> publication = this.program.latest();
		if (publication.isEmpty()) {
			return notPublished(request);
		}
		try {
			return file.apply(publication.get());
		}
		catch (ProblemException ex) {
			return problem(request, ex);
		}
	}

	private ModelAndView notPublished(HttpServletRequest request) {
		if (wantsPage(request)) {
			ModelAndView page = new ModelAndView("publication/not-published");
			page.setStatus(HttpStatus.NOT_FOUND);
			return page;
		}
		return problem(request, new NotPublishedException());
	}

	private ModelAndView problem(HttpServletRequest request, ProblemException ex) {
		HttpStatusCode status = ex.getStatusCode();
		if (wantsPage(request)) {
			ModelAndView page = new ModelAndView("error",
					Map.of("status", status.value(), "message", String.valueOf(ex.getBody().getDetail())));
			page.setStatus(status);
			return page;
		}
		ProblemDetail detail = ex.getBody();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(detail.getType()));
		body.put("title", detail.getTitle());
		body.put("status", status.value());
		body.put("detail", detail.getDetail());
		body.put("instance", request.getRequestURI());
		if (detail.getProperties() != null) {
			body.putAll(detail.getProperties());
		}
		ModelAndView answer = bytes(MediaType.APPLICATION_PROBLEM_JSON, this.json.writeValueAsBytes(body), null);
		answer.setStatus(status);
		return answer;
	}

	private static ModelAndView bytes(MediaType type, byte[] content, String fileName) {
		View view = new View() {

			@Override
			public String getContentType() {
				return type.toString();
			}

			@Override
			public void render(Map<String, ?> model, HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response) throws Exception {
				response.setContentType(type.toString());
				if (type.getCharset() == null && !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
					// binary: no charset (a filter set one for the whole response)
					response.setCharacterEncoding((String) null);
				}
				response.setContentLength(content.length);
				if (fileName != null) {
					response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"");
				}
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.getOutputStream().write(content);
			}

		};
		return new ModelAndView(view);
	}

	private static boolean wantsPage(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
	}

	private static Language language(HttpServletRequest request) {
		return Language.of(RequestContextUtils.getLocale(request));
	}

}
