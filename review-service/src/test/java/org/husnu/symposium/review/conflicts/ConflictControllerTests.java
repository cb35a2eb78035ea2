package org.husnu.symposium.review.conflicts;

import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.conflicts.ConflictReason;
import org.husnu.symposium.platform.security.AccountAuthentication;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What {@code /api/conflicts} answers, with the service mocked: the controller alone, in
 * a slice. Who may call it and the problem details are tested over HTTP in
 * {@link BidsAndConflictsIntegrationTests}.
 */
@WebMvcTest(controllers = ConflictController.class)
@AutoConfigureMockMvc(addFilters = false)
@ContextConfiguration(classes = ConflictController.class)
class ConflictControllerTests {

	private final Account reviewer = AccountFixtures.reviewer("slice.kim@snu.ac.kr").build();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ConflictService conflicts;

	@BeforeEach
	void logIn() {
		SecurityContextHolder.getContext().setAuthentication(AccountAuthentication.session(this.reviewer));
	}

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aDeclarationAnswers201WhenNewAnd200WhenItExistedWithTheCallerAsReviewer() throws Exception {
		given(this.conflicts.declare(Actor.of(this.reviewer), "A-007", null, "friend")).willReturn(true)
			.willReturn(false);
		String body = "{\"abstract\":\"A-007\",\"reason\":\"friend\"}";
		this.mvc.perform(post("/api/conflicts").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.abstract").value("A-007"))
			.andExpect(jsonPath("$.reviewer").value(this.reviewer.id().toString()))
			.andExpect(jsonPath("$.reason").value("DECLARED"))
			.andExpect(jsonPath("$.note").value("friend"));
		this.mvc.perform(post("/api/conflicts").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk());
	}

	@Test
	void anOverrideReachesTheServiceAndBadValuesAreRefusedBeforeIt() throws Exception {
		UUID kim = UUID.randomUUID();
		given(this.conflicts.override(Actor.of(this.reviewer), "A-007", kim, ConflictReason.SAME_LAB, "other group"))
			.willReturn(Set.of(ConflictReason.SAME_LAB));
		this.mvc
			.perform(post("/api/conflicts/override").contentType(MediaType.APPLICATION_JSON)
				.content("{\"abstract\":\"A-007\",\"reviewer\":\"" + kim
						+ "\",\"conflict\":\"SAME_LAB\",\"reason\":\"other group\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.overridden[0]").value("SAME_LAB"));

		this.mvc
			.perform(post("/api/conflicts/override").contentType(MediaType.APPLICATION_JSON)
				.content("{\"abstract\":\"A-007\",\"reviewer\":\"" + kim + "\"}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/conflicts").contentType(MediaType.APPLICATION_JSON)
				.content("{\"abstract\":\"" + "A".repeat(41) + "\"}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/conflicts").contentType(MediaType.APPLICATION_JSON)
				.content("{\"abstract\":\"A-007\",\"reason\":\"" + "x".repeat(501) + "\"}"))
			.andExpect(status().isBadRequest());
		then(this.conflicts).should()
			.override(Actor.of(this.reviewer), "A-007", kim, ConflictReason.SAME_LAB, "other group");
		then(this.conflicts).shouldHaveNoMoreInteractions();
	}

}
