package org.husnu.symposium.platform.problems;

import java.io.UncheckedIOException;
import java.time.Duration;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.husnu.symposium.core.abstracts.AbstractAction;
import org.husnu.symposium.core.abstracts.AbstractLifecycle;
import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.access.AccessRefusedException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// the advice alone, without the security filters (they have tests of their own); it is
// not imported: every @WebMvcTest slice gets it (AutoConfigureWebMvc.imports), so a
// service's controller slice answers with the same problem details as the service
@WebMvcTest(controllers = ProblemDetailsAdviceTests.Probe.class)
@AutoConfigureMockMvc(addFilters = false)
class ProblemDetailsAdviceTests {

	@Autowired
	MockMvc mvc;

	@Test
	void answersBrokenDomainRuleWith422AndItsCode() throws Exception {
		this.mvc.perform(post("/probe/withdraw").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:husnu-symposium:problem:domain-rule"))
			.andExpect(jsonPath("$.code").value("abstract.transition"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("WITHDRAWN")))
			.andExpect(jsonPath("$.instance").value("/probe/withdraw"));
	}

	@Test
	void listsEveryInvalidFieldWith400() throws Exception {
		this.mvc
			.perform(post("/probe/person").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \" \", \"email\": \"not-an-address\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:husnu-symposium:problem:validation"))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers
				.allOf(org.hamcrest.Matchers.containsString("name"), org.hamcrest.Matchers.containsString("email"))));
	}

	@Test
	void namesTheInvalidFieldsWhenAPathVariableAndABodyAreValidatedTogether() throws Exception {
		this.mvc
			.perform(put("/probe/person/A-1").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Aiko\", \"email\": \"not-an-address\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:husnu-symposium:problem:validation"))
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("email: ")));
		this.mvc
			.perform(put("/probe/person/" + "x".repeat(20)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Aiko\", \"email\": \"aiko@hokudai.ac.jp\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
	}

	@Test
	void answersMalformedJsonWith400() throws Exception {
		this.mvc.perform(post("/probe/person").contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:husnu-symposium:problem:malformed-request"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not valid JSON")));
	}

	@Test
	void answersStaleUpdateWith409() throws Exception {
		this.mvc.perform(post("/probe/stale").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:husnu-symposium:problem:conflict"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("reload")));
	}

	@Test
	void answersConstraintViolationsOfValidatedBeansWith400() throws Exception {
		this.mvc.perform(post("/probe/violation"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:husnu-symposium:problem:validation"))
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("email: ")));
	}

	@Test
	void answersTooManyRequestsWith429AndRetryAfter() throws Exception {
		this.mvc.perform(post("/probe/too-many"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "90"))
			.andExpect(jsonPath("$.type").value("urn:husnu-symposium:problem:rate-limited"))
			.andExpect(jsonPath("$.title").value("Too many requests"))
			.andExpect(jsonPath("$.retryAfterSeconds").value(90))
			.andExpect(jsonPath("$.detail").value("Slow down"));
	}

	@Test
	void answersNotFoundWith404() throws Exception {
		this.mvc.perform(post("/probe/missing"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:husnu-symposium:problem:not-found"))
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value("No abstract A-1"))
			.andExpect(jsonPath("$.instance").value("/probe/missing"));
	}

	@Test
	void answersConflictWith409() throws Exception {
		this.mvc.perform(post("/probe/conflict"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:husnu-symposium:problem:conflict"))
			.andExpect(jsonPath("$.title").value("Changed meanwhile"))
			.andExpect(jsonPath("$.detail").value("Taken meanwhile"));
	}

	@Test
	void answersAccessRefusedWith403() throws Exception {
		this.mvc.perform(post("/probe/refused"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:husnu-symposium:problem:forbidden"))
			.andExpect(jsonPath("$.title").value("Not allowed"))
			.andExpect(jsonPath("$.detail").value("Not yours"));
	}

	@Test
	void answersBodyTooLargeWith413AndTheLimit() throws Exception {
		this.mvc.perform(post("/probe/too-large"))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.type").value("urn:husnu-symposium:problem:payload-too-large"))
			.andExpect(jsonPath("$.limitBytes").value(10))
			.andExpect(jsonPath("$.detail").value("At most 10 bytes"));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(Probe.class)
	static class ProbeApplication {

	}

	record PersonRequest(@NotBlank String name, @NotBlank @Email String email) {
	}

	@RestController
	static class Probe {

		@PostMapping("/probe/withdraw")
		void withdraw() {
			AbstractLifecycle.next(AbstractStatus.WITHDRAWN, AbstractAction.WITHDRAW);
		}

		@PostMapping("/probe/person")
		PersonRequest person(@Valid @RequestBody PersonRequest request) {
			return request;
		}

		@PutMapping("/probe/person/{id}")
		PersonRequest person(@PathVariable @Size(max = 10) String id, @Valid @RequestBody PersonRequest request) {
			return request;
		}

		@PostMapping("/probe/violation")
		void violation() {
			try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
				throw new ConstraintViolationException(
						validation.getValidator().validate(new PersonRequest("Aiko", "not an address")));
			}
		}

		@PostMapping("/probe/too-many")
		void tooMany() {
			throw new TooManyRequestsException("Slow down", Duration.ofSeconds(90));
		}

		@PostMapping("/probe/missing")
		void missing() {
			throw new NotFoundException("No abstract A-1");
		}

		@PostMapping("/probe/conflict")
		void conflict() {
			throw new ConflictException("Taken meanwhile");
		}

		@PostMapping("/probe/refused")
		void refused() {
			throw new AccessRefusedException("Not yours");
		}

		@PostMapping("/probe/too-large")
		void tooLarge() {
			throw new UncheckedIOException(new BodyTooLargeException(10, "At most 10 bytes"));
		}

		@PostMapping("/probe/stale")
		void stale() {
			throw new OptimisticLockingFailureException("version 3 expected");
		}

	}

}
