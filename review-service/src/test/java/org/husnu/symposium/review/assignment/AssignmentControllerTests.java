package org.husnu.symposium.review.assignment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.AssignmentProposal;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.assignment.StoredProposal;
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
 * What {@code /api/assignments} answers, with the service mocked: the controller alone,
 * in a slice. Who may call it, the store and the problem details are tested over HTTP in
 * {@link AssignmentIntegrationTests}.
 */
@WebMvcTest(controllers = AssignmentController.class)
@AutoConfigureMockMvc(addFilters = false)
@ContextConfiguration(classes = AssignmentController.class)
class AssignmentControllerTests {

	private final Account chair = AccountFixtures.chair("slice.assign@hokudai.ac.jp").build();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AssignmentService assignments;

	@BeforeEach
	void logIn() {
		SecurityContextHolder.getContext().setAuthentication(AccountAuthentication.session(this.chair));
	}

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void answers201ForANewPairAnd200ForOneAssignedAlready() throws Exception {
		AssignmentView view = new AssignmentView("r:a", UUID.randomUUID().toString(), UUID.randomUUID().toString(),
				"A-007", "Title", List.of("GENOME_MEDICINE"), AssignmentSource.MANUAL, Instant.now());
		given(this.assignments.add(Actor.of(this.chair), "kim@snu.ac.kr", "A-007"))
			.willReturn(new AssignmentService.Added(view, true))
			.willReturn(new AssignmentService.Added(view, false));
		String body = "{\"reviewer\":\"kim@snu.ac.kr\",\"abstract\":\"A-007\"}";

		this.mvc.perform(post("/api/assignments").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.abstract").value(view.abstractId()))
			.andExpect(jsonPath("$.number").value("A-007"))
			.andExpect(jsonPath("$.source").value("MANUAL"));
		this.mvc.perform(post("/api/assignments").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/assignments").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reviewer\":\"\",\"abstract\":\"A-007\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void passesKToTheServiceAndRefusesItOutOfBoundsBeforeIt() throws Exception {
		StoredProposal stored = StoredProposal.of(this.chair.id(), Instant.now(), 3,
				new AssignmentProposal(List.of(), Map.of(), List.of(), List.of(), 0, 0, 0, 0, 0, true), Map.of(),
				StoredProposal.AFFINITY_NOT_COMPUTED);
		given(this.assignments.propose(Actor.of(this.chair), null)).willReturn(stored);
		this.mvc.perform(post("/api/assignments/auto").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(stored.id()))
			.andExpect(jsonPath("$.affinity").value(StoredProposal.AFFINITY_NOT_COMPUTED));
		then(this.assignments).should().propose(Actor.of(this.chair), null);

		this.mvc
			.perform(post("/api/assignments/auto").contentType(MediaType.APPLICATION_JSON)
				.content("{\"reviewersPerAbstract\":11}"))
			.andExpect(status().isBadRequest());
		then(this.assignments).shouldHaveNoMoreInteractions();
	}

}
