package org.husnu.symposium.platform.problems;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.husnu.symposium.core.abstracts.AbstractAction;
import org.husnu.symposium.core.abstracts.AbstractLifecycle;
import org.husnu.symposium.core.abstracts.AbstractStatus;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// the advice alone, without the security filters (they have tests of their own)
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

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ ProblemDetailsAdvice.class, Probe.class })
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

		@PostMapping("/probe/violation")
		void violation() {
			try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
				throw new ConstraintViolationException(
						validation.getValidator().validate(new PersonRequest("Aiko", "not an address")));
			}
		}

		@PostMapping("/probe/stale")
		void stale() {
			throw new OptimisticLockingFailureException("version 3 expected");
		}

	}

}
