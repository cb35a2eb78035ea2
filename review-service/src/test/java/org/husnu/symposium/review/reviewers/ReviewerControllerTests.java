package org.husnu.symposium.review.reviewers;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
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

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What {@code /api/reviewers} and {@code /api/me/reviewer-profile} answer, with the pool
 * service mocked: the controller alone, in a slice. Who may call them and the problem
 * details are tested over HTTP in {@link ReviewerPoolIntegrationTests}.
 */
@WebMvcTest(controllers = ReviewerController.class)
@AutoConfigureMockMvc(addFilters = false)
@ContextConfiguration(classes = ReviewerController.class)
class ReviewerControllerTests {

	private final Account chair = AccountFixtures.chair("slice.chair@hokudai.ac.jp").build();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ReviewerPoolService pool;

	@MockitoBean
	ReviewerRemoval removal;

	@BeforeEach
	void logIn() {
		SecurityContextHolder.getContext().setAuthentication(AccountAuthentication.session(this.chair));
	}

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void answers201ForANewReviewerAnd200ForOneInThePool() throws Exception {
		ReviewerView view = view("kim@snu.ac.kr");
		given(this.pool.invite(Actor.of(this.chair), "kim@snu.ac.kr", 4))
			.willReturn(new ReviewerPoolService.Invitation(view, true))
			.willReturn(new ReviewerPoolService.Invitation(view, false));
		String body = "{\"email\":\"kim@snu.ac.kr\",\"maxLoad\":4}";

		this.mvc.perform(post("/api/reviewers").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(view.id().toString()))
			.andExpect(jsonPath("$.email").value("kim@snu.ac.kr"))
			.andExpect(jsonPath("$.expertise.GENOME_MEDICINE").value(3))
			.andExpect(jsonPath("$.load").value(1))
			.andExpect(jsonPath("$.maxLoad").value(4));
		this.mvc.perform(post("/api/reviewers").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk());
	}

	@Test
	void passesTheProfileToTheServiceAndRefusesOutOfBoundValuesBeforeIt() throws Exception {
		given(this.pool.update(any(), any())).willReturn(view("slice.chair@hokudai.ac.jp"));
		this.mvc
			.perform(put("/api/me/reviewer-profile").contentType(MediaType.APPLICATION_JSON)
				.content("{\"expertise\":{\"GENOME_MEDICINE\":3},\"statement\":\"s\",\"keywords\":[\"k\"],"
						+ "\"department\":\"Lab\",\"maxLoad\":4,\"version\":2}"))
			.andExpect(status().isOk());
		then(this.pool).should()
			.update(Actor.of(this.chair), new ReviewerPoolService.ProfileChange(Map.of("GENOME_MEDICINE", 3), "s",
					List.of("k"), "Lab", 4, 2L));

		this.mvc
			.perform(put("/api/me/reviewer-profile").contentType(MediaType.APPLICATION_JSON)
				.content("{\"maxLoad\":51,\"version\":2}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(put("/api/me/reviewer-profile").contentType(MediaType.APPLICATION_JSON).content("{\"version\":2}"))
			.andExpect(status().isBadRequest());
		then(this.pool).shouldHaveNoMoreInteractions();
	}

	@Test
	void passesACapChangeAndARemovalWithItsConfirmationToTheServices() throws Exception {
		given(this.pool.changeCap(Actor.of(this.chair), "kim@snu.ac.kr", 2)).willReturn(view("kim@snu.ac.kr"));
		this.mvc
			.perform(put("/api/reviewers/kim@snu.ac.kr").contentType(MediaType.APPLICATION_JSON)
				.content("{\"maxLoad\":2}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value("kim@snu.ac.kr"));
		this.mvc.perform(put("/api/reviewers/kim@snu.ac.kr").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(put("/api/reviewers/kim@snu.ac.kr").contentType(MediaType.APPLICATION_JSON)
				.content("{\"maxLoad\":-1}"))
			.andExpect(status().isBadRequest());

		UUID id = UUID.randomUUID();
		given(this.removal.remove(Actor.of(this.chair), id.toString(), true))
			.willReturn(new ReviewerRemoval.Removal(id, "kim@snu.ac.kr", 2, 1));
		this.mvc.perform(delete("/api/reviewers/" + id).param("removeAssignments", "true"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.removedAssignments").value(2))
			.andExpect(jsonPath("$.removedBids").value(1));
		this.mvc.perform(delete("/api/reviewers/" + id)).andExpect(status().isOk());
		then(this.removal).should().remove(Actor.of(this.chair), id.toString(), false);
	}

	private static ReviewerView view(String email) {
		return new ReviewerView(UUID.randomUUID(), email, "Minjun Kim", "SNU", true, "VitalLab",
				Map.of("GENOME_MEDICINE", 3), "", List.of(), 1, 4, 0L);
	}

}
